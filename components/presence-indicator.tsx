"use client";

import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { heartbeatAction, leaveAction } from "@/lib/actions/releases/presence";

const BEAT_MS = 15_000;

/** Where the focused element was on the screen just before the notice changed. */
interface FocusAnchor {
  el: Element;
  top: number;
}

function focusAnchor(): FocusAnchor | null {
  const el = document.activeElement;
  return el && el !== document.body ? { el, top: el.getBoundingClientRect().top } : null;
}

/** "‹name› is also editing": shown while someone else has the same release open. */
export function PresenceIndicator({ releaseId }: { releaseId: string }) {
  const [others, setOthers] = useState<string[]>([]);
  const anchor = useRef<FocusAnchor | null>(null);
  useEffect(() => {
    let stopped = false;
    const tick = () =>
      heartbeatAction(releaseId)
        .then((r) => {
          if (stopped) return;
          anchor.current = focusAnchor();
          setOthers(r.others);
        })
        .catch(() => {});
    void tick();
    const timer = setInterval(() => void tick(), BEAT_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
      void leaveAction(releaseId).catch(() => {});
    };
  }, [releaseId]);
  // The notice sits above the form and comes and goes while someone types. Browsers keep the content
  // in place when something is inserted above it (scroll anchoring) except at the very top of the
  // page, where it pushed the field being typed in down, out of view for a keyboard user (CI, keyboard
  // journey). So the page scrolls by what the notice added or took away: the focused field stays put.
  useLayoutEffect(() => {
    const a = anchor.current;
    anchor.current = null;
    if (!a || !a.el.isConnected) return;
    const moved = a.el.getBoundingClientRect().top - a.top;
    if (moved !== 0) window.scrollBy(0, moved);
  }, [others]);
  if (others.length === 0) return null;
  const names = others.length === 1 ? others[0] : `${others.slice(0, -1).join(", ")} and ${others.at(-1)}`;
  return (
    <p className="notice error" role="status" aria-label="Also editing">
      {names} {others.length === 1 ? "is" : "are"} also editing this release. Coordinate before you save: the later save
      will be refused.
    </p>
  );
}
