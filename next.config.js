/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tests included) with tsc before building; checking
  // again inside `next build` would only double the build time.
  typescript: { ignoreBuildErrors: true },
  // argon2's native binding ships as an npm package; keep it out of the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  experimental: {
    serverActions: { bodySizeLimit: "1mb" },
  },
  async headers() {
    return [
      {
        // Preview links show unpublished content to whoever holds the token: never indexed, never
        // stored by a shared cache (a revoked link must stop working everywhere at once), and the
        // token never leaves in a Referer header.
        source: "/preview/:path*",
        headers: [
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
          { key: "Cache-Control", value: "private, no-store" },
          { key: "Referrer-Policy", value: "no-referrer" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
