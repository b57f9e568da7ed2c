// Issue 13: the same contract for both media storage drivers. The S3 one runs against s3rver, an
// S3-protocol server started in this process on a free port (a stand-in for AWS S3, MinIO or R2).
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import S3rver from "s3rver";
import { lazyS3Storage } from "./index";
import { localStorage } from "./local";
import { s3Storage } from "./s3";
import type { MediaStorage } from "./types";

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

async function collect(keys: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const key of keys) out.push(key);
  return out.sort();
}

let workDir = "";
let s3rver: S3rver | undefined;
const drivers: Record<string, MediaStorage> = {};

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), "pressroom-storage-"));
  drivers.local = localStorage(path.join(workDir, "local"));
  s3rver = new S3rver({
    port: 0,
    address: "127.0.0.1",
    silent: true,
    directory: path.join(workDir, "s3rver"),
    configureBuckets: [{ name: "pressroom-test", configs: [] }],
  });
  const { port } = await s3rver.run();
  const options = {
    bucket: "pressroom-test",
    endpoint: `http://127.0.0.1:${port}`,
    region: "us-east-1",
    forcePathStyle: true,
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
  };
  drivers.s3 = s3Storage(options);
  // What mediaStorage() gives an instance with S3_BUCKET set: the same driver, its SDK imported on first use.
  drivers["s3 loaded on first use"] = lazyS3Storage(options);
});

afterAll(async () => {
  await s3rver?.close();
  await rm(workDir, { recursive: true, force: true });
});

describe.each(["local", "s3", "s3 loaded on first use"])("issue 13: media storage contract (%s driver)", (name) => {
  const storage = () => drivers[name]!;

  it("stores bytes and a file under a key, and gives them back with their size", async () => {
    await storage().put("img/abc-480w-v1.webp", Buffer.from("webp bytes"), "image/webp");
    const source = path.join(workDir, `upload-${name}.bin`);
    const big = Buffer.alloc(300_000, 7);
    await writeFile(source, big);
    await storage().put("originals/abc.jpg", { path: source }, "image/jpeg");

    const small = await storage().get("img/abc-480w-v1.webp");
    expect(small?.size).toBe(10);
    expect((await readAll(small!.stream)).toString()).toBe("webp bytes");
    const file = await storage().get("originals/abc.jpg");
    expect(file?.size).toBe(big.length);
    expect((await readAll(file!.stream)).equals(big)).toBe(true);
    expect(await storage().head("originals/abc.jpg")).toMatchObject({ size: big.length });
  });

  it("answers null for a missing key, replaces on a second put, deletes idempotently", async () => {
    expect(await storage().get("img/missing.avif")).toBeNull();
    expect(await storage().head("img/missing.avif")).toBeNull();
    await storage().put("files/x.pdf", Buffer.from("one"), "application/pdf");
    await storage().put("files/x.pdf", Buffer.from("second"), "application/pdf");
    expect((await storage().head("files/x.pdf"))?.size).toBe(6);
    await storage().delete("files/x.pdf");
    await storage().delete("files/x.pdf");
    expect(await storage().head("files/x.pdf")).toBeNull();
  });

  it("lists keys, all or under a prefix", async () => {
    await storage().put("list/a/1.txt", Buffer.from("1"), "text/plain");
    await storage().put("list/a/2.txt", Buffer.from("2"), "text/plain");
    await storage().put("list/b.txt", Buffer.from("3"), "text/plain");
    expect(await collect(storage().list("list/a/"))).toEqual(["list/a/1.txt", "list/a/2.txt"]);
    expect(await collect(storage().list("list/"))).toEqual(["list/a/1.txt", "list/a/2.txt", "list/b.txt"]);
    expect(await collect(storage().list())).toEqual(expect.arrayContaining(["list/b.txt", "originals/abc.jpg"]));
  });

  it("refuses keys that could leave its root", async () => {
    for (const key of ["../etc/passwd", "/abs", "a/../../b", "a//b", "", "a/./b", "spaces here"])
      await expect(storage().put(key, Buffer.from("x"), "text/plain")).rejects.toThrow(/Not a valid storage key/);
  });
});
