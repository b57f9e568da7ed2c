import { createReadStream } from "node:fs";
import { copyFile, mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { checkKey, type MediaStorage, type StorageBody, type StoredObject, type StoredObjectInfo } from "./types";

// Media in a directory of this machine: the default, so `npm run dev` needs nothing more. Files are
// written to a temporary name beside their final one and renamed, so a reader never sees half a
// file and a crash leaves at most a ".tmp-" file (which list() does not report).

const TEMP_PREFIX = ".tmp-";

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === "ENOENT";
}

export function localStorage(root: string): MediaStorage {
  const base = path.resolve(root);
  const fileOf = (key: string) => path.join(base, ...checkKey(key).split("/"));

  async function head(key: string): Promise<StoredObjectInfo | null> {
    try {
      const info = await stat(fileOf(key));
      return info.isFile() ? { size: info.size, contentType: null } : null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async function* walk(dir: string, prefix: string): AsyncGenerator<string> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (isMissing(error)) return;
      throw error;
    }
    for (const entry of entries) {
      if (entry.name.startsWith(TEMP_PREFIX)) continue;
      const key = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) yield* walk(path.join(dir, entry.name), key);
      else if (entry.isFile()) yield key;
    }
  }

  return {
    name: "local",
    async put(key: string, body: StorageBody): Promise<void> {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      const temp = path.join(path.dirname(file), `${TEMP_PREFIX}${randomUUID()}`);
      try {
        if (Buffer.isBuffer(body)) await writeFile(temp, body);
        else await copyFile(body.path, temp);
        await rename(temp, file);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
    },
    async get(key: string): Promise<StoredObject | null> {
      const info = await head(key);
      if (!info) return null;
      return { ...info, stream: createReadStream(fileOf(key)) };
    },
    head,
    async delete(key: string): Promise<void> {
      await rm(fileOf(key), { force: true });
    },
    async *list(prefix = ""): AsyncIterable<string> {
      // Walk only the directory the prefix names (keys are paths), then filter by the rest of it.
      const cut = prefix.lastIndexOf("/");
      const dirKey = cut >= 0 ? prefix.slice(0, cut) : "";
      const dir = dirKey ? path.join(base, ...checkKey(dirKey).split("/")) : base;
      for await (const key of walk(dir, dirKey)) if (key.startsWith(prefix)) yield key;
    },
  };
}
