import type { Instrumentation } from "next";
import { logger, REQUEST_ID_HEADER } from "./lib/log";

// Runs once when the server starts. The Node-only work lives in lib/server-start.ts, imported only in
// the Node.js runtime so the Edge build never sees it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("./lib/server-start");
  startServer({ building: process.env.NEXT_PHASE === "phase-production-build" });
}

// Every error a page, route handler, server action or the proxy did not handle itself: one JSON
// line with the request id, so the person quoting the error page's reference (the digest) or the
// id from a response header can be matched to the cause.
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const header = request.headers[REQUEST_ID_HEADER];
  logger.error("unhandled error", {
    requestId: Array.isArray(header) ? header[0] : header,
    method: request.method,
    path: request.path,
    routePath: context.routePath,
    routeType: context.routeType,
    renderSource: context.renderSource,
    error,
  });
};
