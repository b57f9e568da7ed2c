// A real PostgreSQL streaming replica of the test cluster, on another port, for e2e/replica.spec.ts:
// pg_basebackup -R copies the running cluster and writes the standby settings (standby.signal and
// primary_conninfo), then pg_ctl starts it. Test code only.
//
// What the primary needs: wal_level replica (PostgreSQL's default), free WAL senders (default 10)
// and a pg_hba.conf line that lets 127.0.0.1 connect for replication. The "all" of an ordinary line
// does not cover replication connections, so when no line names "replication" this adds
// `host replication all 127.0.0.1/32 trust` to the cluster's hba_file and reloads it — the test
// cluster already trusts every local connection, so nothing new is allowed from elsewhere. Writing
// that file needs the right to (root or the postgres user, as on the CI machine).
//
// PostgreSQL refuses to run as root: run as root, the replica's programs run as the `postgres` user
// (runuser). Debian keeps them in /usr/lib/postgresql/<major>/bin, elsewhere they are on PATH.
//
// Run by hand: `npx tsx e2e/support/replica.ts measure` starts a replica of DATABASE_URL's cluster,
// measures how long commits take to be replayed on it, and removes it.
import { execFile } from "node:child_process";
import { appendFile, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);

export interface PostgresReplica {
  /** postgresql://…@127.0.0.1:PORT/<the primary URL's database> */
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  /** A new connection to the replica (the caller ends it). */
  connect(): Promise<pg.Client>;
  /** Stops the server (fast shutdown), keeping its data: start() brings it back. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it and deletes its data directory. */
  remove(): Promise<void>;
  /** What the server has logged so far. */
  log(): Promise<string>;
}

const asRoot = () => process.getuid?.() === 0;

