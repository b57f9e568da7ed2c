import "server-only";
import { db } from "../../db";
import type { ContactRow } from "../../domain/distribution/contacts-csv";
import { recordAudit } from "../audit";
import type { SessionUser } from "../users";

// Journalists and newsroom addresses for embargoed sends (issue 16), grouped in named lists
// ("Accredited — Baku", "Chinese media"). Written by /admin/contacts: one at a time or by CSV import.

export interface ContactDTO extends ContactRow {
  id: string;
}

export interface ContactListDTO {
  id: string;
  name: string;
  members: number;
}

const CONTACT_SELECT = {
  id: true,
  name: true,
  outlet: true,
  email: true,
  languages: true,
  beats: true,
  lists: { select: { list: { select: { name: true } } }, orderBy: { list: { name: "asc" } } },
} as const;

type ContactRecord = {
  id: string;
  name: string;
  outlet: string;
  email: string;
  languages: string[];
  beats: string[];
  lists: Array<{ list: { name: string } }>;
};

const toDTO = (c: ContactRecord): ContactDTO => ({ ...c, lists: c.lists.map((m) => m.list.name) });

/** Contacts by name, optionally those of one list or matching a search in name, outlet, email or beats. */
export async function listContacts(filter: { q?: string; listId?: string } = {}): Promise<ContactDTO[]> {
  const q = filter.q?.trim();
  const rows = await db().mediaContact.findMany({
    where: {
      ...(filter.listId ? { lists: { some: { listId: filter.listId } } } : {}),
      ...(q
        ? {
            OR: [
              { name: { contains: q, mode: "insensitive" } },
              { outlet: { contains: q, mode: "insensitive" } },
              { email: { contains: q.toLowerCase() } },
              { beats: { has: q } },
            ],
          }
        : {}),
    },
    orderBy: [{ name: "asc" }, { email: "asc" }],
    take: 1_000,
    select: CONTACT_SELECT,
  });
  return rows.map(toDTO);
}

export async function listContactLists(): Promise<ContactListDTO[]> {
  const rows = await db().contactList.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, _count: { select: { members: true } } },
  });
  return rows.map((l) => ({ id: l.id, name: l.name, members: l._count.members }));
}

/** Which of `emails` (lower-cased) are contacts already: the import's preview marks them "update". */
export async function knownContactEmails(emails: readonly string[]): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows = await db().mediaContact.findMany({ where: { email: { in: [...emails] } }, select: { email: true } });
  return new Set(rows.map((r) => r.email));
}

export async function exportContacts(): Promise<ContactDTO[]> {
  const rows = await db().mediaContact.findMany({
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: CONTACT_SELECT,
  });
  return rows.map(toDTO);
}

/**
 * Writes contacts: a new address is added, a known one gets the row's name, outlet, languages and
 * beats (the file is the newer word) and is added to the row's lists (never removed from others).
 * Lists named in rows are created when missing. One transaction, a few statements whatever the size.
 */
export async function upsertContacts(
  actor: SessionUser,
  rows: readonly ContactRow[],
  how: "import" | "form",
): Promise<{ added: number; updated: number }> {
  if (rows.length === 0) return { added: 0, updated: 0 };
  const json = JSON.stringify(
    rows.map((r) => ({ name: r.name, outlet: r.outlet, email: r.email, languages: r.languages, beats: r.beats })),
  );
  const memberships = JSON.stringify(rows.flatMap((r) => r.lists.map((list) => ({ email: r.email, list }))));
  const listNames = [...new Set(rows.flatMap((r) => r.lists))];
  return db().$transaction(async (tx) => {
    // xmax = 0 only for rows this statement inserted: tells new from updated without a second query.
    const written = await tx.$queryRaw<Array<{ inserted: boolean }>>`
      INSERT INTO "MediaContact" (id, name, outlet, email, languages, beats, "updatedAt")
      SELECT gen_random_uuid()::text, r.name, r.outlet, r.email,
        ARRAY(SELECT jsonb_array_elements_text(r.languages)), ARRAY(SELECT jsonb_array_elements_text(r.beats)), now()
      FROM jsonb_to_recordset(${json}::jsonb) AS r(name text, outlet text, email text, languages jsonb, beats jsonb)
      ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name, outlet = EXCLUDED.outlet,
        languages = EXCLUDED.languages, beats = EXCLUDED.beats, "updatedAt" = now()
      RETURNING (xmax = 0) AS inserted`;
    if (listNames.length > 0) {
      await tx.$executeRaw`
        INSERT INTO "ContactList" (id, name) SELECT gen_random_uuid()::text, n FROM unnest(${listNames}::text[]) AS n
        ON CONFLICT (name) DO NOTHING`;
      await tx.$executeRaw`
        INSERT INTO "ContactListMember" ("listId", "contactId")
        SELECT l.id, c.id FROM jsonb_to_recordset(${memberships}::jsonb) AS m(email text, list text)
        JOIN "ContactList" l ON l.name = m.list JOIN "MediaContact" c ON c.email = m.email
        ON CONFLICT DO NOTHING`;
    }
    const added = written.filter((w) => w.inserted).length;
    const result = { added, updated: written.length - added };
    await recordAudit({ action: "contacts.import", actorId: actor.id, detail: { how, ...result } }, tx);
    return result;
  });
}

export async function contactEmailExists(email: string): Promise<boolean> {
  return (await db().mediaContact.count({ where: { email: email.toLowerCase() } })) > 0;
}

export async function deleteContact(actor: SessionUser, id: string): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const gone = await tx.mediaContact.deleteMany({ where: { id } });
    if (gone.count === 1) await recordAudit({ action: "contacts.delete", actorId: actor.id, detail: { id } }, tx);
    return gone.count === 1;
  });
}

/** false when a list with that name exists (names are unique, compared as typed). */
export async function createContactList(actor: SessionUser, name: string): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const made = await tx.$executeRaw`
      INSERT INTO "ContactList" (id, name) VALUES (gen_random_uuid()::text, ${name}) ON CONFLICT (name) DO NOTHING`;
    if (made === 1) await recordAudit({ action: "contacts.list_create", actorId: actor.id, detail: { name } }, tx);
    return made === 1;
  });
}

/** Deletes the list (its members stay contacts). */
export async function deleteContactList(actor: SessionUser, id: string): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const gone = await tx.contactList.deleteMany({ where: { id } });
    if (gone.count === 1) await recordAudit({ action: "contacts.list_delete", actorId: actor.id, detail: { id } }, tx);
    return gone.count === 1;
  });
}
