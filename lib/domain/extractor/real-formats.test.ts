/**
 * Issue 15: the format classes met in real public releases, each reproduced in text written for
 * this test (names, places and numbers are made up).
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const HEAD = "Made-up headline for a test release\n\n";
const run = (body: string) => extractRelease(HEAD + body);
const date = (body: string) => run(body).dateline.date;
const agreements = (body: string) => run(body).agreements.map(({ title, parties }) => ({ title, parties }));
const quotes = (body: string) => run(body).quotes.map(({ speaker, text }) => ({ speaker, text }));

describe("issue 15: datelines of real releases", () => {
  it("reads 'City: 19/03/2016.' (NGO style)", () => {
    const r = run(
      "Lakeport: 14/05/2019. A Memorandum of Understanding has been signed between the Tarn Trust and Ovel.",
    );
    expect(r.dateline.date).toBe("2019-05-14");
    expect(r.dateline.place).toBe("Lakeport");
  });

  it("reads 'Town, Country. January 23, 2020 –'", () => {
    expect(date("Millbrook, Freedonia. January 23, 2020 – The ministry opened a school.")).toBe("2020-01-23");
  });

  it("reads 'Tuesday, 25 February, 2020 - 17:06' and '2021-12-09 14:45'", () => {
    const a = run("Tuesday, 25 February, 2020 - 17:06\n\nThe ministry opened a school.");
    expect([a.dateline.date, a.dateline.time]).toEqual(["2020-02-25", "17:06"]);
    const b = run("2021-12-09 14:45\n\nThe ministry opened a school.");
    expect([b.dateline.date, b.dateline.time]).toEqual(["2021-12-09", "14:45"]);
  });

  it("reads a wire dateline glued to the sentence before it", () => {
    const r = run(
      "Ovel and Tarn are proud to announce a partnership.LAKEPORT, OHIO, UNITED STATES, July 30, 2024 /EINPresswire.com/ -- Ovel and Tarn today announced a partnership.",
    );
    expect(r.dateline.date).toBe("2024-07-30");
  });

  it("does not take the year of a dateline without one from a bare year in the body", () => {
    expect(
      date("Millbrook, Aug. 22\n\nThe ministries also adopted a plan for 2019-2020 and an MoU signed in 2015."),
    ).toBe(null);
    expect(date("LAKEPORT, May 16 /PRNewswire/ -- Ovel Inc. exchanged its notes due 2012 for shares.")).toBe(null);
    // A year written with a month still dates it.
    expect(date("LAKEPORT, Feb. 20 (Agency) - Deliveries will start in October 2025.")).toBe("2025-02-20");
  });
});

describe("issue 15: agreements of real releases", () => {
  it("finds an agreement named only by its type, the parties being the subject of the sentence", () => {
    expect(
      agreements(
        "Ovel Media and Tarn Mobile's branch in Freedonia have signed a strategic cooperation agreement at the forum.",
      ),
    ).toEqual([
      { title: "Strategic Cooperation Agreement", parties: ["Ovel Media", "Tarn Mobile's branch in Freedonia"] },
    ]);
    expect(
      agreements(
        "The Tarn Family Foundation (TFF) and the Freedonian Agency for Development (FAD) are proud to announce the signing of a Memorandum of Understanding (MOU) aimed at supporting nutrition.",
      ),
    ).toEqual([
      {
        title: "Memorandum of Understanding",
        parties: ["Tarn Family Foundation", "Freedonian Agency for Development"],
      },
    ]);
  });

  it("reads the parties of 'X announced the signing of an agreement with Y'", () => {
    expect(
      agreements(
        "Lakeport University announced the signing of a historic agreement with Millbrook College to open pathways.",
      ),
    ).toEqual([{ title: "Agreement", parties: ["Lakeport University", "Millbrook College"] }]);
  });

  it("reads 'an MoU has been signed between X and Y on …'", () => {
    expect(
      agreements(
        "Memorandum of Understanding (MoU) has been signed between the Tarn Institute (TI) and the Ovel Commission of Freedonia on a grant of two million.",
      ),
    ).toEqual([{ title: "Memorandum of Understanding", parties: ["Tarn Institute", "Ovel Commission of Freedonia"] }]);
  });

  it("does not take 'on behalf of' for the topic of the document", () => {
    expect(
      agreements(
        "Freedonia and Sylvania signed a Memorandum of Understanding on Fisheries. Minister Ana Ruiz signed the MoU on behalf of the government of Freedonia while Ambassador Tom Berg signed on behalf of Sylvania.",
      ),
    ).toEqual([{ title: "Memorandum of Understanding on Fisheries", parties: ["Freedonia", "Sylvania"] }]);
  });

  it("keeps every document of a running list that ends in 'were signed'", () => {
    expect(
      agreements(
        "In addition, an agreement on the avoidance of double taxation, an agreement on trade and humanitarian cooperation and a Memorandum of Understanding on transport were signed at the intergovernmental level.",
      ).map((a) => a.title),
    ).toEqual([
      "Agreement on the avoidance of double taxation",
      "Agreement on trade and humanitarian cooperation",
      "Memorandum of Understanding on transport",
    ]);
  });

  it("keeps a title-case title over its commas and takes the parties from its 'between' clause", () => {
    expect(
      agreements(
        "President Ana Ruiz and her Sylvanian counterpart Tom Berg signed the Declaration on Strategic Cooperation, Strengthening Friendship and Trust between Freedonia and Sylvania.",
      ),
    ).toEqual([
      {
        title: "Declaration on Strategic Cooperation, Strengthening Friendship and Trust",
        parties: ["Freedonia", "Sylvania"],
      },
    ]);
  });

  it("does not count earlier or referenced agreements as signed here", () => {
    const body = [
      "Freedonia and Sylvania signed an Agreement on Fisheries today.",
      "The sides also adopted a plan to implement a memorandum of understanding on agriculture signed by the relevant agencies in Millbrook in 2015.",
      "Freedonia and Sylvania signed the agreement on cooperation in science in January 1979.",
      "The partnership was upgraded from an MoU on tourism.",
      "They met to reactivate an MoU signed in 2006.",
    ].join(" ");
    expect(agreements(body).map((a) => a.title)).toEqual(["Agreement on Fisheries"]);
  });

  it("drops a count that only summarises documents named one by one", () => {
    const body =
      "The ministers signed three Memorandum of Understanding between Freedonia and Sylvania. The MoUs were the “Memorandum of Understanding on Sports Cooperation between the Government of Freedonia and the Government of Sylvania” and the “Agreement on Economic Cooperation between the Government of Sylvania and the Government of Freedonia”.";
    expect(agreements(body).map((a) => a.title)).toEqual([
      "Memorandum of Understanding on Sports Cooperation",
      "Agreement on Economic Cooperation",
    ]);
  });

  it("reads a list of documents without bullets, one per paragraph, after 'a ceremony was held to sign …:'", () => {
    const body = [
      "In the presence of the two leaders, a ceremony was also held to sign four additional documents aimed at expanding cooperation:",
      "A memorandum of cooperation between the foreign ministries;",
      "An agreement between the agriculture ministries on cooperation in the agricultural sector;",
      "A memorandum of understanding between the Ministry of Energy of Freedonia and the Ministry of Energy of Sylvania;",
      "An agreement between the national museums of Freedonia and Sylvania.",
      "President Ana Ruiz arrived on a state visit on July 23.",
    ].join("\n\n");
    expect(agreements(body)).toEqual([
      { title: "Memorandum of Cooperation", parties: ["foreign ministries"] },
      { title: "Agreement on cooperation in the agricultural sector", parties: ["agriculture ministries"] },
      {
        title: "Memorandum of Understanding",
        parties: ["Ministry of Energy of Freedonia", "Ministry of Energy of Sylvania"],
      },
      { title: "Agreement", parties: ["national museums of Freedonia", "Sylvania"] },
    ]);
  });

  it("reads plural memorandums ('two memorandums of understanding (MoUs)') as the document they name", () => {
    expect(
      agreements("Freedonia and Sylvania have signed two separate memorandums of understanding (MoUs) for grant aid."),
    ).toEqual([{ title: "Memorandum of Understanding for grant aid", parties: ["Freedonia", "Sylvania"] }]);
  });

  it("reads a quoted topic, a lower-case enumeration topic, a letter of understanding and a signed programme", () => {
    expect(
      agreements(
        "The governments of Chile and Peru have signed a Memorandum of Understanding (MoU) on the “Andes Student Exchange Program”.",
      ),
    ).toEqual([
      {
        title: "Memorandum of Understanding on the Andes Student Exchange Program",
        parties: ["Government of Chile", "Government of Peru"],
      },
    ]);
    expect(
      agreements(
        "In addition, an agreement on trade, economic and humanitarian cooperation and an agreement on transport were signed.",
      ).map((a) => a.title),
    ).toEqual(["Agreement on trade, economic and humanitarian cooperation", "Agreement on transport"]);
    expect(agreements("The Ministry of Health signed a Letter of Understanding with Ovel Trust here today.")).toEqual([
      { title: "Letter of Understanding", parties: ["Ministry of Health", "Ovel Trust"] },
    ]);
    expect(
      agreements(
        "Additionally, the two organizations signed a new Joint Programme on Child Health. It runs ten years.",
      ).map((a) => a.title),
    ).toEqual(["Joint Programme on Child Health"]);
  });

  it("does not extend a party with the purpose after it", () => {
    expect(
      agreements("Ovel Builders signed a construction contract with Acme Health for a new clinic in Springfield."),
    ).toEqual([{ title: "Construction Contract", parties: ["Ovel Builders", "Acme Health"] }]);
  });

  it("finds nothing when the documents will be, or are wanted to be, signed", () => {
    const body = [
      "A visa exemption agreement will be signed between both countries during the visit.",
      "Freedonia wants to sign a Treaty on Friendship with Sylvania.",
      "The ministers met to discuss a draft agreement on energy.",
    ].join(" ");
    expect(agreements(body)).toEqual([]);
  });
});

describe("issue 15: quotes of real releases", () => {
  it("attributes a quote to a speaker named after the words with a title before the name", () => {
    expect(
      quotes(
        "“The signing of this agreement is a significant step for both of us,” Ovel Media's head of international cooperation, Ivan Petrov, said after the ceremony.\n\n“We are pleased to offer our latest solutions to readers,” the president of Tarn's Freedonia division, Leo Lin, stated.",
      ).map((q) => q.speaker),
    ).toEqual(["Ivan Petrov", "Leo Lin"]);
  });

  it("attributes a quote after a participle ('stating, …') to the subject of the sentence", () => {
    expect(
      quotes(
        "The MoUs were signed by Dhan Rao, Joint Secretary at the Ministry of Finance. Joint Secretary Rao highlighted the significance of the agreements, stating, “These two MoUs are testament to our steadfast cooperation.”",
      ).map((q) => q.speaker),
    ).toEqual(["Dhan Rao"]);
  });

  it("resolves a speaker named later by surname alone ('Mr Berg', 'Prof. Ruiz') to the full name", () => {
    expect(
      quotes(
        "The agreement was signed by Professor Ana Ruiz, Rector of Lakeport University, and Tom Berg, Director of the Ovel Institute.\n\n“The objective of this collaboration is to promote understanding,” Prof. Ruiz said.\n\n“We are proud of this step,” said Mr Berg.",
      ).map((q) => q.speaker),
    ).toEqual(["Ana Ruiz", "Tom Berg"]);
  });

  it("does not take fragments quoted from a document for speech", () => {
    expect(
      quotes(
        'The parties stated that "the expansion of exchanges between media outlets is important for cooperation" and expressed readiness "to contribute to this process." Besides, they confirmed "mutual willingness to expand bilateral cooperation in joint projects."',
      ),
    ).toEqual([]);
  });

  it("keeps the speaker of a quotation split around its attribution", () => {
    expect(
      quotes(
        '"We are delighted to continue our collaboration with Ovel," said Tarn President and CEO Dana Veer. "We look forward to the next chapter of this collaboration."',
      ).map((q) => q.speaker),
    ).toEqual(["Dana Veer", "Dana Veer"]);
  });

  it("lets an organisation named by its acronym speak as itself", () => {
    expect(
      quotes("“The agreement will run for five years and can be renewed for further periods,” LCU said.").map(
        (q) => q.speaker,
      ),
    ).toEqual(["LCU"]);
  });

  it("reads wire-style attributions: titles and degrees around the name, abbreviations, the head of state", () => {
    const body = [
      "LAKEPORT, March 3, 2024 /PRNewswire/ -- Ovel Media and Tarn Press renewed their collaboration. The move was announced by Freedonia Gov. Anna Corr. President Ivo Sand of Sylvania attended.",
      '"This venture will give Ovel access to new readers across the region," Governor Corr said.',
      '"This collaboration leverages the strengths of both groups," said Dr. Lena Ost, Chief Commercial Officer, Ovel.',
      '"We believe these tools can change the field of publishing," said Tom Brak, MD, PhD, Chief of Strategy at Tarn Press.',
      'Mark Rowe, M.D., Ovel\'s Chairman and Chief Executive Officer, also added, "In addition to our pipeline, we are focused on new opportunities."',
      '"Collaboration is key to excellence," the head of state said.',
    ].join("\n\n");
    expect(quotes(body).map((q) => q.speaker)).toEqual(["Anna Corr", "Lena Ost", "Tom Brak", "Mark Rowe", "Ivo Sand"]);
  });
});

describe("issue 15: countries of real releases", () => {
  it("does not take a currency ('US dollars') for the country acting", () => {
    expect(run("The grant of 50 million US dollars and 2.5 million U.S. dollars goes to Chile.").countries).toEqual([
      "CL",
    ]);
    expect(run("Chile and the US signed an agreement.").countries).toEqual(["CL", "US"]);
  });
});

describe("a title, an honorific and a name after a quotation (batch 16)", () => {
  it("reads '…,” Secretary-General of NORDIC, Dr. Ola Berg said.' as Ola Berg's", () => {
    const quotes = extractRelease(
      "OSLO, 3 May 2024 - Mr Dahl visited the Secretariat. “The Secretariat is honoured by the visit of Prime Minister Dahl,” Secretary-General of NORDIC, Dr. Ola Berg said.",
    ).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(["Ola Berg"]);
  });
});
