import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";
import { nameFits, sameSurname } from "./names";
import { PeopleResolver, findPersonMentions, parseSpeakerPhrase } from "./people";
import { splitRole } from "./roles";
import { sentences } from "./text-utils";

describe("names", () => {
  it("treats one-letter spelling variants of a long surname as the same", () => {
    expect(sameSurname("hajizade", "hajizadeh")).toBe(true);
    expect(sameSurname("kaya", "kara")).toBe(false); // too short to allow a difference
  });

  it("fits initials, surnames and full names", () => {
    expect(nameFits("A. Hajizade", "Aykhan Hajizade")).toBe(true);
    expect(nameFits("A. Hajizadeh", "Aykhan Hajizade")).toBe(true);
    expect(nameFits("Hajizade", "Aykhan Hajizade")).toBe(true);
    expect(nameFits("B. Hajizade", "Aykhan Hajizade")).toBe(false);
    expect(nameFits("Elnur Hajizade", "Aykhan Hajizade")).toBe(false);
  });
});

describe("roles", () => {
  it("splits a role from its organisation, keeping a minister's portfolio", () => {
    expect(splitRole("the press secretary of the Ministry of Foreign Affairs")).toEqual({
      role: "Press Secretary",
      organisation: "Ministry of Foreign Affairs",
    });
    expect(splitRole("Deputy Minister of Economy")).toEqual({ role: "Deputy Minister of Economy", organisation: null });
    expect(splitRole("head of operations at Hoshino Logistics")).toEqual({
      role: "Head of Operations",
      organisation: "Hoshino Logistics",
    });
    expect(splitRole("AGC President")).toEqual({ role: "President", organisation: "AGC" });
  });

  it("reads speaker phrases", () => {
    expect(parseSpeakerPhrase("Minister of Energy Rashad Karimli")).toMatchObject({
      name: "Rashad Karimli",
      role: "Minister of Energy",
    });
    expect(parseSpeakerPhrase("the press secretary of the Ministry of Foreign Affairs, Aykhan Hajizade")).toMatchObject(
      {
        name: "Aykhan Hajizade",
        role: "Press Secretary",
      },
    );
    expect(parseSpeakerPhrase("he").pronoun).toBe(true);
  });
});

describe("PeopleResolver", () => {
  it("resolves a short form to the full name introduced earlier in the text", () => {
    const text =
      "These views were included in the press release of the press secretary of the Ministry of Foreign Affairs, Aykhan Hajizade. Later A. Hajizade noted the results.";
    const mentions = findPersonMentions(sentences(text));
    const r = new PeopleResolver([], mentions);
    expect(r.resolve("A. Hajizadeh", text.length)).toEqual({
      name: "Aykhan Hajizade",
      role: "Press Secretary",
      organisation: "Ministry of Foreign Affairs",
    });
  });

  it("resolves names and aliases of known people, with their role", () => {
    const r = new PeopleResolver(
      [
        {
          name: "Aykhan Hajizade",
          aliases: ["A. Hajizade", "A. Hajizadeh"],
          role: "Press Secretary",
          organisation: "MFA",
        },
      ],
      [],
    );
    expect(r.resolve("A. Hajizadeh", 0)).toEqual({
      name: "Aykhan Hajizade",
      role: "Press Secretary",
      organisation: "MFA",
    });
    expect(r.resolve("Hajizade", 0).name).toBe("Aykhan Hajizade");
    expect(r.resolve("Jane Doe", 0)).toEqual({ name: "Jane Doe", role: null, organisation: null });
  });
});

describe("attributions after a quotation (issue 15, round 7, batch 12's development half)", () => {
  const speakerOf = (text: string) => extractRelease(text).quotes.map((q) => q.speaker);

  it("reads the speaker before 'in her statement after the meeting', with two initials in the name", () => {
    expect(
      speakerOf(
        "JAKARTA, 3 May 2024 - The two presidents met.\n\n“Indonesia has an important place for the region and for our partners,” said Foreign Minister Retno LP Marsudi in her statement after the meeting.",
      ),
    ).toEqual(["Retno LP Marsudi"]);
  });
});

describe("two capitals that are no initials", () => {
  it("keeps the role before 'HE' (His Excellency) and the name", () => {
    const [q] = extractRelease(
      'DOHA, 3 May 2024 - The letter was signed by Chairman of Tarn Charity HE Sheikh Hamad bin Nasser.\nHE Sheikh Hamad emphasised its importance: "Today we open a new chapter for the displaced families."',
    ).quotes;
    expect(q?.speaker).toBe("Sheikh Hamad");
    expect(q?.role).toBe("Chairman");
  });
});
