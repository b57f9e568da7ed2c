// Reliability of the release writes under load and under failure, against the real (throwaway,
// migrated and seeded) test database of test/global-setup.ts:
// - 50 people saving the same release at the same moment: exactly one save wins, nothing is mixed;
// - a publish that fails half-way (a PostgreSQL trigger made by the test raises in the middle of
//   the transaction) leaves the release, its editions, children, revisions and audit as they were.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "../db";
import { releaseInputSchema, type ReleaseFormValues } from "../validation/release";
import { releaseToFormValues } from "../validation/release-form";
import { listFeedReleases } from "./public/feed";
import { getPublicRelease } from "./public/releases";
import { createRelease, getReleaseForEditor, publishEdition, transitionRelease, updateRelease } from "./releases";
import type { SessionUser } from "./users";
import { TEST_OVERRIDE } from "@/test/factories";
import { getPublishedRelease, makeUser, visibleReleaseIds } from "@/test/dal";

const tag = () => randomUUID().slice(0, 8);

/** Form values in the canonical shape the editor shows them, so a stored release can be compared with them. */
function values(n: number, run: string, overrides: Partial<ReleaseFormValues> = {}): ReleaseFormValues {
  const day = String((n % 28) + 1).padStart(2, "0");
  return {
    headline: `Concurrent save ${n} ${run}`,
    summary: `Summary written by person ${n}.`,
    body: `Body ${n}: the ministers met in Baku and signed what person ${n} typed.`,
    datelinePlace: n % 2 ? "Baku" : "Tbilisi",
    date: `2025-03-${day}`,
    time: `${String(n % 24).padStart(2, "0")}:${String(n % 60).padStart(2, "0")}`,
    utcOffset: n % 2 ? "+04:00" : "+00:00",
    issuer: `Ministry number ${n}`,
    sourceCredit: `Press service ${n}`,
    mediaContactName: `Press officer ${n}`,
    mediaContactEmail: `press${n}@example.org`,
    mediaContactPhone: n % 2 ? `+994 12 492 ${String(n).padStart(2, "0")} 27` : "",
    countries: n % 2 ? "AZ, GE" : "TR",
    topics: `topic-${n}, transport`,
    changeNote: "",
    // Each person's rows differ in number and content, so a mix of two saves cannot go unnoticed.
    agreements: Array.from({ length: (n % 3) + 1 }, (_, i) => ({
      type: i % 2 ? "PROTOCOL" : "MEMORANDUM_OF_UNDERSTANDING",
      title: `Agreement ${i + 1} of person ${n}`,
      parties: `Party ${n}-${i}-A\nParty ${n}-${i}-B`,
      signedOn: `2025-02-${day}`,
      note: i === 0 ? `Note ${n}` : "",
    })),
    quotes: Array.from({ length: (n % 2) + 1 }, (_, i) => ({
      speaker: `Speaker ${n}-${i} ${run}`,
      speakerRole: `Role ${n}`,
      speakerOrganisation: `Organisation ${n}`,
      text: `Words ${i + 1} of person ${n}.`,
      context: i === 0 ? `at the signing ${n}` : "",
    })),
    ...overrides,
  };
}

const parse = (v: ReleaseFormValues) => releaseInputSchema.parse(v);

