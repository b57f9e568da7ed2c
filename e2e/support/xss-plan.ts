// Payload distribution for the XSS spec (e2e/xss.spec.ts): the corpus packed round-robin into a
// few releases, so every field gets every payload without one release per payload.
import { XSS_PAYLOADS, type XssPayload } from "./xss-payloads";
import type { ReleaseData } from "./pages";

// ---------- payload distribution ----------

export const TAG = `${Date.now().toString(36).slice(-5)}${Math.random().toString(36).slice(2, 5)}`;

/** What a field stores: zod trims, textareas post CRLF line breaks. */
export const stored = (s: string) => s.trim();
/** Text as compared on screen: no CR, no C0 controls (XML and some renderers drop them), single spaces. */
export const norm = (s: string) =>
  s
    .replace(/\r\n?/g, "\n")

    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "")
    .replace(/\s+/g, " ")
    .trim();

/**
 * Hands out payloads round-robin, so consecutive fields carry different payloads and all get used.
 * Fields that end up in HTML attributes take the payloads no attribute field has had yet first, so a
 * few releases cover the whole corpus in attribute contexts.
 */
export class PayloadCycle {
  private next = 0;
  private readonly notInAttributeYet = [...XSS_PAYLOADS];

  get attributeCoverageComplete(): boolean {
    return this.notInAttributeYet.length === 0;
  }

  /** Payloads joined by spaces, up to `max` characters. */
  take(max: number, opts: { singleLine?: boolean; attribute?: boolean } = {}): { text: string; ids: number[] } {
    const picked: XssPayload[] = [];
    let length = 0;
    const fits = (p: XssPayload) =>
      !picked.includes(p) &&
      length + (picked.length ? 1 : 0) + p.text.length <= max &&
      !(opts.singleLine && p.text.includes("\n"));
    const add = (p: XssPayload) => {
      length += (picked.length ? 1 : 0) + p.text.length;
      picked.push(p);
    };
    if (opts.attribute) {
      for (const p of [...this.notInAttributeYet]) {
        if (!fits(p)) continue;
        add(p);
        this.notInAttributeYet.splice(this.notInAttributeYet.indexOf(p), 1);
      }
    }
    // Then round-robin; one that does not fit is skipped and comes round again later.
    let resume = this.next;
    for (let tried = 0, i = this.next; tried < XSS_PAYLOADS.length; tried++, i = (i + 1) % XSS_PAYLOADS.length) {
      const p = XSS_PAYLOADS[i]!;
      if (fits(p)) {
        add(p);
        resume = (i + 1) % XSS_PAYLOADS.length;
      }
    }
    // The next field starts after the last payload taken here (not where a full scan ended).
    this.next = resume;
    if (picked.length === 0) throw new Error(`no payload fits a field of ${max} characters`);
    return { text: stored(picked.map((p) => p.text).join(" ")), ids: picked.map((p) => p.id) };
  }

  /** Up to `count` single payloads (one per topic), attribute-uncovered ones first. */
  takeTopics(count: number, accept: (p: XssPayload) => boolean): XssPayload[] {
    const picked = this.notInAttributeYet.filter(accept).slice(0, count);
    for (const p of picked) this.notInAttributeYet.splice(this.notInAttributeYet.indexOf(p), 1);
    for (let tried = 0; tried < XSS_PAYLOADS.length && picked.length < count; tried++) {
      const p = XSS_PAYLOADS[this.next]!;
      this.next = (this.next + 1) % XSS_PAYLOADS.length;
      if (accept(p) && !picked.includes(p)) picked.push(p);
    }
    return picked;
  }

  /** `count` single payloads (one per party line), round-robin. */
  takeEach(count: number, accept: (p: XssPayload) => boolean): XssPayload[] {
    const picked: XssPayload[] = [];
    for (let tried = 0; tried < XSS_PAYLOADS.length && picked.length < count; tried++) {
      const p = XSS_PAYLOADS[this.next]!;
      this.next = (this.next + 1) % XSS_PAYLOADS.length;
      if (accept(p)) picked.push(p);
    }
    return picked;
  }
}

