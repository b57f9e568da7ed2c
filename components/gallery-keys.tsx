"use client";
import { useEffect } from "react";

// The keyboard of the release gallery's lightbox (components/release-gallery.tsx). The lightbox itself
// is CSS (:target): this only moves focus and maps keys to the links that are already there.

function openNumber(): number | null {
  const match = /^#image-(\d+)$/.exec(window.location.hash);
  return match ? Number(match[1]) : null;
}

/** Fragment navigation without a history entry per key press (the browser's Back still closes). */
function go(hash: string) {
  window.location.replace(hash);
}

export function GalleryKeys({ count }: { count: number }) {
  useEffect(() => {
    const focusForHash = () => {
      const open = openNumber();
      if (open !== null) {
        document.getElementById(`image-${open}`)?.querySelector<HTMLElement>('[data-lightbox="close"]')?.focus();
        return;
      }
      const thumb = /^#thumb-(\d+)$/.exec(window.location.hash);
      if (thumb) document.getElementById(`thumb-${thumb[1]}`)?.focus();
    };
    const onKey = (event: KeyboardEvent) => {
      const open = openNumber();
      if (open === null || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === "Escape") go(`#thumb-${open}`);
      else if (event.key === "ArrowRight" && open < count) go(`#image-${open + 1}`);
      else if (event.key === "ArrowLeft" && open > 1) go(`#image-${open - 1}`);
      else if (event.key === "Tab") {
        // Keep focus inside the open lightbox: it covers the page.
        const links = [...(document.getElementById(`image-${open}`)?.querySelectorAll<HTMLElement>("a") ?? [])];
        const at = links.indexOf(document.activeElement as HTMLElement);
        const next = links[(at + (event.shiftKey ? -1 : 1) + links.length) % links.length];
        if (next) next.focus();
      } else return;
      event.preventDefault();
    };
    focusForHash();
    window.addEventListener("hashchange", focusForHash);
    document.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener("hashchange", focusForHash);
      document.removeEventListener("keydown", onKey);
    };
  }, [count]);
  return null;
}
