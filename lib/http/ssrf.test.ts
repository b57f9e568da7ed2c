import { describe, expect, it } from "vitest";
import { allowedNetworks, isForbiddenAddress, resolvePublicTarget } from "./ssrf";

describe("issue 16: webhook SSRF guard", () => {
  it("issue 16.9: refuses private, loopback and link-local addresses unless allowed by config", async () => {
    const none = allowedNetworks("");
    for (const address of [
      "127.0.0.1",
      "10.1.2.3",
      "192.168.0.10",
      "172.20.0.1",
      "169.254.169.254",
      "::1",
      "fe80::1",
      "fd00::1",
      "0.0.0.0",
    ])
      expect(isForbiddenAddress(address, none), address).toBe(true);
    for (const address of ["93.184.216.34", "2606:4700::1111"]) expect(isForbiddenAddress(address, none)).toBe(false);
    const loopback = allowedNetworks("127.0.0.0/8, ::1/128");
    expect(isForbiddenAddress("127.0.0.1", loopback)).toBe(false);
    expect(isForbiddenAddress("10.0.0.1", loopback)).toBe(true);
    expect(await resolvePublicTarget(new URL("http://127.0.0.1:9/x"), none)).toMatchObject({ ok: false });
    expect(await resolvePublicTarget(new URL("http://localhost:9/x"), none)).toMatchObject({ ok: false });
    expect(await resolvePublicTarget(new URL("http://127.0.0.1:9/x"), loopback)).toMatchObject({ ok: true });
    expect(await resolvePublicTarget(new URL("file:///etc/passwd"), loopback)).toMatchObject({ ok: false });
  });
});
