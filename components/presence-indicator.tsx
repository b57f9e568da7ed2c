"use client";

import { useEffect, useState } from "react";
import { heartbeatAction, leaveAction } from "@/lib/actions/releases/presence";

const BEAT_MS = 15_000;

/** "‹name› is also editing": shown while someone else has the same release open. */
export function PresenceIndicator({ releaseId }: { releaseId: string }) {
  const [others, setOthers] = useState<string[]>([]);
  useEffect(() => {
    let stopped = false;
    const tick = () =>
      heartbeatAction(releaseId)
        .then((r) => !stopped && setOthers(r.others))
        .catch(() => {});
    void tick();
    const timer = setInterval(() => void tick(), BEAT_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
      void leaveAction(releaseId).catch(() => {});
    };
  }, [releaseId]);
  if (others.length === 0) return null;
  const names = others.length === 1 ? others[0] : `${others.slice(0, -1).join(", ")} and ${others.at(-1)}`;
  return (
    <p className="notice error" role="status" aria-label="Also editing">
      {names} {others.length === 1 ? "is" : "are"} also editing this release. Coordinate before you save: the later save
      will be refused.
    </p>
  );
}
