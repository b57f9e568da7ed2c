// Next's data cache in Redis, for running more than one app instance behind a load balancer: a
// publish on instance A drops the cached reader data (one tag, lib/dal/public/cache.ts) in Redis, so
// instance B's next read misses and fetches fresh data. next.config.js loads this file only when
// REDIS_URL is set; without it Next's own single-instance cache is used.
//
// Plain JavaScript because Next loads it at runtime outside the app bundle, where lib/env.ts (TypeScript)
// cannot be imported. So this is the one other reader of process.env, and it reads it once, below, with
// lib/env.ts's own rule for REDIS_URL; lib/env.ts has already validated both variables at start-up
// (instrumentation.ts), so a malformed value stops the app before this file matters.
import { createHash } from "node:crypto";
import { createClient } from "redis";
import { z } from "zod";
import { PHASE_PRODUCTION_BUILD } from "next/constants.js";
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createLruHandler from "@fortedigital/nextjs-cache-handler/local-lru";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";

const cacheEnv = z
  .object({
    DATABASE_URL: z.string().optional(),
    REDIS_URL: z.url("REDIS_URL must be a redis:// URL").optional(),
    NEXT_PHASE: z.string().optional(),
  })
  .parse(process.env);

// Instances of one site share entries; two sites (or a test run and a developer's app) on the same
// Redis must not: the key prefix names the database the entries were read from.
function keyPrefix() {
  const database = createHash("sha256")
    .update(cacheEnv.DATABASE_URL ?? "embedded")
    .digest("hex")
    .slice(0, 16);
  return `pressroom:${database}:`;
}

function log(level, msg, fields = {}) {
  const line = JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields });
  (level === "error" || level === "warn" ? process.stderr : process.stdout).write(line + "\n");
}

CacheHandler.onCreation(() => {
  // One Redis connection per process, however many times Next asks for a handler.
  if (globalThis.__pressroomCacheConfig) return globalThis.__pressroomCacheConfig;
  if (globalThis.__pressroomCacheConfigPromise) return globalThis.__pressroomCacheConfigPromise;

  globalThis.__pressroomCacheConfigPromise = (async () => {
    // `next build` prerenders nothing from the database, and a build must not need Redis.
    if (cacheEnv.NEXT_PHASE === PHASE_PRODUCTION_BUILD || !cacheEnv.REDIS_URL) {
      return { handlers: [createLruHandler()] };
    }
    const client = createClient({
      url: cacheEnv.REDIS_URL,
      pingInterval: 10_000,
      // Keep retrying in the background: while Redis is away reads fall through to the database.
      socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(retries * 200, 2_000) },
    });
    client.on("error", (error) => log("warn", "redis error", { error: String(error?.message ?? error) }));
    try {
      await client.connect();
    } catch (error) {
      // Refusing to start would turn a cache outage into a site outage. One instance keeps working on
      // its own memory cache; with several, a publish may then take up to the backstop lifetime
      // (lib/dal/public/cache.ts) to reach the others, which is why this is logged as an error.
      log("error", "redis unavailable at start-up: using a per-instance memory cache", {
        error: String(error?.message ?? error),
      });
      globalThis.__pressroomCacheConfigPromise = undefined;
      globalThis.__pressroomCacheConfig = { handlers: [createLruHandler()] };
      return globalThis.__pressroomCacheConfig;
    }
    log("info", "next data cache in redis", { keyPrefix: keyPrefix() });
    globalThis.__pressroomCacheConfig = {
      handlers: [createRedisHandler({ client, keyPrefix: keyPrefix(), timeoutMs: 1_000 })],
    };
    globalThis.__pressroomCacheConfigPromise = undefined;
    return globalThis.__pressroomCacheConfig;
  })();
  return globalThis.__pressroomCacheConfigPromise;
});

export default CacheHandler;
