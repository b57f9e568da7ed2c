// Issue 17: what drawing the share card adds to a publish. Publishes fresh releases through
// publishEdition (as the seed does: one transaction, then the card, then the cache) and times the
// whole publish, then draws each card again alone (render, hash, store, UPDATE) with its CPU: the
// process's user + system time, resvg's thread pool included. Against a throwaway database only.
//   DATABASE_URL=… npx tsx --conditions=react-server scripts/bench/share-image-publish.ts [--releases 10]
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { closeDatabasePool, db } from "../../lib/db";
import { createRelease, publishEdition } from "../../lib/dal/releases";
import { storeShareImage } from "../../lib/dal/releases/share-image";
import { releaseInput } from "../../test/factories";

const { values } = parseArgs({ options: { releases: { type: "string", default: "10" } }, strict: true });

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const cpuMs = (since: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};

async function main() {
  const admin = await db().user.findFirstOrThrow({
    where: { role: "ADMIN" },
    select: { id: true, email: true, name: true, role: true },
  });
  const publish: number[] = [];
  const card: number[] = [];
  const cardCpu: number[] = [];
  const n = Number(values.releases);
  for (let i = 0; i <= n; i++) {
    const headline = `Share card publish bench ${i} ${Date.now().toString(36)}: ministers sign a transport pact in Baku`;
    const created = await createRelease(admin, releaseInput({ headline }));
    let started = performance.now();
    const result = await publishEdition(admin, created.id, created.version, { system: "seed" });
    const publishMs = performance.now() - started;
    if (result.status !== "ok") throw new Error(`publish: ${result.status}`);
    // The same card again, alone: forget it, then draw and store it.
    await db().$executeRaw`
      UPDATE "Edition" e SET "shareImageKey" = NULL, "shareImageFit" = NULL
      FROM "Release" r WHERE r.id = ${created.id} AND e.id = r."liveEditionId"`;
    const cpu = process.cpuUsage();
    started = performance.now();
    if (!(await storeShareImage(created.id))) throw new Error("no card stored");
    const cardMs = performance.now() - started;
    if (i === 0) continue; // warm-up: fonts loaded, modules compiled
    publish.push(publishMs);
    card.push(cardMs);
    cardCpu.push(cpuMs(cpu));
  }
  console.log(
    `${n} publishes: median ${median(publish).toFixed(0)} ms each (range ${Math.min(...publish).toFixed(0)}–${Math.max(...publish).toFixed(0)}); ` +
      `the card alone: median ${median(card).toFixed(0)} ms wall, ${median(cardCpu).toFixed(0)} ms CPU`,
  );
}

main()
  .then(() => closeDatabasePool())
  .catch(async (error: unknown) => {
    console.error(error);
    await closeDatabasePool().catch(() => {});
    process.exit(1);
  });
