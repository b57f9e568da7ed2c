"use client";

import { useState, useSyncExternalStore } from "react";

// The share bar's only script (issue 12.10): copying the address and opening the print dialog. Both
// enhance what works without JavaScript: Copy link is a link to the page (copy it from the browser's
// menu), and Download as PDF only appears once a script can run.

const noSubscription = () => () => {};

/** True once hydrated in a browser; false in the server's HTML (so a button that needs a script is not offered). */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

export function CopyLink({ url }: { url: string }) {
  const [status, setStatus] = useState("");
  return (
    <>
      <a
        href={url}
        className="share-link"
        onClick={async (event) => {
          if (!navigator.clipboard) return; // an insecure origin: the link still leads to the page
          event.preventDefault();
          try {
            await navigator.clipboard.writeText(url);
            setStatus("Link copied");
          } catch {
            setStatus("Copying was refused: copy the address from the address bar");
          }
        }}
      >
        Copy link
      </a>
      <span role="status" className="share-status">
        {status}
      </span>
    </>
  );
}

export function PrintButton() {
  const hydrated = useHydrated();
  return (
    // Invisible, not absent, until hydrated: its space is kept, so its arrival moves nothing (issue 13's CLS check).
    <button
      type="button"
      className="share-link share-print"
      style={hydrated ? undefined : { visibility: "hidden" }}
      onClick={() => window.print()}
    >
      Download as PDF
    </button>
  );
}
