// Which address a sign-in attempt comes from, for the per-address rate limit. Pure: unit-tested.
import { isIP } from "node:net";

type HeaderBag = Record<string, string | string[] | undefined> | undefined;

/**
 * The request header in which the HTTP server itself writes the TCP peer's address
 * (lib/peer-address.ts), overwriting whatever a client sent under that name.
 */
export const PEER_ADDRESS_HEADER = "x-pressroom-peer-address";

/**
 * The client address from the request headers next-auth hands to `authorize(credentials, req)`,
 * for the per-address sign-in limit.
 *
 * By default (`trustedHops` 0, TRUST_PROXY unset) it is the TCP peer: X-Forwarded-For is whatever the
 * client typed, and an attacker rotating it would get a fresh per-address counter on every guess.
 * Behind N reverse proxies (TRUST_PROXY=N, deploy/nginx needs 1) the chain is the X-Forwarded-For
 * entries followed by the peer, and the client is the entry N places left of the peer: each trusted
 * proxy appended (or, like deploy/nginx, replaced) exactly one entry, and everything further left
 * was written by the client. A chain shorter than that gives its left-most entry.
 *
 * `peer` is the socket address when the server hook recorded one; without it (a server that did not
 * install the hook) Next's own `x-forwarded-for ??= socket address` makes the last entry the peer
 * only when the client sent none, so then nothing but "unknown" is safe in the default mode.
 */
export function clientAddress(headers: HeaderBag, trustedHops = 0, peer?: string | null): string {
  if (trustedHops <= 0) return normaliseAddress(peer ?? "");
  const raw = headers?.["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : (raw ?? "");
  const chain = value
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  if (peer) chain.push(peer);
  const index = Math.max(0, chain.length - 1 - (peer ? trustedHops : trustedHops - 1));
  return normaliseAddress(chain[index] ?? "");
}

/** The peer address the server hook wrote, if the hook runs in this process (never a client's word). */
export function peerAddress(headers: HeaderBag): string | null {
  if (!(globalThis as { __pressroomPeerHook?: boolean }).__pressroomPeerHook) return null;
  const raw = headers?.[PEER_ADDRESS_HEADER];
  return (Array.isArray(raw) ? raw[0] : raw) ?? null;
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