/** Runs a PostgreSQL program, as the postgres user when this process is root. */
async function pgProgram(bin: string, program: string, args: string[]): Promise<string> {
  const file = existsSync(path.join(bin, program)) ? path.join(bin, program) : program;
  const [command, commandArgs] = asRoot() ? ["runuser", ["-u", "postgres", "--", file, ...args]] : [file, args];
  try {
    const { stdout } = await run(command, commandArgs, { cwd: "/tmp", maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new Error(`${program} ${args.join(" ")} failed: ${e.stderr?.trim() || e.message}`);
  }
}

async function query<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

/** Adds a replication line for 127.0.0.1 to the primary's pg_hba.conf when none exists (see above). */
async function allowReplication(primaryUrl: string): Promise<void> {
  const rules = await query<{ n: string }>(
    primaryUrl,
    `SELECT count(*) AS n FROM pg_hba_file_rules WHERE 'replication' = ANY(database) AND error IS NULL`,
  );
  if (Number(rules[0]!.n) > 0) return;
  const hbaFile = (await query<{ hba_file: string }>(primaryUrl, "SHOW hba_file"))[0]!.hba_file;
  await appendFile(
    hbaFile,
    "\n# Added by Pressroom's e2e/support/replica.ts: a streaming replica of this test cluster on 127.0.0.1.\nhost replication all 127.0.0.1/32 trust\n",
  );
  await query(primaryUrl, "SELECT pg_reload_conf()");
}

export interface StartReplicaOptions {
  primaryUrl: string;
  port: number;
  /** More postgresql.conf lines for the replica ("log_statement = 'all'"). */
  settings?: string[];
}

export async function startReplica({
  primaryUrl,
  port,
  settings: extra = [],
}: StartReplicaOptions): Promise<PostgresReplica> {
  const primary = new URL(primaryUrl);
  const settings = await query<{ name: string; setting: string }>(
    primaryUrl,
    `SELECT name, setting FROM pg_settings WHERE name IN ('server_version_num', 'wal_level', 'max_connections',
       'max_worker_processes', 'max_wal_senders', 'max_prepared_transactions', 'max_locks_per_transaction')`,
  );
  const setting = (name: string) => settings.find((s) => s.name === name)!.setting;
  if (setting("wal_level") === "minimal")
    throw new Error("The primary has wal_level = minimal: a replica needs replica");
  const bin = `/usr/lib/postgresql/${Math.floor(Number(setting("server_version_num")) / 10_000)}/bin`;
  await allowReplication(primaryUrl);

  const dataDir = `/tmp/pressroom-replica-${port}`;
  await pgProgram(bin, "pg_ctl", ["-D", dataDir, "-m", "immediate", "stop"]).catch(() => undefined); // a run that died
  await rm(dataDir, { recursive: true, force: true });
  // A replication slot keeps the WAL the replica still needs while it is stopped (a test stops it);
  // remove() drops it, and a slot left by a run that died is dropped here, as a forgotten slot would
  // make the primary keep WAL forever.
  const slot = `pressroom_replica_${port}`;
  const dropSlot = () =>
    query(
      primaryUrl,
      `SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = '${slot}'`,
    );
  await dropSlot();
  // -R: standby.signal + primary_conninfo + primary_slot_name; -C -S: the slot; -X stream: the WAL
  // written meanwhile comes along; -c fast: an immediate checkpoint instead of waiting for a spread one.
  await pgProgram(bin, "pg_basebackup", [
    "-C",
    "-S",
    slot,
    "-h",
    primary.hostname,
    "-p",
    primary.port || "5432",
    "-U",
    decodeURIComponent(primary.username || "postgres"),
    "-D",
    dataDir,
    "-R",
    "-X",
    "stream",
    "-c",
    "fast",
  ]);
  // Debian keeps a cluster's configuration outside its data directory, so the copy has none. A
  // standby needs at least the primary's values of these settings.
  const conf = [
    `port = ${port}`,
    "listen_addresses = '127.0.0.1'",
    `unix_socket_directories = '${dataDir}'`,
    "hot_standby = on",
    "fsync = off",
    ...[
      "max_connections",
      "max_worker_processes",
      "max_wal_senders",
      "max_prepared_transactions",
      "max_locks_per_transaction",
    ].map((name) => `${name} = ${setting(name)}`),
    ...extra,
  ];
  const owner = asRoot() ? await run("id", ["-u", "postgres"]).then((r) => Number(r.stdout.trim())) : undefined;
  const files: Array<[string, string]> = [
    ["postgresql.conf", `${conf.join("\n")}\n`],
    ["pg_hba.conf", "local all all trust\nhost all all 127.0.0.1/32 trust\n"],
    ["pg_ident.conf", ""],
  ];
  for (const [name, text] of files) {
    const file = path.join(dataDir, name);
    await writeFile(file, text);
    if (owner !== undefined) await run("chown", [`${owner}`, file]);
  }

  const url = new URL(primaryUrl);
  url.hostname = "127.0.0.1";
  url.port = String(port);
  const logFile = path.join(dataDir, "server.log");
  const start = async () => {
    await pgProgram(bin, "pg_ctl", ["-D", dataDir, "-l", logFile, "-w", "-t", "60", "start"]);
  };
  const stop = async () => {
    await pgProgram(bin, "pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "stop"]);
  };
  await start();
  return {
    url: url.toString(),
    port,
    dataDir,
    async connect() {
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      return client;
    },
    start,
    stop,
    log: () => readFile(logFile, "utf8").catch(() => ""),
    async remove() {
      await pgProgram(bin, "pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]).catch(() => undefined);
      await rm(dataDir, { recursive: true, force: true });
      await dropSlot();
    },
  };
}

/** Commits on the primary, each timed until the replica has replayed it. */
async function measure(): Promise<void> {
  const primaryUrl = process.env.DATABASE_URL;
  if (!primaryUrl) throw new Error("DATABASE_URL (the primary) is required");
  const started = Date.now();
  const replica = await startReplica({ primaryUrl, port: Number(process.env.REPLICA_PORT ?? 5599) });
  console.log(`replica on port ${replica.port} ready in ${Date.now() - started} ms (pg_basebackup + start)`);
  const primaryClient = new pg.Client({ connectionString: primaryUrl });
  await primaryClient.connect();
  const replicaClient = await replica.connect();
  const times: number[] = [];
  try {
    await primaryClient.query("CREATE TABLE IF NOT EXISTS replica_lag_probe (x int)");
    for (let i = 0; i < 50; i++) {
      const t0 = performance.now();
      await primaryClient.query("INSERT INTO replica_lag_probe VALUES ($1)", [i]);
      const { rows } = await primaryClient.query<{ lsn: string }>("SELECT pg_current_wal_flush_lsn()::text AS lsn");
      for (;;) {
        const r = await replicaClient.query<{ ok: boolean }>("SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS ok", [
          rows[0]!.lsn,
        ]);
        if (r.rows[0]!.ok) break;
      }
      times.push(performance.now() - t0);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await primaryClient.query("DROP TABLE replica_lag_probe");
  } finally {
    await primaryClient.end();
    await replicaClient.end();
    await replica.remove();
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
  console.log(
    `commit → replayed on the replica, ${times.length} commits: median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`,
  );
}

if (require.main === module && process.argv[2] === "measure") {
  measure().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
