import { Fragment, type ComponentProps } from "react";
import type { Root } from "mdast";
import { markQuotes, type QuoteMarking, type QuoteToMark } from "@/lib/domain/quote-marks";
import { ENGLISH_BODY_LABELS, type BodyLabels } from "@/lib/i18n/body-labels";
import { SpeakerLink } from "./entity-links";
import { renderMarkdown } from "./markdown";

// A release's body with its quotes marked up where the body says them (issue 12.8: a quote appears
// once), then a compact "Quoted in this release" index. No server-only import: the editor's live
// preview renders the same component from the form's values.

/** What the body needs of a quote; the speaker's slug is absent for a person not saved yet (preview). */
export interface BodyQuote {
  text: string;
  speaker: { name: string; slug?: string | null };
  speakerRole?: string | null;
  speakerOrganisation?: string | null;
  /** Issue 14: in a translation, "Translated from Azerbaijani": the words are not the speaker's own. */
  translatedFrom?: string | null;
}

const personHref = (slug: string) => `/people/${encodeURIComponent(slug)}`;

function Speaker({ quote }: { quote: BodyQuote }) {
  const { slug, name } = quote.speaker;
  return slug ? <SpeakerLink slug={slug} name={name} /> : <span className="speaker">{name}</span>;
}

/** "Name, Role, Organisation", the name linked: the attribution every caption and index entry uses. */
function Attribution({ quote }: { quote: BodyQuote }) {
  return (
    <>
      <Speaker quote={quote} />
      {[quote.speakerRole, quote.speakerOrganisation]
        .filter(Boolean)
        .map((part) => `, ${part}`)
        .join("")}
      {quote.translatedFrom ? <span className="quote-translated"> ({quote.translatedFrom})</span> : null}
    </>
  );
}

/** A permanent address for a quote, for journalists citing it (the JSON-LD Quotation has the same URL). */
function Permalink({ n, labels }: { n: number; labels: BodyLabels }) {
  return (
    <a className="quote-permalink" href={`#quote-${n}`} aria-label={labels.linkToQuote(n)}>
      #
    </a>
  );
}

/** The caption of a figure in the body (its quote numbers in data-quotes), then each quote's permalink. */
function captionOf(quotes: readonly BodyQuote[], labels: BodyLabels) {
  return function QuoteCaption({ node, ...props }: ComponentProps<"figcaption"> & { node?: { properties?: object } }) {
    const numbers = String((node?.properties as { dataQuotes?: unknown } | undefined)?.dataQuotes ?? "")
      .split(" ")
      .filter((n) => n !== "" && quotes[Number(n)])
      .map(Number);
    return (
      <>
        <figcaption {...props}>
          {numbers.map((i, k) => (
            <Fragment key={i}>
              {k > 0 ? "; " : null}
              <Attribution quote={quotes[i]!} />
            </Fragment>
          ))}
        </figcaption>
        {numbers.map((i) => (
          <Permalink key={i} n={i + 1} labels={labels} />
        ))}
      </>
    );
  };
}

/** Speakers in order of first appearance, each with the numbers of their quotes. */
function bySpeaker(quotes: readonly BodyQuote[]) {
  const groups = new Map<string, { quote: BodyQuote; numbers: number[] }>();
  quotes.forEach((quote, i) => {
    const key = quote.speaker.slug ?? `name:${quote.speaker.name}`;
    const group = groups.get(key) ?? { quote, numbers: [] };
    group.numbers.push(i + 1);
    groups.set(key, group);
  });
  return [...groups.values()];
}

function QuoteIndex({
  quotes,
  unplaced,
  labels,
}: {
  quotes: readonly BodyQuote[];
  unplaced: readonly number[];
  labels: BodyLabels;
}) {
  return (
    <section className="quote-index" aria-labelledby="quote-index-heading">
      <h2 id="quote-index-heading">{labels.quotedInThisRelease}</h2>
      <ul>
        {bySpeaker(quotes).map(({ quote, numbers }) => (
          <li key={numbers[0]}>
            <Attribution quote={quote} />:{" "}
            {numbers.map((n, k) => (
              <Fragment key={n}>
                {k > 0 ? ", " : null}
                <a href={`#quote-${n}`}>{labels.quote(n)}</a>
              </Fragment>
            ))}
          </li>
        ))}
      </ul>
      {/* A quote the body does not hold (published anyway, with a reason) is printed here, once. */}
      {unplaced.map((i) => {
        const quote = quotes[i]!;
        return (
          <figure className="quote" id={`quote-${i + 1}`} key={i}>
            <blockquote cite={quote.speaker.slug ? personHref(quote.speaker.slug) : undefined}>
              <p>{quote.text}</p>
            </blockquote>
            <figcaption>
              <Attribution quote={quote} />
            </figcaption>
            <Permalink n={i + 1} labels={labels} />
          </figure>
        );
      })}
    </section>
  );
}

/** `labels`: the quote index's words in the page's language (issue 14); English by default. */
export function ReleaseBody({
  body,
  quotes,
  labels = ENGLISH_BODY_LABELS,
}: {
  body: string;
  quotes: readonly BodyQuote[];
  labels?: BodyLabels;
}) {
  const toMark: QuoteToMark[] = quotes.map((q) => ({
    text: q.text,
    cite: q.speaker.slug ? personHref(q.speaker.slug) : undefined,
  }));
  // The plugin runs inside renderMarkdown, synchronously, and records what the body did not hold.
  const marking: QuoteMarking = { placed: [], unplaced: [] };
  const remarkQuotes = () => (tree: Root) => {
    Object.assign(marking, markQuotes(tree, toMark));
  };
  // Rendered here and now (not as a child element), so the index below knows what the body holds.
  const article = renderMarkdown(body, {
    remarkPlugins: [remarkQuotes],
    components: { figcaption: captionOf(quotes, labels) },
  });
  return (
    <>
      <div className="article-body">{article}</div>
      {quotes.length > 0 ? <QuoteIndex quotes={quotes} unplaced={marking.unplaced} labels={labels} /> : null}
    </>
  );
}
