import { describe, expect, it } from "vitest";
import { makeUser, suffix } from "@/test/dal";
import { planContactImport } from "../../domain/distribution/contacts-csv";
import { db } from "../../db";
import { createContactList, deleteContactList, knownContactEmails, listContacts, upsertContacts } from "./contacts";

describe("issue 16: media contacts in the database", () => {
  it("imports a CSV: new addresses added, known ones updated and added to lists, lists created, audited", async () => {
    const editor = await makeUser("EDITOR");
    const s = suffix();
    const list = `Accredited — Baku ${s}`;
    const first = planContactImport(`email,name,outlet,lists\nleyla-${s}@example.az,Leyla,APA,${list}\n`, new Set());
    expect(await upsertContacts(editor, first.accepted, "import")).toEqual({ added: 1, updated: 0 });

    const csv = `email,name,outlet,languages,lists\nleyla-${s}@example.az,Leyla Aliyeva,APA,az;en,Chinese media ${s}\nwang-${s}@example.cn,Wang Fang,Xinhua,zh,Chinese media ${s}\n`;
    const known = await knownContactEmails([`leyla-${s}@example.az`, `wang-${s}@example.cn`]);
    expect([...known]).toEqual([`leyla-${s}@example.az`]);
    const second = planContactImport(csv, known);
    expect(second.accepted.map((r) => r.existing)).toEqual([true, false]);
    expect(await upsertContacts(editor, second.accepted, "import")).toEqual({ added: 1, updated: 1 });

    const leyla = (await listContacts({ q: `leyla-${s}` }))[0]!;
    expect(leyla).toMatchObject({
      name: "Leyla Aliyeva",
      languages: ["az", "en"],
      lists: [list, `Chinese media ${s}`],
    });
    const chinese = await db().contactList.findUniqueOrThrow({ where: { name: `Chinese media ${s}` } });
    expect((await listContacts({ listId: chinese.id })).map((c) => c.name)).toEqual(["Leyla Aliyeva", "Wang Fang"]);
    const audit = await db().auditEntry.count({ where: { action: "contacts.import", actorId: editor.id } });
    expect(audit).toBe(2);
  });

  it("a list name is unique; deleting a list keeps its members", async () => {
    const editor = await makeUser("EDITOR");
    const s = suffix();
    expect(await createContactList(editor, `Wire desks ${s}`)).toBe(true);
    expect(await createContactList(editor, `Wire desks ${s}`)).toBe(false);
    const plan = planContactImport(`email,name,lists\nwire-${s}@example.org,Wire,Wire desks ${s}\n`, new Set());
    await upsertContacts(editor, plan.accepted, "import");
    const list = await db().contactList.findUniqueOrThrow({ where: { name: `Wire desks ${s}` } });
    expect(await deleteContactList(editor, list.id)).toBe(true);
    expect((await listContacts({ q: `wire-${s}` }))[0]).toMatchObject({ lists: [] });
  });
});
