import { attachmentTitle, fileTypeLabel, formatBytes, type ReaderMedia } from "@/lib/domain/media/reader";
import type { MediaHref } from "./media-picture";

/** The documents published with a release: title, type and size, each a download. */
export function ReleaseAttachments({ files, href = (url) => url }: { files: ReaderMedia[]; href?: MediaHref }) {
  if (files.length === 0) return null;
  return (
    <section aria-labelledby="attachments-heading" className="attachments">
      <h2 id="attachments-heading">Documents</h2>
      <ul>
        {files.map((file, i) => (
          <li key={i}>
            <a href={href(file.url!)} download={file.filename} type={file.mime}>
              {attachmentTitle(file)}
            </a>{" "}
            <span className="attachment-facts">
              ({fileTypeLabel(file.mime)}, {formatBytes(file.bytes)})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
