/** @type {import('next').NextConfig} */

// Headers for every response, static files included (proxy.ts adds the nonce-based CSP, the request
// id and HSTS to pages and route handlers). The same values as BASE_SECURITY_HEADERS in
// lib/http/security-headers.ts; lib/http/security-headers.test.ts checks that they agree.
const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
  },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

// Several instances behind a load balancer share Next's data cache in Redis (lib/cache-handler.mjs);
// with one instance, Next's own cache is enough. Read when `next start` loads this file.
const redis = process.env.REDIS_URL
  ? {
      cacheHandler: require.resolve("./lib/cache-handler.mjs"),
      // No per-process copy in front of Redis: every instance must see a revalidation at once.
      cacheMaxMemorySize: 0,
    }
  : {};

const nextConfig = {
  poweredByHeader: false,
  // Every page's metadata (title, description, Open Graph, the manifest and icon links) in <head>,
  // for every client. By default Next 16 streams it for user agents not on its list of known bots:
  // when resolving it takes longer than the page's shell (a busy server), the tags arrive late in the
  // <body>, where link-preview fetchers that are not on that list (Mastodon, Signal, a newsroom's own
  // tools) and a strict reader of <head> do not look (seen in CI: the home page without its manifest).
  // The cost is the time to resolve the metadata before the first byte; it reads what the page reads.
  htmlLimitedBots: /.*/,
  // `npm test` type-checks the whole project (tests included) with tsc before building; checking
  // again inside `next build` would only double the build time.
  typescript: { ignoreBuildErrors: true },
  // argon2's native binding ships as an npm package; keep it out of the server bundle.
  serverExternalPackages: [
    "@node-rs/argon2",
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    // The job queue loads its migrations from its own directory at run time; the mail packages are plain Node.
    "graphile-worker",
    "nodemailer",
    "mailparser",
    // The share image's renderers (lib/share-image): resvg's native binding ships as an npm package per
    // platform, and Satori loads its layout and shaping engines (WebAssembly) itself.
    "@resvg/resvg-js",
    "satori",
  ],
  experimental: {
    serverActions: { bodySizeLimit: "1mb" },
    // One instance keeps Next's data cache in memory only. On disk (Next's default) it outlived the
    // process that knew which entries a publish had made old (lib/dal/public/cache.ts), and every
    // process started from the same build directory (a restart, a second instance) read the others'.
    isrFlushToDisk: false,
    // `next start` loads every route's server code at start-up by default: the editor's pages, the
    // import (Word, PDF and web-page readers) and the admin, in every instance, before anyone asks.
    // Loaded on first request instead, an instance serving readers holds only the reader routes
    // (issue 17's memory row: idle 212 -> 194 MB, plateau under the 50-connection load 337-357 ->
    // 323-324 MB, alternated runs: README, Performance, "Memory, fourth session"). The first editor
    // to open a page after a restart waits for its code to load once.
    preloadEntriesOnStart: false,
  },
  // `next dev` prints a line per request. The in-process scheduler asks the app itself every
  // SCHEDULER_INTERVAL_MS (lib/scheduler), which would print a line every 15 s of an idle session;
  // what it does is logged when it publishes something or fails.
  logging: { incomingRequests: { ignore: [/\/api\/internal\//] } },
  ...redis,
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      {
        // Behind TLS (deploy/nginx sets X-Forwarded-Proto) static files get HSTS as well.
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }],
      },
      {
        // Preview links and a journalist's embargo links (issue 16) show unpublished content to whoever
        // holds the token: never indexed, never stored by a shared cache (a revoked link must stop
        // working everywhere at once), and the token never leaves in a Referer header.
        source: "/:kind(preview|embargo)/:path*",
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