describe("50 concurrent saves of one release", () => {
  it("lets exactly one win; the others get a conflict; the stored release is entirely the winner's, with one new revision", async () => {
    const run = tag();
    const owner = await makeUser("WRITER");
    const created = await createRelease(owner, parse(values(0, run)));
    // Everyone opened the release at version 1; each types something different and presses Save.
    const people = await Promise.all(Array.from({ length: 50 }, () => makeUser("WRITER")));
    const inputs = people.map((_, i) => values(i + 1, run));
    const revisionsBefore = await db().revision.count({ where: { releaseId: created.id } });
    const savesBefore = await db().auditEntry.count({ where: { releaseId: created.id, action: "release.save" } });

    // A manual save (no autosave option): the path "Save draft" takes, which never coalesces revisions.
    const results = await Promise.all(
      people.map((person, i) => updateRelease(person, created.id, created.version, parse(inputs[i]!))),
    );

    const winners = results.flatMap((r, i) => (r.status === "ok" ? [i] : []));
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.status === "conflict")).toHaveLength(49);
    const w = winners[0]!;

    const stored = await getReleaseForEditor(created.id);
    expect(stored?.version).toBe(created.version + 1);
    // Every field, agreements and quotes included, is the winner's input: no mix of two saves.
    // (The inputs send no media list: the release keeps its none, which the form shows as an empty list.)
    expect(releaseToFormValues(stored!)).toEqual({ ...inputs[w], language: "en", media: [] });
    expect(stored?.updatedByName).toBe(people[w]!.name);

    expect(await db().revision.count({ where: { releaseId: created.id } })).toBe(revisionsBefore + 1);
    const newest = await db().revision.findFirstOrThrow({
      where: { releaseId: created.id },
      orderBy: { createdAt: "desc" },
    });
    expect(newest).toMatchObject({ authorId: people[w]!.id, version: created.version + 1 });
    expect((newest.snapshot as { headline?: string }).headline).toBe(inputs[w]!.headline);
    expect(await db().auditEntry.count({ where: { releaseId: created.id, action: "release.save" } })).toBe(
      savesBefore + 1,
    );
    // The losers' speakers were never created (their transactions stopped at the version check).
    const losersSpeakers = inputs.filter((_, i) => i !== w).flatMap((v) => v.quotes.map((q) => q.speaker));
    expect(await db().person.count({ where: { name: { in: losersSpeakers } } })).toBe(0);
  }, 60_000);
});

// ---------- publishing is atomic ----------

/** Every stored row that makes up the release, as PostgreSQL has it (all columns). */
async function storedState(releaseId: string) {
  const rows = (query: string) =>
    db()
      .$queryRawUnsafe<Array<{ row: unknown }>>(query, releaseId)
      .then((r) => r.map((x) => x.row));
  return {
    release: await rows(`SELECT to_jsonb(r) AS row FROM "Release" r WHERE id = $1`),
    editions: await rows(`SELECT to_jsonb(e) AS row FROM "Edition" e WHERE "releaseId" = $1 ORDER BY number`),
    agreements: await rows(
      `SELECT to_jsonb(a) AS row FROM "Agreement" a JOIN "Edition" e ON e.id = a."editionId" WHERE e."releaseId" = $1 ORDER BY e.number, a.position`,
    ),
    quotes: await rows(
      `SELECT to_jsonb(q) AS row FROM "Quote" q JOIN "Edition" e ON e.id = q."editionId" WHERE e."releaseId" = $1 ORDER BY e.number, q.position`,
    ),
    revisions: await rows(
      `SELECT to_jsonb(v) AS row FROM "Revision" v WHERE "releaseId" = $1 ORDER BY "createdAt", id`,
    ),
    audit: await rows(`SELECT to_jsonb(a) AS row FROM "AuditEntry" a WHERE "releaseId" = $1 ORDER BY "createdAt", id`),
  };
}

/** What readers get through every public read. */
async function publicView(releaseId: string, slug: string) {
  const live = await getPublicRelease(slug);
  return {
    page: live?.kind === "live" ? { headline: live.release.headline, edition: live.release.editionNumber } : live,
    published: (await getPublishedRelease(slug))?.headline ?? null,
    feed: (await listFeedReleases({ limit: 500 })).some((r) => JSON.stringify(r).includes(slug)),
    listed: (await visibleReleaseIds()).includes(releaseId),
  };
}

// Temporary triggers: each raises for this release only, at one point in the middle of publishing.
const triggers: string[] = [];
afterEach(async () => {
  for (const name of triggers.splice(0)) await dropFailure(name);
});

type FailurePoint = "audit entry" | "release goes live" | "revision";

