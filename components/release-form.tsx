"use client";

import { useActionState, useEffect, useMemo, useRef, useState, startTransition } from "react";
import { flushSync } from "react-dom";
import { usePathname, useRouter } from "next/navigation";
import { saveReleaseAction } from "@/lib/actions/releases/save";
import { ReleaseLanguageField } from "./release-language-field";
import { contactAfterIssuerChange, type IssuerMediaContact } from "@/lib/domain/media-contact";
import { hasUnsavedChanges } from "@/lib/domain/unsaved-changes";
import { useEditorVersion } from "./editor-version";
import type { ReleaseActionState } from "@/lib/validation/action-state";
import { LIMITS, emptyQuote, type ReleaseFormValues } from "@/lib/validation/release";
import { actionRequestBytes, tooLargeForAction } from "@/lib/validation/request-size";
import { BodyEditor, type BodyEditorHandle } from "./body-editor";
import { InputField, TextAreaField } from "./field";
import { LeaveGuard } from "./leave-guard";
import { MediaContactFieldset } from "./media-contact-fieldset";
import { MediaFieldset, useMediaRows } from "./media-fieldset";
import type { MediaFileView } from "./media-upload";
import { SaveBeforeStepProvider } from "./save-before-step";
import { SaveProblem } from "./save-problem";
import { useRows, withoutKey } from "./release-form-rows";
import { ReleaseRowSections } from "./release-row-sections";
import {
  BesideOriginal,
  OriginalProvider,
  SHARED_HINT,
  TranslationNote,
  type OriginalView,
} from "./translation-original";
import { useAutosave } from "./use-autosave";
import { useSaveShortcut } from "./use-save-shortcut";

type ScalarName = Exclude<keyof ReleaseFormValues, "agreements" | "quotes" | "media">;

const NEW_RELEASE_PATH = /^\/admin\/releases\/new\/?$/;

export interface ReleaseFormProps {
  initial: ReleaseFormValues;
  /** True when readers already see an edition: this save is a correction with a public change note. */
  correcting?: boolean;
  releaseId?: string;
  version?: number;
  /** Names and aliases of known people, offered as speaker suggestions. */
  people: string[];
  /** Why autosave is off for this release (e.g. saving would cancel its schedule); null = on. */
  autosaveOffReason?: string | null;
  /** The workflow steps (each its own form), shown in the action bar beside Save draft. */
  workflow?: React.ReactNode;
  /** Each issuer's last media contact: a new release takes its issuer's (issue 12.6). */
  issuerContacts?: IssuerMediaContact[];
  /** The files of the edition's media rows, as the page loaded them (issue 13). */
  mediaFiles?: MediaFileView[];
  /** Issue 14: on a translation, its original's language (the Language field is fixed). */
  translationOf?: string | null;
  /** Issue 14: on a translation, the original's words shown beside its fields. */
  original?: OriginalView | null;
  /** What the database holds, when it differs from `initial` (a translation given its original's new structure). */
  stored?: ReleaseFormValues;
}

// The action bar comes after the form, not inside it, so that the workflow steps' own forms can share
// it (forms cannot nest): its Save buttons belong to this form through their form attribute.
const FORM_ID = "release-form";

