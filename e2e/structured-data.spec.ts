import { expect, test, type Page } from "./support/test";
import { releaseByHeadline } from "./support/db";
import { publishThroughReview, sampleRelease } from "./support/pages";

const SEED = "/releases/azerbaijan-and-china-raise-relations-to-strategic-partnership";
const HEADLINE = "Azerbaijan and China raise relations to strategic partnership";
const ISSUER = "Ministry of Foreign Affairs of the Republic of Azerbaijan";

type Node = Record<string, unknown> & { "@type": string };

const meta = (page: Page, attribute: "property" | "name", key: string) =>
  page.locator(`meta[${attribute}="${key}"]`).first().getAttribute("content");

test("the seed release describes itself as a NewsArticle in JSON-LD", async ({ page }) => {
  await page.goto(SEED);
  const scripts = page.locator('script[type="application/ld+json"]');
  await expect(scripts).toHaveCount(1);
  const ld = JSON.parse((await scripts.textContent()) ?? "") as Node & {
    hasPart: Node[];
    about: Node[];
    mentions: Node[];
  };

  expect(ld["@context"]).toBe("https://schema.org");
  expect(ld["@type"]).toBe("NewsArticle");
  expect(JSON.stringify(ld)).not.toContain("PressRelease");
  expect(ld.headline).toBe(HEADLINE);
  expect(ld.datePublished).toBe("2024-07-04T09:00:00+04:00");
  expect(ld.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+04:00$/);
  expect(ld.dateline).toBe("4 July 2024 09:00 (UTC+04:00)");
  expect(ld.inLanguage).toBe("en");
  expect(ld.mainEntityOfPage).toMatchObject({ "@id": page.url() });
  expect(ld.publisher).toMatchObject({ "@type": "Organization", name: "Pressroom" });
  expect(ld.sourceOrganization).toEqual({ "@type": "Organization", name: "Azernews" });

  const quotes = ld.hasPart.filter((part) => part["@type"] === "Quotation");
  expect(quotes).toHaveLength(2);
  for (const quote of quotes) {
    expect(quote.creator).toMatchObject({
      "@type": "Person",
      name: "Aykhan Hajizade",
      jobTitle: "Press Secretary",
      worksFor: { "@type": "Organization", name: ISSUER },
    });
  }
  expect(quotes[0]!.text).toContain("During the meeting, the heads of state of Azerbaijan and China");

  const agreements = ld.hasPart.filter((part) => part["@type"] === "CreativeWork");
  expect(agreements).toHaveLength(4);
  expect(agreements[0]).toMatchObject({
    name: "Joint Declaration on the Establishment of Strategic Partnership",
    genre: "Joint Declaration",
  });
  expect(agreements[0]!.contributor).toContainEqual({ "@type": "Organization", name: "People's Republic of China" });
  expect(agreements.map((a) => a.genre)).toEqual([
    "Joint Declaration",
    "Memorandum of Understanding",
    "Memorandum of Understanding",
    "Agreement",
  ]);

  expect(ld.about.every((c) => c["@type"] === "Country")).toBe(true);
  expect(ld.about.map((c) => c.identifier)).toEqual(["AZ", "CN"]);
  expect(ld.about[0]!.name).toBe("Azerbaijan");
  expect(ld.about[1]!.name).toMatch(/China/);
  expect(ld.mentions).toContainEqual({ "@type": "Organization", name: ISSUER });
});

