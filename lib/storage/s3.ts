import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { checkKey, type MediaStorage, type StorageBody, type StoredObject, type StoredObjectInfo } from "./types";

// Media in an S3-compatible bucket (AWS S3, MinIO, Cloudflare R2): what several app instances behind
// a load balancer share. Tested against s3rver, an S3-protocol server from the npm registry
// (lib/storage/storage.test.ts); AWS, MinIO and R2 are the production targets. Uploads are at most
// MEDIA_MAX_ATTACHMENT_MB (50 MB by default), under S3's 5 GB single-PUT limit, so one PutObject
// with a streamed file body is enough (no multipart upload).

export interface S3Options {
  bucket: string;
  endpoint?: string;
  region: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
  forcePathStyle: boolean;
}

function isNotFound(error: unknown): boolean {
  if (!(error instanceof S3ServiceException)) return false;
  return error.name === "NotFound" || error.name === "NoSuchKey" || error.$metadata?.httpStatusCode === 404;
}

export function s3Storage(options: S3Options): MediaStorage {
  const client = new S3Client({
    region: options.region,
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle,
    credentials: options.credentials,
    // Since SDK 3.729 every upload carries a CRC32 trailer in aws-chunked framing by default; several
    // S3-compatible servers (s3rver, older MinIO, some gateways) store that framing as the object's
    // bytes or refuse the signed checksum header. Outside AWS, checksums only where an API needs them.
    ...(options.endpoint
      ? { requestChecksumCalculation: "WHEN_REQUIRED", responseChecksumValidation: "WHEN_REQUIRED" }
      : {}),
  });
  const Bucket = options.bucket;

  return {
    name: "s3",
    async put(key: string, body: StorageBody, contentType: string): Promise<void> {
      const Key = checkKey(key);
      if (Buffer.isBuffer(body)) {
        await client.send(new PutObjectCommand({ Bucket, Key, Body: body, ContentType: contentType }));
        return;
      }
      // A stream needs its length up front (S3 refuses a PUT of unknown length).
      const { size } = await stat(body.path);
      await client.send(
        new PutObjectCommand({
          Bucket,
          Key,
          Body: createReadStream(body.path),
          ContentLength: size,
          ContentType: contentType,
        }),
      );
    },
    async get(key: string): Promise<StoredObject | null> {
      try {
        const out = await client.send(new GetObjectCommand({ Bucket, Key: checkKey(key) }));
        if (!out.Body) return null;
        return {
          stream: out.Body instanceof Readable ? out.Body : Readable.fromWeb(out.Body.transformToWebStream() as never),
          size: out.ContentLength ?? 0,
          contentType: out.ContentType ?? null,
        };
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
    async head(key: string): Promise<StoredObjectInfo | null> {
      try {
        const out = await client.send(new HeadObjectCommand({ Bucket, Key: checkKey(key) }));
        return { size: out.ContentLength ?? 0, contentType: out.ContentType ?? null };
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
    async delete(key: string): Promise<void> {
      await client.send(new DeleteObjectCommand({ Bucket, Key: checkKey(key) }));
    },
    async *list(prefix = ""): AsyncIterable<string> {
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket, Prefix: prefix || undefined, ContinuationToken }),
        );
        for (const object of page.Contents ?? []) if (object.Key) yield object.Key;
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },
  };
}