export function ReleaseForm({
  initial,
  releaseId,
  version: loadedVersion,
  people,
  correcting = false,
  autosaveOffReason = null,
  workflow = null,
  issuerContacts = [],
  mediaFiles = [],
  translationOf = null,
  original = null,
  stored: storedAtLoad = initial,
}: ReleaseFormProps) {
  // A translation's structure (dateline instant, countries, rows, speakers) is its original's.
  const translating = original !== null;
  const { version, setVersion } = useEditorVersion(loadedVersion);
  const [state, formAction, pending] = useActionState<ReleaseActionState, FormData>(saveReleaseAction, {
    status: "idle",
  });
  // Controlled fields: what the user typed stays on screen whatever the server answers.
  const [values, setValues] = useState(() => ({ ...initial, agreements: [], quotes: [] }) as ReleaseFormValues);
  const agreements = useRows(initial.agreements);
  const quotes = useRows(initial.quotes);
  const media = useMediaRows(initial.media, mediaFiles);
  const [removedRows, setRemovedRows] = useState(false);
  const [tooLarge, setTooLarge] = useState(false);

  const errors = state.status === "idle" || state.status === "saved" || removedRows ? {} : state.fieldErrors;

  const content = useMemo(
    () => ({
      ...values,
      agreements: agreements.rows.map(withoutKey),
      quotes: quotes.rows.map(withoutKey),
      media: media.values,
    }),
    [values, agreements.rows, quotes.rows, media.values],
  );
  // What the database holds of this form, as far as the page knows: what it was loaded with, then what
  // each autosave stored. Anything else on screen is unsaved, and leaving asks first (issue 12.1).
  const [stored, setStored] = useState<ReleaseFormValues>(storedAtLoad);
  const unsaved = hasUnsavedChanges(stored, content);
  // A new release becomes an existing one when its first autosave creates it.
  const [currentId, setCurrentId] = useState(releaseId);
  const autosave = useAutosave({
    releaseId,
    version,
    setVersion,
    offReason: autosaveOffReason,
    content,
    saveAnswer: state,
    onSaved: setStored,
    onCreated: (id) => {
      setCurrentId(id);
      // The address names the draft now (a reload opens it), without a navigation: nothing re-renders
      // from the server, so the focus, the caret and what is being typed stay as they are.
      window.history.replaceState(null, "", `/admin/releases/${id}`);
    },
  });

  const form = useRef<HTMLFormElement>(null);
  const saveButton = useRef<HTMLButtonElement>(null);
  useSaveShortcut(() => {
    if (!pending) form.current?.requestSubmit(saveButton.current);
  });

  // Back or Forward to the history entry whose address the first autosave moved to the new draft:
  // Next shows this page there again from its cache, an empty new form (whose typing would start a
  // second release). The draft itself is what belongs at that address, so it is opened instead.
  const pathname = usePathname();
  const router = useRouter();
  const movedToDraft = !releaseId && !currentId && !NEW_RELEASE_PATH.test(pathname);
  useEffect(() => {
    if (movedToDraft) router.replace(pathname);
  }, [movedToDraft, pathname, router]);

  const set = (name: ScalarName) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    setValues((v) => ({ ...v, [name]: e.target.value }));

  const setIssuer = (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const issuer = e.target.value;
    setValues((v) => ({ ...v, issuer, ...contactAfterIssuerChange(v, v.issuer, issuer, issuerContacts) }));
  };

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    // Dispatch ourselves so React does not reset the form after the action; without JavaScript the
    // form still posts to the same server action.
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    void dispatchSave(new FormData(event.currentTarget, submitter));
  }

  /** Sends the form's save; false when it was not sent (too large: the form says so). */
  async function dispatchSave(data: FormData): Promise<boolean> {
    // Next refuses an action body over its size limit with a bare 500 (a crash screen, the text lost):
    // say so here instead, before sending anything. useActionState sends the previous state along.
    const oversized = tooLargeForAction(actionRequestBytes(data, state));
    setTooLarge(oversized);
    if (oversized) return false;
    setRemovedRows(false);
    // After any autosave in flight: it may just have created this release, which the save then updates.
    const held = await autosave.holdForSave();
    if (held.id) {
      data.set("id", held.id);
      data.set("version", String(held.version));
    } else {
      data.set("creationKey", autosave.creationKey());
    }
    startTransition(() => formAction(data));
    return true;
  }

  // A workflow step clicked with unsaved changes (issue 12.1): the same save as Save draft, answered
  // here instead of by a redirect, so that the step runs next on the version it made. Its errors show
  // in the form as Save draft's do.
  const stepAnswer = useRef<((answer: ReleaseActionState) => void) | null>(null);
  useEffect(() => {
    if (state.status === "idle" || !stepAnswer.current) return;
    stepAnswer.current(state);
    stepAnswer.current = null;
  }, [state]);
  async function saveBeforeStep(): Promise<number | null> {
    if (!unsaved) return version;
    if (pending || stepAnswer.current || !form.current) return null;
    const sent = content;
    const data = new FormData(form.current, saveButton.current);
    data.set("intent", "step");
    const answer = new Promise<ReleaseActionState>((resolve) => {
      stepAnswer.current = resolve;
    });
    if (!(await dispatchSave(data))) {
      stepAnswer.current = null;
      return null;
    }
    const result = await answer;
    if (result.status !== "saved") return null;
    setStored(sent);
    setVersion(result.version);
    return result.version;
  }

  // Issue 12.3: quotes without retyping. A passage selected in the body becomes a new quote row, whose
  // speaker is asked for next; a quote row's words go into the body where its caret was.
  const body = useRef<BodyEditorHandle>(null);
  function makeQuote(text: string) {
    const index = quotes.rows.length;
    flushSync(() => quotes.add({ ...emptyQuote(), text: text.slice(0, LIMITS.quoteText) }));
    document.getElementById(`quote-${index}-speaker`)?.focus();
  }
  function insertQuote(index: number) {
    const text = quotes.rows[index]?.text ?? "";
    if (text.trim()) body.current?.insertQuotation(text);
    else document.getElementById(`quote-${index}-text`)?.focus();
  }

  const text = (
    name: ScalarName,
    label: string,
    opts: {
      hint?: string;
      max?: number;
      multiline?: boolean;
      type?: "text" | "email" | "tel";
      onChange?: ReturnType<typeof set>;
      /** Shared with the original on a translation: shown read-only (issue 14). */
      shared?: boolean;
    } = {},
  ) => {
    const readOnly = Boolean(opts.shared) && translating;
    return (
      <BesideOriginal path={name} fieldId={name}>
        {(own) => {
          const field = {
            id: name,
            label,
            error: errors[name],
            hint: readOnly ? SHARED_HINT : opts.hint,
            name,
            value: values[name] ?? "",
            onChange: opts.onChange ?? set(name),
            maxLength: opts.max,
            readOnly,
            ...own,
          };
          return opts.multiline ? <TextAreaField {...field} /> : <InputField {...field} type={opts.type ?? "text"} />;
        }}
      </BesideOriginal>
    );
  };

  if (movedToDraft) return <p role="status">Opening the saved draft…</p>;

  const editor = (
    <form id={FORM_ID} ref={form} action={formAction} onSubmit={onSubmit} noValidate aria-describedby="form-status">
      <LeaveGuard dirty={unsaved} />
      <SaveProblem
        tooLarge={tooLarge}
        state={state}
        currentId={currentId}
        unsavedText={[values.headline, values.summary, values.body].filter(Boolean).join("\n\n")}
      />
      <TranslationNote />

      {currentId ? <input type="hidden" name="id" value={currentId} /> : null}
      {currentId ? <input type="hidden" name="version" value={version} /> : null}

      {text("headline", "Headline", { max: LIMITS.headline })}
      {text("summary", "Summary", {
        max: LIMITS.summary,
        multiline: true,
        hint: "One or two sentences shown in lists and previews.",
      })}
      <BesideOriginal path="body" fieldId="body">
        {(own) => (
          <BodyEditor
            ref={body}
            value={values.body}
            onChange={set("body")}
            error={errors.body}
            maxLength={LIMITS.body}
            own={own}
            // A translation's quotes are its original's: none is made here.
            onMakeQuote={translating ? undefined : makeQuote}
            canMakeQuote={quotes.rows.length < LIMITS.quotes}
            quotes={content.quotes}
          />
        )}
      </BesideOriginal>

      <fieldset>
        <legend>Dateline</legend>
        <div className="row">
          {text("datelinePlace", "Dateline place", { max: LIMITS.place, hint: "Optional, e.g. Baku" })}
          <InputField
            id="date"
            label="Date"
            error={errors.date}
            hint={translating ? SHARED_HINT : undefined}
            readOnly={translating}
            type="date"
            name="date"
            value={values.date}
            onChange={set("date")}
          />
          <InputField
            id="time"
            label="Time"
            error={errors.time}
            hint={translating ? SHARED_HINT : "Leave time and UTC offset empty for a date-only dateline"}
            readOnly={translating}
            type="time"
            name="time"
            value={values.time}
            onChange={set("time")}
          />
          {text("utcOffset", "UTC offset", { hint: "e.g. +04:00", max: 10, shared: true })}
        </div>
      </fieldset>

      <div className="row">
        {text("issuer", "Issuer", { max: LIMITS.issuer, onChange: setIssuer })}
        {text("sourceCredit", "Source credit", { max: LIMITS.sourceCredit, hint: "Optional" })}
      </div>
      <div className="row">
        {text("countries", "Countries", { hint: "ISO codes separated by commas, e.g. AZ, CN", max: 600, shared: true })}
        {text("topics", "Topics", { hint: "Optional, separated by commas", max: 2000 })}
      </div>
      <ReleaseLanguageField
        value={values.language ?? "en"}
        error={errors.language}
        translationOf={translationOf}
        onChange={(e) => setValues((v) => ({ ...v, language: e.target.value }))}
      />

      <MediaContactFieldset>
        {text("mediaContactName", "Media contact name", { max: LIMITS.mediaContactName })}
        {text("mediaContactEmail", "Media contact email", { max: LIMITS.mediaContactEmail, type: "email" })}
        {text("mediaContactPhone", "Media contact phone", { max: LIMITS.mediaContactPhone, type: "tel" })}
      </MediaContactFieldset>

      {correcting
        ? text("changeNote", "Change note", {
            max: LIMITS.note,
            multiline: true,
            hint: "Public: shown on the release as “Updated ‹date›: ‹note›” once this edition is published.",
          })
        : null}

      <ReleaseRowSections
        agreements={agreements}
        quotes={quotes}
        errors={errors}
        people={people}
        translating={translating}
        onRemoved={() => setRemovedRows(true)}
        onInsertQuote={insertQuote}
      />

      <MediaFieldset rows={media.rows} setRows={media.setRows} errors={errors} onReshape={() => setRemovedRows(true)} />
    </form>
  );

  return (
    <SaveBeforeStepProvider value={{ unsaved, save: saveBeforeStep }}>
      <OriginalProvider value={original}>{editor}</OriginalProvider>
      <div className="action-bar" role="group" aria-label="Release actions">
        <div className="save-actions">
          <button ref={saveButton} type="submit" form={FORM_ID} name="intent" value="save" disabled={pending}>
            Save draft
          </button>
          {releaseId ? null : (
            <button type="submit" form={FORM_ID} name="intent" value="submit" disabled={pending}>
              Save and submit for review
            </button>
          )}
          {pending ? <span role="status">Saving…</span> : null}
          {autosave.message ? (
            <span className="autosave" role="status" aria-label="Autosave">
              {autosave.message}
            </span>
          ) : null}
        </div>
        {workflow}
      </div>
    </SaveBeforeStepProvider>
  );
}
