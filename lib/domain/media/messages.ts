// What an editor reads when an upload is refused (issue 13): what is wrong and what to do, in words
// a press officer understands. The status codes go with them so the route answers consistently.
import type { KnownType } from "./sniff";

export interface UploadRefusal {
  status: 400 | 401 | 403 | 411 | 413 | 415 | 422 | 429 | 503;
  error: string;
  message: string;
}

const IMAGE_TYPES = "JPEG, PNG, WebP, AVIF, GIF or SVG";
const ATTACHMENT_TYPES =
  "PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX), OpenDocument text (ODT), ZIP, plain text or CSV";

const refusal = (status: UploadRefusal["status"], error: string, message: string): UploadRefusal => ({
  status,
  error,
  message,
});

export const uploadRefusals = {
  notMultipart: () =>
    refusal(
      400,
      "bad_request",
      'Send the file as a multipart form with the field "file" (and "kind": image or attachment).',
    ),
  noFile: () => refusal(400, "no_file", "Choose a file to upload."),
  badKind: () => refusal(400, "bad_kind", 'Say what the file is for: "kind" must be "image" or "attachment".'),
  tooLarge: (kind: "image" | "attachment" | null, limitMb: number) =>
    refusal(
      413,
      "too_large",
      `The file is larger than ${limitMb} MB, the limit${kind ? ` for ${kind === "image" ? "images" : "attachments"}` : ""}. Make it smaller and upload it again.`,
    ),
  notImage: (looksLike: string) =>
    refusal(
      415,
      "unsupported_type",
      `This file is not an image we accept: it looks like ${looksLike}. Images can be ${IMAGE_TYPES}.`,
    ),
  notAttachment: (looksLike: string) =>
    refusal(
      415,
      "unsupported_type",
      `This file is not a document we accept: it looks like ${looksLike}. Attachments can be ${ATTACHMENT_TYPES} files.`,
    ),
  documentAsImage: (type: KnownType) =>
    refusal(415, "wrong_kind", `This file is not an image: it is ${type.label}. Add it with "Add attachment" instead.`),
  imageAsAttachment: (type: KnownType) =>
    refusal(415, "wrong_kind", `This file is ${type.label}: add it with "Add image" instead.`),
  unreadableImage: () =>
    refusal(422, "unreadable_image", "This image could not be read: the file may be damaged or cut short."),
  tooManyPixels: (megapixels: number, limit: number) =>
    refusal(
      422,
      "too_many_pixels",
      `The image is ${megapixels} megapixels; the limit is ${limit}. Reduce its size (for example to 6000 × 4000 pixels) and upload it again.`,
    ),
  rateLimited: (count: number, minutes: number) =>
    refusal(
      429,
      "rate_limited",
      `You have uploaded ${count} files in the last hour, the most allowed. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    ),
  unavailable: () =>
    refusal(503, "unavailable", "The upload could not be stored right now. Nothing was lost: try again in a minute."),
};

/** "100 megapixels" for 10 000 × 10 000; one decimal below 10 ("2.1 megapixels"). */
export function megapixels(width: number, height: number): number {
  const mp = (width * height) / 1_000_000;
  return mp >= 10 ? Math.round(mp) : Math.round(mp * 10) / 10;
}
