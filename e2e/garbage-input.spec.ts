import { expect, test } from "./support/test";
import { releaseByHeadline } from "./support/db";
import { captureNewRelease, signIn, unique } from "./support/pages";

// Input no form would send, from the outside probe (issue 11.13): each one used to be an unhandled
// 500. Each must be a 4xx (or, for a server action, the form's own message) that says what is wrong.

test("issue 11.13: NUL bytes, bad cookies, bad callbackUrls, oversize and stray form posts get a 4xx with a clear message", async ({
  page,
  request,
}) => {
  test.slow();
  await signIn(page, "admin");
  // A NUL byte in a filter of the audit log.
  const audit = await page.request.get("/admin/audit?release=%00");
  expect(audit.status()).toBe(400);
  expect(await audit.text()).toContain("NUL character");

  // next-auth with a callbackUrl that is no URL at all.
  const signin = await request.get("/api/auth/signin?callbackUrl=http://127.0.0.1:3000.evil.example/", {
    maxRedirects: 0,
  });
  expect(signin.status()).toBe(400);
  expect(await signin.text()).toContain("callbackUrl must be a path on this site");

  // A cookie whose name is not a cookie name (a space before "=").
  for (const path of ["/", "/login", "/api/auth/session", "/admin"]) {
    const response = await request.get(path, { headers: { cookie: "next-auth.session-token =x" }, maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
    expect(await response.text(), path).toContain("a cookie has an invalid name");
  }

  // A multipart post without Next-Action to a reader page.
  const stray = await request.post("/", { multipart: { a: "b" }, maxRedirects: 0 });
  expect(stray.status()).toBe(400);
  expect(await stray.text()).toContain("accepts no form posts");

  // The save action with a NUL byte in the release id: the form's message, nothing saved, no 500.
  const headline = unique("NUL id release");
  const save = await captureNewRelease(page, headline);
  // The new-release form has no id field: the hand-made post adds one, as if editing a release.
  const text = save.body.toString("latin1");
  const boundary = /boundary=(.+)$/.exec(save.headers["content-type"]!)![1]!;
  const field = `--${boundary}\r\nContent-Disposition: form-data; name="_1_id"\r\n\r\nabc\u0000def\r\n`;
  const withNul = text.replace(`--${boundary}\r\n`, field + `--${boundary}\r\n`);
  expect(withNul).not.toBe(text);
  const nul = await page.request.post(save.url, {
    headers: save.headers,
    data: Buffer.from(withNul, "latin1"),
    maxRedirects: 0,
  });
  expect(nul.status()).toBe(200);
  // The save action checks the id's form itself; any NUL that reaches PostgreSQL elsewhere gets
  // lib/auth/authorize.ts's message.
  expect(await nul.text()).toMatch(/The form is incomplete: reload the page|cannot be saved \(a NUL byte/);
  expect(await releaseByHeadline(headline)).toBeUndefined();

  // An action body over 1 MB: the app's own message, not Next's 500.
  const big = await page.request.post(save.url, {
    headers: save.headers,
    data: Buffer.concat([save.body, Buffer.alloc(1_100_000, 0x20)]),
    maxRedirects: 0,
  });
  expect(big.status()).toBe(413);
  expect(await big.text()).toContain("too large (over 1 MB)");
});
