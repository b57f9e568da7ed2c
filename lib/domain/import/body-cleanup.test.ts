import { describe, expect, it } from "vitest";
import { cleanImportedBody } from "./body-cleanup";

describe("issue 15: the imported body without dateline and sign-offs", () => {
  it("issue 15: the dateline opening the first paragraph goes, with its separator", () => {
    const body = "RIVERTON, March 3, 2025 – The ministries signed a memorandum.\n\nSecond paragraph.";
    expect(cleanImportedBody(body, "RIVERTON, March 3, 2025").body).toBe(
      "The ministries signed a memorandum.\n\nSecond paragraph.",
    );
    expect(cleanImportedBody("NEW YORK, May 2, 2024 /PRNewswire/ -- Acme signed.", "NEW YORK, May 2, 2024").body).toBe(
      "Acme signed.",
    );
    expect(cleanImportedBody("Riverton: 19/03/2016. Text.", "Riverton: 19/03/2016").body).toBe("Text.");
    expect(cleanImportedBody("Text without dateline.", null).body).toBe("Text without dateline.");
  });

  it("issue 15: '###', '-- End --' and 'For more information, contact …' go; the contact is proposed", () => {
    const { body, contact } = cleanImportedBody(
      "Text.\n\nMore text.\n\n###\n\nFor more information, contact the Press Office, press@northland.example, +47 22 33 44 55",
      null,
    );
    expect(body).toBe("Text.\n\nMore text.");
    expect(contact).toEqual({ name: "Press Office", email: "press@northland.example", phone: "+47 22 33 44 55" });
    expect(cleanImportedBody("Text.\n\n-- End --", null)).toEqual({ body: "Text.", contact: null });
    expect(cleanImportedBody("Text.\n\n- ENDS -\n\n", null).body).toBe("Text.");
    expect(cleanImportedBody("Text.\n\nMedia contact: Jane Roe, jane@example.org", null).contact).toEqual({
      name: "Jane Roe",
      email: "jane@example.org",
      phone: "",
    });
  });

  it("issue 15: a body that is only a contact line is left alone; contacts inside the text stay", () => {
    expect(cleanImportedBody("Contact us for tickets.", null).body).toBe("Contact us for tickets.");
    expect(cleanImportedBody("Contact between the parties grew.\n\nLast words.", null).body).toBe(
      "Contact between the parties grew.\n\nLast words.",
    );
  });
});
