"use client";

import { createContext, useContext } from "react";
import { languageDirection, languageName, type TextDirection } from "@/lib/domain/languages";
import type { TextPart } from "@/lib/domain/text-diff";
import type { DroppedRows } from "@/lib/domain/translation-original";
import { visuallyHidden } from "./history-text-diff";

// Issue 14, the translation form: the release form of a translation shows, beside each field the
// translator writes (above it on a narrow screen), the original's words for that field, in the
// original's language (lang, dir) and describing the field for screen readers. The release form and
// its rows ask for them through this context, so a form without one (an original) is unchanged.

export interface OriginalView {
  /** The original's language. */
  language: string;
  /** The translation's language: what its own fields are written in. */
  ownLanguage: string;
  /** The original's edition shown, and the one the translation follows (changes are marked since it). */
  editionNumber: number;
  sourceEdition: number | null;
  /** The original's words by field path (lib/domain/translation-original.ts) and what changed in them. */
  texts: Record<string, string>;
  changes: Record<string, TextPart[]>;
  /** Rows of the translation its original no longer has: left out when it is saved. */
  dropped: DroppedRows;
  /** The form shows structure of the original the translation has not stored yet (saving stores it). */
  structureChanged: boolean;
}

const OriginalContext = createContext<OriginalView | null>(null);
export const OriginalProvider = OriginalContext.Provider;
/** The original beside this form's fields; null on an original's form. */
export const useOriginal = () => useContext(OriginalContext);

/** The hint of a field a translation shares with its original (shown read-only). */
export const SHARED_HINT = "The original's: change it there.";

/** What a translator's own field carries: its language, and the original's words as its description. */
export interface OwnFieldProps {
  describedBy?: string;
  lang?: string;
  dir?: TextDirection;
}

/**
 * A translatable field with the original's words for it (`path`) before it: side by side when there
 * is room, the original above. Without an original, or when the original has nothing for this field
 * and nothing changed in it, the field alone.
 */
export function BesideOriginal({
  path,
  fieldId,
  children,
}: {
  path: string;
  fieldId: string;
  children: (own: OwnFieldProps) => React.ReactNode;
}) {
  const view = useOriginal();
  const text = view?.texts[path];
  if (!view || text === undefined) return children({});
  const own = { lang: view.ownLanguage, dir: languageDirection(view.ownLanguage) };
  const change = view.changes[path];
  if (text === "" && !change) return children(own);
  const id = `${fieldId}-original`;
  const words = { lang: view.language, dir: languageDirection(view.language) };
  return (
    <div className="translation-pair">
      <div className="translation-pair-inner">
        <div className="original-text" id={id}>
          <p className="original-caption" id={`${id}-caption`}>
            {languageName(view.language)} original
            {change ? <strong> · changed since edition {view.sourceEdition}</strong> : null}
          </p>
          <div className="original-words" {...words}>
            {change ? <ChangedWords parts={change} /> : text}
          </div>
          {/* What the field's description reads when words changed: the original now, not the diff. */}
          {change ? (
            <span hidden id={`${id}-now`} {...words}>
              {text}
            </span>
          ) : null}
        </div>
        <div className="translation-own">
          {children({ ...own, describedBy: change ? `${id}-caption ${id}-now` : id })}
        </div>
      </div>
    </div>
  );
}

/** The original's words with what changed since the edition the translation follows: <ins>/<del>. */
function ChangedWords({ parts }: { parts: TextPart[] }) {
  return parts.map((part, i) => {
    if (part.kind === "same") return <span key={i}>{part.text}</span>;
    const Tag = part.kind === "added" ? "ins" : "del";
    // A replacement reads "old new", not "oldnew".
    const gap = part.kind === "added" && parts[i - 1]?.kind === "removed" && !/^\s/.test(part.text) ? " " : "";
    return (
      <span key={i}>
        {gap}
        <Tag>
          {/* Said to screen readers, which mostly do not announce <ins>/<del>; in the editor's language. */}
          <span style={visuallyHidden} lang="en">
            {part.kind === "added" ? "added: " : "removed: "}
          </span>
          {part.text}
        </Tag>
      </span>
    );
  });
}

/** At the top of a translation's form: what is shown beside the fields, and what is the original's. */
export function TranslationNote() {
  const view = useOriginal();
  if (!view) return null;
  const from = languageName(view.language);
  const behind = view.sourceEdition !== null && view.editionNumber !== view.sourceEdition;
  const { agreements, quotes } = view.dropped;
  const dropped = [
    agreements ? `${agreements} agreement${agreements > 1 ? "s" : ""}` : null,
    quotes ? `${quotes} quote${quotes > 1 ? "s" : ""}` : null,
  ].filter(Boolean);
  return (
    <div className="notice ok translation-note" role="note" aria-label="Translation">
      <p>
        Translating from {from} into {languageName(view.ownLanguage)}: the original&apos;s words (edition{" "}
        {view.editionNumber}) are shown beside each field. The date and time, countries, agreement types and signing
        dates and the people quoted are the original&apos;s, and change there; write each speaker&apos;s name as{" "}
        {languageName(view.ownLanguage)} writes it.
      </p>
      {behind ? (
        <p>
          The original has a newer published edition ({view.editionNumber}) than the one this translation follows (
          {view.sourceEdition}): what changed since is marked beside the fields.
        </p>
      ) : null}
      {view.structureChanged ? (
        <p>
          The original&apos;s date, countries, agreements or speakers changed since this translation was saved: the form
          shows the original&apos;s, and saving brings them into the translation.
        </p>
      ) : null}
      {dropped.length > 0 ? (
        <p>
          The original no longer has {dropped.join(" and ")} of this translation: saving leaves{" "}
          {dropped.length > 1 || agreements + quotes > 1 ? "them" : "it"} out.
        </p>
      ) : null}
    </div>
  );
}
