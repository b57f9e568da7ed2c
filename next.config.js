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
};

module.exports = nextConfig;
