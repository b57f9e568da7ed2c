// Every input has a maximum: a generated check over every schema in lib/validation (a new string or
// list without a maximum fails here), then each limit as a user meets it, with its message on the field.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { rawTextSchema, RAW_TEXT_MAX } from "./import";
import { previewCreateSchema, previewRevokeSchema } from "./preview";
import { parseAgreementQuery, parseReleaseQuery } from "./public-query";
import { LIMITS, fieldErrorsOf, releaseInputSchema, type AgreementFormValues, type ReleaseFormValues } from "./release";
import {
  USER_LIMITS,
  parseAuditQuery,
  passwordChangeSchema,
  roleChangeSchema,
  signInSchema,
  userActiveSchema,
  userCreateSchema,
} from "./user";
import { reasonSchema, remarkSchema, scheduleSchema } from "./workflow";
import { agreementRow, quoteRow, releaseFormValues } from "@/test/factories";

// ---------- every string and every list has a maximum ----------

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;
const maxOf = (def: Def) =>
  ((def.checks as Array<{ _zod: { def: { check: string; maximum?: number } } }> | undefined) ?? []).find(
    (c) => c._zod.def.check === "max_length",
  )?._zod.def.maximum;

/** A string with a maximum, or a transform of one: what comes out of it is bounded too. */
function boundedText(schema: unknown): boolean {
  const def = defOf(schema);
  if (def.type === "string") return maxOf(def) !== undefined;
  return def.type === "pipe" && boundedText(def.in);
}

/** Paths of unbounded strings and lists in a schema. `boundedInput`: the value was length-checked before (pipe). */
function unbounded(schema: unknown, at: string, boundedInput = false): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case "string":
      return boundedInput || maxOf(def) !== undefined ? [] : [at];
    case "array":
      return [...(maxOf(def) === undefined ? [`${at}[]`] : []), ...unbounded(def.element, `${at}[n]`, boundedInput)];
    case "object":
      return Object.entries(def.shape as Record<string, unknown>).flatMap(([key, value]) =>
        unbounded(value, `${at}.${key}`),
      );
    case "pipe":
      return [...unbounded(def.in, at, boundedInput), ...unbounded(def.out, at, boundedInput || boundedText(def.in))];
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
      return unbounded(def.innerType, at, boundedInput);
    case "tuple":
      return (def.items as unknown[]).flatMap((item, i) => unbounded(item, `${at}[${i}]`));
    case "union":
      return (def.options as unknown[]).flatMap((option, i) => unbounded(option, `${at}|${i}`));
    case "enum":
    case "literal":
    case "number":
    case "int":
    case "boolean":
    case "transform":
    case "date":
      return [];
    default:
      return [`${at} (${def.type}: teach limits.test.ts about it)`];
  }
}

