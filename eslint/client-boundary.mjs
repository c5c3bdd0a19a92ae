import path from "node:path";

/**
 * Browser code says where it runs: a file that starts with "use client" (or lives in a
 * lib/<domain>/client/ folder) may not import a module that talks to the database, reads the
 * environment or holds secrets. Type-only imports are fine: they vanish from the bundle.
 * Server modules loaded by server.ts cannot import "server-only" (it throws outside Next's
 * react-server condition), so this rule is how they are kept out of the browser.
 */
const SERVER_MODULES = [
  /^lib\/db(\/|$)/,
  /^lib\/env$/,
  /^lib\/rate-limit$/,
  /^lib\/redis$/,
  /^lib\/[^/]+\/(mutations|queries|operations|export)$/,
  /^lib\/operations\/(execute|registry|next-request|route|guard)$/,
  /^lib\/auth\/(member|sessions|options|password|guard|socket|cookie|next-auth-route)$/,
  /^lib\/realtime\/(server|io|redis-adapter|types)$/,
  /^lib\/timeline\//,
  // The catalogues and their translator: a client island gets its words as a prop (lib/i18n/words.ts).
  /^lib\/i18n\/(server|messages|translate|pseudo-catalogue)$/,
  /^messages\//,
];

function moduleId(filename, source) {
  let target;
  if (source.startsWith("@/")) target = source.slice(2);
  else if (source.startsWith(".")) target = path.relative(process.cwd(), path.resolve(path.dirname(filename), source));
  else return null;
  return target.replace(/\\/g, "/").replace(/\.(ts|tsx|js|mjs)$/, "").replace(/\/index$/, "");
}

export const clientBoundary = {
  meta: { type: "problem", messages: { server: "Browser code must not import {{id}} (server-only: database, environment or secrets). Import types with `import type`, or move the shared part to a zod- and database-free module." } },
  create(context) {
    const filename = path.relative(process.cwd(), context.filename).replace(/\\/g, "/");
    const first = context.sourceCode.ast.body[0];
    const isClient = (first?.type === "ExpressionStatement" && first.directive === "use client") || /^lib\/[^/]+\/client\//.test(filename);
    if (!isClient) return {};
    return {
      ImportDeclaration(node) {
        if (node.importKind === "type") return;
        if (node.specifiers.length > 0 && node.specifiers.every((s) => s.type === "ImportSpecifier" && s.importKind === "type")) return;
        const id = moduleId(context.filename, node.source.value);
        if (id && SERVER_MODULES.some((re) => re.test(id))) context.report({ node, messageId: "server", data: { id } });
      },
    };
  },
};
