import { describe, expect, it } from "vitest";
import { alertMail, embargoMail, type ReleaseMailData } from "./messages";

const release: ReleaseMailData = {
  headline: "Ministers sign rail pact",
  summary: "A summary.",
  dateline: "Baku, 4 July 2024 09:00 (UTC+04:00)",
  issuer: "Ministry",
  agreements: [],
  quotes: [],
  url: "https://press.example/releases/rail",
  imageUrl: "https://press.example/media/img/abc-960.jpg",
  imageAlt: "Two ministers shake hands over the signed memorandum",
  changeNote: null,
};
const links = { preferencesUrl: "https://p.example/pref", unsubscribeUrl: "https://p.example/unsub" };

describe("issue 16: the release's image in emails", () => {
  it("an alert shows the lead photo with its alt text", () => {
    const { html } = alertMail(release, links);
    expect(html).toContain(
      '<img src="https://press.example/media/img/abc-960.jpg" alt="Two ministers shake hands over the signed memorandum"',
    );
  });

  it("an embargoed send carries no image (nothing of it is public before publication)", () => {
    const { html } = embargoMail({ ...release, imageUrl: null, imageAlt: "" }, "4 July 2024 09:00 (UTC+04:00)");
    expect(html).not.toContain("<img");
  });
});
