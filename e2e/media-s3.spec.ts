import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import sharp from "sharp";
import { hashPassword } from "../lib/crypto/password";
import { startApp, type AppInstance } from "./support/app-instance";
import { E2E_PASSWORD } from "./support/db";
import { expect, test } from "./support/test";
import { tinyPdf } from "../test/support/media-samples";

// Issue 13, several instances with the S3 driver: s3rver (an S3-protocol server from the npm registry)
// runs as its own process, two app instances store media in its bucket, a file uploaded through one is
// read through the other after the variant job ran on either, and `npm run media:check` finds no
// orphans. The instances get a database of their own: the main test server's worker (local storage)
// must not take their variant jobs, and media:check must compare this bucket with this database only.

const ROOT = path.resolve(__dirname, "..");
const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
const S3_PORT = BASE_PORT + 41;
const BUCKET = "pressroom-e2e";
const EDITOR = { email: "s3-editor@pressroom.test", name: "Sam S3 Editor" };

const mainUrl = process.env.DATABASE_URL!;
const dbName = `${new URL(mainUrl).pathname.slice(1)}_s3`;
const databaseUrl = Object.assign(new URL(mainUrl), { pathname: `/${dbName}` }).toString();

const s3Env = {
  S3_BUCKET: BUCKET,
  S3_ENDPOINT: `http://127.0.0.1:${S3_PORT}`,
  S3_REGION: "us-east-1",
  S3_FORCE_PATH_STYLE: "1",
  S3_ACCESS_KEY_ID: "S3RVER",
  S3_SECRET_ACCESS_KEY: "S3RVER",
};

test.describe.configure({ mode: "default" });

let s3rver: ChildProcess | undefined;
let workDir = "";
let localDir = "";
let a: AppInstance | undefined;
let b: AppInstance | undefined;

async function query<T extends pg.QueryResultRow>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

