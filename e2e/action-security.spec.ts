import { expect, test, request as playwrightRequest } from "./support/test";
import { releaseByHeadline, releaseState } from "./support/db";
import { draftAndSubmit, sampleRelease, signIn } from "./support/pages";

test("a server-action POST replayed without a session, or by a writer trying to publish, changes nothing", async ({
  page,
  baseURL,
}) => {
  const data = sampleRelease();
  const writer = await (await page.context().browser()!.newContext()).newPage();
  await signIn(writer, "writer");
  const editUrl = await draftAndSubmit(writer, data);
  await signIn(page, "editor");
  await page.goto(editUrl);
  const before = (await releaseByHeadline(data.headline))!;

  // Capture a real Publish post (the action id, the form body) as the browser sends it. Nothing is
  // typed first: with unsaved changes the step would first post a save (issue 12.1), not Publish.
  const [posted] = await Promise.all([
    page.waitForRequest(
      (r) =>
        /* form posts only: heartbeats and autosaves are server-action posts too */ r.method() === "POST" &&
        Boolean(r.headers()["next-action"]) &&
        (r.headers()["content-type"] ?? "").includes("multipart/form-data"),
    ),
    page.route("**/admin/releases/**", (route) =>
      route.request().method() === "POST" ? route.abort() : route.continue(),
    ),
    page.getByRole("button", { name: "Publish", exact: true }).click(),
  ]);
  const headers = Object.fromEntries(
    Object.entries(posted.headers()).filter(([name]) => !["cookie", "content-length"].includes(name.toLowerCase())),
  );
  const body = posted.postDataBuffer()!;

  // …then replay it with no cookies at all.
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const response = await anonymous.post(posted.url(), { headers, data: body, maxRedirects: 0 });
  expect(response.status()).toBeLessThan(500);
  expect(await releaseState(before.id)).toEqual({
    headline: before.headline,
    status: "SUBMITTED",
    version: before.version,
  });

  // A signed-in writer replaying the same Publish post is refused too.
  const writerResponse = await writer.request.post(posted.url(), { headers, data: body, maxRedirects: 0 });
  expect(writerResponse.status()).toBeLessThan(500);
  expect(await writerResponse.text()).toContain("does not allow this");
  expect(await releaseState(before.id)).toEqual({
    headline: before.headline,
    status: "SUBMITTED",
    version: before.version,
  });
});
