// The only reader of process.env in the app. Validated once, on first use (at start-up through
// instrumentation.ts), so a missing or malformed variable stops the app with a message naming it.
import { createHash } from "node:crypto";
import { z } from "zod";
import { isLanguageCode } from "./domain/languages";

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is required (npm run dev starts an embedded database for you)" })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
  /**
   * Streaming replicas of DATABASE_URL for public reads (one or more postgresql:// URLs, separated by
   * commas). Unset: every read goes to DATABASE_URL. Routing and lag handling: lib/db-replicas.ts.
   */
  DATABASE_REPLICA_URL: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? "")
        .split(",")
        .map((url) => url.trim())
        .filter((url) => url !== ""),
    )
    .pipe(
      z.array(
        z
          .string()
          .regex(
            /^postgres(ql)?:\/\//,
            "each of the comma-separated DATABASE_REPLICA_URL entries must be a postgresql:// URL",
          ),
      ),
    ),
  /** A replica further behind the primary than this is skipped (public reads go to the primary until it catches up). */
  DATABASE_REPLICA_MAX_LAG_SECONDS: z.coerce
    .number()
    .min(1, "DATABASE_REPLICA_MAX_LAG_SECONDS must be at least 1")
    .max(3_600, "DATABASE_REPLICA_MAX_LAG_SECONDS must be at most 3600")
    .default(5),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters").optional(),
  NEXTAUTH_URL: z.url("NEXTAUTH_URL must be a URL").optional(),
  /** Public base URL for feeds, sitemaps, JSON-LD and share links (defaults to NEXTAUTH_URL, then the request's host). */
  SITE_URL: z.url("SITE_URL must be a URL such as https://press.example.org").optional(),
  /** Issue 14: the language a new release is written in unless the form says otherwise (a code of lib/domain/languages.ts). */
  DEFAULT_LANGUAGE: z
    .string()
    .refine(isLanguageCode, "DEFAULT_LANGUAGE must be a language code Pressroom knows, such as en, az, ru, ar or zh")
    .default("en"),
  /** Publisher name in feeds and structured data. */
  SITE_NAME: z.string().min(1).max(200).default("Pressroom"),
  /** How often the in-process scheduler looks for due releases (it publishes within one interval). */
  SCHEDULER_INTERVAL_MS: z.coerce
    .number()
    .int()
    .min(1_000, "SCHEDULER_INTERVAL_MS must be at least 1000")
    .max(60_000, "SCHEDULER_INTERVAL_MS must be at most 60000 (releases go out within 60 s)")
    .default(15_000),
  /** "1" only in the e2e suite: enables /api/test/* (clock shift, scheduler tick). Never in production use. */
  PRESSROOM_TEST_HOOKS: z.enum(["0", "1"]).default("0"),
  /** Set by `next start`/`next dev` from --port: the scheduler's timer calls the app on it (lib/scheduler). */
  PORT: z.coerce.number().int().min(1).max(65_535).optional(),
  /**
   * How many reverse proxies in front of the app append to (or, like deploy/nginx, replace)
   * X-Forwarded-For. 0 (the default): the TCP peer is the client and X-Forwarded-For is ignored for
   * sign-in limits; deploy/nginx needs 1. Too high lets clients choose their address.
   */
  TRUST_PROXY: z.coerce
    .number({ error: "TRUST_PROXY must be a number of proxies (0, 1, 2 …)" })
    .int("TRUST_PROXY must be a whole number of proxies")
    .min(0, "TRUST_PROXY must be 0 or more")
    .max(10, "TRUST_PROXY must be at most 10")
    .default(0),
  /** Search results kept in memory per instance (a bounded LRU: distinct searches never reach the disk). */
  SEARCH_CACHE_ENTRIES: z.coerce
    .number()
    .int()
    .min(0, "SEARCH_CACHE_ENTRIES must be 0 or more")
    .max(100_000)
    .default(500),
  /** And at most this much memory for them (the least recently used go first). */
  SEARCH_CACHE_MB: z.coerce.number().min(0, "SEARCH_CACHE_MB must be 0 or more").max(4_096).default(4),
  /** How long one cached search result may be served (a publish drops them all at once anyway). */
  SEARCH_CACHE_TTL_SECONDS: z.coerce.number().int().min(1).max(3_600).default(60),
  /** Memory for the origin's copy of public responses (lib/http/origin-cache.ts); 0 turns it off. */
  ORIGIN_CACHE_MB: z.coerce.number().int().min(0, "ORIGIN_CACHE_MB must be 0 or more").max(4_096).default(32),
  /** How long the origin may answer a URL from that copy (a publish drops it all at once anyway). */
  ORIGIN_CACHE_TTL_SECONDS: z.coerce.number().int().min(1).max(3_600).default(60),
  /** Redis for the shared data cache of several instances (read by next.config.js and lib/cache-handler.mjs). */
  REDIS_URL: z.url("REDIS_URL must be a redis:// URL").optional(),
  /** Outgoing mail (lib/mail). Unset: every message is written to DATA_DIR/outbox/*.eml instead. */
  SMTP_URL: z
    .string()
    .regex(
      /^smtps?:\/\/[^\s]+$/,
      "SMTP_URL must be an smtp:// or smtps:// URL such as smtp://user:pass@mail.example.org:587",
    )
    .optional(),
  /** The From of every email ("Pressroom <press@example.org>"). */
  MAIL_FROM: z.string().min(3).max(300).default("Pressroom <pressroom@localhost>"),
  /** Emails per minute per app instance (0 = no limit). */
  MAIL_RATE_PER_MINUTE: z.coerce.number().int().min(0, "MAIL_RATE_PER_MINUTE must be 0 or more").default(600),
  /**
   * "1" when the database is the embedded PGlite that `npm run dev` / `npm test` start without a
   * DATABASE_URL (set by them, not by people). Every connection to it shares one session, so named
   * prepared statements (the job queue's, and lib/db.ts's prepared()) would collide between the
   * pool's connections: prepared() runs its statements unnamed there.
   */
  EMBEDDED_DATABASE: z.enum(["0", "1"]).default("0"),
  /** Jobs run at once per instance (mail senders, webhook deliveries). 0: this instance runs no jobs. */
  JOB_CONCURRENCY: z.coerce.number().int().min(0).max(50, "JOB_CONCURRENCY must be at most 50").default(4),
  /** The hour (UTC, 0–23) the daily digest goes out. */
  DIGEST_HOUR_UTC: z.coerce.number().int().min(0).max(23, "DIGEST_HOUR_UTC must be 0–23").default(7),
  /**
   * Webhook URLs may not resolve to private, loopback or link-local addresses, except inside these
   * comma-separated CIDR ranges ("127.0.0.0/8,::1/128" in tests).
   */
  WEBHOOK_ALLOWED_NETWORKS: z
    .string()
    .regex(/^[0-9a-fA-F:.,/\s]*$/, "WEBHOOK_ALLOWED_NETWORKS must be comma-separated CIDR ranges")
    .default(""),
  /**
   * "1": "Import from URL" may fetch private, loopback and link-local addresses (the e2e suite serves
   * its pages on 127.0.0.1). Leave unset in production: the server would fetch inside its own network.
   */
  IMPORT_ALLOW_PRIVATE: z.enum(["0", "1"], { error: 'IMPORT_ALLOW_PRIVATE must be "0" or "1"' }).default("0"),
  /** Local files of the app: the mail outbox when SMTP_URL is unset (default ./.data). */
  DATA_DIR: z.string().min(1).default(".data"),
  /** Uploaded images and attachments with the local driver (the default: DATA_DIR/media). */
  MEDIA_DIR: z.string().min(1).optional(),
  /** Largest image upload in megabytes, largest attachment, and the most pixels an image may have. */
  MEDIA_MAX_IMAGE_MB: z.coerce.number().positive("MEDIA_MAX_IMAGE_MB must be above 0").max(500).default(20),
  MEDIA_MAX_ATTACHMENT_MB: z.coerce.number().positive("MEDIA_MAX_ATTACHMENT_MB must be above 0").max(2_000).default(50),
  MEDIA_MAX_MEGAPIXELS: z.coerce.number().positive("MEDIA_MAX_MEGAPIXELS must be above 0").max(268).default(40),
  /** Uploads one person may make per hour (a gallery of 30 photos is 30). */
  MEDIA_UPLOADS_PER_HOUR: z.coerce.number().int().min(1, "MEDIA_UPLOADS_PER_HOUR must be 1 or more").default(200),
  /**
   * S3-compatible object storage for media (AWS S3, MinIO, Cloudflare R2), needed when several app
   * instances share the files. Set S3_BUCKET to use it; unset, media stay in MEDIA_DIR.
   */
  S3_BUCKET: z.string().min(3, "S3_BUCKET must be a bucket name").max(255).optional(),
  /** The endpoint of a non-AWS service ("http://127.0.0.1:9000" for MinIO, R2's account URL). Unset: AWS. */
  S3_ENDPOINT: z.url("S3_ENDPOINT must be a URL such as https://s3.eu-central-1.amazonaws.com").optional(),
  /** AWS region ("auto" for R2). */
  S3_REGION: z.string().min(1).max(64).default("us-east-1"),
  /** Both or neither: without them the AWS SDK's own chain (environment, instance role) is used. */
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** "1": bucket in the path (http://host/bucket/key), as MinIO and most self-hosted services need. */
  S3_FORCE_PATH_STYLE: z.enum(["0", "1"], { error: 'S3_FORCE_PATH_STYLE must be "0" or "1"' }).default("0"),
});

