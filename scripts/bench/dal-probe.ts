// Runs inside the app's data-access layer, in a child process started with the react-server export
// condition (like prisma/seed.ts), so the bench uses the very functions the pages call:
//
//   tsx --conditions=react-server scripts/bench/dal-probe.ts prepare <out.json> <count> <writerEmail>
//     drafts and submits <count> releases as the writer (createRelease + the "submit" transition), for
//     the publish → visible measurement, where an editor publishes them through the UI.
//   tsx --conditions=react-server scripts/bench/dal-probe.ts scale <out.json> <scenarios.json> <samples>
//     times the listing's data call (searchPublishedReleases) for each scenario and the filter choices
//     (listPublicFacets), uncached, and captures the SQL of one call of each (Prisma query events) to
//     run EXPLAIN (ANALYZE, BUFFERS) on it.
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import type { Prisma, PrismaClient } from "@prisma/client";
import { installQueryClient } from "./query-client";
import { percentiles } from "./report-format";

interface CapturedQuery {
  sql: string;
  params: unknown[];
  ms: number;
}

const captured: CapturedQuery[] = [];
let capturing = false;

const installClient = () =>
  installQueryClient((event: Prisma.QueryEvent) => {
    if (!capturing) return;
    let params: unknown[] = [];
    try {
      params = JSON.parse(event.params) as unknown[];
    } catch {
      params = [];
    }
    captured.push({ sql: event.query, params, ms: event.duration });
  });

export interface ScaleScenario {
  key: string;
  label: string;
  /** One query string per sample, cycled (several, so no single plan or buffer is favoured). */
  queries: Array<Record<string, string>>;
}

export interface ScaleProbeOutput {
  scenarios: ScaleProbeResult[];
  /** listPublicFacets alone (the filter form's choices, the same for every scenario). */
  facets: { p50: number; p95: number; max: number; samples: number };
  /** Its SQL and plan. */
  facetQueries: CapturedPlan[];
}

type CapturedPlan = { sql: string; params: unknown[]; ms: number; plan: string };

export interface ScaleProbeResult {
  key: string;
  label: string;
  samples: number;
  /** searchPublishedReleases: the listing's data (page query, loads, highlights). */
  listing: { p50: number; p95: number; max: number };
  items: number;
  queries: CapturedPlan[];
}

/** Milliseconds of each of `calls` calls of `call`, after one warm-up call. */
async function timedCalls(calls: number, call: () => Promise<unknown>): Promise<number[]> {
  await call();
  const times: number[] = [];
  for (let i = 0; i < calls; i++) {
    const t0 = performance.now();
    await call();
    times.push(performance.now() - t0);
  }
  return times;
}

/** Runs `call` with the query log on and returns EXPLAIN (ANALYZE, BUFFERS) of every statement it sent. */
async function explainCalls(client: PrismaClient, call: () => Promise<unknown>): Promise<CapturedPlan[]> {
  captured.length = 0;
  capturing = true;
  try {
    await call();
  } finally {
    capturing = false;
  }
  const plans: CapturedPlan[] = [];
  for (const q of captured.splice(0)) {
    // Only reads (the probe runs none other); EXPLAIN ANALYZE executes the statement.
    if (!/^\s*(SELECT|WITH)\b/i.test(q.sql)) continue;
    const rows = await client.$queryRawUnsafe<Array<{ "QUERY PLAN": string }>>(
      `EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`,
      ...q.params,
    );
    plans.push({ ...q, plan: rows.map((r) => r["QUERY PLAN"]).join("\n") });
  }
  return plans;
}