function run(args: string[], env: Record<string, string>) {
  const result = spawnSync(path.join(ROOT, "node_modules", ".bin", "tsx"), args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  workDir = mkdtempSync(path.join(tmpdir(), "pressroom-e2e-s3-"));
  localDir = path.join(workDir, "local-media-must-stay-empty");
  s3rver = spawn(
    path.join(ROOT, "node_modules", ".bin", "s3rver"),
    [
      "-d",
      path.join(workDir, "s3"),
      "-a",
      "127.0.0.1",
      "-p",
      String(S3_PORT),
      "--silent",
      "--configure-bucket",
      BUCKET,
    ],
    { stdio: "ignore" },
  );
  await expect
    .poll(
      () =>
        fetch(`http://127.0.0.1:${S3_PORT}/`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 20_000 },
    )
    .toBe(200);

  await query(mainUrl, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await query(mainUrl, `CREATE DATABASE "${dbName}"`);
  const env = { DATABASE_URL: databaseUrl, MEDIA_DIR: localDir, JOB_CONCURRENCY: "2", ...s3Env };
  for (const args of [
    ["prisma/cli.ts", "migrate", "deploy"],
    ["prisma/cli.ts", "db", "seed"],
  ]) {
    const done = run(args, env);
    expect(done.code, done.output).toBe(0);
  }
  await query(
    databaseUrl,
    `INSERT INTO "User" (id, email, name, "passwordHash", role, active, "createdAt", "updatedAt")
     VALUES (gen_random_uuid()::text, $1, $2, $3, 'EDITOR', true, now(), now())`,
    [EDITOR.email, EDITOR.name, await hashPassword(E2E_PASSWORD)],
  );
  [a, b] = await Promise.all([startApp({ port: BASE_PORT + 42, env }), startApp({ port: BASE_PORT + 43, env })]);
});

test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  s3rver?.kill("SIGTERM");
  await query(mainUrl, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch(() => {});
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

test("issue 13: two instances with the S3 driver: uploaded through A, read through B, and media:check finds no orphans", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const context = await browser.newContext({ baseURL: a!.url });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email", { exact: true }).fill(EDITOR.email);
  await page.getByLabel("Password", { exact: true }).fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);

  const c = () => Math.floor(Math.random() * 256);
  const photo = await sharp({
    create: { width: 1200, height: 800, channels: 3, background: { r: c(), g: c(), b: c() } },
  })
    .jpeg()
    .toBuffer();
  const pdfBytes = tinyPdf(`S3 memo ${Date.now()}`);
  const post = async (kind: string, name: string, buffer: Buffer, mimeType: string) => {
    const answer = await context.request.post(`${a!.url}/api/media`, {
      multipart: { kind, file: { name, mimeType, buffer } },
    });
    expect(answer.status(), await answer.text()).toBe(200);
    return ((await answer.json()) as { id: string }).id;
  };
  const imageId = await post("image", "harbour.jpg", photo, "image/jpeg");
  const pdfId = await post("attachment", "memo.pdf", pdfBytes, "application/pdf");

  // The variant job runs on whichever instance's worker takes it first; both read the original from S3.
  await expect
    .poll(
      async () =>
        (
          await query<{ s: string }>(databaseUrl, `SELECT "variantStatus"::text AS s FROM "MediaAsset" WHERE id = $1`, [
            imageId,
          ])
        )[0]?.s,
      { timeout: 90_000 },
    )
    .toBe("READY");

  // Files are public once a live edition uses them: the seed release's (TEST-ONLY SHORTCUT: SQL).
  const [live] = await query<{ id: string }>(
    databaseUrl,
    `SELECT "liveEditionId" AS id FROM "Release" WHERE "liveEditionId" IS NOT NULL LIMIT 1`,
  );
  await query(
    databaseUrl,
    `INSERT INTO "EditionMedia" (id, "editionId", "assetId", position, role, "altText", title)
     SELECT gen_random_uuid()::text, $1, x.asset, 100 + x.n, x.role::"EditionMediaRole", x.alt, x.title
     FROM (VALUES ($2, 0, 'GALLERY', 'A harbour', NULL), ($3, 1, 'ATTACHMENT', '', 'Memo')) AS x(asset, n, role, alt, title)`,
    [live!.id, imageId, pdfId],
  );

  const variants = await query<{ key: string; format: string }>(
    databaseUrl,
    `SELECT key, format::text FROM "MediaVariant" WHERE "assetId" = $1 ORDER BY key`,
    [imageId],
  );
  expect(variants.length).toBeGreaterThanOrEqual(5);
  for (const variant of variants) {
    const fromB = await fetch(`${b!.url}/media/${variant.key}`);
    expect(fromB.status, variant.key).toBe(200);
    const bytes = Buffer.from(await fromB.arrayBuffer());
    const fromA = Buffer.from(await (await fetch(`${a!.url}/media/${variant.key}`)).arrayBuffer());
    expect(bytes.equals(fromA), `${variant.key}: both instances serve the same bytes`).toBe(true);
    expect((await sharp(bytes).metadata()).format).toBe(
      variant.format === "JPEG" ? "jpeg" : variant.format.toLowerCase() === "avif" ? "heif" : "webp",
    );
  }
  const [pdf] = await query<{ originalKey: string }>(
    databaseUrl,
    `SELECT "originalKey" FROM "MediaAsset" WHERE id = $1`,
    [pdfId],
  );
  const download = await fetch(`${b!.url}/media/${pdf!.originalKey}`);
  expect(download.status).toBe(200);
  expect(Buffer.from(await download.arrayBuffer()).equals(pdfBytes)).toBe(true);
  // The editor's original through B, with A's session (both read the same database and bucket).
  const original = await context.request.get(`${b!.url}/api/media/${imageId}/original`);
  expect(original.status()).toBe(200);
  expect((await original.body()).equals(photo)).toBe(true);

  // Nothing was written to the instances' local media directory: everything is in the bucket.
  expect(existsSync(localDir) ? readdirSync(localDir) : []).toEqual([]);

  const check = run(["--conditions=react-server", "scripts/media-check.ts"], {
    DATABASE_URL: databaseUrl,
    MEDIA_DIR: localDir,
    ...s3Env,
  });
  expect(check.output).toMatch(/Media check \(s3 storage\)/);
  expect(check.output).toContain("Everything matches.");
  expect(check.code, check.output).toBe(0);
  await context.close();
});
