"use client";

import { useEffect, useRef } from "react";
import { linkLeavesPage } from "@/lib/domain/unsaved-changes";

// Asks before a form with unsaved changes is left (issue 12.1). The ways out:
// - closing the tab, reloading, typing an address, Back to a page of another document: the browser's
//   own beforeunload prompt (its wording is the browser's). It is registered only while there are
//   changes, so the page stays eligible for the back/forward cache otherwise.
// - a link on the page (the editor header, "History" …): the click is held in the capture phase,
//   before Next's <Link> sees it, and our dialog asks; "Leave" clicks the same link again.
// - Back and Forward within the app: the Navigation API's navigate event comes before the move and
//   can cancel it; "Leave" then takes the same step. Browsers without that API get a popstate
//   fallback: popstate cannot be cancelled and Next renders the other page on it, so a listener
//   registered before Next's (when this module loads, with the editor layout) keeps Next from seeing
//   it, steps back to this page and asks.
// - other code that navigates away (signing out) asks through guardLeaving().

interface Guard {
  /** True when leaving now would lose changes (there are some, and no Leave is under way). */
  holds: () => boolean;
  ask: (leave: () => void) => void;
}
let active: Guard | null = null;

/** Runs `leave` now, or after the person confirms when a form on the page has unsaved changes. */
export function guardLeaving(leave: () => void): void {
  if (active?.holds()) active.ask(leave);
  else leave();
}

interface NavigateEvent extends Event {
  navigationType: "push" | "replace" | "reload" | "traverse";
  destination: { key: string; sameDocument: boolean };
}
interface Navigation extends EventTarget {
  traverseTo: (key: string) => unknown;
}
const navigation = (): Navigation | undefined =>
  typeof window === "undefined" ? undefined : (window as { navigation?: Navigation }).navigation;

// The popstate fallback, for browsers without the Navigation API. Without entry indexes a move is
// taken to be one step back, by far the likeliest.
let returning = false;
if (typeof window !== "undefined" && !navigation()) {
  window.addEventListener(
    "popstate",
    (event) => {
      if (returning) {
        // The step back to the form after a held Back: nothing for Next to do.
        returning = false;
        event.stopImmediatePropagation();
        return;
      }
      if (!active?.holds()) return;
      event.stopImmediatePropagation();
      returning = true;
      history.go(1);
      active.ask(() => history.go(-1));
    },
    true,
  );
}

export function LeaveGuard({ dirty }: { dirty: boolean }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const dirtyRef = useRef(dirty);
  const leaveRef = useRef<(() => void) | null>(null);
  // True while the person's own "Leave" goes through, so nothing asks again.
  const leaving = useRef(false);
  useEffect(() => {
    dirtyRef.current = dirty;
  }, [dirty]);

  function leave() {
    const go = leaveRef.current;
    leaveRef.current = null;
    dialog.current?.close();
    if (!go) return;
    leaving.current = true;
    go();
    // Still here a moment later (the navigation was cancelled or went nowhere): guard again.
    setTimeout(() => (leaving.current = false), 1_000);
  }
  function stay() {
    leaveRef.current = null;
    dialog.current?.close();
  }

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (leaving.current) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [dirty]);

  useEffect(() => {
    const guard: Guard = {
      holds: () => dirtyRef.current && !leaving.current,
      ask: (go) => {
        leaveRef.current = go;
        if (!dialog.current?.open) dialog.current?.showModal();
      },
    };
    active = guard;

    const onClick = (event: MouseEvent) => {
      if (!guard.holds()) return;
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement)) return;
      const click = {
        href: link.href,
        target: link.getAttribute("target"),
        download: link.hasAttribute("download"),
        button: event.button,
        modified: event.ctrlKey || event.metaKey || event.shiftKey || event.altKey,
        defaultPrevented: event.defaultPrevented,
      };
      if (!linkLeavesPage(click, window.location.href)) return;
      event.preventDefault();
      event.stopPropagation();
      guard.ask(() => link.click());
    };

    const nav = navigation();
    const onNavigate = (event: Event) => {
      const e = event as NavigateEvent;
      // Traversals to another document are beforeunload's; browsers let a page cancel a traversal
      // only now and then (not twice without the person doing something in between).
      if (e.navigationType !== "traverse" || !e.destination.sameDocument || !e.cancelable || !guard.holds()) return;
      e.preventDefault();
      const key = e.destination.key;
      guard.ask(() => nav?.traverseTo(key));
    };

    window.addEventListener("click", onClick, true);
    nav?.addEventListener("navigate", onNavigate);
    return () => {
      if (active === guard) active = null;
      window.removeEventListener("click", onClick, true);
      nav?.removeEventListener("navigate", onNavigate);
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="leave-dialog"
      aria-labelledby="leave-dialog-title"
      aria-describedby="leave-dialog-text"
      onCancel={(event) => {
        event.preventDefault();
        stay();
      }}
    >
      <h2 id="leave-dialog-title">Leave without saving?</h2>
      <p id="leave-dialog-text">Your changes to this release have not been saved yet. If you leave, they are lost.</p>
      {/* "Stay" comes first, so it is what the dialog focuses when it opens. */}
      <div className="dialog-actions">
        <button type="button" onClick={stay}>
          Stay
        </button>
        <button type="button" className="danger" onClick={leave}>
          Leave
        </button>
      </div>
    </dialog>
  );
}
