import { expect, test, type Browser } from "./support/test";
import { startApp, type AppInstance } from "./support/app-instance";
import { startReplica, type PostgresReplica } from "./support/replica";
import { releaseByHeadline } from "./support/db";
import { draftAndSubmit, sampleRelease, signIn, unique } from "./support/pages";

// An app instance with a real streaming replica of the test cluster (DATABASE_REPLICA_URL): public
// reads go to the replica, the editor's publish to the primary, and the publish drops the reader cache
// only once the replica has replayed it, so the very next reader request shows the release. A
// replica that falls behind or goes away costs readers nothing: reads fall back to the primary, and
// come back to the replica once it has caught up or answers again (lib/db-replicas.ts, lib/dal/public/replica-read.ts).

const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
const APP_PORT = BASE_PORT + 51;
const REPLICA_PORT = BASE_PORT + 2450;

// One instance and one replica: the tests run in order in one worker.
test.describe.configure({ mode: "default" });

let replica: PostgresReplica;
let app: AppInstance;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // Every statement in the replica's log with the session's application_name, so a test can see which
  // reads reached it.
  replica = await startReplica({
    primaryUrl: process.env.DATABASE_URL!,
    port: REPLICA_PORT,
    settings: ["log_statement = 'all'", "log_line_prefix = '[%a] '"],
  });
  app = await startApp({ port: APP_PORT, env: { DATABASE_REPLICA_URL: replica.url } });
});

// A failure here has its cause in the instance's log (a 500's "unhandled error" line): print its end.
test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus && app)
    console.log(`--- replica instance output (last 8 000 characters):\n${app.output().slice(-8000)}`);
});

test.afterAll(async () => {
  await app?.stop();
  await replica?.remove();
});

const messages = (level: string, msg: string) => app.logs().filter((line) => line.level === level && line.msg === msg);

/**
 * Waits until the instance's latest verdict on the replica is "serves public reads". The instance checks
 * its replicas only when reads come (at most once a second), and a check that gets no answer within
 * a second (a replica just started, on a loaded machine) leaves it skipped until the next check: so
 * this keeps reading, or no check would ever see it healthy (the clean-run failure of 3 December: the
 * first probe timed out, and the test then waited without a single read). Each read is a search no
 * cache holds: the front page, once cached (the reader cache, the origin's copy), reads nothing, and
 * 60 s of cached answers after a first probe that timed out were the clean-run failure of 4 December.
 */
async function replicaServing(): Promise<void> {
  const verdicts = () =>
    app
      .logs()
      .filter(
        (line) =>
          line.msg === "replica serves public reads" || line.msg === "replica skipped: public reads go to the primary",
      );
  await expect
    .poll(
      async () => {
        await uncachedRead();
        return verdicts().at(-1)?.msg;
      },
      { timeout: 60_000, intervals: [250, 500, 1000] },
    )
    .toBe("replica serves public reads");
}

/** A search for a new word: no cache holds its answer, so it reads through the DAL (and checks the replica). */
const uncachedRead = () => get(`/?q=${encodeURIComponent(unique("probe").split(" ")[1]!)}`);

async function get(path: string): Promise<string> {
  const response = await fetch(`${app.url}${path}`);
  expect(response.status, path).toBe(200);
  return response.text();
}

/**
 * Written and submitted on the main test server, published by an editor on the replica instance. A
 * reader keeps loading the front page meanwhile (every 50 ms, as the bench's readers do), so the
 * reader cache is refilled — from the replica — while the publish is under way. Answers how long after
 * the click that reader first saw the release.
 */
