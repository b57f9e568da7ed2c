import { describe, expect, it } from "vitest";
import { contactsToCsv, csvCell, parseCsv, planContactImport } from "./contacts-csv";

describe("issue 16: media contacts CSV", () => {
  it("parses quoted fields with commas, doubled quotes, line breaks, CRLF and a BOM", () => {
    const text = '\uFEFFname,outlet\r\n"Ng, Li","The ""Daily"" Post"\r\n"Two\nlines",x\r\n';
    expect(parseCsv(text)).toEqual([
      ["name", "outlet"],
      ["Ng, Li", 'The "Daily" Post'],
      ["Two\nlines", "x"],
    ]);
  });

  it("reads semicolon-separated files (spreadsheets in many European locales)", () => {
    expect(parseCsv("name;email\nAna;ana@example.org")).toEqual([
      ["name", "email"],
      ["Ana", "ana@example.org"],
    ]);
  });

  it("accepts good rows, rejects bad ones with the line and reason, dedupes and marks known addresses", () => {
    const text = [
      "Full name,E-mail,Organisation,Languages,Beats,Lists",
      "Leyla Aliyeva,Leyla@Example.AZ ,APA,az; en,diplomacy,Accredited — Baku",
      "Wang Fang,wang@example.cn,Xinhua,zh,,Chinese media",
      ",nobody@example.org,,,,",
      "Bad Address,not-an-address,,,,",
      "Leyla again,leyla@example.az,,,,",
      "Odd Language,odd@example.org,,english!,,",
      "",
    ].join("\n");
    const plan = planContactImport(text, new Set(["wang@example.cn"]));
    expect(plan.fileError).toBeNull();
    expect(plan.accepted.map((r) => [r.line, r.email, r.existing])).toEqual([
      [2, "leyla@example.az", false],
      [3, "wang@example.cn", true],
    ]);
    expect(plan.accepted[0]).toMatchObject({ outlet: "APA", languages: ["az", "en"], lists: ["Accredited — Baku"] });
    expect(plan.rejected).toEqual([
      { line: 4, email: "nobody@example.org", reason: "Name is missing" },
      { line: 5, email: "not-an-address", reason: 'Email "not-an-address" is not an address' },
      { line: 6, email: "leyla@example.az", reason: "Same address as line 2" },
      { line: 7, email: "odd@example.org", reason: expect.stringContaining('Language "english!"') },
    ]);
  });

  it("refuses a file without an email column, an empty file and too many rows, importing nothing", () => {
    expect(planContactImport("name,outlet\nA,B", new Set()).fileError).toMatch(/"email"/);
    expect(planContactImport("  \n", new Set()).fileError).toBe("The file is empty");
    const many = ["email,name", ...Array.from({ length: 5_001 }, (_, i) => `a${i}@x.org,A`)].join("\n");
    const plan = planContactImport(many, new Set());
    expect(plan.fileError).toMatch(/At most 5,000/);
    expect(plan.accepted).toEqual([]);
  });

  it("exports what it imports, with formula-looking cells neutralised", () => {
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    const csv = contactsToCsv([
      { name: "Ng, Li", outlet: "+Plus", email: "ng@x.org", languages: ["en", "zh"], beats: [], lists: ["A"] },
    ]);
    expect(csv).toBe('name,outlet,email,languages,beats,lists\r\n"Ng, Li",\'+Plus,ng@x.org,"en; zh",,A\r\n');
    const again = planContactImport(csv, new Set());
    expect(again.accepted[0]).toMatchObject({
      name: "Ng, Li",
      outlet: "'+Plus",
      languages: ["en", "zh"],
      lists: ["A"],
    });
  });
});
