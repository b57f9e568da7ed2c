import { describe, expect, it } from "vitest";
import type { ItemChange } from "./list-diff";
import {
  diffAgreements,
  diffQuotes,
  diffReleases,
  type DiffAgreement,
  type DiffQuote,
  type DiffableRelease,
} from "./release-diff";

const mou: DiffAgreement = {
  type: "MEMORANDUM_OF_UNDERSTANDING",
  title: "Memorandum of Understanding on rail freight",
  parties: ["Ministry of Transport of Azerbaijan", "Ministry of Economy of Georgia"],
  signedOn: "2025-03-14",
  note: null,
};
const protocol: DiffAgreement = {
  type: "PROTOCOL",
  title: "Protocol on customs cooperation",
  parties: ["State Customs Committee", "Revenue Service"],
  signedOn: null,
  note: null,
};
const declaration: DiffAgreement = {
  type: "JOINT_DECLARATION",
  title: "Joint Declaration on strategic partnership",
  parties: ["Republic of Azerbaijan", "People's Republic of China"],
  signedOn: null,
  note: "Signed at the summit",
};

const leyla: DiffQuote = {
  text: "This corridor will carry our goods to Europe faster than ever.",
  context: null,
  speaker: { name: "Leyla Mammadova", slug: "leyla-mammadova" },
  speakerRole: "Deputy Minister",
  speakerOrganisation: "Ministry of Transport",
};
const rashad: DiffQuote = {
  text: "Customs clearance will take hours, not days.",
  context: "At the press conference",
  speaker: { name: "Rashad Aliyev", slug: "rashad-aliyev" },
  speakerRole: "Chairman",
  speakerOrganisation: "State Customs Committee",
};

function release(overrides: Partial<DiffableRelease> = {}): DiffableRelease {
  return {
    status: "DRAFT",
    headline: "Ministers sign transport pact",
    summary: "Two ministries agree on rail freight and customs cooperation.",
    body: "The ministers met in the capital.\n\nThey agreed to **expand** rail freight.",
    datelinePlace: "Baku",
    datelineAt: new Date("2025-03-14T12:30:00Z"),
    datelineOffsetMinutes: 240,
    issuer: "Ministry of Transport",
    sourceCredit: "Press service",
    mediaContactName: null,
    mediaContactEmail: null,
    mediaContactPhone: null,
    countries: ["AZ", "GE"],
    topics: ["transport"],
    agreements: [mou, protocol, declaration],
    quotes: [leyla, rashad],
    ...overrides,
  };
}

const kinds = <T>(items: ItemChange<T>[]) => items.map((item) => item.kind);
const joined = (parts: { kind: string; text: string }[], kind: string) =>
  parts
    .filter((p) => p.kind === kind)
    .map((p) => p.text.trim())
    .join(" | ");