async function scale(out: string, scenarioFile: string, samples: number, slug: string | undefined) {
  const client = installClient();
  const { readFileSync } = await import("node:fs");
  const scenarios = JSON.parse(readFileSync(scenarioFile, "utf8")) as ScaleScenario[];
  const { searchPublishedReleases, listPublicFacets } = await import("../../lib/dal/public/search");
  const { parseReleaseQuery } = await import("../../lib/validation/public-query");
  const results: ScaleProbeResult[] = [];
  for (const scenario of scenarios) {
    const queryAt = (i: number) => parseReleaseQuery(scenario.queries[i % scenario.queries.length]!).query;
    // Warm-up: connections open, plans cached, the pages the first samples touch in shared buffers.
    for (let i = 0; i < 3; i++) await searchPublishedReleases(queryAt(i));
    const listing: number[] = [];
    let items = 0;
    for (let i = 0; i < samples; i++) {
      const t0 = performance.now();
      const page = await searchPublishedReleases(queryAt(i));
      listing.push(performance.now() - t0);
      items += page.items.length;
    }
    const queries = await explainCalls(client, () => searchPublishedReleases(queryAt(0)));
    results.push({
      key: scenario.key,
      label: scenario.label,
      samples,
      listing: percentiles(listing),
      items: items / samples,
      queries,
    });
  }
  // The release page's reads (the release, then its related releases), uncached: its statements are
  // public reads too, and their plans should not change with the size of the archive.
  if (slug) {
    const { getPublicRelease } = await import("../../lib/dal/public/releases");
    const { listRelatedReleases } = await import("../../lib/dal/public/search");
    const read = async () => {
      const page = await getPublicRelease(slug);
      if (page?.kind === "live") await listRelatedReleases(page.release.id);
      else throw new Error(`/releases/${slug} is not live`);
    };
    // Few calls, one warm-up: at 1 000 000 releases the related releases took ~40 s a call (the
    // first run of this wanted 100 and was cut short), which a count of samples must not multiply.
    const releaseSamples = Math.min(samples, 10);
    const times = await timedCalls(releaseSamples, read);
    const queries = await explainCalls(client, read);
    results.push({
      key: "release",
      label: "the release page (release, then related releases)",
      samples: releaseSamples,
      listing: percentiles(times),
      items: 1,
      queries,
    });
  }
  // The filter form's choices: computed on every page of / when not cached, over every visible
  // release. Fewer samples: it does not depend on the scenario.
  const facetSamples = Math.min(samples, 10);
  const facets = await timedCalls(facetSamples, () => listPublicFacets());
  const facetQueries = await explainCalls(client, () => listPublicFacets());
  const output: ScaleProbeOutput = {
    scenarios: results,
    facets: { ...percentiles(facets), samples: facetSamples },
    facetQueries,
  };
  writeFileSync(out, JSON.stringify(output));
  await client.$disconnect();
}

/** Releases that pass the consistency check (the body backs up every agreement and quote), like the e2e sample. */
function releaseValues(headline: string) {
  return {
    headline,
    summary: "Two ministries agree on rail freight and customs cooperation.",
    body:
      "The ministers of Azerbaijan and Georgia met in the capital and signed the Memorandum of Understanding on rail freight " +
      "and the Protocol on customs cooperation.\n\nThey agreed to **expand** rail freight. " +
      '"This corridor will carry our goods to Europe faster than ever," said Leyla Mammadova, Deputy Minister.',
    datelinePlace: "Baku",
    date: "2025-03-14",
    time: "16:30",
    utcOffset: "+04:00",
    issuer: "Ministry of Transport",
    sourceCredit: "Press service",
    mediaContactName: "",
    mediaContactEmail: "",
    mediaContactPhone: "",
    countries: "AZ, GE",
    topics: "transport",
    changeNote: "",
    agreements: [
      {
        type: "MEMORANDUM_OF_UNDERSTANDING",
        title: "Memorandum of Understanding on rail freight",
        parties: "Ministry of Transport of Azerbaijan\nMinistry of Economy of Georgia",
        signedOn: "",
        note: "",
      },
      {
        type: "PROTOCOL",
        title: "Protocol on customs cooperation",
        parties: "State Customs Committee\nRevenue Service",
        signedOn: "",
        note: "",
      },
    ],
    quotes: [
      {
        speaker: "Leyla Mammadova",
        speakerRole: "Deputy Minister",
        speakerOrganisation: "Ministry of Transport",
        text: "This corridor will carry our goods to Europe faster than ever.",
        context: "",
      },
    ],
  };
}

async function prepare(out: string, count: number, writerEmail: string) {
  const client = installClient();
  const { createRelease, transitionRelease } = await import("../../lib/dal/releases");
  const { releaseInputSchema } = await import("../../lib/validation/release");
  const writer = await client.user.findUniqueOrThrow({
    where: { email: writerEmail },
    select: { id: true, email: true, name: true, role: true },
  });
  const made: Array<{ id: string; slug: string; headline: string }> = [];
  const tag = Date.now().toString(36);
  for (let i = 1; i <= count; i++) {
    const headline = `Bench publish ${tag} number ${i}: ministers sign transport pact`;
    const created = await createRelease(writer, releaseInputSchema.parse(releaseValues(headline)));
    const submitted = await transitionRelease(writer, created.id, created.version, { action: "submit" });
    if (submitted.status !== "ok") throw new Error(`Could not submit ${headline}: ${JSON.stringify(submitted)}`);
    made.push({ id: created.id, slug: created.slug, headline });
  }
  writeFileSync(out, JSON.stringify(made));
  await client.$disconnect();
}

async function main() {
  const [mode, out, a, b] = process.argv.slice(2);
  if (mode === "prepare" && out && a && b) return prepare(out, Number(a), b);
  if (mode === "scale" && out && a && b) return scale(out, a, Number(b), process.argv[6]);
  throw new Error(
    "usage: dal-probe.ts prepare <out> <count> <writerEmail> | scale <out> <scenarios.json> <samples> [release slug]",
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
