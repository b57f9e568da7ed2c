import "server-only";
import { slugify, uniqueSlug } from "../domain/slug";
import { db, type Tx } from "../db";

/**
 * Maps each speaker name to a Person id: an existing Person whose name or any alias matches
 * (case-insensitively), else a new Person. Only the name is shared: the role and organisation stay
 * on the quote (issue 11.2: a draft that wrote them onto the Person published them at once).
 */
export async function resolveSpeakers(tx: Tx, speakers: Array<{ speaker: string }>): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const s of speakers) {
    const key = s.speaker.toLowerCase();
    if (ids.has(key)) continue;
    const [match] = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT id FROM "Person"
      WHERE lower(name) = ${key} OR EXISTS (SELECT 1 FROM unnest(aliases) AS a WHERE lower(a) = ${key})
      ORDER BY (lower(name) = ${key}) DESC, "createdAt" LIMIT 1`;
    if (match) {
      ids.set(key, match.id);
      continue;
    }
    const base = slugify(s.speaker);
    const taken = await tx.person.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
    const person = await tx.person.create({
      data: { slug: uniqueSlug(base, new Set(taken.map((p) => p.slug))), name: s.speaker },
      select: { id: true },
    });
    ids.set(key, person.id);
  }
  return ids;
}

/** Adds spellings to a Person (seed data: "A. Hajizade", "A. Hajizadeh"). */
export async function addAliases(tx: Tx, personId: string, aliases: string[]): Promise<void> {
  const person = await tx.person.findUniqueOrThrow({ where: { id: personId }, select: { aliases: true, name: true } });
  const known = new Set([person.name, ...person.aliases].map((a) => a.toLowerCase()));
  const fresh = aliases.filter((a) => !known.has(a.toLowerCase()));
  if (fresh.length > 0)
    await tx.person.update({ where: { id: personId }, data: { aliases: [...person.aliases, ...fresh] } });
}

/** Every known name and alias, for speaker suggestions in the editor. */
export async function listPersonNames(): Promise<string[]> {
  const people = await db().person.findMany({
    select: { name: true, aliases: true },
    orderBy: { name: "asc" },
    take: 2_000,
  });
  return [...new Set(people.flatMap((p) => [p.name, ...p.aliases]))];
}

export interface KnownPersonDTO {
  name: string;
  aliases: string[];
  role: string | null;
  organisation: string | null;
}

/**
 * The people the newsroom knows, for the extractor (speaker resolution) and the consistency check:
 * editor-side only, so the role and organisation are those of each person's most recently saved
 * quote, drafts included.
 */
export async function listKnownPeople(): Promise<KnownPersonDTO[]> {
  return db().$queryRaw<KnownPersonDTO[]>`
    SELECT p.name, p.aliases, latest.role, latest.organisation
    FROM "Person" p
    LEFT JOIN LATERAL (
      SELECT q."speakerRole" AS role, q."speakerOrganisation" AS organisation
      FROM "Quote" q JOIN "Edition" e ON e.id = q."editionId"
      WHERE q."personId" = p.id AND (q."speakerRole" IS NOT NULL OR q."speakerOrganisation" IS NOT NULL)
      ORDER BY e."updatedAt" DESC LIMIT 1
    ) latest ON true
    ORDER BY p.name
    LIMIT 2000`;
}