export interface PlannedRelease {
  data: ReleaseData;
  /**
   * Payload ids in fields that end up in HTML attributes or <title> on public pages: headline,
   * summary, place, issuer, topics (title, meta description, og:*, twitter:*, image alt,
   * article:tag) and the speakers (the person page's title and meta description).
   */
  attributeIds: Set<number>;
}

export const ALL_TEXT = stored(XSS_PAYLOADS.map((p) => p.text).join(" "));

/**
 * One release whose every text field carries payloads. `everything` puts the whole corpus in the
 * body (Markdown, and the feeds' HTML content) and in quote 1 (plain text and JSON-LD), so every
 * payload goes through those renderings; attribute contexts are covered across releases.
 * `consistent: false` leaves the quotes out of the body (for a release that is force-published);
 * `small` gives it one agreement and one quote (quicker to type).
 */
export function planRelease(
  letter: string,
  cycle: PayloadCycle,
  opts: { everything?: boolean; consistent?: boolean; small?: boolean } = {},
): PlannedRelease {
  const attributeIds = new Set<number>();
  const attr = (taken: { text: string; ids: number[] }) => {
    taken.ids.forEach((id) => attributeIds.add(id));
    return taken.text;
  };
  const prefix = `XSS ${letter} ${TAG} `;
  const headline = prefix + attr(cycle.take(200 - prefix.length, { singleLine: true, attribute: true }));
  // The meta description is the summary when it has at most 300 characters.
  const summary = attr(cycle.take(290, { attribute: true }));
  const place = attr(cycle.take(120, { singleLine: true, attribute: true }));
  const issuer = attr(cycle.take(200, { singleLine: true, attribute: true }));
  // Topics are split at commas and lower-cased; each is at most 60 characters.
  const topics = cycle.takeTopics(20, (p) => p.text.length <= 60 && !/[,\n]/.test(p.text));
  topics.forEach((p) => attributeIds.add(p.id));
  const line = (p: XssPayload) => !p.text.includes("\n") && p.text.length <= 300;
  const agreements = (opts.small ? ["Protocol"] : ["Memorandum of Understanding", "Protocol"]).map((type) => ({
    type,
    title: cycle.take(480, { singleLine: true }).text,
    parties: cycle.takeEach(6, line).map((p) => stored(p.text)),
    note: cycle.take(1000, { singleLine: true }).text,
  }));
  const quote = (text: string, n: number) => ({
    // A name of its own per quote, so each is a person (and a /people page) of its own.
    speaker: `${TAG}${letter}${n} ${attr(cycle.take(180, { singleLine: true, attribute: true }))}`,
    role: attr(cycle.take(200, { singleLine: true, attribute: true })),
    organisation: attr(cycle.take(300, { singleLine: true, attribute: true })),
    text,
  });
  const quotes = [
    quote(opts.everything ? ALL_TEXT : cycle.take(1500).text, 1),
    ...(opts.small ? [] : [quote(cycle.take(1500).text, 2)]),
  ];
  if (ALL_TEXT.length > 5000) throw new Error("the corpus no longer fits one quote (5,000 characters): split quote 1");
  const paragraphs = [
    `Azerbaijan: XSS test release ${letter} ${TAG}.`,
    ...(opts.everything ? XSS_PAYLOADS.map((p) => p.text) : [cycle.take(1500).text]),
    // The consistency check wants every quote word for word, every speaker and agreement title.
    ...(opts.consistent === false ? [] : quotes.flatMap((q) => [q.text, q.speaker])),
    ...agreements.map((a) => a.title),
  ];
  return {
    attributeIds,
    data: {
      headline,
      summary,
      body: paragraphs.join("\n\n"),
      place,
      date: "2025-03-14",
      time: "16:30",
      offset: "+04:00",
      issuer,
      sourceCredit: cycle.take(200, { singleLine: true }).text,
      countries: "AZ",
      topics: topics.map((p) => p.text).join(", "),
      agreements,
      quotes,
    },
  };
}
