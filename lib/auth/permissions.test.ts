import { describe, it, expect } from "vitest";
import type { Role } from "@prisma/client";
import { ROLES } from "../domain/roles";
import { PERMISSIONS, can, type Permission } from "./permissions";

// The expected table, written out by hand: a change to PERMISSIONS must be mirrored here on purpose.
const Y = true;
const N = false;
const EXPECTED: Record<Permission, Record<Role, boolean>> = {
  //                          WRITER     EDITOR     ADMIN
  "release.create": /*     */ { WRITER: Y, EDITOR: Y, ADMIN: Y },
  "release.save": /*       */ { WRITER: Y, EDITOR: Y, ADMIN: Y },
  "release.preview": /*    */ { WRITER: Y, EDITOR: Y, ADMIN: Y },
  "release.authors": /*    */ { WRITER: N, EDITOR: Y, ADMIN: Y },
  "release.submit": /*     */ { WRITER: Y, EDITOR: Y, ADMIN: Y },
  "release.approve": /*    */ { WRITER: N, EDITOR: Y, ADMIN: Y },
  "release.reject": /*     */ { WRITER: N, EDITOR: Y, ADMIN: Y },
  "release.publish": /*    */ { WRITER: N, EDITOR: Y, ADMIN: Y },
  "release.schedule": /*   */ { WRITER: N, EDITOR: Y, ADMIN: Y },
  "release.unpublish": /*  */ { WRITER: N, EDITOR: Y, ADMIN: Y },
  "release.withdraw": /*   */ { WRITER: N, EDITOR: Y, ADMIN: Y },
  "release.force_publish": { WRITER: N, EDITOR: N, ADMIN: Y },
  "users.manage": /*       */ { WRITER: N, EDITOR: N, ADMIN: Y },
  "audit.view": /*         */ { WRITER: N, EDITOR: N, ADMIN: Y },
  "account.update": /*     */ { WRITER: Y, EDITOR: Y, ADMIN: Y },
  "distribution.view": /*  */ { WRITER: Y, EDITOR: Y, ADMIN: Y },
  "contacts.manage": /*    */ { WRITER: N, EDITOR: Y, ADMIN: Y },
  "embargo.request": /*    */ { WRITER: N, EDITOR: Y, ADMIN: Y },
  "embargo.approve": /*    */ { WRITER: N, EDITOR: Y, ADMIN: Y },
  "webhooks.manage": /*    */ { WRITER: N, EDITOR: N, ADMIN: Y },
  "outbox.view": /*        */ { WRITER: N, EDITOR: N, ADMIN: Y },
  "media.view": /*         */ { WRITER: Y, EDITOR: Y, ADMIN: Y },
  "media.retry": /*        */ { WRITER: Y, EDITOR: Y, ADMIN: Y },
  "media.replace": /*      */ { WRITER: N, EDITOR: Y, ADMIN: Y },
  "media.delete": /*       */ { WRITER: N, EDITOR: Y, ADMIN: Y },
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
    expect(EXPECTED[permission], `no expected row for ${permission}`).toBeDefined();
    expect(can(role, permission)).toBe(EXPECTED[permission]?.[role]);
  });

  it("lets a writer create, save and submit but not publish or unpublish", () => {
    expect(can("WRITER", "release.create")).toBe(true);
    expect(can("WRITER", "release.save")).toBe(true);
    expect(can("WRITER", "release.submit")).toBe(true);
    expect(can("WRITER", "release.publish")).toBe(false);
    expect(can("WRITER", "release.unpublish")).toBe(false);
    expect(permissions.filter((p) => can("WRITER", p)).sort()).toEqual([
      "account.update",
      "distribution.view",
      "media.retry",
      "media.view",
      "release.create",
      "release.preview",
      "release.save",
      "release.submit",
    ]);
  });

  it("lets editors do everything with releases except force-publishing", () => {
    const releasePermissions = permissions.filter((p) => p.startsWith("release."));
    expect(releasePermissions.filter((p) => !can("EDITOR", p))).toEqual(["release.force_publish"]);
  });

  it("keeps force-publishing, user management and the audit trail to admins", () => {
    for (const permission of ["release.force_publish", "users.manage", "audit.view"] as const) {
      expect(
        ROLES.filter((role) => can(role, permission)),
        permission,
      ).toEqual(["ADMIN"]);
    }
  });

  it("lets everyone look after their own account", () => {
    for (const role of ROLES) expect(can(role, "account.update"), role).toBe(true);
  });

  it("gives an admin every permission there is", () => {
    for (const permission of permissions) expect(can("ADMIN", permission), permission).toBe(true);
  });
});
