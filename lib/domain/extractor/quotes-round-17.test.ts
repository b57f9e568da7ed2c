/**
 * Issue 15, round 17: what the news reports of batch 28's development half showed — a senator named
 * before "he said", a few words quoted inside the writer's sentence, and a whole clause of a
 * speaker's own after "said that". Made-up reports of those forms.
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const quotes = (text: string) => extractRelease(text).quotes.map((q) => [q.speaker, q.text.slice(0, 24)]);

describe("a legislator named before 'he said'", () => {
  it("is the speaker, not the one quoted before", () => {
    const text =
      "Bill fails in Senate\n\n" +
      'Senate leader Ana Ruiz said that she was "deeply disappointed" by the vote.\n\n' +
      '"I dread the markets tomorrow. It will not be a pleasant sight," Ruiz said.\n\n' +
      "Republican Senator Tom Berg was also unhappy about the rejection.\n\n" +
      '"We were three words away from a deal. We solved everything else," he said.\n';
    expect(quotes(text)).toEqual([
      ["Ana Ruiz", "I dread the markets tomo"],
      ["Tom Berg", "We were three words away"],
    ]);
  });
});

describe("words quoted inside the writer's sentence", () => {
  it("drops a few words even when their speaker is named, and keeps a whole clause after 'said that'", () => {
    const text =
      "Car maker gets support\n\n" +
      'According to Mr Lund, the grant will secure the plant "for the long term".\n\n' +
      'In a statement, Minister Ana Ruiz said that "the root cause of the delay is that the design tools were introduced late and the people using them were still learning".\n';
    expect(quotes(text)).toEqual([["Ana Ruiz", "the root cause of the de"]]);
  });
});

describe("a company or an agency speaking as itself", () => {
  it("gives the words to 'Tarn Airlines said' and to 'In a statement, TAL said that, …'", () => {
    const text =
      "Airline to be compensated\n\n" +
      "Tarn Airlines says that it will be compensated by Nordair for the late delivery of its jets.\n\n" +
      'Tarn Airlines said, "We are glad the matter is settled. The jets will fly next year."\n\n' +
      'In a statement, TAL said that, "The delays are disappointing; all the more so because the test programme is going well."\n';
    expect(quotes(text)).toEqual([
      ["Tarn Airlines", "We are glad the matter i"],
      ["TAL", "The delays are disappoin"],
    ]);
  });
});

describe("words no one is named for, after a sentence naming two people", () => {
  it("are the subject's, not those of the minister named after 'with'", () => {
    const text =
      "Arrangements signed\n\n" +
      "Mr Lund also co-signed a formal arrangement with Chile's Minister of Agriculture, Ana Ruiz, for Norway and Chile to develop a partnership.\n\n" +
      "“The partnership aims to foster stronger relationships between our agricultural sectors through coordinated cooperation.”\n";
    expect(quotes(text)).toEqual([["Lund", "The partnership aims to "]]);
  });
});

describe("quoted words that go on the writer's clause", () => {
  it("are no quote: 'the ambassador returns to Kyiv, which \"is also a strong signal of support for Ukrainians.\"'", () => {
    const text =
      "Prime Minister visits Kyiv\n\n" +
      "President of Ukraine Olena Berg met with Prime Minister of Chile Ana Ruiz, who is on a visit to our country. " +
      '"Chile has consistently supported Ukraine in political and humanitarian matters, and we will continue to do so," said Ana Ruiz. ' +
      'In addition, Ana Ruiz said that as of today, the Ambassador of Chile to Ukraine is returning to Kyiv, which "is also a strong signal of support for Ukrainians."\n';
    expect(quotes(text)).toEqual([["Ana Ruiz", "Chile has consistently s"]]);
  });
});
