/**
 * Quotations split around their attribution (issue 15's failure classes: "split around the
 * attribution"), written as made-up company, university and NGO releases: the words go on after the
 * attribution in lower case, as a sentence's second half.
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const speakers = (text: string) => extractRelease(text).quotes.map((q) => q.speaker);
const release = (attribution: string, open = '"', close = '"') =>
  `NORTHFIELD, June 2, 2024 – Northfield College and Redwood Health today signed an affiliation agreement.\n\n${open}Our students need real clinical experience,${close} ${attribution} ${open}and Redwood has opened its doors to them.${close}\n`;

describe("a quotation split around its attribution", () => {
  it("gives both halves to the speaker named between them, after the verb", () => {
    expect(speakers(release("said Maria Lopez,"))).toEqual(["Maria Lopez", "Maria Lopez"]);
    expect(speakers(release("said Dr. Maria Lopez, dean of nursing,"))).toEqual(["Maria Lopez", "Maria Lopez"]);
    expect(speakers(release("said Maria Lopez, the dean of nursing at Northfield,", "“", "”"))).toEqual([
      "Maria Lopez",
      "Maria Lopez",
    ]);
  });

  it("still ends a name at a full stop before the next quotation", () => {
    expect(
      speakers(
        'NORTHFIELD, June 2, 2024 – The college signed an agreement.\n\n"We are ready," said Maria Lopez. "The first students arrive in the fall."\n',
      ),
    ).toEqual(["Maria Lopez", "Maria Lopez"]);
  });
});

const para = (body: string) => `LAKEPORT, May 3, 2024 – Ovel signed a deal.\n\n${body}\n`;

describe("speakers of news and NGO quotations (batch 21 development formats, made up)", () => {
  it("closes a straight opening mark at a curly closing one", () => {
    const q = extractRelease(
      para('"We are ready to grow,” Jane Doe of the Ovel Foundation said. "I believe the deal will last."'),
    ).quotes;
    expect(q.map((x) => [x.speaker, x.text])).toEqual([
      ["Jane Doe", "We are ready to grow."],
      ["Jane Doe", "I believe the deal will last."],
    ]);
  });

  it("reads 'X of the Y Foundation said' as X speaking for the foundation", () => {
    const [q] = extractRelease(para('"We are ready to grow," Michael Roe of the Tarn Foundation said.')).quotes;
    expect([q?.speaker, q?.organisation]).toEqual(["Michael Roe", "Tarn Foundation"]);
  });

  it("reads a name after words in lower case that say who the person is", () => {
    expect(
      speakers(para('"We are ready to grow," team member Jane Doe told reporters, "and to show what we can do."')),
    ).toEqual(["Jane Doe", "Jane Doe"]);
    expect(speakers(para('"We are ready to grow," said company spokesperson Jane Doe.'))).toEqual(["Jane Doe"]);
    expect(speakers(para('"We are ready to grow," said in a statement Jane Doe.'))).not.toEqual([
      "in a statement Jane Doe",
    ]);
  });

  it("gives words after 'X, curator at the University of Y, Place, said,' to X, not the place", () => {
    expect(
      speakers(
        para(
          'Jane Doe, curator and director of exhibits at the University of Arkansas, Fayetteville, said, "These images serve as documentation of his life."',
        ),
      ),
    ).toEqual(["Jane Doe"]);
  });
});

describe("quotations headed 'Quotes attributable to X:'", () => {
  it("gives the words under the heading to the person it names", () => {
    const text =
      "Prime Minister's media release\n\n3 May 2024\n\nThe two leaders signed a joint declaration on partnership today.\n\nQuotes attributable to Prime Minister Jane Roe:\n\n“This marks a new era of cooperation between our nations.\n\n“It reflects our long friendship.”\n";
    expect(speakers(text)).toEqual(["Jane Roe"]);
  });
});

describe("people a news story introduces by an appositive with no office", () => {
  it("takes 'He said' after 'For John Roe, a Tarn instructor in English, …' as his", () => {
    expect(
      speakers(
        para(
          'Jane Doe spoke first. "I am glad," she said.\n\nFor John Roe, a Tarn instructor in English, the deal was also a milestone. He said, "It is the start of something."',
        ),
      ).at(-1),
    ).toBe("John Roe");
  });

  it("gives a quotation in a paragraph opened by such a person to that person", () => {
    expect(
      speakers(
        para(
          '"We are ready," said Jane Doe, director of Ovel.\n\nMary Stone, a second year art student, admitted she had skipped class to attend the opening. Why did she so badly want to come? "It is Ovel. It is a legend."',
        ),
      ),
    ).toEqual(["Jane Doe", "Mary Stone"]);
  });
});

describe("a surname opening a sentence after a time", () => {
  it("takes 'Later on Tuesday Roe met … she noted \"…\"' as Roe's, not the person she met", () => {
    expect(
      speakers(
        'Ovel news\n\nOn Tuesday, the Greek prime minister Jane Roe reasserted the plan.\n\nLater on Tuesday Roe met with the board, then with President John Doe, where she denounced the plan again. On the claims, she noted "it is important to point out that the plan is flawed".\n',
      ),
    ).toEqual(["Jane Roe"]);
  });
});

describe("'the President' on a president's own site", () => {
  it("is the president the text calls simply President, not the guest whose role names his country", () => {
    const text =
      'Freedonia looks forward to cooperation with Sylvania - President\n\nThis was stated by President Jane Roe in a statement following talks with President of the Republic of Sylvania John Doe in the capital. "Cooperation is developing," the President said. "These are new jobs," the President said.\n';
    expect(speakers(text)).toEqual(["Jane Roe", "Jane Roe"]);
  });
});

describe("a president's site (made up): roles told apart by their countries", () => {
  const H =
    "Ukraine and Poland strengthen cooperation - President\n\nPresident of Ukraine Jane Roe held a meeting with President of Poland John Doe in Kyiv. ";

  it("takes 'the Head of State' for the home state's president, the state the release names first", () => {
    expect(speakers(H + '"We have agreed on new steps in energy," the Head of State said.\n')).toEqual(["Jane Roe"]);
  });

  it("takes 'the Ukrainian leader' for Ukraine's president", () => {
    expect(speakers(H + '"We have agreed on new steps in energy," the Ukrainian leader noted.\n')).toEqual([
      "Jane Roe",
    ]);
  });

  it("takes 'the President of Ukraine' for Ukraine's president after the guest spoke", () => {
    expect(
      speakers(
        H +
          'John Doe thanked Ukraine for its hospitality. "We will stand with you," he said. "Our peoples are friends," the President of Ukraine emphasized.\n',
      ),
    ).toEqual(["John Doe", "Jane Roe"]);
  });

  it("still takes 'the Polish President' for Poland's", () => {
    expect(speakers(H + '"We will stand with you," the Polish President stressed.\n')).toEqual(["John Doe"]);
  });
});

describe("news agency attributions (made up)", () => {
  const H =
    "Acme agrees to buy Zeta\n\nWednesday, July 10, 2019\n\nAcme Corp. agreed on Tuesday to buy Zeta Inc. for $2 billion, the companies said. ";

  it("lets words describing an unnamed speaker stand for the speaker", () => {
    expect(speakers(H + '"We expect this to be a very short process," a top administration official said.\n')).toEqual([
      "top administration official",
    ]);
    expect(speakers(H + '"We expect this to be a very short process," said a senior diplomat.\n')).toEqual([
      "senior diplomat",
    ]);
  });

  it("takes 'According to X, …' before a quotation as X's report", () => {
    expect(
      speakers(
        H +
          "John Lee, Acme's chief executive, met Mary Poe, Zeta's chief executive. According to Lee, the deal will close in May. \"We are very pleased,\" he said.\n",
      ),
    ).toEqual(["John Lee"]);
  });
});
