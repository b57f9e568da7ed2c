import { describe, expect, it } from "vitest";
import { contactAfterIssuerChange, defaultMediaContact, mediaContactOf, telHref } from "./media-contact";

const contacts = [
  { issuer: "Ministry of Foreign Affairs", name: "Leyla Mammadova", email: "press@mfa.example", phone: null },
  { issuer: "Ministry of Economy", name: "Orkhan Aliyev", email: null, phone: "+994 12 000 00 00" },
];
const empty = { mediaContactName: "", mediaContactEmail: "", mediaContactPhone: "" };

describe("issue 12.6: media contact", () => {
  it("is absent unless a name is given", () => {
    expect(mediaContactOf({ mediaContactName: null, mediaContactEmail: "a@b.c", mediaContactPhone: null })).toBeNull();
    expect(mediaContactOf({ mediaContactName: "A", mediaContactEmail: "a@b.c", mediaContactPhone: null })).toEqual({
      name: "A",
      email: "a@b.c",
      phone: null,
    });
  });

  it("defaults from the issuer's last release however the issuer is capitalised or spaced", () => {
    expect(defaultMediaContact("  ministry of  foreign affairs ", contacts)?.name).toBe("Leyla Mammadova");
    expect(defaultMediaContact("Ministry of Culture", contacts)).toBeNull();
    expect(defaultMediaContact("", contacts)).toBeNull();
  });

  it("fills empty fields when the issuer is typed, follows a changed issuer, and keeps what the writer typed", () => {
    const first = contactAfterIssuerChange(empty, "", "Ministry of Foreign Affairs", contacts);
    expect(first).toEqual({
      mediaContactName: "Leyla Mammadova",
      mediaContactEmail: "press@mfa.example",
      mediaContactPhone: "",
    });
    // Still the previous issuer's default: the next issuer's replaces it (or clears it when it has none).
    expect(
      contactAfterIssuerChange(first, "Ministry of Foreign Affairs", "Ministry of Economy", contacts).mediaContactName,
    ).toBe("Orkhan Aliyev");
    expect(contactAfterIssuerChange(first, "Ministry of Foreign Affairs", "Ministry of Culture", contacts)).toEqual(
      empty,
    );
    // Typed by the writer: never overwritten.
    const typed = { ...first, mediaContactPhone: "+994 50 123 45 67" };
    expect(contactAfterIssuerChange(typed, "Ministry of Foreign Affairs", "Ministry of Economy", contacts)).toBe(typed);
  });

  it("makes a dialable tel: link from a written phone number", () => {
    expect(telHref("+994 (12) 492-92-27")).toBe("tel:+994124929227");
    expect(telHref("020 7946 0000 ext. 12")).toBe("tel:02079460000");
  });
});
