/**
 * Where a release can be shared (issue 12.10): the targets journalists use, as plain links with the
 * page's address and headline in the query. No third-party script runs on the page; the reader's
 * browser leaves for the target only when they follow the link.
 */
export interface ShareTarget {
  /** The link's accessible name ("Share on X"). */
  name: string;
  /** The visible label, kept short for a phone. */
  label: string;
  href: string;
}

const q = encodeURIComponent;

export function shareTargets(url: string, headline: string): ShareTarget[] {
  return [
    { name: "Share on X", label: "X", href: `https://x.com/intent/tweet?text=${q(headline)}&url=${q(url)}` },
    {
      name: "Share on LinkedIn",
      label: "LinkedIn",
      href: `https://www.linkedin.com/sharing/share-offsite/?url=${q(url)}`,
    },
    { name: "Share on Facebook", label: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${q(url)}` },
    // WhatsApp and Telegram prefill a message: the headline, then the address.
    { name: "Share on WhatsApp", label: "WhatsApp", href: `https://wa.me/?text=${q(`${headline} ${url}`)}` },
    { name: "Share on Telegram", label: "Telegram", href: `https://t.me/share/url?url=${q(url)}&text=${q(headline)}` },
  ];
}

/** mailto: with the headline as subject and the address as body (RFC 6068: percent-encoded, no "+"). */
export function shareByEmail(url: string, headline: string): string {
  return `mailto:?subject=${q(headline)}&body=${q(url)}`;
}
