/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // argon2's native binding ships as an npm package; keep it out of the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  experimental: {
    serverActions: { bodySizeLimit: "1mb" },
  },
};

module.exports = nextConfig;