test("the seed release has OpenGraph and Twitter card meta, and a PNG share image", async ({ page }) => {
  await page.goto(SEED);
  const url = page.url();
  expect(await meta(page, "property", "og:type")).toBe("article");
  expect(await meta(page, "property", "og:title")).toBe(HEADLINE);
  // The seed has no summary: the description is the body's first sentence.
  expect(await meta(page, "property", "og:description")).toBe(
    "The traditional friendly and cooperative relations between Azerbaijan and China have been developing progressively in recent years.",
  );
  expect(await meta(page, "property", "og:url")).toBe(url);
  // Issue 13: the seed's lead image (its title card, drawn at seed time) is the og:image.
  expect(await meta(page, "property", "og:image:width")).toMatch(/^\d+$/);
  expect(await meta(page, "property", "og:image:height")).toMatch(/^\d+$/);
  expect(await meta(page, "property", "og:image:alt")).toContain("Azerbaijan – China");
  expect(await meta(page, "property", "article:published_time")).toBe("2024-07-04T09:00:00+04:00");
  expect(await meta(page, "property", "article:modified_time")).toMatch(/\+04:00$/);
  const tags = await page
    .locator('meta[property="article:tag"]')
    .evaluateAll((els) => els.map((el) => el.getAttribute("content")));
  expect(tags).toEqual(["diplomacy", "transport", "trade", "tourism"]);
  expect(await meta(page, "name", "twitter:card")).toBe("summary_large_image");
  expect(await meta(page, "name", "twitter:title")).toBe(HEADLINE);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", url);

  const image = await meta(page, "property", "og:image");
  expect(image).toMatch(/\/media\/img\/.+\.jpg$/);
  expect(await meta(page, "name", "twitter:image")).toBe(image);
  const lead = await page.request.get(image!);
  expect(lead.status()).toBe(200);
  expect(lead.headers()["content-type"]).toBe("image/jpeg");

  // The generated share image stays the fallback of releases without a lead image.
  const response = await page.request.get(`${SEED}/share-image`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const png = await response.body();
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  // IHDR: width and height as big-endian integers at bytes 16 and 20.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);

  expect((await page.request.get("/releases/no-such-release/share-image")).status()).toBe(404);
});

test("oEmbed answers for a release URL, is discoverable from the page, and refuses bad input", async ({
  page,
  baseURL,
}) => {
  await page.goto(SEED);
  const discovery = page.locator('link[rel="alternate"][type="application/json+oembed"]');
  await expect(discovery).toHaveCount(1);
  await expect(discovery).toHaveAttribute("title", HEADLINE);
  const href = (await discovery.getAttribute("href"))!;
  expect(new URL(href).pathname).toBe("/api/oembed");
  expect(new URL(href).searchParams.get("url")).toBe(page.url());

  const viaDiscovery = await page.request.get(href);
  expect(viaDiscovery.status()).toBe(200);
  expect(viaDiscovery.headers()["content-type"]).toContain("application/json");
  const embed = (await viaDiscovery.json()) as Record<string, unknown>;
  expect(embed).toMatchObject({
    version: "1.0",
    title: HEADLINE,
    author_name: ISSUER,
    provider_name: "Pressroom",
    provider_url: baseURL,
  });
  expect(["link", "rich"]).toContain(embed.type);
  if (embed.type === "rich") expect(embed.html).toContain(`href="${page.url()}"`);

  const oembed = (params: Record<string, string>) => page.request.get(`/api/oembed?${new URLSearchParams(params)}`);
  // A quote permalink names the same release; format defaults to json.
  expect((await oembed({ url: `${baseURL}${SEED}#quote-2` })).status()).toBe(200);

  for (const url of [`${baseURL}/releases/no-such-release`, `${baseURL}/`, `https://elsewhere.example${SEED}`]) {
    expect((await oembed({ url, format: "json" })).status(), url).toBe(404);
  }
  for (const [params, parameter] of [
    [{ format: "json" }, "url"],
    [{ url: "not a url", format: "json" }, "url"],
    [{ url: "javascript:alert(1)", format: "json" }, "url"],
    [{ url: `${baseURL}${SEED}`, format: "xml" }, "format"],
  ] as const) {
    const response = await oembed(params);
    expect(response.status(), JSON.stringify(params)).toBe(400);
    const body = (await response.json()) as { error: string; parameter: string };
    expect(body.parameter).toBe(parameter);
    expect(body.error).toContain(parameter);
  }
});

test("each quote has a visible permalink and each agreement is one card", async ({ page }) => {
  await page.goto(SEED);
  const link = page.getByRole("link", { name: "Link to quote 2" });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute("href", "#quote-2");
  await link.click();
  await expect(page).toHaveURL(/#quote-2$/);
  await expect(page.locator("#quote-2")).toBeInViewport();
  await expect(page.getByRole("region", { name: "Agreements" }).getByRole("listitem")).toHaveCount(4);
});

test("a new release is described from its own data; withdrawn, it is noindex with no JSON-LD, card or embed", async ({
  browser,
  baseURL,
}) => {
  const data = sampleRelease();
  const { editorPage: page, editUrl } = await publishThroughReview(browser, data);
  const { slug } = (await releaseByHeadline(data.headline))!;
  const path = `/releases/${slug}`;

  await page.goto(path);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "") as Node & {
    hasPart: Node[];
  };
  expect(ld.headline).toBe(data.headline);
  expect(ld.dateline).toBe("Baku, 14 March 2025 16:30 (UTC+04:00)");
  expect(ld.datePublished).toMatch(/\+04:00$/);
  expect(ld.sourceOrganization).toEqual({ "@type": "Organization", name: "Press service" });
  expect(ld.hasPart.filter((p) => p["@type"] === "Quotation")[0]!.creator).toMatchObject({
    name: "Leyla Mammadova",
    jobTitle: "Deputy Minister",
  });
  expect(ld.hasPart.filter((p) => p["@type"] === "CreativeWork").map((a) => a.genre)).toEqual([
    "Memorandum of Understanding",
    "Protocol",
  ]);
  // With a summary, previews show it rather than the body's first sentence.
  expect(await meta(page, "property", "og:description")).toBe(data.summary);
  const embed = await page.request.get(
    `/api/oembed?${new URLSearchParams({ url: `${baseURL}${path}`, format: "json" })}`,
  );
  expect(embed.status()).toBe(200);
  expect(((await embed.json()) as { author_name: string }).author_name).toBe(data.issuer);

  await page.goto(editUrl);
  await page.getByLabel("Reason", { exact: true }).fill("Issued in error.");
  await page.getByRole("button", { name: "Withdraw" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Withdrawn" })).toBeVisible();

  await page.goto(path);
  await expect(page.getByText("This release was withdrawn")).toBeVisible();
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
  expect(await meta(page, "name", "robots")).toContain("noindex");
  await expect(page.locator('meta[property="og:image"]')).toHaveCount(0);
  await expect(page.locator('link[type="application/json+oembed"]')).toHaveCount(0);
  expect((await page.request.get(`${path}/share-image`)).status()).toBe(404);
  expect(
    (
      await page.request.get(`/api/oembed?${new URLSearchParams({ url: `${baseURL}${path}`, format: "json" })}`)
    ).status(),
  ).toBe(404);
  await page.context().close();
});