export type Env = z.infer<typeof schema> & { NEXTAUTH_SECRET: string };

let cached: Env | undefined;

export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const data = parsed.data;
  if (Boolean(data.S3_ACCESS_KEY_ID) !== Boolean(data.S3_SECRET_ACCESS_KEY)) {
    throw new Error(
      "Invalid environment:\n  S3_ACCESS_KEY_ID: set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither",
    );
  }
  if (data.S3_ENDPOINT && !data.S3_BUCKET) {
    throw new Error(
      "Invalid environment:\n  S3_BUCKET: required when S3_ENDPOINT is set (media would silently stay local)",
    );
  }
  if (data.DATABASE_REPLICA_URL.length > 0 && data.EMBEDDED_DATABASE === "1") {
    throw new Error(
      "Invalid environment:\n  DATABASE_REPLICA_URL: the embedded database has no replicas; set DATABASE_URL to a PostgreSQL server",
    );
  }
  if (!data.NEXTAUTH_SECRET && data.NODE_ENV === "production") {
    throw new Error("Invalid environment:\n  NEXTAUTH_SECRET: required in production (e.g. `openssl rand -base64 32`)");
  }
  // Outside production a derived secret is acceptable. It must be the same in every module instance
  // and worker (the proxy and the route handlers check each other's tokens), so it is not random.
  const devSecret = createHash("sha256").update(`pressroom-dev:${data.DATABASE_URL}`).digest("base64");
  return { ...data, NEXTAUTH_SECRET: data.NEXTAUTH_SECRET ?? devSecret };
}

export function env(): Env {
  cached ??= loadEnv();
  return cached;
}
