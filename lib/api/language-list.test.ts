// Issue 14: the open API's release list per language, as `/` lists them with its Language filter:
// GET /api/v1/releases?language=ru lists the versions written in Russian, translations at their own
// addresses; without it, originals only. Runs against the real test database of test/global-setup.ts.
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  vi.stubEnv("SITE_URL", "https://press.example.org");
});

import { GET as listReleases } from "@/app/api/v1/releases/route";
import { createRelease, updateRelease } from "../dal/releases";
import { createTranslation } from "../dal/releases/translations";
import { agreementRow, quoteRow, releaseInput } from "@/test/factories";
import { makeUser, publishReviewed, suffix } from "@/test/dal";

const SITE = "https://press.example.org";
type Item = { slug: string; url: string; headline: string; language: string };

async function list(query: string): Promise<{ status: number; body: { items?: Item[]; error?: unknown } }> {
  const response = await listReleases(new Request(`${SITE}/api/v1/releases?${query}`), undefined);
  return { status: response.status, body: (await response.json()) as { items?: Item[] } };
}

describe("issue 14: GET /api/v1/releases?language=", () => {
  it("lists a language's versions, a translation at its own address and in its language; originals otherwise", async () => {
    const tag = suffix();
    const writer = await makeUser("WRITER");
    const original = await createRelease(
      writer,
      releaseInput({
        headline: `Ministers sign a transit treaty ${tag}`,
        countries: "IS",
        agreements: [agreementRow({ type: "TREATY", title: "Treaty on transit", parties: "A\nB" })],
        quotes: [quoteRow({ speaker: "Aynur Quliyeva", text: "We are proud." })],
      }),
    );
    await publishReviewed(original.id, 1);
    const translator = await makeUser("WRITER");
    const made = await createTranslation(translator, original.id, "ru");
    if (!made.ok) throw new Error(`translation refused: ${made.refusal}`);
    const russian = `Министры подписали договор о транзите ${tag}`;
    await updateRelease(
      translator,
      made.id,
      1,
      releaseInput({
        headline: russian,
        body: "Министры подписали договор о транзите.",
        countries: "IS",
        agreements: [agreementRow({ type: "TREATY", title: "Договор о транзите", parties: "А\nБ" })],
        quotes: [quoteRow({ speaker: "Aynur Quliyeva", text: "Мы гордимся." })],
      }),
    );
    await publishReviewed(made.id, 2);

    const inRussian = await list("language=ru&country=IS&limit=100");
    expect(inRussian.status).toBe(200);
    const item = inRussian.body.items?.find((i) => i.headline === russian);
    expect(item).toMatchObject({ language: "ru", url: `${SITE}/ru/releases/${original.slug}` });

    const everything = await list("country=IS&limit=100");
    const headlines = everything.body.items?.map((i) => i.headline) ?? [];
    expect(headlines).toContain(`Ministers sign a transit treaty ${tag}`);
    expect(headlines).not.toContain(russian);
    expect(everything.body.items?.find((i) => i.slug === original.slug)?.language).toBe("en");
  });

  it("refuses a language it does not know, naming the parameter", async () => {
    const refused = await list("language=xx");
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain("language must be a language code such as az, ru, ar or zh");
  });
});
