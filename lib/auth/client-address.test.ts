import { describe, expect, it } from "vitest";
import { clientAddress, normaliseAddress } from "./client-address";

describe("clientAddress", () => {
  it("takes the right-most x-forwarded-for hop: the one our own proxy appended, not what the client wrote", () => {
    expect(clientAddress({ "x-forwarded-for": "203.0.113.9" })).toBe("203.0.113.9");
    // A client that sends its own X-Forwarded-For through nginx ($proxy_add_x_forwarded_for).
    expect(clientAddress({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" })).toBe("203.0.113.9");
    expect(clientAddress({ "x-forwarded-for": " 1.1.1.1 ,  , 198.51.100.20 " })).toBe("198.51.100.20");
    expect(clientAddress({ "x-forwarded-for": ["10.0.0.1", "198.51.100.21"] })).toBe("198.51.100.21");
  });

  it("shares one 'unknown' counter when there is no usable address", () => {
    expect(clientAddress(undefined)).toBe("unknown");
    expect(clientAddress({})).toBe("unknown");
    expect(clientAddress({ "x-forwarded-for": "" })).toBe("unknown");
    expect(clientAddress({ "x-forwarded-for": "not-an-address" })).toBe("unknown");
    expect(clientAddress({ "x-forwarded-for": "x".repeat(10_000) })).toBe("unknown");
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
