import "server-only";
import path from "node:path";
import { env } from "../env";
import { localStorage } from "./local";
import { s3Storage } from "./s3";
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
    return s3Storage({
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
