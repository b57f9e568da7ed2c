// The emails of distribution, as pure functions of plain data: subject, plain text and HTML.
// The HTML is semantic (headings, lists, blockquotes, lang, alt text) so screen readers and plain
// mail clients read it in order; no images other than the release's own lead image, and no tracking.
import { AGREEMENT_TYPE_LABELS, type AgreementTypeValue } from "../agreement-types";
import { escapeHtml } from "../escape-html";

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

export interface ReleaseMailData {
  headline: string;
  summary: string;
  /** "Baku, 4 July 2024 09:00 (UTC+04:00)". */
  dateline: string;
  issuer: string;
  agreements: Array<{ type: AgreementTypeValue; title: string; parties: string[]; signedOn: string | null }>;
  quotes: Array<{ text: string; speaker: string; role: string | null; organisation: string | null }>;
  /** Absolute URL of the public page (or, under embargo, of the private link). */
  url: string;
  /** Absolute URL of the lead image (the lead photo, else the release's share image). */
  imageUrl: string | null;
  /** The lead photo's alt text ("" for the share image, which only repeats the headline). */
  imageAlt?: string;
  /** A correction's public change note. */
  changeNote: string | null;
  /** The full body (Markdown source as plain text): embargoed sends carry the whole release. */
  body?: string;
}

export interface FooterLinks {
  preferencesUrl: string;
  unsubscribeUrl: string;
}

function speakerLine(q: ReleaseMailData["quotes"][number]): string {
  return [q.speaker, q.role, q.organisation].filter(Boolean).join(", ");
}

function agreementLine(a: ReleaseMailData["agreements"][number]): string {
  const parties = a.parties.length ? ` — ${a.parties.join("; ")}` : "";
  const signed = a.signedOn ? ` (signed ${a.signedOn})` : "";
  return `${AGREEMENT_TYPE_LABELS[a.type]}: ${a.title}${parties}${signed}`;
}

function textBlocks(r: ReleaseMailData): string[] {
  const lines = [r.headline, r.dateline, "", r.summary];
  if (r.changeNote) lines.push("", `Updated: ${r.changeNote}`);
  if (r.agreements.length) lines.push("", "Agreements", ...r.agreements.map((a) => `- ${agreementLine(a)}`));
  if (r.quotes.length) lines.push("", "Quotes", ...r.quotes.flatMap((q) => [`"${q.text}"`, `  — ${speakerLine(q)}`]));
  if (r.body) lines.push("", r.body);
  return lines;
}

function htmlBlocks(r: ReleaseMailData): string {
  const parts = [
    r.imageUrl
      ? `<img src="${escapeHtml(r.imageUrl)}" alt="${escapeHtml(r.imageAlt ?? "")}" width="600" style="max-width:100%;height:auto">`
      : "",
    `<h1 style="font-size:24px">${escapeHtml(r.headline)}</h1>`,
    `<p><strong>${escapeHtml(r.dateline)}</strong> — ${escapeHtml(r.issuer)}</p>`,
    `<p>${escapeHtml(r.summary)}</p>`,
  ];
  if (r.changeNote) parts.push(`<p><strong>Updated:</strong> ${escapeHtml(r.changeNote)}</p>`);
  if (r.agreements.length) {
    parts.push(
      `<section aria-labelledby="agreements"><h2 id="agreements" style="font-size:18px">Agreements</h2><ul>`,
      ...r.agreements.map(
        (a) =>
          `<li><strong>${escapeHtml(AGREEMENT_TYPE_LABELS[a.type])}</strong>: ${escapeHtml(a.title)}` +
          (a.parties.length ? `<br>Parties: ${escapeHtml(a.parties.join("; "))}` : "") +
          (a.signedOn ? `<br>Signed: ${escapeHtml(a.signedOn)}` : "") +
          `</li>`,
      ),
      `</ul></section>`,
    );
  }
  if (r.quotes.length) {
    parts.push(
      `<section aria-labelledby="quotes"><h2 id="quotes" style="font-size:18px">Quotes</h2>`,
      ...r.quotes.map(
        (q) =>
          `<blockquote style="margin:0 0 16px;padding-left:12px;border-left:3px solid #888"><p>${escapeHtml(q.text)}</p>` +
          `<p>— ${escapeHtml(speakerLine(q))}</p></blockquote>`,
      ),
      `</section>`,
    );
  }
  if (r.body) {
    parts.push(
      ...r.body
        .split(/\n{2,}/)
        .filter((p) => p.trim())
        .map((p) => `<p>${escapeHtml(p.trim())}</p>`),
    );
  }
  return parts.filter(Boolean).join("\n");
}

