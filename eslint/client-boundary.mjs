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

/**
 * Weight the browser should not carry on first load (docs/performance.md): zod (schemas stay on the
 * server; screens import constants from zod-free modules), socket.io-client (loaded with `import()`
 * in lib/realtime/client/socket.ts once a page is interactive) and next-auth/react (a fetch in
 * lib/auth/client/credentials.ts does its two calls).
 */
const HEAVY_PACKAGES = [/^zod(\/|$)/, /^socket\.io-client$/, /^next-auth\/react$/];
const HEAVY_MODULES = [/^lib\/[^/]+\/schemas$/];

function moduleId(filename, source) {
  let target;
  if (source.startsWith("@/")) target = source.slice(2);
  else if (source.startsWith(".")) target = path.relative(process.cwd(), path.resolve(path.dirname(filename), source));
  else return null;
  return target
    .replace(/\\/g, "/")
    .replace(/\.(ts|tsx|js|mjs)$/, "")
    .replace(/\/index$/, "");
}

export const clientBoundary = {
  meta: {
    type: "problem",
    messages: {
      heavy:
        "Browser code must not import {{id}} on first load (zod, socket.io-client, next-auth/react or a schemas module). Import constants from a zod-free module (lib/<domain>/constants.ts), types with `import type`, or load it with import().",
      server:
        "Browser code must not import {{id}} (server-only: database, environment or secrets). Import types with `import type`, or move the shared part to a zod- and database-free module.",
    },
  },
  create(context) {
    const filename = path.relative(process.cwd(), context.filename).replace(/\\/g, "/");
    const first = context.sourceCode.ast.body[0];
    const isClient = (first?.type === "ExpressionStatement" && first.directive === "use client") || /^lib\/[^/]+\/client\//.test(filename);
    if (!isClient) return {};
    return {
      ImportDeclaration(node) {
        if (node.importKind === "type") return;
        if (node.specifiers.length > 0 && node.specifiers.every((s) => s.type === "ImportSpecifier" && s.importKind === "type")) return;
        const source = node.source.value;
        if (HEAVY_PACKAGES.some((re) => re.test(source))) return context.report({ node, messageId: "heavy", data: { id: source } });
        const id = moduleId(context.filename, source);
        if (id && HEAVY_MODULES.some((re) => re.test(id))) return context.report({ node, messageId: "heavy", data: { id } });
        if (id && SERVER_MODULES.some((re) => re.test(id))) context.report({ node, messageId: "server", data: { id } });
      },
    };
  },
};