async function injectFailure(point: FailurePoint, releaseId: string): Promise<string> {
  const name = `test_fail_${tag()}`;
  const quoted = releaseId.replace(/'/g, "''");
  const { table, timing, when } = {
    // recordAudit("release.publish") runs after the edition and the release were updated.
    "audit entry": {
      table: "AuditEntry",
      timing: "BEFORE INSERT",
      when: `NEW."releaseId" = '${quoted}' AND NEW.action = 'release.publish'`,
    },
    // goLive's last statement: the editions are already switched over when it fails.
    "release goes live": {
      table: "Release",
      timing: "BEFORE UPDATE",
      when: `NEW.id = '${quoted}' AND NEW."liveEditionId" IS DISTINCT FROM OLD."liveEditionId"`,
    },
    // appendRevision is the transaction's last write.
    revision: { table: "Revision", timing: "BEFORE INSERT", when: `NEW."releaseId" = '${quoted}'` },
  }[point];
  await db().$executeRawUnsafe(
    `CREATE FUNCTION "${name}"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure (${point})'; END $$`,
  );
  await db().$executeRawUnsafe(
    `CREATE TRIGGER "${name}" ${timing} ON "${table}" FOR EACH ROW WHEN (${when}) EXECUTE FUNCTION "${name}"()`,
  );
  triggers.push(`${table}:${name}`);
  return `${table}:${name}`;
}

async function dropFailure(handle: string): Promise<void> {
  const [table, name] = handle.split(":");
  await db().$executeRawUnsafe(`DROP TRIGGER IF EXISTS "${name}" ON "${table}"`);
  await db().$executeRawUnsafe(`DROP FUNCTION IF EXISTS "${name}"()`);
  const i = triggers.indexOf(handle);
  if (i >= 0) triggers.splice(i, 1);
}

/** A release submitted by a writer, ready for an editor to publish. With `republish`, edition 1 is
 * already live and edition 2 (a correction) is the one submitted. */
async function submittedRelease(republish: boolean) {
  const run = tag();
  const writer = await makeUser("WRITER");
  const editor = await makeUser("EDITOR");
  const created = await createRelease(writer, parse(values(1, run)));
  let version = created.version;
  const step = async (actor: SessionUser, action: "submit" | "publish") => {
    const result =
      action === "publish"
        ? await publishEdition(actor, created.id, version, { consistencyOverride: TEST_OVERRIDE })
        : await transitionRelease(actor, created.id, version, { action, consistencyOverride: TEST_OVERRIDE });
    expect(result.status).toBe("ok");
    version += 1;
  };
  if (republish) {
    await step(writer, "submit");
    await step(editor, "publish");
    const saved = await updateRelease(
      writer,
      created.id,
      version,
      parse(values(2, run, { changeNote: "Corrected the figures." })),
    );
    expect(saved.status).toBe("ok");
    version += 1;
  }
  await step(writer, "submit");
  const slug = (await getReleaseForEditor(created.id))!.slug;
  return { id: created.id, slug, version, editor, writer };
}

describe("publishing is atomic", () => {
  const cases: Array<[FailurePoint, boolean]> = [
    ["release goes live", false],
    ["audit entry", false],
    ["revision", false],
    ["release goes live", true],
    ["audit entry", true],
    ["revision", true],
  ];

  it.each(cases)(
    "a failure at the %s (republish: %s) leaves everything as before; once fixed, the publish goes through",
    async (point, republish) => {
      const r = await submittedRelease(republish);
      const before = await storedState(r.id);
      const publicBefore = await publicView(r.id, r.slug);
      expect(publicBefore.listed).toBe(republish);

      const failure = await injectFailure(point, r.id);
      await expect(publishEdition(r.editor, r.id, r.version, { consistencyOverride: TEST_OVERRIDE })).rejects.toThrow(
        /injected failure/,
      );

      // Nothing half-published: every row (live edition, statuses, publication times, children,
      // revisions, audit, version) is exactly as before, and readers see what they saw before.
      expect(await storedState(r.id)).toEqual(before);
      expect(await publicView(r.id, r.slug)).toEqual(publicBefore);

      // The same publish, from the same version, succeeds once the fault is gone.
      await dropFailure(failure);
      expect(await publishEdition(r.editor, r.id, r.version, { consistencyOverride: TEST_OVERRIDE })).toMatchObject({
        status: "ok",
        version: r.version + 1,
      });
      const after = await publicView(r.id, r.slug);
      expect(after.listed).toBe(true);
      expect(after.page).toEqual({ headline: (await getReleaseForEditor(r.id))!.headline, edition: republish ? 2 : 1 });
      expect((await storedState(r.id)).revisions).toHaveLength(before.revisions.length + 1);
    },
    // The first publish in a test worker loads the share card's renderers (Satori, resvg: seconds on a
    // busy machine); a clean-clone CI beside other work took the first case past the default 20 s.
    60_000,
  );
});
