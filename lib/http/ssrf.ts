import "server-only";
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

// Webhook URLs are typed by administrators but fetched by the server: without a check, one could
// point the app at its own database port, a cloud metadata service or the office network. Every
// address the host name resolves to must be public, unless it lies in WEBHOOK_ALLOWED_NETWORKS; the
// request then goes to that checked address (no second DNS answer can swap it: DNS rebinding).

const FORBIDDEN = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  FORBIDDEN.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const)
  FORBIDDEN.addSubnet(net, prefix, "ipv6");

export function allowedNetworks(config: string): BlockList {
  const list = new BlockList();
  for (const entry of config.split(",").map((s) => s.trim())) {
    if (!entry) continue;
    const [net, bits] = entry.split("/");
    const family = isIP(net ?? "");
    if (!family) continue;
    list.addSubnet(net!, Number(bits ?? (family === 4 ? 32 : 128)), family === 4 ? "ipv4" : "ipv6");
  }
  return list;
}

export function isForbiddenAddress(address: string, allowed: BlockList): boolean {
  // An IPv4 address written as IPv6 ("::ffff:127.0.0.1") is judged as the IPv4 address it is.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return isForbiddenAddress(mapped[1]!, allowed);
  const family = isIP(address) === 6 ? "ipv6" : "ipv4";
  if (allowed.check(address, family)) return false;
  return FORBIDDEN.check(address, family);
}

export type ResolvedTarget = { ok: true; address: string; family: 4 | 6 } | { ok: false; reason: string };

/** The address to connect to for `url`, or why not. */
export async function resolvePublicTarget(url: URL, allowed: BlockList): Promise<ResolvedTarget> {
  if (url.protocol !== "http:" && url.protocol !== "https:") return { ok: false, reason: "only http and https" };
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: Array<{ address: string; family: number }>;
  try {
    addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true });
  } catch {
    return { ok: false, reason: `cannot resolve ${host}` };
  }
  if (!addresses.length) return { ok: false, reason: `cannot resolve ${host}` };
  const bad = addresses.find((a) => isForbiddenAddress(a.address, allowed));
  if (bad)
    return { ok: false, reason: `${host} resolves to a private, loopback or link-local address (${bad.address})` };
  const first = addresses[0]!;
  return { ok: true, address: first.address, family: first.family === 6 ? 6 : 4 };
}
