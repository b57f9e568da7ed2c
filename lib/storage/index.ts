import "server-only";
import path from "node:path";
import { env } from "../env";
import { localStorage } from "./local";
import type { S3Options } from "./s3";
import type { MediaStorage } from "./types";

export type { MediaStorage, StorageBody, StoredObject, StoredObjectInfo } from "./types";

let instance: MediaStorage | undefined;

/** The media storage this instance uses: the S3 bucket when S3_BUCKET is set, else the local directory. */
export function mediaStorage(): MediaStorage {
  instance ??= storageFromEnv();
  return instance;
}

function storageFromEnv(): MediaStorage {
  const e = env();
  if (e.S3_BUCKET) {
    return lazyS3Storage({
      bucket: e.S3_BUCKET,
      endpoint: e.S3_ENDPOINT,
      region: e.S3_REGION,
      forcePathStyle: e.S3_FORCE_PATH_STYLE === "1",
      credentials:
        e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
          ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY }
          : undefined,
    });
  }
  return localStorage(e.MEDIA_DIR ?? path.join(e.DATA_DIR, "media"));
}

/**
 * The S3 driver, its SDK loaded on the first call: the SDK is ~6 MB of heap and ~30 MB of RSS in a
 * process (measured with `require`), which an instance on local media never needs, and every server
 * reaches this module at start-up through the media job (issue 17's memory row).
 */
export function lazyS3Storage(options: S3Options): MediaStorage {
  let driver: Promise<MediaStorage> | undefined;
  const load = () => (driver ??= import("./s3").then((m) => m.s3Storage(options)));
  return {
    name: "s3",
    put: async (key, body, contentType) => (await load()).put(key, body, contentType),
    get: async (key) => (await load()).get(key),
    head: async (key) => (await load()).head(key),
    delete: async (key) => (await load()).delete(key),
    async *list(prefix) {
      yield* (await load()).list(prefix);
    },
  };
}
