import "server-only";
import http from "node:http";
import { PEER_ADDRESS_HEADER } from "./auth/client-address";
import { RSC_MARK_HEADER } from "./http/security-headers";
import { answerFromOriginCache } from "./http/origin-cache";

/**
 * Next's route handlers see headers but no socket, and Next fills `x-forwarded-for` with the socket
 * address only when the client sent none: a client-chosen X-Forwarded-For hides the real peer. So
 * the HTTP server writes the peer into a header of its own on every request, before Next reads it,
 * replacing anything a client sent under that name (lib/auth/client-address.ts reads it).
 * Installed once at start-up (instrumentation.ts → lib/server-start.ts), in the process that serves.
 */
function isRawRscRequest(req: http.IncomingMessage): boolean {
  const h = req.headers;
  return (
    h["rsc"] !== undefined ||
    h["next-router-prefetch"] !== undefined ||
    h["next-router-state-tree"] !== undefined ||
    h["next-router-segment-prefetch"] !== undefined ||
    /[?&]_rsc(=|&|$)/.test(req.url ?? "")
  );
}

export function installPeerAddressHook(): void {
  const state = globalThis as { __pressroomPeerHook?: boolean };
  if (state.__pressroomPeerHook) return;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage;
      req.headers[PEER_ADDRESS_HEADER] = req.socket?.remoteAddress ?? "";
      // Next strips its RSC request headers and ?_rsc before proxy.ts sees the request, yet those
      // answers must never be shared-cacheable (issue 11.10): the raw request is marked here.
      const rsc = isRawRscRequest(req);
      if (rsc) req.headers[RSC_MARK_HEADER] = "1";
      else delete req.headers[RSC_MARK_HEADER];
      // A public response the origin already holds is answered here, without Next (issue 17).
      if (answerFromOriginCache(req, args[1] as http.ServerResponse, rsc)) return true;
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
  state.__pressroomPeerHook = true;
}
