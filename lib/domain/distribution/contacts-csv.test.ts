import { describe, expect, it } from "vitest";
import {
  contactProblem,
  contactsToCsv,
  csvCell,
  LIST_NAME_SEPARATORS,
  listNameProblem,
  planContactImport,
  type ContactRow,
} from "./contacts-csv";
import { parseCsv } from "../csv";

const row = (fields: Partial<ContactRow>): ContactRow => ({
  name: "Ana",
  outlet: "",
  email: "ana@example.org",
  languages: [],
  beats: [],
  lists: [],
  ...fields,
});

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
      { line: 4, email: "nobody@example.org", field: "name", reason: "Name is missing" },
      { line: 5, email: "not-an-address", field: "email", reason: 'Email "not-an-address" is not an address' },
      { line: 6, email: "leyla@example.az", field: "email", reason: "Same address as line 2" },
      { line: 7, email: "odd@example.org", field: "languages", reason: expect.stringContaining('Language "english!"') },
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

  it("issue 16 review: a problem names its field, and each per-cell limit names what is over it", () => {
    expect(contactProblem(row({}))).toBeNull();
    expect(contactProblem(row({ email: "" }))).toEqual({ field: "email", message: "Email is missing" });
    expect(contactProblem(row({ name: "" }))).toEqual({ field: "name", message: "Name is missing" });
    expect(contactProblem(row({ outlet: "x".repeat(201) }))?.field).toBe("outlet");
    expect(contactProblem(row({ languages: ["english!"] }))?.field).toBe("languages");
    expect(contactProblem(row({ beats: ["b".repeat(61)] }))?.field).toBe("beats");
    expect(contactProblem(row({ lists: ["l".repeat(101)] }))?.field).toBe("lists");
    const many = (prefix: string) => Array.from({ length: 21 }, (_, i) => `${prefix}${String.fromCharCode(97 + i)}`);
    expect(contactProblem(row({ languages: many("e") }))).toEqual({
      field: "languages",
      message: "At most 20 languages per contact",
    });
    expect(contactProblem(row({ beats: many("beat ") }))).toEqual({
      field: "beats",
      message: "At most 20 beats per contact",
    });
    expect(contactProblem(row({ lists: many("list ") }))).toEqual({
      field: "lists",
      message: "At most 20 lists per contact",
    });
  });

  it("issue 16 review: addresses are checked by zod's z.email(), with a message naming the address", () => {
    for (const good of ["ana@example.org", "a.b+c@x-y.org", "leyla@example.az"])
      expect(contactProblem(row({ email: good })), good).toBeNull();
    // The hand-written pattern took all of these.
    for (const bad of ["ivan..petrov@example.ru", ".ivan@example.ru", "ivan@tass.r", "ivan@-tass.ru"])
      expect(contactProblem(row({ email: bad })), bad).toEqual({
        field: "email",
        message: `Email "${bad}" is not an address`,
      });
  });

  it("issue 16 review: ';' and '|' separate list names, so a list name may not hold them", () => {
    expect(LIST_NAME_SEPARATORS.test("a;b") && LIST_NAME_SEPARATORS.test("a|b")).toBe(true);
    expect(LIST_NAME_SEPARATORS.test("Baku, Ganja")).toBe(false);
    expect(listNameProblem("Baku, Ganja")).toBeNull();
    expect(listNameProblem("Wire; desks")).toMatch(/“;” or “\|”/);
    expect(listNameProblem("Wire | desks")).toMatch(/“;” or “\|”/);
    expect(listNameProblem("")).toBe("Enter the list's name");
    expect(listNameProblem("l".repeat(101))).toBe("At most 100 characters");
    expect(contactProblem(row({ lists: ["Wire; desks"] }))?.field).toBe("lists");
    const quoted = planContactImport('email,name,lists\nana@example.org,Ana,"Baku, Ganja|Wire ;Desks"\n', new Set());
    expect(quoted.accepted[0]?.lists).toEqual(["Baku, Ganja", "Wire", "Desks"]);
  });
});
