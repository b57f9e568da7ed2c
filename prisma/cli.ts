// Runs the Prisma CLI offline: `npm run prisma -- migrate deploy`, also behind db:deploy, db:seed
// and postinstall. Without DATABASE_URL, commands that need a database get the embedded one.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Transform } from "node:stream";
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

// What Prisma prints on every run that a newcomer reads as a problem although it is none here (issue
// 12.11): the driver adapter makes the schema's url unused, but Prisma 6.19 refuses a schema without
// one (see schema.prisma); the config notes and the client's tips say nothing the user needs.
const NOISE_BLOCK = {
  start: /^WARNING: Your schema specifies the following datasource properties but you are using a Driver Adapter/,
  end: /^We recommend you to remove those properties from your schema/,
};
const NOISE_LINES = [
  /^Loaded Prisma config from prisma\.config\.ts\.$/,
  /^Prisma config detected, skipping environment variable loading\.$/,
  /^Start by importing your Prisma Client/,
  /^Tip: /,
  /^- url$/,
];
const quiet =
  ["generate", "validate"].includes(args[0] ?? "") ||
  ["migrate deploy", "db seed"].includes(args.slice(0, 2).join(" "));

/** A line filter that drops NOISE_BLOCK and NOISE_LINES, and the blank lines they leave in a row. */
function withoutNoise(): Transform {
  let buffered = "";
  let inBlock = false;
  let lastBlank = true;
  const keep = (line: string): boolean => {
    const plain = line.replace(/\x1b\[[0-9;]*m/g, "").trim();
    if (inBlock) {
      if (NOISE_BLOCK.end.test(plain)) inBlock = false;
      return false;
    }
    if (NOISE_BLOCK.start.test(plain)) {
      inBlock = true;
      return false;
    }
    if (NOISE_LINES.some((pattern) => pattern.test(plain))) return false;
    if (plain === "" && lastBlank) return false;
    lastBlank = plain === "";
    return true;
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      buffered += chunk.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      done(
        null,
        lines
          .filter(keep)
          .map((line) => `${line}\n`)
          .join(""),
      );
    },
    flush(done) {
      done(null, buffered && keep(buffered) ? buffered : "");
    },
  });
}

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
      // Interactive commands (migrate dev, reset) keep the terminal; the ones npm scripts run are filtered.
      { cwd: root, env, stdio: quiet ? ["inherit", "pipe", "pipe"] : "inherit" },
    );
    if (quiet) {
      child.stdout?.pipe(withoutNoise()).pipe(process.stdout);
      child.stderr?.pipe(withoutNoise()).pipe(process.stderr);
    }
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
