import { describe, expect, it } from "vitest";
import { planContactImport } from "../domain/distribution/contacts-csv";
import { contactFromForm, importPreview, PREVIEW_ROWS } from "./contacts";

describe("issue 16 review: /admin/contacts' forms", () => {
  it("Add contact keeps each chosen list name whole and splits languages and beats on commas or semicolons", () => {
    const contact = contactFromForm({
      name: "  Ivan   Petrov ",
      outlet: "TASS",
      email: " Ivan@Example.RU ",
      languages: "RU, en;az",
      beats: "energy, diplomacy; energy",
      lists: ["Baku, Ganja", "  Chinese   media ", "Baku, Ganja"],
    });
    expect(contact).toEqual({
      name: "Ivan Petrov",
      outlet: "TASS",
      email: "ivan@example.ru",
      languages: ["ru", "en", "az"],
      beats: ["energy", "diplomacy"],
      lists: ["Baku, Ganja", "Chinese media"],
    });
  });

  it("the import preview sent back to the browser holds the first rows and the counts, not every row", () => {
    const rows = Array.from({ length: 5_000 }, (_, i) =>
      i % 2 ? `Contact ${i},contact-${i}@example.org` : `Contact ${i},not-an-address-${i}`,
    );
    const known = new Set(["contact-1@example.org", "contact-3@example.org"]);
    const plan = planContactImport(["name,email", ...rows].join("\n"), known);
    const preview = importPreview(plan);
    expect(preview).toMatchObject({ acceptedCount: 2_500, rejectedCount: 2_500, newCount: 2_498, updateCount: 2 });
    expect(preview.accepted).toHaveLength(PREVIEW_ROWS);
    expect(preview.rejected).toHaveLength(PREVIEW_ROWS);
    expect(preview.accepted[0]).toMatchObject({ line: 3, email: "contact-1@example.org", existing: true });
    expect(preview.rejected[0]).toMatchObject({ line: 2, field: "email" });
    // A few hundred rows, whatever the file's size.
    expect(JSON.stringify(preview).length).toBeLessThan(100_000);
  });
});
