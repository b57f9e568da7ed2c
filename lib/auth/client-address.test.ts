import { describe, expect, it } from "vitest";
import { clientAddress, normaliseAddress } from "./client-address";

describe("clientAddress", () => {
  it("issue 11.5: by default the TCP peer counts and X-Forwarded-For is ignored, whatever it says", () => {
    for (const xff of ["6.6.6.6", "6.6.6.6, 7.7.7.7", ""])
      expect(clientAddress({ "x-forwarded-for": xff }, 0, "203.0.113.9")).toBe("203.0.113.9");
    expect(clientAddress({ "x-forwarded-for": "6.6.6.6" }, 0, null)).toBe("unknown");
  });

  it("issue 11.5: behind N trusted proxies the entry N places left of the peer is the client", () => {
    // deploy/nginx replaces X-Forwarded-For with the address it saw; the peer is nginx.
    expect(clientAddress({ "x-forwarded-for": "198.51.100.20" }, 1, "127.0.0.1")).toBe("198.51.100.20");
    // A proxy that appends ($proxy_add_x_forwarded_for): what the client wrote stays ignored.
    expect(clientAddress({ "x-forwarded-for": "6.6.6.6, 198.51.100.20" }, 1, "127.0.0.1")).toBe("198.51.100.20");
    expect(clientAddress({ "x-forwarded-for": "6.6.6.6, 198.51.100.20, 10.0.0.2" }, 2, "127.0.0.1")).toBe(
      "198.51.100.20",
    );
    expect(clientAddress({ "x-forwarded-for": ["10.0.0.1", "198.51.100.21"] }, 1, "127.0.0.1")).toBe("198.51.100.21");
    // Fewer entries than trusted hops: the left-most there is.
    expect(clientAddress({}, 1, "203.0.113.9")).toBe("203.0.113.9");
    // No server hook: Next's own x-forwarded-for is the last entry.
    expect(clientAddress({ "x-forwarded-for": "6.6.6.6, 198.51.100.22" }, 1, null)).toBe("198.51.100.22");
  });

  it("shares one 'unknown' counter when there is no usable address", () => {
    expect(clientAddress(undefined)).toBe("unknown");
    expect(clientAddress({}, 1)).toBe("unknown");
    expect(clientAddress({ "x-forwarded-for": "" }, 1)).toBe("unknown");
    expect(clientAddress({ "x-forwarded-for": "not-an-address" }, 1)).toBe("unknown");
    expect(clientAddress({ "x-forwarded-for": "x".repeat(10_000) }, 1)).toBe("unknown");
  });
});

describe("normaliseAddress", () => {
  it("keeps IPv4, unwraps IPv4-mapped IPv6 and strips ports", () => {
    expect(normaliseAddress("127.0.0.1")).toBe("127.0.0.1");
    expect(normaliseAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normaliseAddress("203.0.113.7:51234")).toBe("203.0.113.7");
  });

  it("counts an IPv6 client by its /64, however it is written", () => {
    const key = "2001:db8:85a3:8d3::/64";
    expect(normaliseAddress("2001:db8:85a3:8d3:1319:8a2e:370:7348")).toBe(key);
    expect(normaliseAddress("2001:0db8:85a3:08d3::1")).toBe(key);
    expect(normaliseAddress("[2001:DB8:85A3:8D3::FFFF]:443")).toBe(key);
    expect(normaliseAddress("2001:db8:85a3:8d4::1")).not.toBe(key);
    expect(normaliseAddress("::1")).toBe("0:0:0:0::/64");
    expect(normaliseAddress("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(normaliseAddress("64:ff9b::192.0.2.33")).toBe("64:ff9b:0:0::/64");
  });
});
