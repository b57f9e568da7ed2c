import { describe, expect, it } from "vitest";
import { fieldErrorsOf, releaseInputSchema } from "./release";
import { releaseFormValues } from "@/test/factories";

type Contact = { mediaContactName?: string; mediaContactEmail?: string; mediaContactPhone?: string };
const parse = (contact: Contact) => releaseInputSchema.safeParse(releaseFormValues(contact));
const errors = (contact: Contact) => {
  const result = parse(contact);
  return result.success ? {} : fieldErrorsOf(result.error);
};

describe("issue 12.6: the release form's media contact", () => {
  it("is optional: none at all is stored as nulls", () => {
    const result = parse({});
    expect(result.success && result.data).toMatchObject({
      mediaContactName: null,
      mediaContactEmail: null,
      mediaContactPhone: null,
    });
  });

  it("keeps a name with an email, a phone or both, trimmed", () => {
    const result = parse({
      mediaContactName: " Leyla Mammadova ",
      mediaContactEmail: " press@mfa.example ",
      mediaContactPhone: "+994 (12) 492-92-27 ext. 5",
    });
    expect(result.success && result.data).toMatchObject({
      mediaContactName: "Leyla Mammadova",
      mediaContactEmail: "press@mfa.example",
      mediaContactPhone: "+994 (12) 492-92-27 ext. 5",
    });
    expect(parse({ mediaContactName: "A", mediaContactPhone: "020 7946 0000" }).success).toBe(true);
  });

  it("asks for the name when only an address or number is given, on the name field", () => {
    expect(errors({ mediaContactEmail: "press@mfa.example" }).mediaContactName).toBe("Add the media contact's name");
  });

  it("asks for an email or a phone when only a name is given, on the email field", () => {
    expect(errors({ mediaContactName: "Leyla Mammadova" }).mediaContactEmail).toBe(
      "Add an email address or a phone number for the media contact",
    );
  });

  it("reports a missing name together with a wrong phone, and still reports other fields' errors", () => {
    const both = errors({ mediaContactEmail: "press@mfa.example", mediaContactPhone: "call me" });
    expect(both.mediaContactName).toBe("Add the media contact's name");
    expect(both.mediaContactPhone).toMatch(/Enter a phone number/);
    const result = releaseInputSchema.safeParse(releaseFormValues({ headline: "", mediaContactName: "Leyla" }));
    const withOther = result.success ? {} : fieldErrorsOf(result.error);
    expect(withOther.headline).toBe("Headline is required");
    expect(withOther.mediaContactEmail).toMatch(/email address or a phone number/);
  });

  it.each(["Leyla", "press at mfa.example", "press@mfa", "<script>@x.y"])("refuses the email %j", (email) => {
    expect(errors({ mediaContactName: "A", mediaContactEmail: email }).mediaContactEmail).toMatch(/email address/);
  });

  it.each(["call me", "12", "javascript:alert(1)", "+994 12 492 92 27; rm"])("refuses the phone %j", (phone) => {
    expect(errors({ mediaContactName: "A", mediaContactPhone: phone }).mediaContactPhone).toMatch(
      /Enter a phone number/,
    );
  });

  it("limits each field's length", () => {
    expect(errors({ mediaContactName: "n".repeat(201), mediaContactPhone: "+1 555 0100" }).mediaContactName).toBe(
      "Media contact name must be at most 200 characters",
    );
    expect(errors({ mediaContactName: "A", mediaContactPhone: `+1 ${"5".repeat(40)}` }).mediaContactPhone).toMatch(
      /at most 40 characters/,
    );
  });
});
