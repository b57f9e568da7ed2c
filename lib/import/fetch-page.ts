import "server-only";
import http from "node:http";
import https from "node:https";
import type { BlockList } from "node:net";
import { resolvePublicTarget } from "../http/ssrf";

// "Import from URL" (issue 15): the server fetches a page a person names. Like a webhook's address, it
// must not reach the app's own network: every address (and every redirect's) is checked by
// lib/http/ssrf.ts and the request goes to the checked address. Limits keep a slow or huge page from
// holding the server: 5 s in all, 5 MB, 5 redirects.

export const FETCH_TIMEOUT_MS = 5_000;
export const FETCH_MAX_BYTES = 5 * 1024 * 1024;
const MAX_REDIRECTS = 5;

export type FetchedPage = { ok: true; url: string; html: string } | { ok: false; message: string };

const refuse = (message: string): FetchedPage => ({ ok: false, message });

export async function fetchPublicPage(address: string, allowed: BlockList): Promise<FetchedPage> {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return refuse("Enter a web address such as https://example.org/news/release");
  }
  const deadline = Date.now() + FETCH_TIMEOUT_MS;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (url.protocol !== "http:" && url.protocol !== "https:")
      return refuse("Only http and https addresses can be imported");
    if (url.username || url.password) return refuse("Addresses with a user name or password are not fetched");
    const target = await resolvePublicTarget(url, allowed);
    if (!target.ok)
      return refuse(
        target.reason.startsWith("cannot resolve")
          ? `The address could not be reached: ${target.reason}`
          : `This address is refused: ${target.reason}`,
      );
    let answer: Answer;
    try {
      answer = await get(url, target.address, target.family, deadline - Date.now());
    } catch (e) {
      return refuse(`The page could not be fetched: ${(e as Error).message}`);
    }
    if (answer.kind === "redirect") {
      try {
        url = new URL(answer.location, url);
      } catch {
        return refuse("The page redirects to an address that is not valid");
      }
      continue;
    }
    if (answer.kind === "too-large") return refuse(`The page is larger than ${FETCH_MAX_BYTES / 1024 / 1024} MB`);
    if (answer.status < 200 || answer.status >= 300)
      return refuse(`The page answered ${answer.status}, not a page to import`);
    if (!/^(text\/html|application\/xhtml\+xml)\b/i.test(answer.contentType))
      return refuse(
        `This address is not a web page (it is ${answer.contentType.split(";")[0] || "of an unknown type"})`,
      );
    return { ok: true, url: url.href, html: decode(answer.body, answer.contentType) };
  }
  return refuse(`The page redirects more than ${MAX_REDIRECTS} times`);
}

type Answer =
  | { kind: "redirect"; location: string }
  | { kind: "too-large" }
  | { kind: "page"; status: number; contentType: string; body: Buffer };

function decode(body: Buffer, contentType: string): string {
  const charset =
    /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ??
    /<meta[^>]+charset=["']?([\w-]+)/i.exec(body.subarray(0, 4096).toString("latin1"))?.[1];
  try {
    return new TextDecoder(charset ?? "utf-8").decode(body);
  } catch {
    return new TextDecoder("utf-8").decode(body);
  }
}

function get(url: URL, address: string, family: 4 | 6, timeLeft: number): Promise<Answer> {
  if (timeLeft <= 0) return Promise.reject(new Error(`no answer within ${FETCH_TIMEOUT_MS / 1000} s`));
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolveAnswer, rejectAnswer) => {
    const resolve = (answer: Answer) => {
      clearTimeout(timer);
      resolveAnswer(answer);
    };
    const reject = (error: Error) => {
      clearTimeout(timer);
      rejectAnswer(error);
    };
    const timer = setTimeout(() => {
      reject(new Error(`no answer within ${FETCH_TIMEOUT_MS / 1000} s`));
      request.destroy();
    }, timeLeft);
    const request = client.get(
      url,
      {
        headers: { accept: "text/html,application/xhtml+xml", "user-agent": "Pressroom-Import/1" },
        // Connect to the address that was checked, never to a second DNS answer.
        lookup: (_host, options, callback) => {
          if ((options as { all?: boolean }).all)
            (callback as (e: null, a: object[]) => void)(null, [{ address, family }]);
          else (callback as (e: null, a: string, f: number) => void)(null, address, family);
        },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        if (status >= 300 && status < 400 && response.headers.location) {
          response.resume();
          resolve({ kind: "redirect", location: response.headers.location });
          return;
        }
        if (Number(response.headers["content-length"] ?? 0) > FETCH_MAX_BYTES) {
          request.destroy();
          resolve({ kind: "too-large" });
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > FETCH_MAX_BYTES) {
            request.destroy();
            resolve({ kind: "too-large" });
            return;
          }
          chunks.push(chunk);
        });
        response.on("end", () =>
          resolve({
            kind: "page",
            status,
            contentType: String(response.headers["content-type"] ?? ""),
            body: Buffer.concat(chunks),
          }),
        );
        response.on("error", reject);
      },
    );
    request.on("error", reject);
  });
}
