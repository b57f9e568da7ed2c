import "server-only";
import { spawn } from "node:child_process";
import path from "node:path";
import type { VariantFormat } from "../domain/media/keys";

// Runs lib/jobs/image-worker.mjs, which does a variant job's pixel work in a process of its own (it
// says why), and returns what it made. The worker is plain JavaScript outside Next's bundle, found
// from the project's folder, which is where `npm start`, `npm run dev` and the tests run.

/** sharp's options for opening the original (the same for every variant). */
export interface OpenOptions {
  limitInputPixels: number;
  pages: number;
  failOn: "error";
  density?: number;
}

export interface ImageTask {
  format: VariantFormat;
  width: number;
  /** The file the variant is written to. */
  out: string;
}

export interface ImageResult {
  made: Array<{ width: number; height: number; bytes: number }>;
  /** The 16-pixel blurred WebP placeholder, base64. */
  placeholder: string;
}

const WORKER = path.join(process.cwd(), "lib", "jobs", "image-worker.mjs");
/** A photo at the upload limit takes seconds; a worker still busy after this is stuck. */
const TIMEOUT_MS = 120_000;

/** Makes the variants of `source` in a child process; throws with its message if it fails. */
export function processImage(source: string, open: OpenOptions, tasks: ImageTask[]): Promise<ImageResult> {
  return runWorker<ImageResult>({ source, open, tasks });
}

/** What an image's header says, read by sharp without decoding a pixel. */
export interface ImageHeader {
  width: number | null;
  height: number | null;
  /** EXIF orientation, 1 when none. */
  orientation: number;
}

/**
 * The header of an uploaded image, read in the same child process as the variants: loading sharp in
 * the app's process would keep libvips there for good (7–11 MB of the app's RSS measured, issue 17) after
 * the first upload. Throws when the header cannot be read.
 */
export function readImageHeader(source: string): Promise<ImageHeader> {
  return runWorker<ImageHeader>({ source, header: true });
}

function runWorker<T>(input: object): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WORKER], { stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => child.kill("SIGKILL"), TIMEOUT_MS);
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) {
        try {
          resolve(JSON.parse(Buffer.concat(out).toString("utf8")) as T);
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
        return;
      }
      const message = Buffer.concat(err).toString("utf8").trim();
      reject(new Error(message || `The image worker stopped (${signal ?? `exit code ${code}`})`));
    });
    child.stdin.end(JSON.stringify(input));
  });
}
