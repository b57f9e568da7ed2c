import { describe, it, expect } from "vitest";
import type { Role } from "@prisma/client";
import { PERMISSIONS, ROLES, can, type Permission } from "./permissions";

// The expected table, written out by hand: a change to PERMISSIONS must be mirrored here on purpose.
const EXPECTED: Record<Permission, Record<Role, boolean>> = {
  "release.create": { WRITER: true, EDITOR: true, ADMIN: true },
  "release.save": { WRITER: true, EDITOR: true, ADMIN: true },
  "release.publish": { WRITER: false, EDITOR: true, ADMIN: true },
  "release.unpublish": { WRITER: false, EDITOR: true, ADMIN: true },
};

const permissions = Object.keys(PERMISSIONS) as Permission[];

describe("permission matrix", () => {
  it("covers every role of the schema", () => {
    expect([...ROLES].sort()).toEqual(["ADMIN", "EDITOR", "WRITER"]);
  });

  it("has an expected row for every permission and no extra ones", () => {
    expect([...permissions].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  const cells = ROLES.flatMap((role) => permissions.map((permission) => [role, permission] as const));

  it.each(cells)("%s × %s matches the table", (role, permission) => {
    expect(can(role, permission)).toBe(EXPECTED[permission][role]);
  });

  it("lets a writer create and save but not publish or unpublish", () => {
    expect(can("WRITER", "release.create")).toBe(true);
    expect(can("WRITER", "release.save")).toBe(true);
    expect(can("WRITER", "release.publish")).toBe(false);
    expect(can("WRITER", "release.unpublish")).toBe(false);
  });

  it("lets editors and admins do everything", () => {
    for (const role of ["EDITOR", "ADMIN"] as const) {
      for (const permission of permissions) expect(can(role, permission), `${role} ${permission}`).toBe(true);
    }
  });
});
