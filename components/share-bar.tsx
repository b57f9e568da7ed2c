import { shareByEmail, shareTargets } from "@/lib/domain/share-links";
import { CopyLink, PrintButton } from "./share-actions";

/**
 * Sharing a release (issue 12.10): copy, email, the social targets as plain links (no third-party
 * script), and "Download as PDF" through the print stylesheet. Hidden in print, where the address is
 * written out instead so the paper copy says where it came from.
 */
export function ShareBar({ url, headline }: { url: string; headline: string }) {
  return (
    <>
      <section className="share-bar" aria-label="Share this release">
        <ul>
          <li>
            <CopyLink url={url} />
          </li>
          <li>
            <a className="share-link" href={shareByEmail(url, headline)}>
              Email
            </a>
          </li>
          {shareTargets(url, headline).map((target) => (
            <li key={target.name}>
              <a
                className="share-link"
                href={target.href}
                aria-label={target.name}
                target="_blank"
                rel="noopener noreferrer"
              >
                {target.label}
              </a>
            </li>
          ))}
          <li>
            <PrintButton />
          </li>
        </ul>
      </section>
      <p className="print-only print-source">
        Online: <span>{url}</span>
      </p>
    </>
  );
}
