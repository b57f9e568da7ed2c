import type { ReactNode } from "react";
import type { ReleaseDTO } from "@/lib/dal/releases";
import { mediaContactOf, telHref } from "@/lib/domain/media-contact";
import { attachmentsOf, galleryImages, leadImage } from "@/lib/domain/media/reader";
import { readerMessages, type ReaderChrome } from "@/lib/i18n/messages";
import { releaseBodyFor } from "@/lib/i18n/release-body";
import { Dateline } from "./dateline";
import { CountryLinks, PartyLinks } from "./entity-links";
import type { MediaHref } from "./media-picture";
import { ReleaseAttachments } from "./release-attachments";
import { ReleaseBody } from "./release-body";
import { ReleaseGallery } from "./release-gallery";
import { ReleaseLeadImage } from "./release-lead-image";

/**
 * The public rendering of a release: used by the release page and previews. `share` is the release
 * page's share bar (a preview has none: its address is private). `mediaHref` rewrites media addresses
 * (a preview serves a draft's files under its token; /media/ serves only live editions'). `chrome`:
 * the labels, dates and names in the page's language (issue 14); English when not given (previews).
 */
export function ReleaseArticle({
  release,
  share,
  mediaHref,
  chrome = readerMessages("en"),
}: {
  release: ReleaseDTO;
  share?: ReactNode;
  mediaHref?: MediaHref;
  chrome?: ReaderChrome;
}) {
  const { t } = chrome;
  // A translation's entity links lead to its language's lists (issue 14), where its words are.
  const lists = release.translationOf ? release.language : null;
  const lead = leadImage(release.media);
  return (
    <article>
      <header>
        <h1>{release.headline}</h1>
        <div className="article-meta">
          <p>
            <Dateline
              at={release.datelineAt}
              offsetMinutes={release.datelineOffsetMinutes}
              place={release.datelinePlace}
              text={chrome.dateline(release.datelineAt, release.datelineOffsetMinutes, release.datelinePlace)}
            />
          </p>
          <p>
            {t("release.issuedBy")} <span className="issuer">{release.issuer}</span>
            {release.sourceCredit ? (
              <>
                {" · "}
                {t("release.source")} <span className="source-credit">{release.sourceCredit}</span>
              </>
            ) : null}
          </p>
          {release.countries.length > 0 ? (
            <p>
              {t("release.countries")}{" "}
              <CountryLinks
                codes={release.countries}
                name={chrome.country}
                separator={t("release.listSeparator")}
                homePath={lists ? `/${lists}` : "/"}
              />
            </p>
          ) : null}
        </div>
        {release.changes[0] ? (
          <p className="updated-note">
            <strong>{t("release.updated", { date: chrome.day(release.changes[0].at) })}</strong>{" "}
            {release.changes[0].note}
          </p>
        ) : null}
        {release.summary ? <p className="summary lead">{release.summary}</p> : null}
        {share}
      </header>
      {lead ? <ReleaseLeadImage image={lead} href={mediaHref} /> : null}

      {/* Stored when the edition went live, or rendered now (issue 17); a translation's quotes say so (issue 14). */}
      <ReleaseBody rendered={releaseBodyFor(release, chrome)} />
      <ReleaseGallery images={galleryImages(release.media)} href={mediaHref} />
      <ReleaseAttachments files={attachmentsOf(release.media)} href={mediaHref} />

      {release.agreements.length > 0 ? (
        <section aria-labelledby="agreements-heading">
          <h2 id="agreements-heading">{t("release.agreements")}</h2>
          <ul className="agreements">
            {release.agreements.map((agreement, i) => (
              <li key={i} className="agreement-card">
                <span className="agreement-type">{chrome.agreementType(agreement.type)}</span>
                <span className="agreement-title">{agreement.title}</span>
                {agreement.note ? <span className="agreement-note">({agreement.note})</span> : null}
                {agreement.signedOn ? (
                  <p className="agreement-signed">
                    <span className="label">{t("release.signed")}</span>{" "}
                    <time dateTime={agreement.signedOn}>{signedDay(agreement.signedOn, chrome)}</time>
                  </p>
                ) : null}
                {/* Not a nested list: the Agreements section has exactly one list item per agreement. */}
                <p className="agreement-parties">
                  <span className="label">{t("release.parties")}</span>{" "}
                  <PartyLinks
                    parties={agreement.parties}
                    agreementsPath={lists ? `/${lists}/agreements` : "/agreements"}
                  />
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {release.changes.length > 0 ? (
        <section aria-labelledby="changes-heading" className="changes">
          <h2 id="changes-heading">{t("release.changes")}</h2>
          <ol>
            {release.changes.map((change, i) => (
              <li key={i}>
                <time dateTime={change.at.toISOString()}>{chrome.day(change.at)}</time>: {change.note}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <MediaContactSection release={release} heading={t("release.mediaContact")} />
    </article>
  );
}

/** Who journalists contact about the release (issue 12.6): the last thing on the page, as on paper. */
function MediaContactSection({ release, heading }: { release: ReleaseDTO; heading: string }) {
  const contact = mediaContactOf(release);
  if (!contact) return null;
  return (
    <section aria-labelledby="media-contact-heading" className="media-contact">
      <h2 id="media-contact-heading">{heading}</h2>
      <address>
        <span className="media-contact-name">{contact.name}</span>
        {contact.email ? (
          <>
            <br />
            <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </>
        ) : null}
        {contact.phone ? (
          <>
            <br />
            <a href={telHref(contact.phone)}>{contact.phone}</a>
          </>
        ) : null}
      </address>
    </section>
  );
}

/** "2024-07-03" → "3 July 2024". A signing date is a calendar day, not an instant: read it as UTC so no zone shifts it. */
function signedDay(isoDate: string, chrome: ReaderChrome): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : chrome.day(date);
}