describe("every schema in lib/validation", () => {
  it("gives every string and every list a maximum", async () => {
    const dir = __dirname;
    const modules = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
    const found: string[] = [];
    const problems: string[] = [];
    for (const file of modules) {
      const mod = (await import(path.join(dir, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        if (!(value instanceof z.ZodType)) continue;
        found.push(name);
        problems.push(...unbounded(value, `${file}:${name}`));
      }
    }
    // The walk really saw the schemas the actions use.
    expect(found).toEqual(
      expect.arrayContaining([
        "releaseInputSchema",
        "userCreateSchema",
        "passwordChangeSchema",
        "signInSchema",
        "scheduleSchema",
        "remarkSchema",
        "previewCreateSchema",
        "rawTextSchema",
      ]),
    );
    expect(problems).toEqual([]);
  });

  it("would notice an unbounded string or list", () => {
    expect(unbounded(z.object({ a: z.string().max(3), b: z.string(), c: z.array(z.string().max(1)) }), "t")).toEqual([
      "t.b",
      "t.c[]",
    ]);
  });
});

// ---------- each limit, as the form shows it ----------

const over = (n: number) => "x".repeat(n + 1);
const exactly = (n: number) => "x".repeat(n);

function errors(schema: z.ZodType, value: unknown): Record<string, string> {
  const result = schema.safeParse(value);
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe("release limits", () => {
  // Text of exactly n characters that is otherwise valid for the field.
  const fill = (field: keyof ReleaseFormValues, n: number) =>
    field === "topics" ? `a, b${" ".repeat(n - 4)}` : exactly(n);
  const scalar: Array<[keyof ReleaseFormValues, number, string]> = [
    ["headline", LIMITS.headline, "Headline must be at most 200 characters"],
    ["summary", LIMITS.summary, "Summary must be at most 600 characters"],
    ["body", LIMITS.body, "Body must be at most 50,000 characters"],
    ["datelinePlace", LIMITS.place, "Dateline place must be at most 120 characters"],
    ["issuer", LIMITS.issuer, "Issuer must be at most 200 characters"],
    ["sourceCredit", LIMITS.sourceCredit, "Source credit must be at most 200 characters"],
    ["changeNote", LIMITS.note, "Change note must be at most 1,000 characters"],
    ["topics", LIMITS.topicsText, "Topics must be at most 2,000 characters in all"],
  ];
  it.each(scalar)("%s: the limit (%i) is accepted, one more is refused at the field", (field, max, message) => {
    expect(errors(releaseInputSchema, releaseFormValues({ [field]: fill(field, max) }))[field]).toBeUndefined();
    expect(errors(releaseInputSchema, releaseFormValues({ [field]: fill(field, max + 1) }))[field]).toBe(message);
  });

  it("date, time, offset and countries have short maxima with their own format message", () => {
    expect(errors(releaseInputSchema, releaseFormValues({ date: "2024-09-12".repeat(1000) })).date).toBe(
      "Enter the date as YYYY-MM-DD",
    );
    expect(errors(releaseInputSchema, releaseFormValues({ time: "14:30".repeat(1000) })).time).toBe(
      "Enter the time as HH:MM (24-hour)",
    );
    expect(errors(releaseInputSchema, releaseFormValues({ utcOffset: "+04:00".repeat(1000) })).utcOffset).toBe(
      "Enter a UTC offset from -12:00 to +14:00, e.g. +04:00",
    );
    expect(errors(releaseInputSchema, releaseFormValues({ countries: "AZ, ".repeat(200) })).countries).toBe(
      "Countries must be at most 600 characters: list ISO codes such as AZ, CN",
    );
  });

  const agreementFields: Array<[string, Partial<AgreementFormValues>, string]> = [
    ["title", { title: over(LIMITS.agreementTitle) }, "Agreement title must be at most 500 characters"],
    ["note", { note: over(LIMITS.note) }, "Note must be at most 1,000 characters"],
    ["parties", { parties: `A\n${over(LIMITS.party)}` }, "Each party must be at most 300 characters"],
    [
      "parties",
      { parties: Array.from({ length: LIMITS.parties + 1 }, (_, i) => `Party ${i}`).join("\n") },
      "At most 20 parties",
    ],
    [
      "parties",
      { parties: `A\n${"\n".repeat(LIMITS.partiesText)}B` },
      "Parties must be at most 10,000 characters in all",
    ],
    ["signedOn", { signedOn: "2024-09-12".repeat(100) }, "Enter the signing date as YYYY-MM-DD"],
  ];
  it.each(agreementFields)("agreement %s: refused at agreements.1.<field>", (field, o, message) => {
    const e = errors(releaseInputSchema, releaseFormValues({ agreements: [agreementRow(), agreementRow(o)] }));
    expect(e[`agreements.1.${field}`]).toBe(message);
    expect(Object.keys(e)).toEqual([`agreements.1.${field}`]);
  });

  const quoteFields: Array<[string, number, string]> = [
    ["speaker", LIMITS.speaker, "Speaker must be at most 200 characters"],
    ["speakerRole", LIMITS.speakerRole, "Speaker role must be at most 200 characters"],
    ["speakerOrganisation", LIMITS.speakerOrganisation, "Speaker organisation must be at most 300 characters"],
    ["text", LIMITS.quoteText, "Quote text must be at most 5,000 characters"],
    ["context", LIMITS.context, "Context must be at most 1,000 characters"],
  ];
  it.each(quoteFields)("quote %s: refused at quotes.0.<field>", (field, max, message) => {
    expect(errors(releaseInputSchema, releaseFormValues({ quotes: [quoteRow({ [field]: exactly(max) })] }))).toEqual(
      {},
    );
    expect(errors(releaseInputSchema, releaseFormValues({ quotes: [quoteRow({ [field]: over(max) })] }))).toEqual({
      [`quotes.0.${field}`]: message,
    });
  });

  it("counts agreements, quotes and topics", () => {
    expect(
      errors(releaseInputSchema, releaseFormValues({ agreements: Array.from({ length: 51 }, () => agreementRow()) }))
        .agreements,
    ).toBe("At most 50 agreements");
    expect(
      errors(releaseInputSchema, releaseFormValues({ quotes: Array.from({ length: 51 }, () => quoteRow()) })).quotes,
    ).toBe("At most 50 quotes");
    expect(
      errors(releaseInputSchema, releaseFormValues({ topics: Array.from({ length: 21 }, (_, i) => `t${i}`).join(",") }))
        .topics,
    ).toBe("At most 20 topics");
    expect(errors(releaseInputSchema, releaseFormValues({ topics: `a, ${over(LIMITS.topic)}` })).topics).toBe(
      "Each topic must be at most 60 characters",
    );
  });
});

describe("user, sign-in and workflow limits", () => {
  const user = { name: "Nadia", email: "nadia@pressroom.test", role: "WRITER", password: "long-enough-password" };
  it("user creation: name, email and password", () => {
    expect(errors(userCreateSchema, { ...user, name: over(USER_LIMITS.name) })).toEqual({
      name: "Name must be at most 200 characters",
    });
    expect(errors(userCreateSchema, { ...user, email: `${over(320)}@x.org` })).toEqual({
      email: "Email must be at most 320 characters",
    });
    expect(errors(userCreateSchema, { ...user, password: over(USER_LIMITS.passwordMax) })).toEqual({
      password: "Password must be at most 1,000 characters",
    });
    expect(errors(userCreateSchema, { ...user, password: exactly(USER_LIMITS.passwordMax) })).toEqual({});
  });

  it("own password change", () => {
    expect(errors(passwordChangeSchema, { currentPassword: over(1_000), newPassword: "a-new-password-123" })).toEqual({
      currentPassword: "That is not your current password",
    });
    expect(errors(passwordChangeSchema, { currentPassword: "old", newPassword: over(1_000) })).toEqual({
      newPassword: "New password must be at most 1,000 characters",
    });
  });

  it("sign-in refuses what no account could have", () => {
    expect(signInSchema.safeParse({ email: `${over(320)}`, password: "x" }).success).toBe(false);
    expect(signInSchema.safeParse({ email: "a@b.org", password: over(1_000) }).success).toBe(false);
    expect(signInSchema.safeParse({ email: " A@B.org ", password: exactly(1_000) }).data).toEqual({
      email: "a@b.org",
      password: exactly(1_000),
    });
  });

  it("row actions refuse over-long ids", () => {
    expect(errors(roleChangeSchema, { userId: over(64), role: "EDITOR" })).toEqual({
      userId: "Unknown user: reload the page",
    });
    expect(errors(userActiveSchema, { userId: over(64), active: "true" })).toEqual({
      userId: "Unknown user: reload the page",
    });
    expect(errors(previewCreateSchema, { releaseId: over(64), expiresIn: "1h" })).toEqual({
      releaseId: "The form is incomplete: reload the page.",
    });
    expect(errors(previewRevokeSchema, { releaseId: "r", linkId: over(64) })).toEqual({
      linkId: "The form is incomplete: reload the page.",
    });
  });

  it("remarks, reasons and schedules", () => {
    expect(errors(remarkSchema, { remark: exactly(2_000) })).toEqual({});
    expect(errors(remarkSchema, { remark: over(2_000) })).toEqual({
      remark: "Remark must be at most 2,000 characters",
    });
    expect(errors(reasonSchema, { reason: over(2_000) })).toEqual({
      reason: "Reason must be at most 2,000 characters",
    });
    const schedule = { publishDate: "2031-01-01", publishTime: "09:00", publishZone: "+04:00" };
    expect(errors(scheduleSchema, { ...schedule, publishZone: over(64) }).publishZone).toBe(
      "Enter a UTC offset such as +04:00 or a zone such as Asia/Baku (at most 64 characters)",
    );
    expect(errors(scheduleSchema, { ...schedule, publishDate: "2031-01-01".repeat(50) }).publishDate).toBe(
      "Enter the date as YYYY-MM-DD",
    );
    expect(errors(scheduleSchema, { ...schedule, publishTime: "09:00".repeat(50) }).publishTime).toBe(
      "Enter the time as HH:MM (24-hour)",
    );
  });

  it("pasted text for import", () => {
    expect(rawTextSchema.safeParse(exactly(RAW_TEXT_MAX)).success).toBe(true);
    expect(errors(z.object({ rawText: rawTextSchema }), { rawText: over(RAW_TEXT_MAX) })).toEqual({
      rawText: "Raw text must be at most 100,000 characters: paste one release at a time",
    });
  });
});

describe("query-string limits (public search and filters, audit filters)", () => {
  it("cuts over-long search text and filters with a note instead of failing", () => {
    const { query, notes } = parseReleaseQuery({ q: over(10_000), issuer: over(500), speaker: over(500) });
    expect(query.q).toHaveLength(200);
    expect(query.issuer).toHaveLength(120);
    expect(query.speaker).toHaveLength(120);
    expect(notes).toHaveLength(3);
    expect(parseAgreementQuery({ party: over(500) }).query.party).toHaveLength(120);
  });

  it("refuses an over-long audit release filter next to its field", () => {
    expect(parseAuditQuery({ release: over(200) }).errors).toEqual({ release: "Type at most 200 characters" });
    expect(parseAuditQuery({ release: exactly(200) }).errors).toEqual({});
  });
});
