// `npm run db:seed` (and the first `npm run dev`): the admin user and the first release of every
// newsroom. Idempotent: what already exists is left as it is. Runs with the react-server export
// condition so it can reuse the server-only data-access layer (the same code the editor uses).
import { readFileSync } from "node:fs";
import path from "node:path";
import { hashPassword } from "../lib/crypto/password";
import { closeDatabasePool, db } from "../lib/db";
import { createRelease, publishEdition } from "../lib/dal/releases";
import { addAliases, resolveSpeakers } from "../lib/dal/people";
import { ensureUser } from "../lib/dal/users";
import { releaseInputSchema, type ReleaseFormValues } from "../lib/validation/release";
import { formatUtcOffset, parseUtcOffset } from "../lib/domain/dateline";

export const DEFAULT_ADMIN_EMAIL = "admin@pressroom.test";
export const DEFAULT_ADMIN_PASSWORD = "pressroom-admin";

interface SeedRelease {
  headline: string;
  dateline: { place: string | null; localDateTime: string; utcOffset: string; instant: string };
  issuer: string;
  sourceCredit: string;
  countries: string[];
  topics: string[];
  people: Array<{ key: string; name: string; aliases: string[]; role: string; organisation: string }>;
  agreements: Array<{ type: string; title: string; note?: string; parties: string[] }>;
  quotes: Array<{ speaker: string; text: string }>;
  bodyFile: string;
}

const dataDir = path.join(__dirname, "seed-data");

export function loadSeedRelease() {
  const data = JSON.parse(
    readFileSync(path.join(dataDir, "press-release-2024-07-04-azerbaijan-china.json"), "utf8"),
  ) as SeedRelease;
  const raw = readFileSync(path.join(dataDir, data.bodyFile), "utf8");
  // The first line is the dateline; the paragraphs after it are the body, word for word.
  const body = raw.split(/\r?\n/).slice(1).join("\n").trim();
  const people = new Map(data.people.map((p) => [p.key, p]));
  const [date, time] = data.dateline.localDateTime.split("T") as [string, string];
  const values: ReleaseFormValues = {
    headline: data.headline,
    summary: "",
    body,
    datelinePlace: data.dateline.place ?? "",
    date,
    time,
    utcOffset: formatUtcOffset(parseUtcOffset(data.dateline.utcOffset) ?? 0),
    issuer: data.issuer,
    sourceCredit: data.sourceCredit,
    mediaContactName: "",
    mediaContactEmail: "",
    mediaContactPhone: "",
    countries: data.countries.join(", "),
    topics: data.topics.join(", "),
    changeNote: "",
    agreements: data.agreements.map((a) => ({
      type: a.type,
      title: a.title,
      parties: a.parties.join("\n"),
      signedOn: "",
      note: a.note ?? "",
    })),
    quotes: data.quotes.map((q) => {
      const person = people.get(q.speaker);
      if (!person) throw new Error(`Seed quote names unknown speaker key ${q.speaker}`);
      return {
        speaker: person.name,
        speakerRole: person.role,
        speakerOrganisation: person.organisation,
        text: q.text,
        context: "",
      };
    }),
  };
  return { data, values, input: releaseInputSchema.parse(values), publishedAt: new Date(data.dateline.instant) };
}

async function main() {
  const production = process.env.NODE_ENV === "production";
  const email = process.env.SEED_ADMIN_EMAIL ?? DEFAULT_ADMIN_EMAIL;
  const password = process.env.SEED_ADMIN_PASSWORD ?? (production ? undefined : DEFAULT_ADMIN_PASSWORD);
  if (!password)
    throw new Error(
      "SEED_ADMIN_PASSWORD is required in production: the seed will not create an admin with a known password.",
    );
  if (password.length < 12) throw new Error("SEED_ADMIN_PASSWORD must be at least 12 characters.");

  const admin = await ensureUser({
    email,
    name: "Administrator",
    role: "ADMIN",
    passwordHash: await hashPassword(password),
  });

  const { data, input, publishedAt } = loadSeedRelease();
  await db().$transaction(async (tx) => {
    for (const person of data.people) {
      const ids = await resolveSpeakers(tx, [{ speaker: person.name }]);
      await addAliases(tx, ids.get(person.name.toLowerCase())!, person.aliases);
    }
  });
  const existing = await db().release.count();
  if (existing === 0) {
    // The release's lead image, drawn now (issue 13). Loaded only here: the tests that read the seed
    // release's text (loadSeedRelease) need neither sharp nor the storage.
    const { TITLE_CARD, seedTitleCard } = await import("./seed-image");
    const cardId = await seedTitleCard(admin.id);
    const media = [
      {
        assetId: cardId,
        role: "LEAD" as const,
        altText: TITLE_CARD.alt,
        caption: TITLE_CARD.caption,
        credit: null,
        title: null,
      },
    ];
    // A draft, then published through the one publish path, as the system (no second person exists
    // yet) and at the release's own dateline.
    const release = await createRelease(admin, { ...input, media });
    await publishEdition(admin, release.id, release.version, { system: "seed" }, publishedAt);
    console.log(`Seeded release /releases/${release.slug}`);
  }
  console.log(`Admin user: ${email}${process.env.SEED_ADMIN_PASSWORD ? "" : ` (password: ${password})`}`);
}

if (require.main === module) {
  // The pool is ended too: $disconnect leaves an adapter's pool open, and its idle connections kept
  // the process alive for another 10 s (idleTimeoutMillis) on every seed (issue 17: npm run dev).
  main()
    .then(() => db().$disconnect())
    .then(() => closeDatabasePool())
    .catch(async (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      await db().$disconnect();
      process.exit(1);
    });
}