async function publishOnReplicaInstance(browser: Browser, headline: string): Promise<number | undefined> {
  const writer = await (await browser.newContext()).newPage();
  await signIn(writer, "writer");
  const editUrl = await draftAndSubmit(writer, sampleRelease(headline));
  await writer.context().close();
  const editorContext = await browser.newContext({ baseURL: app.url });
  const editor = await editorContext.newPage();
  await signIn(editor, "editor");
  await editor.goto(`${app.url}${new URL(editUrl).pathname}`);
  let stop = false;
  const clicked = Date.now();
  const reader = (async () => {
    while (!stop) {
      if ((await get("/")).includes(headline)) return Date.now() - clicked;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return undefined;
  })();
  await editor.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Published" })).toBeVisible();
  // The editor reads their own write: the editor pages read the primary.
  await expect(editor.getByRole("link", { name: "View public page" })).toBeVisible();
  await editorContext.close();
  // Once the publish has answered, the very next reader request shows the release: no waiting.
  expect(await get("/")).toContain(headline);
  stop = true;
  return reader;
}

test("a release published with a replica is on the very next reader request, read from the replica", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const headline = unique("Replica accord");
  // The front page is cached without the release, and the first check has found the replica healthy.
  expect(await get("/")).not.toContain(headline);
  await replicaServing();
  const skippedBefore = messages("warn", "replica skipped: public reads go to the primary").length;
  const seenAfterMs = await publishOnReplicaInstance(browser, headline);
  const { slug } = (await releaseByHeadline(headline))!;
  expect(await get(`/releases/${slug}`)).toContain(headline);
  const waited = messages("info", "replicas have the public change").at(-1)?.waitedMs;
  console.log(
    `publish → visible with a replica: a polling reader saw it ${String(seenAfterMs)} ms after the click; the publish waited ${String(waited)} ms for the replica`,
  );

  // The release page's read ran on the replica: its statement log has the query for this slug, from
  // the app's replica sessions.
  await expect
    .poll(async () =>
      (await replica.log()).split("\n").some((line) => line.startsWith("[pressroom-replica]") && line.includes(slug)),
    )
    .toBe(true);
  // Not skipped once serving (a first probe may time out on a loaded machine: replicaServing()).
  expect(messages("warn", "replica skipped: public reads go to the primary").slice(skippedBefore)).toEqual([]);
});

test("a replica that falls behind is skipped: a publish is visible at once from the primary, and the replica serves again once it has caught up", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const headline = unique("Lagging-replica accord");
  // The replica serves before its replay stops (a probe that timed out since would leave it out of the wait).
  await replicaServing();
  const servedBefore = messages("info", "replica serves public reads").length;
  // Replay stops: the replica still answers, but with what it had.
  const session = await replica.connect();
  try {
    await session.query("SELECT pg_wal_replay_pause()");
    const seenAfterMs = await publishOnReplicaInstance(browser, headline);
    const { slug } = (await releaseByHeadline(headline))!;
    expect(await get(`/releases/${slug}`)).toContain(headline);
    // The publish waited its second for the replica, then left it out.
    const [behind] = messages("warn", "replicas did not replay a public change in time: skipped");
    expect(behind?.behind).toEqual([`127.0.0.1:${REPLICA_PORT}${new URL(replica.url).pathname}`]);
    console.log(`publish → visible with a replica that lags: ${String(seenAfterMs)} ms after the click`);

    await session.query("SELECT pg_wal_replay_resume()");
    await expect
      .poll(async () => {
        await uncachedRead();
        return messages("info", "replica serves public reads").length;
      })
      .toBeGreaterThan(servedBefore);
  } finally {
    await session.query("SELECT pg_wal_replay_resume()").catch(() => undefined);
    await session.end();
  }
});

test("with the replica stopped public pages answer 200 from the primary, and it is used again once back", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const first = unique("Primary-read accord");
  const word = first.split(" ").at(-1)!;
  await replica.stop();

  // A search runs a new query: the replica is gone, the primary answers.
  await get(`/?q=${encodeURIComponent(word)}`);
  await get("/");

  // Publishing does not wait for (or fail on) the missing replica, and the release is visible at once.
  await publishOnReplicaInstance(browser, first);
  const { slug } = (await releaseByHeadline(first))!;
  expect(await get("/")).toContain(first);
  expect(await get(`/releases/${slug}`)).toContain(first);
  expect(await get(`/?q=${encodeURIComponent(word)}`)).toContain(`/releases/${slug}`);
  expect(await get("/feed.xml")).toContain(first);
  expect(messages("warn", "replica skipped: public reads go to the primary").length).toBeGreaterThan(0);

  // Back: the next checks find it healthy (it has replayed the publish) and reads go to it again.
  const servedBefore = messages("info", "replica serves public reads").length;
  await replica.start();
  await expect
    .poll(async () => {
      await uncachedRead();
      return messages("info", "replica serves public reads").length;
    })
    .toBeGreaterThan(servedBefore);
});
