// Issue 17: how many SQL statements each public page sends when its data is not cached (the first
// reader after a publish, a listing URL nobody asked for yet), and what they cost the app: the very
// DAL calls the page makes, run here with Prisma's query log on, each call timed and its CPU read
// from process.cpuUsage() (Prisma builds every statement and parses every answer in this process).
//
//   DATABASE_URL=… npx tsx --conditions=react-server scripts/bench/page-queries.ts [--samples 30]
//
// Needs a database with public releases (the bench's, or one seeded by scripts/prepare-database.ts).
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { installQueryClient } from "./query-client";

const { values } = parseArgs({ options: { samples: { type: "string", default: "30" } }, strict: true });
const samples = Number(values.samples);

let statements = 0;

const installClient = () => installQueryClient(() => statements++);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function main() {
  const client = installClient();
  const { getPublicRelease } = await import("../../lib/dal/public/releases");
  const { searchPublishedReleases, listPublicFacets, listRelatedReleases } =
    await import("../../lib/dal/public/search");
  const { listPublicAgreements } = await import("../../lib/dal/public/agreements");
  const { listFeedReleases } = await import("../../lib/dal/public/feed");
  const { getPublicReleasesByIds } = await import("../../lib/dal/public/api");
  const { parseReleaseQuery, parseAgreementQuery } = await import("../../lib/validation/public-query");

  const [seed] = await client.$queryRaw<Array<{ slug: string; id: string }>>`
    SELECT slug, id FROM "Release" WHERE id NOT LIKE 'bench-%' AND "liveEditionId" IS NOT NULL AND "translationOfId" IS NULL
    ORDER BY "createdAt" LIMIT 1`;
  if (!seed) throw new Error("No public release in this database");
  const first = await searchPublishedReleases(parseReleaseQuery({}).query);
  const { encodeCursor } = await import("../../lib/validation/public-query");
  const after = first.older ? encodeCursor(first.older) : undefined;

  // Each page: the DAL calls its server components make when nothing is cached.
  const pages: Array<{ page: string; read: () => Promise<unknown> }> = [
    {
      page: "the release page (release, then related releases)",
      read: async () => {
        const page = await getPublicRelease(seed.slug);
        if (page?.kind === "live") await listRelatedReleases(page.release.id);
      },
    },
    { page: "… the release alone (getPublicRelease)", read: () => getPublicRelease(seed.slug) },
    { page: "… related releases alone", read: () => listRelatedReleases(seed.id) },
    {
      page: "/ (listing and filter choices)",
      read: () => Promise.all([searchPublishedReleases(parseReleaseQuery({}).query), listPublicFacets(null)]),
    },
    { page: "… the listing alone", read: () => searchPublishedReleases(parseReleaseQuery({}).query) },
    { page: "/?after=… (the second page)", read: () => searchPublishedReleases(parseReleaseQuery({ after }).query) },
    { page: "/?country=AZ", read: () => searchPublishedReleases(parseReleaseQuery({ country: "AZ" }).query) },
    { page: "/?q=cooperation", read: () => searchPublishedReleases(parseReleaseQuery({ q: "cooperation" }).query) },
    { page: "/agreements", read: () => listPublicAgreements(parseAgreementQuery({}).query) },
    { page: "/feed.xml", read: () => listFeedReleases({}) },
    {
      page: "/api/v1/releases (page, then the releases in full)",
      read: async () => {
        const page = await searchPublishedReleases(parseReleaseQuery({}).query);
        await getPublicReleasesByIds(
          page.items.map((i) => i.id),
          null,
        );
      },
    },
  ];
  console.log(`| page | SQL statements | wall ms (median of ${samples}) | app CPU ms (median) |`);
  console.log("| --- | ---: | ---: | ---: |");
  for (const { page, read } of pages) {
    for (let i = 0; i < 3; i++) await read(); // connections open, plans cached
    const wall: number[] = [];
    const cpu: number[] = [];
    let count = 0;
    for (let i = 0; i < samples; i++) {
      statements = 0;
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await read();
      wall.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
      count = statements;
    }
    console.log(`| ${page} | ${count} | ${median(wall).toFixed(2)} | ${median(cpu).toFixed(2)} |`);
  }
  await client.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
