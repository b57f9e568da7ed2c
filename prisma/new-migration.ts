// `npm run db:migration -- NAME`: writes prisma/migrations/<timestamp>_NAME/migration.sql from the
// difference between the existing migrations and schema.prisma. Needed because `migrate dev` in
// adapter mode fails with "PostgreSQL shadow DB must be provided through an external factory" once
// migrations exist (Prisma 6.19's WASM engine), while `migrate diff --from-migrations` works.
// Needs a real local PostgreSQL in DATABASE_URL (it replays the migrations there in a shadow database).
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("Usage: npm run db:migration -- name_of_change");
  process.exit(1);
}
const root = path.resolve(__dirname, "..");
const sql = execFileSync(
  process.execPath,
  [
    path.join(root, "node_modules", ".bin", "tsx"),
    "prisma/cli.ts",
    "migrate",
    "diff",
    "--from-migrations",
    "prisma/migrations",
    "--to-schema-datamodel",
    "prisma/schema.prisma",
    "--script",
  ],
  { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
);
const body = sql.slice(sql.indexOf("--") >= 0 ? sql.indexOf("--") : 0).trim();
if (!body || body.includes("This is an empty migration")) {
  console.log("No schema changes: nothing written.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(root, "prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), `${body}\n`);
console.log(`Wrote ${path.relative(root, dir)}/migration.sql`);
