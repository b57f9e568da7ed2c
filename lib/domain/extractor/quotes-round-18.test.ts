/**
 * Issue 15, round 18: quotations of news reports (forms a batch 29 development half showed, made up
 * here): a sentence that hands over to the words with a dash; someone the text does not name,
 * before or after the words; words the writer's own sentence runs into and out of.
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const quotes = (text: string) =>
  extractRelease(text).quotes.map((q) => ({ speaker: q.speaker, start: q.text.slice(0, 24) }));

const report = (body: string) => `Court rules on logo\n\nMay 8, 2006\n\n${body}\n`;

describe("a sentence that hands over to the words with a dash", () => {
  it("gives them to its subject", () => {
    const text = report(
      "Mr Justice Ann Lee agreed with Tarn Computer's defence that, while the shop is branded, the music it sells is not - " +
        '"I conclude that the use of the logo does not suggest a connection with the music."',
    );
    expect(quotes(text)).toEqual([{ speaker: "Ann Lee", start: "I conclude that the use " }]);
  });
});

describe("someone the text does not name", () => {
  it("speaks before the words: 'a United Dock Workers negotiator has said, \"…\"'", () => {
    const text = report(
      'Industry Minister Ola Berg said the talks would go on. Whereas a United Dock Workers negotiator has said, "I don\'t see how the union will do anything until they see what the lenders give up."',
    );
    expect(quotes(text)).toEqual([{ speaker: "United Dock Workers negotiator", start: "I don't see how the unio" }]);
  });

  it("speaks after the words: '\"…,\" said a Tarn auto parts supplier'", () => {
    const text = report(
      'Industry Minister Ola Berg said the talks would go on.\n\n"We are worried and closely watching the developments in the US to gauge the impact," said a Tarn auto parts supplier.',
    );
    expect(quotes(text)).toEqual([{ speaker: "Tarn auto parts supplier", start: "We are worried and close" }]);
  });
});

describe("words the writer's sentence runs into and out of", () => {
  it("are no quotation, however long, nor the last speaker's", () => {
    const text = report(
      '"We welcome the decision to ban the airline from our skies," said US Secretary of State Mike Dole.\n\n' +
        'The airline is privately owned. The spokesperson said it is possible "that this airline carries out transports to Tarn that affect our security concerns," and the ban followed talks within Europe. ' +
        'The ambassador alleged, by way of example, the airline had "contributed to incredible human suffering, violence, and political instability felt across the world," by supporting the regime.',
    );
    expect(quotes(text)).toEqual([{ speaker: "Mike Dole", start: "We welcome the decision " }]);
  });
});

describe("a scanned transcript's straight mark with a space after it", () => {
  it("opens a quotation right after a speech verb ('He said \" my Government …')", () => {
    const text =
      "SOCIAL SECURITY AGREEMENT WITH TARNIA\n\nCANBERRA, 17 March 1986\n\n" +
      "Mr Hawke said that discussions between the two countries had been proceeding since 1952.\n" +
      'He said " my Government which came to office in March 1983 has\nshown the initiative and determination to find the solutions".\n';
    expect(quotes(text)).toEqual([{ speaker: "Hawke", start: "my Government which came" }]);
  });
});

describe("an attribution a converter broke off into a paragraph of its own", () => {
  it("still names the speaker: '\"… collapse.\"' / 'said Ola Berg, Prime Minister of Tarnia.'", () => {
    const text = report(
      '"This is a regrettable but necessary step to protect the Tarnian economy. We cannot afford a collapse."\n\n' +
        "said Ola Berg, Prime Minister of Tarnia.\n\n" +
        '"We will not let our industry vanish," said Ann Lee, President of Nordland.',
    );
    expect(quotes(text)).toEqual([
      { speaker: "Ola Berg", start: "This is a regrettable bu" },
      { speaker: "Ann Lee", start: "We will not let our indu" },
    ]);
  });
});

describe("a quotation split around someone the text does not name", () => {
  it("gives both halves to them", () => {
    const text = report(
      '"We expect this to be a very short process, during which the company will work normally," a top administration official said, "People will be able to buy cars, and everything should go on normally."',
    );
    expect(quotes(text)).toEqual([
      { speaker: "top administration official", start: "We expect this to be a v" },
      { speaker: "top administration official", start: "People will be able to b" },
    ]);
  });
});

describe("a closed quotation no one is named for, right before one whose speaker is named after it", () => {
  it("is that speaker's too", () => {
    const text = report(
      "Trade between Tarnia and Nordland has grown steadily over the past five years.\n\n" +
        "“Education, dairy and timber are already significant trade areas for us. Tarnia also offers a lot of growth potential.”\n\n" +
        "“The new agreement will come into force once legal formalities are completed,” says Mr Berg.",
    );
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Berg", "Berg"]);
  });
});

describe("names in quotation marks", () => {
  it("takes a law's name ('the “TARN Act of 2024,” which requires …') for no quotation", () => {
    const text = report(
      "On Monday, the President signed into law H.R. 6513, the “Confirmation Of Observer Access Act of 2024” or the “TARN Act of 2024,” which requires States to give observers full access.",
    );
    expect(quotes(text)).toEqual([]);
  });

  it("takes a name given ('the team's robot, named \"Better Idea of Tarn Girls,\" scored') for no quotation", () => {
    const text = report(
      "The competition was founded by Ola Berg to encourage interest in science. " +
        'According to the coach, Ann Lee, the team\'s robot, named "Better Idea of Tarn Girls," scored two points for the alliance.',
    );
    expect(quotes(text)).toEqual([]);
  });
});

describe("a sentence handing over with a colon, its subject after a time and with a role in lower case", () => {
  it("gives the words to 'Following the vote, Tarnian representative Ola Berg acknowledged …: “…”'", () => {
    const text = report(
      "Nordland was the first country to vote for the resolution. Following the vote, Tarnian representative Ola Berg acknowledged Nordland's part: “The manner in which you steered to a vote this historic resolution will be remembered.”",
    );
    expect(quotes(text)).toEqual([{ speaker: "Ola Berg", start: "The manner in which you " }]);
  });
});
