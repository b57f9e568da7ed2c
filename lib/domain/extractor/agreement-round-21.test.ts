/**
 * Issue 15, round 21: from the development halves of batches 43 and 44 (untouched until this round).
 * Made-up releases written for this test: a convention named "against" what it fights, subjects that
 * each signed with one counterpart, a plural of documents signed "with A and B" in the first person,
 * and capitalised topics of a plural kind ("Civil Aviation and Education cooperation arrangements").
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const agreements = (text: string) =>
  extractRelease(text).agreements.map((a) => ({ title: a.title, parties: a.parties }));

const release = (body: string) => `Minister welcomes signing\n\n${body}\n`;

describe("titles", () => {
  it("keeps 'against' and what follows in a title-case convention's name", () => {
    const text = release(
      "Norway today signed the United Nations Convention against Illicit Arms Brokering at a ceremony in New York.",
    );
    expect(agreements(text).map((a) => a.title)).toEqual(["United Nations Convention against Illicit Arms Brokering"]);
  });

  it("does not make a title of 'against' after a lower-case kind", () => {
    const text = release("Norway and Chile today signed a cooperation agreement against smuggling.");
    expect(agreements(text).map((a) => a.title)).toEqual(["Cooperation Agreement"]);
  });
});

describe("one document with each partner", () => {
  it("gives 'I signed … arrangements with A and B' one document with each, the speaker's country the other party", () => {
    const text =
      "Prime Minister attends the Pacific Islands Forum\n\nAustralia's Prime Minister spoke at the Pacific Islands Forum in Apia this week.\n\n" +
      "Today, I signed new border security arrangements with Kiribati and Palau which will provide a framework for cooperation.\n";
    expect(agreements(text)).toEqual([
      { title: "Arrangement", parties: ["Australia", "Kiribati"] },
      { title: "Arrangement", parties: ["Australia", "Palau"] },
    ]);
  });

  it("gives 'A and B both signed agreements with C' one document for each signer", () => {
    const text = release(
      "Eagle Aviation and Southern Flight Academy both signed agreements with the Hanoi Flight Training Company to formalise their partnerships.",
    );
    expect(agreements(text)).toEqual([
      { title: "Agreement", parties: ["Eagle Aviation", "Hanoi Flight Training Company"] },
      { title: "Agreement", parties: ["Southern Flight Academy", "Hanoi Flight Training Company"] },
    ]);
  });
});

describe("documents not signed here", () => {
  it("reads a document in a minister's portfolio as no document, and finds the one signed after it", () => {
    const text =
      "Crown and iwi sign Heads of Agreement\n\nThe Minister in Charge of Treaty of Waitangi Negotiations today presented members of Ngati Rua with the Crown's offer.\n\n" +
      "The Heads of Agreement was then signed by the Minister and representatives of Ngati Rua.\n";
    expect(agreements(text).map((a) => a.title)).toEqual(["Heads of Agreement"]);
  });

  it("reads 'breaches of the Treaty of Waitangi' and 'in compliance with the Convention on …' as references", () => {
    const text = release(
      "The tribunal found compelling claims that required compensation to remedy past breaches of the Treaty of Waitangi. " +
        "The plant operates in compliance with the Convention on Nuclear Safety.",
    );
    expect(agreements(text)).toEqual([]);
  });

  it("takes 'countries which have not yet signed the Treaty' for no signing", () => {
    const text = release(
      '"I urge those countries which have not yet signed the Treaty to do so immediately," the Minister said.',
    );
    expect(agreements(text)).toEqual([]);
  });
});

describe("documents counted in one sentence and named in the next", () => {
  it("reads the topics of a plural right after 'Three agreements signed …' as the three documents", () => {
    const text = release(
      "Three agreements signed at the council meeting today cut the number of regulators. " +
        "The intergovernmental agreements on heavy vehicles, maritime safety and rail safety have reduced costs for industry.",
    );
    expect(agreements(text).map((a) => a.title)).toEqual([
      "Intergovernmental Agreement on heavy vehicles",
      "Intergovernmental Agreement on maritime safety",
      "Intergovernmental Agreement on rail safety",
    ]);
  });

  it("reads no list there when the count before is another", () => {
    const text = release(
      "Two agreements signed at the council meeting today cut the number of regulators. " +
        "The agreements on heavy vehicles, maritime safety and rail safety have reduced costs for industry.",
    );
    expect(agreements(text).map((a) => a.title)).not.toContain("Agreement on maritime safety");
  });
});

describe("named topics coordinated before a plural kind", () => {
  it("reads 'the signing of Civil Aviation and Education cooperation arrangements between A and B' as two", () => {
    const text = release(
      "After the summit the two Prime Ministers witnessed the signing of Civil Aviation and Education cooperation arrangements between Norway and Chile.",
    );
    expect(agreements(text)).toEqual([
      { title: "Civil Aviation Cooperation Arrangement", parties: ["Norway", "Chile"] },
      { title: "Education Cooperation Arrangement", parties: ["Norway", "Chile"] },
    ]);
  });

  it("does not split the names of the parties themselves", () => {
    const text = release("The ministers signed the Norway and Chile cooperation arrangements in Oslo.");
    expect(agreements(text).map((a) => a.title)).not.toContain("Norway Cooperation Arrangement");
  });
});

describe("a named document with a topic, and no signing near it", () => {
  it("is not taken when neither its sentence nor the ones around it tell of a signing", () => {
    const text = release(
      "Norway and Chile signed a memorandum on fisheries today.\n\nThe talks also covered the Arctic. " +
        "The leaders discussed the Treaty on the Non-Proliferation of Nuclear Weapons and its review conference. " +
        "They discussed tourism.",
    );
    expect(agreements(text).map((a) => a.title)).toEqual(["Memorandum on fisheries"]);
  });

  it("is taken in the sentence after a signing is told", () => {
    const text = release(
      "The ministers of Norway and Chile signed three documents in Oslo today. The Agreement on Polar Research sets up a joint institute.",
    );
    expect(agreements(text).map((a) => a.title)).toContain("Agreement on Polar Research");
  });
});

describe("where a list of topics ends", () => {
  it("ends before a clause of attribution that names its speaker ('…, Foreign Minister Ann Lee announced')", () => {
    const text = release(
      "Norway today signed the new Convention against Cyber Crime and its two Protocols on Data Access and the Protection of Victims, Foreign Minister Ann Lee announced today.",
    );
    expect(agreements(text).map((a) => a.title)).toEqual([
      "Convention against Cyber Crime",
      "Protocol on Data Access",
      "Protocol on the Protection of Victims",
    ]);
  });

  it("ends before a purpose ('…, aimed at encouraging dialogue')", () => {
    const text = release(
      "Norway and Chile have also signed binding agreements on labour and environment, aimed at encouraging dialogue and co-operation in these two areas.",
    );
    expect(agreements(text).map((a) => a.title)).toEqual(["Agreement on labour", "Agreement on environment"]);
  });
});
