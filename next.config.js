// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Packages that load native binaries or WebAssembly at run time stay outside the bundle.
  serverExternalPackages: [
    "@node-rs/argon2",
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "@prisma/schema-engine-wasm",
    "pg",
    "redis",
    "socket.io",
    // The service worker is bundled by app/sw.js/route.ts at build time (lib/pwa/build-worker.ts).
    "esbuild",
  ],
  typedRoutes: false,
  // `npm run bench:web` builds with browser source maps to say which modules the chunks are made of.
  productionBrowserSourceMaps: process.env.STEADY_SOURCE_MAPS === "1",
  // `npm test` runs `tsc --noEmit` over the whole project (tests included); checking again here
  // would only slow down the first `npm start` on a fresh clone.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    const common = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), screen-wake-lock=(self)" },
      { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    ];
    // HSTS only where the app is really served over HTTPS (APP_URL), never on plain-http localhost.
    if (process.env.NODE_ENV === "production" && (process.env.APP_URL ?? "").startsWith("https://")) {
      common.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
    }
    return [
      { source: "/:path*", headers: common },
      // Route handlers are not covered by proxy.ts's CSP; give them a locked-down one.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'" }] },
      // A counsellor's read-only link: never indexed, and the link never leaves in a Referer (pages are no-store already).
      {
        source: "/shared/:path*",
        headers: [
          { key: "X-Robots-Tag", value: "noindex, nofollow, noarchive" },
          { key: "Referrer-Policy", value: "no-referrer" },
        ],
      },
    ];
  },
};

export default nextConfig;