describe("diffAgreements", () => {
  it("reports a reordered list as moved items and no content change", () => {
    const diff = diffAgreements([mou, protocol, declaration], [declaration, mou, protocol]);
    expect(diff.changed).toBe(false);
    expect(diff.reordered).toBe(true);
    // Only the one item that jumped is "moved"; the two that kept their relative order are not.
    expect(kinds(diff.items)).toEqual(["moved", "unchanged", "unchanged"]);
    expect(
      diff.items.every((item) => item.kind !== "added" && item.kind !== "removed" && item.kind !== "changed"),
    ).toBe(true);
  });

  it("reports a swap of two as one move", () => {
    const diff = diffAgreements([mou, protocol], [protocol, mou]);
    expect(diff.items.filter((item) => item.kind === "moved")).toHaveLength(1);
    expect(diff.changed).toBe(false);
  });

  it("reports nothing at all for an identical list", () => {
    const diff = diffAgreements([mou, protocol], [{ ...mou }, { ...protocol }]);
    expect(diff).toMatchObject({ changed: false, reordered: false });
    expect(kinds(diff.items)).toEqual(["unchanged", "unchanged"]);
  });

  it("reports one agreement whose parties changed as one changed item with the parties field", () => {
    const edited = { ...protocol, parties: ["State Customs Committee", "Georgia Revenue Service"] };
    const diff = diffAgreements([mou, protocol, declaration], [mou, edited, declaration]);
    const changed = diff.items.filter((item) => item.kind === "changed");
    expect(changed).toHaveLength(1);
    expect(kinds(diff.items)).toEqual(["unchanged", "changed", "unchanged"]);
    const item = changed[0]!;
    if (item.kind !== "changed") throw new Error("unreachable");
    expect(item.fields.map((f) => f.field)).toEqual(["parties"]);
    expect(item.fields[0]!.parts).toEqual([
      { kind: "same", text: "State Customs Committee" },
      { kind: "removed", text: "Revenue Service" },
      { kind: "added", text: "Georgia Revenue Service" },
    ]);
    expect(item.fields[0]!.before).toBe("State Customs Committee; Revenue Service");
  });

  it("matches an agreement edited and moved at once: one changed item, the other unchanged or moved", () => {
    const edited = { ...protocol, note: "Ratified in April" };
    const diff = diffAgreements([mou, protocol, declaration], [declaration, edited, mou]);
    const item = diff.items.find((entry) => entry.kind === "changed");
    expect(item).toMatchObject({ kind: "changed", fromIndex: 1, toIndex: 1, fields: [{ field: "note" }] });
    expect(diff.items.filter((entry) => entry.kind === "added" || entry.kind === "removed")).toHaveLength(0);
    // Reversing three items keeps one in place: two moves.
    expect(
      diff.items.filter((entry) => entry.kind !== "added" && entry.kind !== "removed" && entry.moved),
    ).toHaveLength(2);
    expect(diff.reordered).toBe(true);
  });

  it("finds an agreement by its title when only case or punctuation changed, and reports the title", () => {
    const edited = { ...mou, title: "Memorandum of understanding on rail freight." };
    const diff = diffAgreements([mou], [edited]);
    expect(kinds(diff.items)).toEqual(["changed"]);
    const item = diff.items[0]!;
    if (item.kind !== "changed") throw new Error("unreachable");
    expect(item.fields.map((f) => f.field)).toEqual(["title"]);
  });

  it("finds an agreement by title similarity when the title was reworded", () => {
    const edited = { ...protocol, title: "Protocol on customs and border cooperation" };
    const diff = diffAgreements([mou, protocol], [mou, edited]);
    expect(kinds(diff.items)).toEqual(["unchanged", "changed"]);
    const item = diff.items[1]!;
    if (item.kind !== "changed") throw new Error("unreachable");
    expect(item.fields[0]!.field).toBe("title");
    expect(joined(item.fields[0]!.parts, "added")).toBe("and border");
  });

  it("finds an agreement whose type alone changed, and reports the type by its label", () => {
    const edited = { ...protocol, type: "AGREEMENT" };
    const diff = diffAgreements([mou, protocol], [mou, edited]);
    expect(kinds(diff.items)).toEqual(["unchanged", "changed"]);
    const item = diff.items[1]!;
    if (item.kind !== "changed") throw new Error("unreachable");
    expect(item.fields).toEqual([
      {
        field: "type",
        label: "Type",
        before: "Protocol",
        after: "Agreement",
        parts: [
          { kind: "removed", text: "Protocol" },
          { kind: "added", text: "Agreement" },
        ],
      },
    ]);
  });

  it("finds an agreement whose title was rewritten when its type and parties are the same", () => {
    const edited = { ...protocol, title: "Border facilitation arrangements" };
    const diff = diffAgreements([mou, protocol], [mou, edited]);
    expect(kinds(diff.items)).toEqual(["unchanged", "changed"]);
  });

  it("reports added and removed agreements, each in its place, without disturbing the others", () => {
    const fresh: DiffAgreement = {
      type: "TREATY",
      title: "Treaty of friendship",
      parties: ["A", "B"],
      signedOn: null,
      note: null,
    };
    const diff = diffAgreements([mou, protocol, declaration], [mou, fresh, declaration]);
    expect(diff.changed).toBe(true);
    expect(diff.reordered).toBe(false);
    expect(kinds(diff.items)).toEqual(["unchanged", "removed", "added", "unchanged"]);
    expect(diff.items[1]).toMatchObject({ kind: "removed", fromIndex: 1, before: protocol });
    expect(diff.items[2]).toMatchObject({ kind: "added", toIndex: 1, after: fresh });
  });

  it("does not report the items after a removed one as moved", () => {
    const diff = diffAgreements([mou, protocol, declaration], [protocol, declaration]);
    expect(kinds(diff.items)).toEqual(["removed", "unchanged", "unchanged"]);
    expect(diff.reordered).toBe(false);
  });

  it("handles empty lists on either side", () => {
    expect(kinds(diffAgreements([], [mou]).items)).toEqual(["added"]);
    expect(kinds(diffAgreements([mou], []).items)).toEqual(["removed"]);
    expect(diffAgreements([], [])).toEqual({ items: [], changed: false, reordered: false });
  });

  it("pairs duplicates in order rather than all with the first", () => {
    const diff = diffAgreements([mou, { ...mou }], [{ ...mou }, { ...mou, note: "second" }]);
    expect(kinds(diff.items)).toEqual(["unchanged", "changed"]);
  });
});