function page(title: string, inner: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head><body style="font-family:sans-serif;line-height:1.5;color:#111;max-width:640px;margin:0 auto;padding:16px">\n${inner}\n</body></html>`;
}

function footerText(links: FooterLinks): string[] {
  return ["", "--", `Change what you receive: ${links.preferencesUrl}`, `Unsubscribe: ${links.unsubscribeUrl}`];
}

function footerHtml(links: FooterLinks): string {
  return (
    `<hr><p style="font-size:14px">You receive this because you subscribed to press releases. ` +
    `<a href="${escapeHtml(links.preferencesUrl)}">Change what you receive</a> · ` +
    `<a href="${escapeHtml(links.unsubscribeUrl)}">Unsubscribe</a></p>`
  );
}

/** A subscriber's alert for one published (or corrected) release. */
export function alertMail(r: ReleaseMailData, links: FooterLinks): MailContent {
  const subject = r.changeNote ? `Updated: ${r.headline}` : r.headline;
  const text = [...textBlocks(r), "", `Read it: ${r.url}`, ...footerText(links)].join("\n");
  const html = page(
    subject,
    `${htmlBlocks(r)}\n<p><a href="${escapeHtml(r.url)}">Read the release</a></p>\n${footerHtml(links)}`,
  );
  return { subject, text, html };
}

/** The daily digest: every matching release of the day in one message. */
export function digestMail(releases: ReleaseMailData[], day: string, links: FooterLinks): MailContent {
  const subject = `Press releases of ${day} (${releases.length})`;
  const text = [
    subject,
    "",
    ...releases.flatMap((r) => [r.headline, r.dateline, r.summary, r.url, ""]),
    ...footerText(links),
  ].join("\n");
  const items = releases
    .map(
      (r) =>
        `<article><h2 style="font-size:18px"><a href="${escapeHtml(r.url)}">${escapeHtml(r.headline)}</a></h2>` +
        `<p><strong>${escapeHtml(r.dateline)}</strong></p><p>${escapeHtml(r.summary)}</p></article>`,
    )
    .join("\n");
  return {
    subject,
    text,
    html: page(subject, `<h1 style="font-size:22px">${escapeHtml(subject)}</h1>\n${items}\n${footerHtml(links)}`),
  };
}

/** "EMBARGOED UNTIL 14 March 2025 16:30 (UTC+04:00, Asia/Baku)": subject, first line and the page. */
export function embargoMail(r: ReleaseMailData, embargoLine: string): MailContent {
  const line = `EMBARGOED UNTIL ${embargoLine}`;
  const subject = `${line}: ${r.headline}`;
  const notice =
    "Not for publication before the time above. The private link works until then and afterwards leads to the public page.";
  const text = [line, notice, "", ...textBlocks({ ...r }), "", `Private link: ${r.url}`].join("\n");
  const html = page(
    subject,
    `<p style="font-size:18px;border:2px solid #b00;padding:8px"><strong>${escapeHtml(line)}</strong><br>${escapeHtml(notice)}</p>\n` +
      `${htmlBlocks(r)}\n<p><a href="${escapeHtml(r.url)}">Private link to the release</a></p>`,
  );
  return { subject, text, html };
}

/** The double opt-in message. */
export function confirmationMail(confirmUrl: string, siteName: string, hours: number): MailContent {
  const subject = `Confirm your subscription to ${siteName}`;
  const text = [
    `Someone (we hope you) asked to receive press releases from ${siteName} at this address.`,
    "",
    `Confirm: ${confirmUrl}`,
    "",
    `The link works for ${hours} hours. If you did not ask, ignore this message: nothing will be sent.`,
  ].join("\n");
  const html = page(
    subject,
    `<p>Someone (we hope you) asked to receive press releases from ${escapeHtml(siteName)} at this address.</p>` +
      `<p><a href="${escapeHtml(confirmUrl)}">Confirm the subscription</a></p>` +
      `<p>The link works for ${hours} hours. If you did not ask, ignore this message: nothing will be sent.</p>`,
  );
  return { subject, text, html };
}

/** A short notice to a person (an administrator), text with a mirrored HTML. */
export function noticeMail(subject: string, lines: string[]): MailContent {
  return {
    subject,
    text: lines.join("\n"),
    html: page(subject, lines.map((l) => `<p>${escapeHtml(l)}</p>`).join("\n")),
  };
}
