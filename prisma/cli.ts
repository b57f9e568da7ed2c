// Runs the Prisma CLI offline: `npm run prisma -- migrate deploy`, also behind db:deploy, db:seed
// and postinstall. Without DATABASE_URL, commands that need a database get the embedded one.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedDatabase } from "../scripts/embedded-db";

const root = path.resolve(__dirname, "..");
const args = process.argv.slice(2);
if (existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"));

// Both variables only stop the CLI from looking for (and downloading) native engines; in the
// "js" engine mode configured in prisma.config.ts neither file is ever executed or loaded.
const stub = path.join(root, "node_modules", ".cache", "prisma-engine-stub");
if (!existsSync(stub)) {
  mkdirSync(path.dirname(stub), { recursive: true });
  writeFileSync(stub, "");
}
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false",
  PRISMA_QUERY_ENGINE_LIBRARY: stub,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};

async function main(): Promise<number> {
  const needsDatabase = !["generate", "validate", "format", "--version", "-v"].includes(args[0] ?? "");
  let stop: (() => Promise<void>) | undefined;
  if (needsDatabase && !env.DATABASE_URL) {
    const db = await startEmbeddedDatabase();
    env.DATABASE_URL = db.url;
    stop = db.stop;
    console.log(`Using the embedded database in ${db.dataDir}`);
  }
  // The schema's datasource names env("DATABASE_URL") even for commands that never connect.
  env.DATABASE_URL ??= "postgresql://unused@127.0.0.1:5432/unused";
  const code = await new Promise<number>((resolve) => {
    const child = spawn(
      process.execPath,
      [
        "-r",
        path.join(root, "prisma", "unref-timers.cjs"),
        path.join(root, "node_modules", "prisma", "build", "index.js"),
        ...args,
      ],
      { cwd: root, env, stdio: "inherit" },
    );
    child.on("exit", (c, signal) => resolve(c ?? (signal ? 1 : 0)));
  });
  await stop?.();
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
