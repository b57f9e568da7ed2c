// Pure rules behind "no lost work" (issue 12.1): when a form holds changes that are not stored yet,
// and which link clicks would leave the page (and so lose them).

/**
 * A form's content in one string, equal for two contents exactly when saving either stores the same:
 * strings are compared trimmed (the schemas trim them), a missing field counts as an empty one, and object
 * keys are taken in sorted order, so building the same values another way changes nothing.
 */
export function contentKey(value: unknown): string {
  return JSON.stringify(canonical(value));
}

function canonical(value: unknown): unknown {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value.trim();
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])])
        .filter(([, field]) => field !== ""),
    );
  }
  return value;
}

/** True when `current` would store something other than what `saved` (the last stored content) holds. */
export function hasUnsavedChanges(saved: unknown, current: unknown): boolean {
  return contentKey(saved) !== contentKey(current);
}

/** A click on a link, as much of it as decides where it goes. */
export interface LinkClick {
  /** The link's resolved address (`a.href`); null without one. */
  href: string | null;
  target: string | null;
  download: boolean;
  /** 0 = the main button. */
  button: number;
  /** Ctrl, Cmd, Shift or Alt held: the browser opens a new tab or window, or downloads. */
  modified: boolean;
  /** Something else already handled the click. */
  defaultPrevented: boolean;
}

/**
 * Whether following the link replaces this page in this tab, so the form's unsaved changes would be
 * lost. New tabs and windows, downloads, mailto:/tel: links and jumps within the page keep it.
 */
export function linkLeavesPage(click: LinkClick, currentHref: string): boolean {
  if (click.defaultPrevented || click.button !== 0 || click.modified || click.download || !click.href) return false;
  if (click.target && click.target.toLowerCase() !== "_self") return false;
  let to: URL;
  let here: URL;
  try {
    to = new URL(click.href, currentHref);
    here = new URL(currentHref);
  } catch {
    return false;
  }
  if (to.protocol !== "http:" && to.protocol !== "https:") return false;
  const withoutHash = (u: URL) => `${u.origin}${u.pathname}${u.search}`;
  // "#main" (the skip link) or any other anchor on this very page.
  if (to.hash && withoutHash(to) === withoutHash(here)) return false;
  return true;
}

/** The keys of a key press that decide whether it is the save shortcut. */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/**
 * Ctrl+S or Cmd+S: the S by its letter on Latin layouts (so Dvorak's S, not the key where QWERTY has
 * it), by its place on the keyboard where the layout has no Latin letters (Russian, Greek …).
 */
export function isSaveShortcut(press: KeyPress): boolean {
  if (!(press.ctrlKey || press.metaKey) || press.altKey || press.shiftKey) return false;
  const key = press.key.toLowerCase();
  return key === "s" || (!/^[a-z]$/.test(key) && press.code === "KeyS");
}
