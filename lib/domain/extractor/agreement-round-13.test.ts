/**
 * Issue 15, round 13: a document signed "with" the other side's minister, and a summary ("the signing
 * of an agreement between A and B") before the document's own name. Made-up releases of the form a
 * development release of batch 23 showed (a declaration counted twice, once with a person for party).
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";
import { cleanParty } from "./organisations";

const agreements = (text: string) =>
  extractRelease(text).agreements.map((a) => ({ title: a.title, parties: a.parties }));

const HEAD = "Minister signs fisheries declaration with Norway\n\nSantiago, 4 May 2018\n\n";
const SUMMARY =
  "The signing of an agreement between Chile and Norway to cooperate on fisheries makes a significant contribution, says Foreign Minister Ana Soto.\n\n";

describe("a document signed with the other side's minister", () => {
  it("ends the title before 'with Norway's Minister …' and reads Norway as the other party", () => {
    const text =
      HEAD +
      "Chile's Foreign Minister Ana Soto signed the Joint Declaration on Fisheries Surveillance with Norway's Minister of Trade Per Berg at the ministry today.\n";
    expect(agreements(text)).toEqual([
      { title: "Joint Declaration on Fisheries Surveillance", parties: ["Chile", "Norway"] },
    ]);
  });

  it("ends the title before 'with Mr Berg'", () => {
    const text =
      HEAD +
      "Norway's Minister of Trade Per Berg arrived on Monday. Chile's Foreign Minister Ana Soto signed the Agreement on Fisheries Surveillance with Mr Berg today.\n";
    expect(agreements(text).map((a) => a.title)).toEqual(["Agreement on Fisheries Surveillance"]);
  });

  it("keeps 'with' inside a title when no signer follows it", () => {
    const text =
      HEAD +
      "Chile and Norway signed the Agreement on Cooperation with Third Countries in Fisheries at the ministry today.\n";
    expect(agreements(text).map((a) => a.title)).toEqual([
      "Agreement on Cooperation with Third Countries in Fisheries",
    ]);
  });

  it("reads an office with its portfolio and holder's name as the state it serves", () => {
    expect(cleanParty("Norway's Minister of Trade Per Berg")).toBe("Norway");
    expect(cleanParty("Norway’s Minister for Overseas Territories HE Per Berg")).toBe("Norway");
    // A company after a possessive country stays the company.
    expect(cleanParty("Italy's Eni")).toBe("Eni");
  });
});

describe("a summary before the document's own name", () => {
  it("is one document: the declaration, with the summary's parties", () => {
    const text =
      HEAD +
      SUMMARY +
      "Ms Soto signed the Joint Declaration on Fisheries Surveillance with Norway's Minister of Trade Per Berg at the ministry today.\n\n" +
      '"This is a good day for the Pacific," said Ms Soto.\n';
    expect(agreements(text)).toEqual([
      { title: "Joint Declaration on Fisheries Surveillance", parties: ["Chile", "Norway"] },
    ]);
  });

  it("gives the summary's parties to a declaration whose title runs on in lower case, in a release naming more states", () => {
    const text =
      HEAD +
      SUMMARY +
      "Ms Soto signed the Joint Declaration on Fisheries Surveillance and combating illegal fishing with Norway’s Minister for Fisheries HE Per Berg at the ministry today.\n\n" +
      "Chile, Norway and Australia already share patrol data in the region, Ms Soto said.\n";
    expect(agreements(text)).toEqual([
      { title: "Joint Declaration on Fisheries Surveillance", parties: ["Chile", "Norway"] },
    ]);
  });

  it("keeps an agreement and the document the sides 'also' signed as two", () => {
    const text =
      HEAD + "Chile and Norway signed an agreement today. They also signed the Memorandum on Tourism Cooperation.\n";
    expect(agreements(text).map((a) => a.title)).toEqual(["Agreement", "Memorandum on Tourism Cooperation"]);
  });
});

// A fact sheet as Markdown converted by pandoc: bullets with hanging indents, bold labels (batch 15's
// development fact sheet had this form).
const SHEET = "Fact Sheet: the Prime Minister's visit to Norway\n\n**Deepening Commercial Ties**\n\n";

describe("a fact sheet's list of documents signed by companies and governments", () => {
  it("reads a subject wrapped onto an indented line, and a government between commas as a party", () => {
    const text =
      SHEET +
      "-   **Acme Corporation, the Government of Norway, and Tarn\n    University** signed an MOU to bring digital training\n    solutions to small firms.\n";
    expect(agreements(text)).toEqual([
      { title: "MOU", parties: ["Acme Corporation", "Government of Norway", "Tarn University"] },
    ]);
  });

  it("reads past a bold label to the subject, and does not take the label for another document", () => {
    const text =
      SHEET +
      "-   **Secure Communications MOU**: Zeta Systems and Ovel signed an MOU\n    seeking to bring Zeta radios into the programme.\n";
    expect(agreements(text)).toEqual([{ title: "MOU", parties: ["Zeta Systems", "Ovel"] }]);
  });

  it("reads 'A and B signed MOUs' beside documents named with other signers", () => {
    const text =
      SHEET +
      "-   **Plant extension: **Zeta and Ovel signed MOUs to explore the use of Zeta technology. This MOU, which builds on the November 2025 agreement for Zeta to supply fuel, will bolster energy security.\n" +
      "-   **Acme and Tarn University** signed an MOU to create a centre of excellence.\n";
    expect(agreements(text)).toEqual([
      { title: "MOU", parties: ["Zeta", "Ovel"] },
      { title: "MOU", parties: ["Acme", "Tarn University"] },
    ]);
  });

  it("reads the companies a subject names after 'including', and a counterpart named after its description", () => {
    const text =
      SHEET +
      "-   Several companies including Zeta Energy, Holm, and Acme signed MOUs with Norway's electricity provider, Nordkraft, on reactors.\n" +
      "-   **Acme and Tarn University** signed an MOU to create a centre of excellence.\n";
    expect(agreements(text)[0]).toEqual({ title: "MOU", parties: ["Zeta Energy", "Holm", "Acme", "Nordkraft"] });
  });

  it("keeps a counted summary out beside the documents it counts", () => {
    const text =
      SHEET +
      "Norway and Chile signed three memoranda during the visit. The Ministry of Energy and Tarn University signed a Memorandum on Solar Research.\n";
    expect(agreements(text).map((a) => a.title)).toEqual(["Memorandum on Solar Research"]);
  });
});

describe("a signing to come, and a pronoun as signer (batch 25 development forms)", () => {
  it("reads 'the ceremony will consist of the formal signing of …' as a signing to come", () => {
    const text =
      "Signing by satellite\n\nThe signing ceremony will take ten minutes and will consist of the formal signing of the Agreement on Closer Economic Relations by Mr. Berg and Ms. Soto.\n";
    expect(agreements(text)).toEqual([]);
  });

  it("gives no party named 'I'", () => {
    const text =
      "Signing by satellite\n\nMs. Soto and I signed the Agreement on Closer Economic Relations between Chile and Norway today.\n";
    const [found] = agreements(text);
    expect(found?.parties).toEqual(["Chile", "Norway"]);
    const other = agreements("Signing\n\nMr. Berg and I signed the Agreement on Fisheries today.\n");
    expect(other.flatMap((a) => a.parties)).not.toContain("I");
  });
});

describe("a visit report naming other countries on its way (batch 25 development forms)", () => {
  const REPORT =
    "Statements for the press following Chile-Norway talks\n\nPresident of Chile Ana Soto: Ladies and gentlemen, the talks with the Prime Minister of Norway were useful. We discussed the situation in Peru, Bolivia and Argentina. ";

  it("takes the two states of the headline for 'we' and the documents signed", () => {
    const text =
      REPORT +
      "The Declaration on Deepening the Strategic Partnership that we have just signed sets out our priorities. We signed a package of bilateral documents on current areas of cooperation.\n";
    expect(agreements(text)).toEqual([
      { title: "Declaration on Deepening the Strategic Partnership", parties: ["Chile", "Norway"] },
      { title: "Documents on current areas of cooperation", parties: ["Chile", "Norway"] },
    ]);
  });

  it("leaves out the treaty of an anniversary ('20 years since the signing of …')", () => {
    const text =
      REPORT +
      "In April we marked 20 years since the signing of the fundamental bilateral Treaty of Friendship and Cooperation.\n";
    expect(agreements(text)).toEqual([]);
  });

  it("leaves out a contract 'signed in March' (a month without its day)", () => {
    const text = REPORT + "Two locomotives were delivered, and a contract for five more was signed in March.\n";
    expect(agreements(text)).toEqual([]);
    // A day makes it this release's own signing.
    expect(agreements(REPORT + "A contract for five locomotives was signed on 4 March.\n")).toHaveLength(1);
  });
});

describe("documents a release explains (batch 25 development forms)", () => {
  const HEAD_NZ =
    "Government signs launch contract\n\nThe Government has today signed a contract authorising Tarn Space's launches from Chile. ";

  it("leaves out an agreement among 'our international obligations, including …'", () => {
    const text =
      HEAD_NZ +
      "The Bill meets our international obligations, including the Technology Safeguards Agreement (TSA), recently signed with Norway.\n";
    expect(agreements(text).map((a) => a.title)).toEqual(["Contract"]);
  });

  it("leaves out what a document named before is ('The TSA is a bilateral treaty between …')", () => {
    const text = HEAD_NZ + "The TSA is a bilateral treaty between the Chilean and Norwegian Governments.\n";
    expect(agreements(text).map((a) => a.title)).toEqual(["Contract"]);
  });
});
