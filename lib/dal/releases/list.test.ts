// The editor's releases list (issue 12.4) against the real test database: tabs and their counts,
// search over drafts, keyset pages both ways, and what happens to a search without words or a stale
// page link.
import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { landingTab } from "../../domain/release-tabs";
import type { EditorReleaseQuery } from "../../validation/editor-release-query";
import { makeUser } from "@/test/dal";
import { TEST_OVERRIDE, releaseInput } from "@/test/factories";
import { createRelease, listReleasesForEditors, publishEdition, transitionRelease, updateRelease } from ".";
import type { SessionUser } from "../users";

const letters = () =>
  Array.from(randomUUID().replace(/[^a-f]/g, ""))
    .slice(0, 8)
    .join("") || "abcdefgh";
const word = `lst${letters()}q`;
const bodyWord = `lsb${letters()}q`;

function expectOk<T extends { status: string }>(result: T): Extract<T, { status: "ok" }> {
  expect(result.status).toBe("ok");
  return result as Extract<T, { status: "ok" }>;
}

const query = (over: Partial<EditorReleaseQuery> = {}): EditorReleaseQuery => ({
  tab: "all",
  q: word,
  author: null,
  country: null,
  language: null,
  after: null,
  before: null,
  ...over,
});

describe("listReleasesForEditors", () => {
  let writer: SessionUser;
  let editor: SessionUser;
  let draft: { id: string };
  let submitted: { id: string };
  let live: { id: string };

  // A draft, a submitted release, and a published one edited since (a live edition and a newer draft),
  // saved in this order.
  beforeAll(async () => {
    writer = await makeUser("WRITER");
    editor = await makeUser("EDITOR");
    const input = (headline: string, body?: string) => releaseInput({ headline, ...(body ? { body } : {}) });
    draft = expectOk(await createRelease(writer, input(`Draft ${word}`, `Body with ${bodyWord}`)));
    submitted = expectOk(await createRelease(writer, input(`Submitted ${word}`)));
    expectOk(
      await transitionRelease(writer, submitted.id, 1, { action: "submit", consistencyOverride: TEST_OVERRIDE }),
    );
    live = expectOk(await createRelease(writer, input(`Live ${word}`)));
    expectOk(await transitionRelease(writer, live.id, 1, { action: "submit", consistencyOverride: TEST_OVERRIDE }));
    expectOk(await publishEdition(editor, live.id, 2, { consistencyOverride: TEST_OVERRIDE }));
    expectOk(await updateRelease(editor, live.id, 3, input(`Live ${word} again`)));
  });

  it("counts every tab under the search, drafts included, and lists the chosen tab", async () => {
    const page = await listReleasesForEditors(query({ tab: "drafts" }), writer.id, () => "all");
    expect(page.counts).toEqual({ all: 3, mine: 3, drafts: 2, review: 1, scheduled: 0, published: 1, withdrawn: 0 });
    expect(page.items.map((r) => r.id)).toEqual([live.id, draft.id]);
    expect(page.items[0]).toMatchObject({ status: "DRAFT", liveStatus: "PUBLISHED", headline: `Live ${word} again` });
    const other = await listReleasesForEditors(query({ tab: "mine" }), editor.id, () => "all");
    expect(other.counts.mine).toBe(0);
    expect(other.items).toEqual([]);
  });

  it("finds a word only a draft's body has", async () => {
    const page = await listReleasesForEditors(query({ q: bodyWord }), editor.id, () => "all");
    expect(page.items.map((r) => r.id)).toEqual([draft.id]);
  });

  it("opens on the tab chosen from the counts when the query names none", async () => {
    const chosen: number[] = [];
    const page = await listReleasesForEditors(query({ tab: null }), editor.id, (counts) => {
      chosen.push(counts.review);
      return landingTab({ mayReview: true, awaitingReview: counts.review });
    });
    expect(chosen).toEqual([1]);
    expect(page.tab).toBe("review");
    expect(page.items.map((r) => r.id)).toEqual([submitted.id]);
  });

  it("walks the pages by keyset forwards and back", async () => {
    const seen: string[] = [];
    let page = await listReleasesForEditors(query(), editor.id, () => "all", 1);
    expect(page.newer).toBeNull();
    seen.push(...page.items.map((r) => r.id));
    while (page.older) {
      page = await listReleasesForEditors(query({ after: page.older }), editor.id, () => "all", 1);
      seen.push(...page.items.map((r) => r.id));
    }
    expect(seen).toEqual([live.id, submitted.id, draft.id]);
    const back = await listReleasesForEditors(query({ before: page.newer }), editor.id, () => "all", 1);
    expect(back.items.map((r) => r.id)).toEqual([submitted.id]);
    expect(back.newer).not.toBeNull();
  });

  it("ignores a search without words and a page link of another kind of list", async () => {
    const empty = await listReleasesForEditors(query({ q: "the" }), editor.id, () => "all", 1);
    expect(empty.emptySearch).toBe(true);
    const ranked = await listReleasesForEditors(query(), editor.id, () => "all", 1);
    const stale = await listReleasesForEditors(query({ q: null, after: ranked.older }), editor.id, () => "all", 1);
    expect(stale.cursorIgnored).toBe(true);
    expect(stale.newer).toBeNull();
  });
});

describe("landingTab", () => {
  it("sends writers to their own releases and reviewers to the queue when it has anything", () => {
    expect(landingTab({ mayReview: false, awaitingReview: 5 })).toBe("mine");
    expect(landingTab({ mayReview: true, awaitingReview: 5 })).toBe("review");
    expect(landingTab({ mayReview: true, awaitingReview: 0 })).toBe("all");
  });
});
