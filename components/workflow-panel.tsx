"use client";

import { startTransition, useActionState, useState } from "react";
import { approveReleaseAction } from "@/lib/actions/releases/approve";
import { confirmReviewReleaseAction } from "@/lib/actions/releases/confirm-review";
import { forcePublishReleaseAction } from "@/lib/actions/releases/force-publish";
import { publishReleaseAction } from "@/lib/actions/releases/publish";
import { rejectReleaseAction } from "@/lib/actions/releases/reject";
import { scheduleReleaseAction } from "@/lib/actions/releases/schedule";
import { submitReleaseAction } from "@/lib/actions/releases/submit";
import { unpublishReleaseAction } from "@/lib/actions/releases/unpublish";
import { withdrawReleaseAction } from "@/lib/actions/releases/withdraw";
import type { WorkflowAction } from "@/lib/domain/workflow";
import type { WorkflowActionState } from "@/lib/validation/workflow";
import { useEditorVersion } from "./editor-version";
import { Field } from "./field";
import { useSaveBeforeStep } from "./save-before-step";

type Action = (prev: WorkflowActionState, form: FormData) => Promise<WorkflowActionState>;

interface StepProps {
  releaseId: string;
  version: number;
  action: Action;
  button: string;
  danger?: boolean;
  fields?: Array<{
    name: string;
    label: string;
    hint?: string;
    type?: "text" | "date" | "time" | "textarea";
    defaultValue?: string;
  }>;
}

