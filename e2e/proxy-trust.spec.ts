import { createHash } from "node:crypto";
import { startApp, type AppInstance } from "./support/app-instance";
import { sql } from "./support/db";
import { expect, test } from "./support/test";

// Which address a sign-in comes from (issue 11.5). The suite's own server runs with TRUST_PROXY=1
// (it plays a proxy); this spec starts an instance with the default, as the app runs without a proxy.

const PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
const account = (email: string) => createHash("sha256").update(email).digest("hex");

let app: AppInstance;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  app = await startApp({ port: PORT, env: { TRUST_PROXY: undefined } });
});
test.afterAll(async () => {
  await app?.stop();
});

// @exclusive: its failures count against 127.0.0.1, which other tests sign in from.
test("issue 11.5: without TRUST_PROXY a rotating X-Forwarded-For does not escape the per-address limit @exclusive", async ({
  playwright,
}) => {
  test.slow();
  const api = await playwright.request.newContext({ baseURL: app.url });
  const emails: string[] = [];
  let refused = 0;
  try {
    for (let i = 0; i < 40 && refused === 0; i++) {
      const email = `spray-${i}-${Date.now().toString(36)}@pressroom.test`;
      emails.push(email);
      const headers = { "x-forwarded-for": `203.0.113.${i + 1}` };
      const { csrfToken } = (await (await api.get("/api/auth/csrf", { headers })).json()) as { csrfToken: string };
      const response = await api.post("/api/auth/callback/credentials", {
        headers,
        form: { email, password: "spray-guess-123", csrfToken, callbackUrl: "/admin", json: "true" },
        maxRedirects: 0,
      });
      if ((await response.text()).includes("RateLimited")) refused++;
    }
    // The per-address limit (30 in 15 minutes) caught the spray although every guess claimed
    // another address; the guesses were counted against the real peer.
    expect(refused).toBe(1);
    expect(emails.length).toBeLessThanOrEqual(31);
    const rows = await sql<{ ip: string }>(`SELECT DISTINCT ip FROM "SignInAttempt" WHERE account = ANY($1)`, [
      emails.map(account),
    ]);
    expect(rows.map((r) => r.ip)).toEqual(["127.0.0.1"]);
  } finally {
    // Leave 127.0.0.1 as it was for the rest of the suite.
    await sql(`DELETE FROM "SignInAttempt" WHERE account = ANY($1)`, [emails.map(account)]);
    await api.dispose();
  }
});