describe("diffQuotes", () => {
  it("reports reordered quotes as a move, not as changes", () => {
    const diff = diffQuotes([leyla, rashad], [rashad, leyla]);
    expect(diff.changed).toBe(false);
    expect(diff.reordered).toBe(true);
    expect(diff.items.filter((item) => item.kind === "moved")).toHaveLength(1);
  });

  it("matches a quote whose wording was touched up by the same speaker and diffs the words", () => {
    const edited = { ...leyla, text: "This corridor will carry our goods to Europe faster than ever before." };
    const diff = diffQuotes([leyla, rashad], [edited, rashad]);
    expect(kinds(diff.items)).toEqual(["changed", "unchanged"]);
    const item = diff.items[0]!;
    if (item.kind !== "changed") throw new Error("unreachable");
    expect(item.fields.map((f) => f.field)).toEqual(["text"]);
    expect(joined(item.fields[0]!.parts, "added")).toBe("before");
  });

  it("does not match similar words said by a different speaker", () => {
    const other = {
      ...leyla,
      speaker: { name: "Someone Else", slug: "someone-else" },
      text: "This corridor will carry our goods to Asia faster than ever.",
    };
    const diff = diffQuotes([leyla], [other]);
    expect(kinds(diff.items)).toEqual(["removed", "added"]);
  });

  it("matches the same words with a corrected speaker name as one changed quote", () => {
    const corrected = { ...leyla, speaker: { name: "Leyla Mammadova-Aliyeva", slug: "leyla-mammadova-aliyeva" } };
    const diff = diffQuotes([leyla], [corrected]);
    expect(kinds(diff.items)).toEqual(["changed"]);
    const item = diff.items[0]!;
    if (item.kind !== "changed") throw new Error("unreachable");
    expect(item.fields.map((f) => f.field)).toEqual(["speaker"]);
  });

  it("identifies the speaker by slug, so an alias spelling is still the same person", () => {
    const alias = { ...leyla, speaker: { name: "L. Mammadova", slug: "leyla-mammadova" }, speakerRole: "Minister" };
    const diff = diffQuotes([leyla], [alias]);
    expect(kinds(diff.items)).toEqual(["changed"]);
    const item = diff.items[0]!;
    if (item.kind !== "changed") throw new Error("unreachable");
    expect(item.fields.map((f) => f.field)).toEqual(["speaker", "speakerRole"]);
  });

  it("reports a new quote as added and a dropped one as removed", () => {
    const fresh = { ...rashad, text: "Trade will double within five years." };
    const diff = diffQuotes([leyla], [leyla, fresh]);
    expect(kinds(diff.items)).toEqual(["unchanged", "added"]);
    expect(kinds(diffQuotes([leyla, rashad], [rashad]).items)).toEqual(["removed", "unchanged"]);
  });
});

