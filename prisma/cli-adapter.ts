// The driver adapter the Prisma CLI (migrate, seed, db push) uses in "js engine" mode, with the two
// @prisma/adapter-pg 6.19 bugs that mode hits worked around. Offline Prisma workarounds, all in prisma/:
//   1. catalog types (prisma/cli-adapter.ts, `patchCatalogTypes`)
//   2. shadow database (prisma/cli-adapter.ts, `ShadowAwarePrismaPg`)
//   3. the CLI hangs ~60 s after finishing (prisma/unref-timers.cjs, preloaded by prisma/cli.ts)
// They exist because Prisma 7's CLI (and 6.x's default mode) download a native schema engine, which
// cannot be fetched on our offline machines; 6.19's bundled WASM engine needs only this adapter.
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

const require = createRequire(import.meta.url);

// Workaround 1: introspection reads pg_catalog columns whose types (name, char, oid, regproc…) the
// adapter refuses to deserialize ("Column type 'name' could not be deserialized"). They are all
// textual for the engine's purposes, so the result fields are relabelled as text / text[].
const TEXT_OID = 25;
const TEXT_ARRAY_OID = 1009;
const AS_TEXT = new Set([18, 19, 22, 24, 30, 194, 2205, 2206]);
const AS_TEXT_ARRAY = new Set([1002, 1003]);
let patched = false;
function patchCatalogTypes(): void {
  if (patched) return;
  patched = true;
  const Result = require("pg/lib/result.js") as {
    prototype: { addFields(fields: Array<{ dataTypeID: number }>): void };
  };
  const addFields = Result.prototype.addFields;
  Result.prototype.addFields = function patchedAddFields(fields) {
    for (const field of fields) {
      if (AS_TEXT.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
      else if (AS_TEXT_ARRAY.has(field.dataTypeID)) field.dataTypeID = TEXT_ARRAY_OID;
    }
    return addFields.call(this, fields);
  };
}

/** Pool settings from a URL as separate fields: a `connectionString` would override `database`. */
function poolConfigFromUrl(url: string): pg.PoolConfig {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username || "postgres"),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres",
    // The CLI is short-lived: one connection, released quickly so the process can exit.
    max: 1,
    idleTimeoutMillis: 200,
    allowExitOnIdle: true,
  };
}

// Workaround 2: adapter-pg's own connectToShadowDb spreads a config whose connectionString wins over
// the new database name, so `migrate dev` diffed against the main database (P3006), and it dropped
// the shadow database while its pool was still connected. This one uses separate fields and drops
// the database after the pool is closed.
export class ShadowAwarePrismaPg extends PrismaPg {
  constructor(private readonly poolConfig: pg.PoolConfig) {
    super(poolConfig);
  }

  override async connectToShadowDb() {
    const database = `prisma_shadow_${randomBytes(6).toString("hex")}`;
    await this.admin(`CREATE DATABASE "${database}"`);
    const shadow = await new PrismaPg({ ...this.poolConfig, database }).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await this.admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    };
    return shadow;
  }

  private async admin(sql: string) {
    const client = new pg.Client(this.poolConfig);
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }
}

export function cliAdapter(url: string): ShadowAwarePrismaPg {
  patchCatalogTypes();
  return new ShadowAwarePrismaPg(poolConfigFromUrl(url));
}
