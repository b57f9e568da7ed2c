import { describe, it, expect } from "vitest";
import { formString } from "./form";
import {
  AUDIT_PAGE_SIZE,
  auditQueryString,
  decodeAuditCursor,
  emptyUserCreateValues,
  encodeAuditCursor,
  fieldErrorsOf,
  parseAuditQuery,
  parseIsoDay,
  passwordChangeSchema,
  roleChangeSchema,
  userActiveSchema,
  userCreateSchema,
  userCreateValuesFromForm,
  type SearchParams,
} from "./user";

const validCreate = { name: "Jane Doe", email: "jane@example.org", role: "EDITOR", password: "twelve chars" };

function createErrors(values: Record<string, string>) {
  const result = userCreateSchema.safeParse(values);
  expect(result.success).toBe(false);
  return fieldErrorsOf(result.error!);
}

describe("userCreateSchema", () => {
  it("accepts a complete form, trimming the name and lower-casing the email", () => {
    expect(userCreateSchema.parse({ ...validCreate, name: "  Jane Doe ", email: "  Jane.Doe@Example.ORG " })).toEqual({
      name: "Jane Doe",
      email: "jane.doe@example.org",
      role: "EDITOR",
      password: "twelve chars",
    });
  });

  it("keeps the password exactly as typed (spaces are part of it)", () => {
    expect(userCreateSchema.parse({ ...validCreate, password: "  spaced out  " }).password).toBe("  spaced out  ");
  });

  it.each(["WRITER", "EDITOR", "ADMIN"])("accepts the role %s", (role) => {
    expect(userCreateSchema.parse({ ...validCreate, role }).role).toBe(role);
  });

  it("names each problem next to its field", () => {
    expect(createErrors({ name: "  ", email: "", role: "", password: "" })).toEqual({
      name: "Name is required",
      email: "Email is required",
      role: "Choose a role: writer, editor or admin",
      password: "Password must be at least 12 characters",
    });
  });

  it("rejects a malformed email, an unknown role and an 11-character password", () => {
    const errors = createErrors({ ...validCreate, email: "not-an-email", role: "SUPERUSER", password: "elevenchars" });
    expect(errors.email).toBe("Enter an email address such as name@example.org");
    expect(errors.role).toBe("Choose a role: writer, editor or admin");
    expect(errors.password).toBe("Password must be at least 12 characters");
  });

  it("accepts exactly 12 characters and refuses over-long values", () => {
    expect(userCreateSchema.safeParse({ ...validCreate, password: "x".repeat(12) }).success).toBe(true);
    const errors = createErrors({
      ...validCreate,
      name: "n".repeat(201),
      email: `${"e".repeat(320)}@x.org`,
      password: "p".repeat(1001),
    });
    expect(errors.name).toBe("Name must be at most 200 characters");
    expect(errors.email).toBe("Email must be at most 320 characters");
    expect(errors.password).toBe("Password must be at most 1,000 characters");
  });
});

describe("reading posted forms", () => {
  it("reads the create form without its password, so the password is never echoed back", () => {
    const form = new FormData();
    form.set("name", " Jane ");
    form.set("email", "JANE@x.org");
    form.set("role", "ADMIN");
    form.set("password", "secret secret");
    expect(userCreateValuesFromForm(form)).toEqual({ name: " Jane ", email: "JANE@x.org", role: "ADMIN" });
    expect(formString(form, "password")).toBe("secret secret");
  });

  it("treats missing fields and uploaded files as empty strings", () => {
    const form = new FormData();
    form.set("name", new Blob(["evil"]), "file.txt");
    expect(userCreateValuesFromForm(form)).toEqual({ name: "", email: "", role: "" });
  });

  it("starts a new user as a writer", () => {
    expect(emptyUserCreateValues()).toEqual({ name: "", email: "", role: "WRITER" });
  });
});

describe("row actions", () => {
  it("accepts a user id and a role", () => {
    expect(roleChangeSchema.parse({ userId: "ckx1abc_DEF-9", role: "WRITER" })).toEqual({
      userId: "ckx1abc_DEF-9",
      role: "WRITER",
    });
  });

  it("refuses ids that cannot be ours and unknown roles", () => {
    expect(roleChangeSchema.safeParse({ userId: "", role: "WRITER" }).success).toBe(false);
    expect(roleChangeSchema.safeParse({ userId: "x'; DROP TABLE", role: "WRITER" }).success).toBe(false);
    expect(roleChangeSchema.safeParse({ userId: "a".repeat(65), role: "WRITER" }).success).toBe(false);
    expect(roleChangeSchema.safeParse({ userId: "abc", role: "admin" }).success).toBe(false);
  });

  it("reads deactivate / reactivate as a boolean and nothing else", () => {
    expect(userActiveSchema.parse({ userId: "abc", active: "false" })).toEqual({ userId: "abc", active: false });
    expect(userActiveSchema.parse({ userId: "abc", active: "true" })).toEqual({ userId: "abc", active: true });
    expect(userActiveSchema.safeParse({ userId: "abc", active: "" }).success).toBe(false);
    expect(userActiveSchema.safeParse({ userId: "abc", active: "yes" }).success).toBe(false);
  });
});

