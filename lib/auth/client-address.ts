// Which address a sign-in attempt comes from, for the per-address rate limit. Pure: unit-tested.
import { isIP } from "node:net";

type HeaderBag = Record<string, string | string[] | undefined> | undefined;

/**
 * The client address from the request headers next-auth hands to `authorize(credentials, req)`.
 *
 * Route handlers see no socket, but Next's server fills in `x-forwarded-for` with the socket's
 * address when the request has none (base-server.ts: `x-forwarded-for ??= socket.remoteAddress`), so
 * the header is always there: either the real peer, or what a proxy (or the client) wrote.
 *
 * We take the RIGHT-most hop, not the left-most. A reverse proxy such as the nginx example appends
 * the address it saw ($proxy_add_x_forwarded_for), so the right-most entry is the one written by our
 * own proxy, while everything left of it was typed by the client and can be anything: an attacker
 * rotating a fake left-most address would get a fresh per-address counter on every guess. Without a
 * proxy any value is the client's own word (the per-account limit still holds then); with several
 * proxies in a row the right-most is the last proxy, which makes the limit broader, never weaker.
 * A TRUSTED_PROXY_HOPS setting would be exact, and is not worth its configuration here.
 */
export function clientAddress(headers: HeaderBag): string {
  const raw = headers?.["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : (raw ?? "");
  const hops = value
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  return normaliseAddress(hops[hops.length - 1] ?? "");
}

/**
 * One counter key per client: IPv4-mapped IPv6 becomes plain IPv4, and an IPv6 address is reduced
 * to its /64 (one subscriber usually holds a whole /64, so per-address counting would be per-guess).
 * Anything that is not an address (a garbled header) shares one "unknown" counter.
 */
export function normaliseAddress(input: string): string {
  let address = input.trim().toLowerCase();
  // "[2001:db8::1]:443" and "203.0.113.7:51234" as some proxies write them.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  address = address.replace(/%.*$/, ""); // zone id (fe80::1%eth0)
  if (address.startsWith("::ffff:") && isIP(address.slice(7)) === 4) address = address.slice(7);
  const kind = isIP(address);
  if (kind === 4) return address;
  if (kind === 6) return `${expandIpv6(address).slice(0, 4).join(":")}::/64`;
  return "unknown";
}

/** The eight 16-bit groups of an IPv6 address, without leading zeros ("2001:db8::1" → 2001, db8, 0 …). */
function expandIpv6(address: string): string[] {
  let text = address;
  // An embedded IPv4 tail (::1.2.3.4) as two groups.
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const middle = tail === undefined ? [] : Array(8 - left.length - right.length).fill("0");
  return [...left, ...middle, ...right].map((group) => (parseInt(group, 16) || 0).toString(16));
}
