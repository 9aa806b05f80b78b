import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
];

const nextConfig: NextConfig = {
  // Database drivers load WebAssembly and native files from their own folders: keep them out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  // A RACI sheet (up to 2 MB, lib/sheets/format.ts) or a readings sheet (up to 8 MB, lib/outcomes/sheet-schemas.ts)
  // travels to the import actions as text, with room for its encoding.
  experimental: { serverActions: { bodySizeLimit: "10mb" } },
  // Lets two builds of one checkout live side by side (e.g. a browser-test run while developing).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Browsers still ask for /favicon.ico now and then (a reload, a back navigation) whatever the page's icon link
  // says: answer with the app's icon instead of a 404 that shows up as a console error.
  async rewrites() {
    return [{ source: "/favicon.ico", destination: "/icon.svg" }];
  },
  // CI checks the types once, with `npm run lint` (next typegen, then tsc), before it builds, and sets this to
  // skip the same check in `next build`. Everywhere else the build still checks them, so `npm test` does too.
  typescript: { ignoreBuildErrors: process.env.THROUGHLINE_SKIP_BUILD_TYPECHECK === "1" },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
