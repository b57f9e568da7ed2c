// Manual measurement (issue 16): publishes one release on DATABASE_URL (a scratch database with confirmed
// subscribers) and prints how long the publish transaction, alert fan-out included, took.
// npx tsx --conditions=react-server scripts/distribution/enqueue-bench.ts
import { db } from "@/lib/db";
import { createRelease, publishEdition } from "@/lib/dal/releases";
import { releaseInputSchema } from "@/lib/validation/release";
void (async () => {
  const user = await db().user.findFirstOrThrow({
    where: { role: "ADMIN" },
    select: { id: true, email: true, name: true, role: true },
  });
  const created = await createRelease(
    user,
    releaseInputSchema.parse({
      headline: "Bench alert " + Date.now(),
      summary: "S",
      body: "B",
      datelinePlace: "Baku",
      date: "2025-01-10",
      time: "10:00",
      utcOffset: "+04:00",
      issuer: "Ministry",
      sourceCredit: "",
      mediaContactName: "",
      mediaContactEmail: "",
      mediaContactPhone: "",
      countries: "AZ",
      topics: "",
      agreements: [],
      quotes: [],
    }),
  );
  const t = performance.now();
  const live = await publishEdition(user, created.id, created.version, { system: "seed" });
  const ms = performance.now() - t;
  const n = await db().delivery.count({ where: { releaseId: created.id } });
  console.log(JSON.stringify({ status: live.status, publishWithEnqueueMs: Math.round(ms), deliveries: n }));
  process.exit(0);
})();