/** One workflow step: its own small form, answer and field errors (what was typed stays). */
function Step({ releaseId, version: loadedVersion, action, button, danger, fields = [] }: StepProps) {
  const { version } = useEditorVersion(loadedVersion);
  const [state, formAction, pending] = useActionState<WorkflowActionState, FormData>(action, { status: "idle" });
  const saveFirst = useSaveBeforeStep();
  const [saving, setSaving] = useState(false);
  // The step acts on the stored edition: typed changes are saved first and the step runs on that new
  // version; a failed save stops it (the release form shows why). Nothing typed: the form posts as
  // it is, as it does without JavaScript.
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    if (!saveFirst?.unsaved) return;
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    setSaving(true);
    void saveFirst.save().then((saved) => {
      setSaving(false);
      if (saved === null) return;
      data.set("version", String(saved));
      startTransition(() => formAction(data));
    });
  }
  const values = state.status === "idle" ? {} : (state.values ?? {});
  const errors = state.status === "idle" ? {} : (state.fieldErrors ?? {});
  const idFor = (name: string) => `${button.toLowerCase().replace(/\W+/g, "-")}-${name}`;
  // A refusal by the consistency check offers the reason field even when the page did not (the
  // content may have been autosaved since the page loaded).
  if (
    state.status === "invalid" &&
    state.message.includes("consistency problem") &&
    !fields.some((f) => f.name === ANYWAY_FIELD.name)
  ) {
    fields = [...fields, ANYWAY_FIELD];
  }
  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      className={fields.length > 0 ? "workflow-step with-fields" : "workflow-step"}
      aria-label={button}
    >
      <input type="hidden" name="id" value={releaseId} />
      <input type="hidden" name="version" value={version} />
      {fields.map((f) => (
        <Field key={f.name} id={idFor(f.name)} label={f.label} hint={f.hint} error={errors[f.name]}>
          {(aria) =>
            f.type === "textarea" ? (
              <textarea
                {...aria}
                name={f.name}
                defaultValue={values[f.name] ?? f.defaultValue ?? ""}
                rows={2}
                maxLength={2000}
              />
            ) : (
              <input
                {...aria}
                type={f.type ?? "text"}
                name={f.name}
                defaultValue={values[f.name] ?? f.defaultValue ?? ""}
                maxLength={64}
              />
            )
          }
        </Field>
      ))}
      <button type="submit" className={danger ? "danger" : "secondary"} disabled={pending || saving}>
        {button}
      </button>
      {state.status !== "idle" ? (
        <p className="notice error" role="alert" aria-label={`${button} problem`}>
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

export interface WorkflowPanelProps {
  releaseId: string;
  version: number;
  /** Steps this user may take now (role permission and state machine already applied). */
  actions: WorkflowAction[];
  /** Defaults for the schedule fields: the writer's dateline offset, tomorrow. */
  scheduleDefaults: { date: string; time: string; zone: string };
  /** The consistency check has problems: Submit, Schedule and Publish ask for a reason to go ahead anyway. */
  askPublishAnywayReason?: boolean;
  /** Why an expected button (Approve, Schedule, Publish) is missing, in one sentence. */
  guidance?: string | null;
  /** Issue 14: the published translations a withdrawal of this original withdraws too ("AZ, AR"). */
  withdrawsTranslations?: string[];
}

const ANYWAY_FIELD: NonNullable<StepProps["fields"]>[number] = {
  name: "publishAnywayReason",
  label: "Reason to publish anyway",
  type: "textarea",
  hint: "The consistency check found problems: fix them, or say why (recorded in the history)",
};

export function WorkflowPanel({
  releaseId,
  version,
  actions,
  scheduleDefaults,
  askPublishAnywayReason = false,
  guidance = null,
  withdrawsTranslations = [],
}: WorkflowPanelProps) {
  const has = (a: WorkflowAction) => actions.includes(a);
  const anyway = askPublishAnywayReason ? [ANYWAY_FIELD] : [];
  const common = { releaseId, version };
  if (actions.length === 0 && !guidance) return null;
  // Rendered inside the release form's action bar, beside Save draft (issue 12.5): steps without fields
  // are a button each on Save's row, steps with fields (schedule, reasons) follow as small cards.
  return (
    <div className="workflow-steps">
      {has("submit") ? (
        <Step {...common} action={submitReleaseAction} button="Submit for review" fields={anyway} />
      ) : null}
      {has("approve") ? <Step {...common} action={approveReleaseAction} button="Approve" /> : null}
      {has("publish") ? <Step {...common} action={publishReleaseAction} button="Publish" fields={anyway} /> : null}
      {has("schedule") ? (
        <Step
          {...common}
          action={scheduleReleaseAction}
          button="Schedule"
          fields={[
            { name: "publishDate", label: "Publish date", type: "date", defaultValue: scheduleDefaults.date },
            { name: "publishTime", label: "Publish time", type: "time", defaultValue: scheduleDefaults.time },
            {
              name: "publishZone",
              label: "Publish UTC offset",
              hint: "e.g. +04:00, or a time zone such as Asia/Baku",
              defaultValue: scheduleDefaults.zone,
            },
            ...anyway,
          ]}
        />
      ) : null}
      {has("reject") ? (
        <Step
          {...common}
          action={rejectReleaseAction}
          button="Reject"
          danger
          fields={[{ name: "remark", label: "Remark", type: "textarea", hint: "What the writer should change" }]}
        />
      ) : null}
      {has("force_publish") ? (
        <Step
          {...common}
          action={forcePublishReleaseAction}
          button="Force publish"
          danger
          fields={[
            {
              name: "reason",
              label: "Reason for publishing without review",
              type: "textarea",
              hint: "Recorded in the history and flagged for a later review",
            },
          ]}
        />
      ) : null}
      {has("confirm_review") ? (
        <Step {...common} action={confirmReviewReleaseAction} button="Mark force-publish as reviewed" />
      ) : null}
      {has("unpublish") ? <Step {...common} action={unpublishReleaseAction} button="Unpublish" danger /> : null}
      {has("withdraw") ? (
        <Step
          {...common}
          action={withdrawReleaseAction}
          button="Withdraw"
          danger
          fields={[
            {
              name: "reason",
              label: "Reason",
              type: "textarea",
              hint:
                withdrawsTranslations.length > 0
                  ? `Shown to readers at the release's address and its translations' (${withdrawsTranslations.join(", ")}), which are withdrawn with it`
                  : "Shown to readers at the release's address",
            },
          ]}
        />
      ) : null}
      {guidance ? (
        <p id="workflow-guidance" className="hint">
          {guidance}
        </p>
      ) : null}
    </div>
  );
}
