import type { Readable } from "node:stream";

// One interface for where media files live (issue 13): a local directory on one machine, or an
// S3-compatible bucket shared by several app instances. Keys are relative paths such as
// "img/<sha256>-960w-v1.avif"; the caller decides them (lib/domain/media/keys.ts) and the drivers
// refuse anything that could leave their root.

/** What to store: bytes in memory (variants, a few hundred KB) or a file on disk (an upload's temp file). */
export type StorageBody = Buffer | { path: string };

export interface StoredObjectInfo {
  size: number;
  /** As stored (S3 keeps it); the local driver has none. The app's database knows every file's type anyway. */
  contentType: string | null;
}

export interface StoredObject extends StoredObjectInfo {
  stream: Readable;
}

export interface MediaStorage {
  /** "local" or "s3", for logs and the media check. */
  readonly name: string;
  /** Stores the body under the key, replacing what was there; readers never see a half-written file. */
  put(key: string, body: StorageBody, contentType: string): Promise<void>;
  /** The object as a stream, or null when there is none. */
  get(key: string): Promise<StoredObject | null>;
  head(key: string): Promise<StoredObjectInfo | null>;
  /** Removes the object; no error when it is already gone. */
  delete(key: string): Promise<void>;
  /** Every key under the prefix ("" for all), in no particular order. */
  list(prefix?: string): AsyncIterable<string>;
}

const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;

/** Keys are plain relative paths: no "..", no leading slash, no empty segment, nothing outside [A-Za-z0-9._-/]. */
export function checkKey(key: string): string {
  if (key.length === 0 || key.length > 512 || !KEY.test(key) || key.split("/").some((part) => /^\.+$/.test(part)))
    throw new Error(`Not a valid storage key: ${JSON.stringify(key.slice(0, 80))}`);
  return key;
}