describe("diffReleases", () => {
  it("finds no change between a release and its copy", () => {
    const diff = diffReleases(release(), release());
    expect(diff.changed).toBe(false);
    expect(diff.text.every((f) => !f.changed)).toBe(true);
    expect(diff.values.every((f) => !f.changed)).toBe(true);
  });

  it("a reorder of agreements and quotes changes nothing but the order", () => {
    const diff = diffReleases(
      release(),
      release({ agreements: [protocol, declaration, mou], quotes: [rashad, leyla] }),
    );
    expect(diff.text.every((f) => !f.changed)).toBe(true);
    expect(diff.values.every((f) => !f.changed)).toBe(true);
    expect(diff.agreements).toMatchObject({ changed: false, reordered: true });
    expect(diff.quotes).toMatchObject({ changed: false, reordered: true });
    expect(diff.changed).toBe(true); // the order is part of what readers see
  });

  it("word-diffs headline, summary and body", () => {
    const diff = diffReleases(
      release(),
      release({
        headline: "Ministers sign freight pact",
        body: "The ministers met in Ganja.\n\nThey agreed to **expand** rail freight.",
      }),
    );
    const [headline, summary, body] = diff.text;
    expect(headline).toMatchObject({ field: "headline", label: "Headline", changed: true });
    expect(joined(headline!.parts, "removed")).toBe("transport");
    expect(joined(headline!.parts, "added")).toBe("freight");
    expect(summary!.changed).toBe(false);
    expect(joined(body!.parts, "removed")).toBe("the capital");
    expect(joined(body!.parts, "added")).toBe("Ganja");
  });

  it("says when a text changed only in its spacing", () => {
    const diff = diffReleases(
      release(),
      release({ body: "The ministers met in the capital. They agreed to **expand** rail freight." }),
    );
    expect(diff.text[2]).toMatchObject({ changed: true, whitespaceOnly: true });
  });

  it("compares the dateline as formatted, and the plain fields as changed or unchanged", () => {
    const diff = diffReleases(
      release(),
      release({
        datelineOffsetMinutes: 180,
        issuer: "Ministry of Digital Development",
        sourceCredit: null,
        countries: ["AZ"],
        status: "PUBLISHED",
      }),
    );
    const byField = Object.fromEntries(diff.values.map((f) => [f.field, f]));
    expect(byField.dateline).toMatchObject({
      changed: true,
      before: "Baku, 14 March 2025 16:30 (UTC+04:00)",
      after: "Baku, 14 March 2025 15:30 (UTC+03:00)",
    });
    expect(byField.issuer).toMatchObject({
      changed: true,
      before: "Ministry of Transport",
      after: "Ministry of Digital Development",
    });
    expect(byField.sourceCredit).toMatchObject({ changed: true, before: "Press service", after: "" });
    expect(byField.countries).toMatchObject({ changed: true, before: "AZ, GE", after: "AZ" });
    expect(byField.topics).toMatchObject({ changed: false });
    expect(byField.status).toMatchObject({ changed: true, before: "draft", after: "published" });
  });

  it("one agreement's parties changed: one changed agreement with the parties field, nothing else", () => {
    const edited = { ...mou, parties: [...mou.parties, "Ministry of Foreign Affairs"] };
    const diff = diffReleases(release(), release({ agreements: [edited, protocol, declaration] }));
    expect(diff.text.every((f) => !f.changed)).toBe(true);
    expect(diff.quotes.changed).toBe(false);
    const changed = diff.agreements.items.filter((item) => item.kind !== "unchanged");
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ kind: "changed", fields: [{ field: "parties" }] });
  });
});
