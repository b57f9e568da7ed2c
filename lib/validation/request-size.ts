// The size limit of a server action's request body, known to the browser so that the release form can
// say so itself: Next answers an oversized action post with a bare 500 (its action handler throws
// "Body exceeded 1mb limit" before any of our code runs), which the form could only show as a crash.

/** next.config.js `experimental.serverActions.bodySizeLimit` ("1mb"), in bytes; request-size.test.ts keeps them equal. */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

export const TOO_LARGE_MESSAGE = `This release is too large to send (over ${ACTION_BODY_LIMIT_BYTES / 1024 / 1024} MB with its agreements and quotes). Nothing was saved and your text is still here: shorten the longest parts, then save again.`;

// Each multipart field costs its boundary line and Content-Disposition header besides its value.
const PER_FIELD_OVERHEAD = 128;
const encoder = new TextEncoder();

/**
 * Bytes the browser will send for this form submission, estimated on the generous side: every field's
 * name and value in UTF-8 plus its multipart framing, and the previous action state, which
 * useActionState sends along with the form.
 */
export function actionRequestBytes(form: FormData, previousState?: unknown): number {
  let bytes = previousState === undefined ? 0 : encoder.encode(JSON.stringify(previousState)).length;
  for (const [name, value] of form.entries()) {
    bytes +=
      PER_FIELD_OVERHEAD +
      encoder.encode(name).length +
      (typeof value === "string" ? encoder.encode(value).length : value.size);
  }
  return bytes;
}

/** The same estimate for an action called with a plain value (autosave). */
export function jsonRequestBytes(value: unknown): number {
  return PER_FIELD_OVERHEAD + encoder.encode(JSON.stringify(value)).length;
}

export function tooLargeForAction(bytes: number): boolean {
  return bytes > ACTION_BODY_LIMIT_BYTES;
}
