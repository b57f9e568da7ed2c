// The multipart reader behind POST /api/media (issue 13) when the client goes away mid-upload.
import { describe, expect, it } from "vitest";
import { receiveUpload } from "./receive";

/** A request whose body sends the start of a file, then breaks off, as a closed connection does. */
function brokenUpload(): Request {
  const head =
    '--xx\r\nContent-Disposition: form-data; name="file"; filename="photo.png"\r\nContent-Type: image/png\r\n\r\n';
  let sent = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!sent) {
        sent = true;
        controller.enqueue(new TextEncoder().encode(head));
        controller.enqueue(new Uint8Array(64 * 1024).fill(7));
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
      controller.error(Object.assign(new Error("aborted"), { code: "ECONNRESET" }));
    },
  });
  return new Request("http://localhost/api/media", {
    method: "POST",
    headers: { "content-type": "multipart/form-data; boundary=xx" },
    body,
    duplex: "half",
  } as RequestInit);
}

describe("receiveUpload when the client goes away mid-file", () => {
  it("answers bad_request and leaves no promise rejected unhandled (each was an 'Error: aborted' in the server's log)", async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", record);
    try {
      expect(await receiveUpload(brokenUpload(), 10 * 1024 * 1024)).toEqual({ status: "bad_request" });
      // An unhandled rejection is reported once the turn that left it unhandled has ended.
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      process.off("unhandledRejection", record);
    }
    expect(unhandled.map(String)).toEqual([]);
  });
});