describe("passwordChangeSchema", () => {
  const errorsOf = (values: { currentPassword: string; newPassword: string }) => {
    const result = passwordChangeSchema.safeParse(values);
    expect(result.success).toBe(false);
    return fieldErrorsOf(result.error!);
  };

  it("accepts a current password and a new one of at least 12 characters", () => {
    expect(passwordChangeSchema.parse({ currentPassword: "old", newPassword: "a brand new one" })).toEqual({
      currentPassword: "old",
      newPassword: "a brand new one",
    });
  });

  it("asks for the current password and a long enough new one, each at its field", () => {
    expect(errorsOf({ currentPassword: "", newPassword: "short" })).toEqual({
      currentPassword: "Enter your current password",
      newPassword: "New password must be at least 12 characters",
    });
  });

  it("refuses a new password equal to the current one", () => {
    expect(errorsOf({ currentPassword: "same password", newPassword: "same password" })).toEqual({
      newPassword: "Choose a new password that differs from the current one",
    });
  });
});

describe("audit filters", () => {
  it("gives no filters and no errors for an empty query", () => {
    expect(parseAuditQuery({})).toEqual({
      values: { user: "", action: "", release: "", from: "", to: "" },
      filters: {},
      errors: {},
    });
  });

  it("reads every filter", () => {
    const { filters, errors, values } = parseAuditQuery({
      user: "ckuser1",
      action: "user.role_change",
      release: "  Strategic partnership ",
      from: "2024-07-01",
      to: "2024-07-04",
    });
    expect(errors).toEqual({});
    expect(values.release).toBe("Strategic partnership");
    expect(filters).toEqual({
      userId: "ckuser1",
      action: "user.role_change",
      release: "Strategic partnership",
      from: new Date("2024-07-01T00:00:00Z"),
      // The To day is included: the bound is the start of the next day.
      toExclusive: new Date("2024-07-05T00:00:00Z"),
    });
  });

  it("drops garbage with a message per field and never throws", () => {
    const params: SearchParams = {
      user: "<script>",
      action: "DROP TABLE",
      release: "x".repeat(5000),
      from: "2024-02-30",
      to: "yesterday",
      before: "not-a-cursor",
    };
    const { filters, errors } = parseAuditQuery(params);
    expect(filters).toEqual({});
    expect(errors).toEqual({
      user: "Choose a user from the list",
      action: "Choose an action from the list",
      release: "Type at most 200 characters",
      from: "Enter the date as YYYY-MM-DD",
      to: "Enter the date as YYYY-MM-DD",
    });
  });

  it("takes the first of repeated parameters", () => {
    expect(parseAuditQuery({ action: ["auth.sign_in", "user.create"] }).filters.action).toBe("auth.sign_in");
    expect(parseAuditQuery({ action: [] }).filters).toEqual({});
  });

  it("refuses a To before From and keeps From", () => {
    const { filters, errors } = parseAuditQuery({ from: "2024-07-04", to: "2024-07-01" });
    expect(filters).toEqual({ from: new Date("2024-07-04T00:00:00Z") });
    expect(errors).toEqual({ to: "To must be on or after From" });
  });

  it("reads a before or an after cursor, preferring before", () => {
    const cursor = { createdAt: new Date("2024-07-04T09:00:00.123Z"), id: "ckentry1" };
    const text = encodeAuditCursor(cursor);
    expect(text).toBe(`${cursor.createdAt.getTime()}.ckentry1`);
    expect(decodeAuditCursor(text)).toEqual(cursor);
    expect(parseAuditQuery({ after: text }).filters).toEqual({ after: cursor });
    expect(parseAuditQuery({ before: text, after: text }).filters).toEqual({ before: cursor });
  });

  it("ignores malformed cursors", () => {
    for (const bad of ["", "123", ".abc", "abc.def", "1.", `${"9".repeat(16)}.abc`, "1.a b"]) {
      expect(decodeAuditCursor(bad), bad).toBeUndefined();
    }
  });

  it("checks calendar days", () => {
    expect(parseIsoDay("2024-02-29")).toEqual(new Date("2024-02-29T00:00:00Z"));
    expect(parseIsoDay("2023-02-29")).toBeNull();
    expect(parseIsoDay("2024-13-01")).toBeNull();
    expect(parseIsoDay("24-01-01")).toBeNull();
    expect(parseIsoDay("2024-01-01T00:00")).toBeNull();
  });

  it("writes pagination links that keep the filters and drop empty ones", () => {
    const values = { user: "", action: "user.create", release: "a b", from: "", to: "2024-07-04" };
    expect(auditQueryString(values)).toBe("?action=user.create&release=a+b&to=2024-07-04");
    expect(auditQueryString(values, { before: "1.x" })).toBe(
      "?action=user.create&release=a+b&to=2024-07-04&before=1.x",
    );
    expect(auditQueryString({ user: "", action: "", release: "", from: "", to: "" })).toBe("");
  });

  it("pages by 50", () => {
    expect(AUDIT_PAGE_SIZE).toBe(50);
  });
});
