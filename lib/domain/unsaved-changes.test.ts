import { describe, expect, it } from "vitest";
import {
  contentKey,
  hasUnsavedChanges,
  isSaveShortcut,
  linkLeavesPage,
  type KeyPress,
  type LinkClick,
} from "./unsaved-changes";

const form = {
  headline: "Ministers sign",
  body: "Text.",
  changeNote: "",
  agreements: [{ title: "Memorandum", parties: "A\nB" }],
  quotes: [] as Array<{ speaker: string }>,
};

describe("issue 12.1: unsaved changes of a form", () => {
  it("an untouched form has none", () => {
    expect(hasUnsavedChanges(form, structuredClone(form))).toBe(false);
  });

  it("any field, row added, removed or edited is a change", () => {
    expect(hasUnsavedChanges(form, { ...form, headline: "Ministers signed" })).toBe(true);
    expect(hasUnsavedChanges(form, { ...form, quotes: [{ speaker: "" }] })).toBe(true);
    expect(hasUnsavedChanges(form, { ...form, agreements: [] })).toBe(true);
    expect(hasUnsavedChanges(form, { ...form, agreements: [{ title: "Memorandum", parties: "A\nC" }] })).toBe(true);
  });

  it("what the save would store decides: surrounding spaces, key order and a missing empty field are no change", () => {
    expect(hasUnsavedChanges(form, { ...form, headline: "  Ministers sign " })).toBe(false);
    const { changeNote: _note, ...withoutNote } = form;
    expect(hasUnsavedChanges(form, withoutNote)).toBe(false);
    const reordered = {
      quotes: [],
      agreements: [{ parties: "A\nB", title: "Memorandum" }],
      body: "Text.",
      headline: "Ministers sign",
    };
    expect(contentKey(reordered)).toBe(contentKey(form));
  });

  it("typing then undoing it leaves no change; a saved state is the new baseline", () => {
    const typed = { ...form, body: "Text. More." };
    expect(hasUnsavedChanges(form, typed)).toBe(true);
    expect(hasUnsavedChanges(typed, typed)).toBe(false);
    expect(hasUnsavedChanges(form, { ...typed, body: "Text." })).toBe(false);
  });
});

describe("issue 12.1: which link clicks leave the page", () => {
  const here = "http://press.test/admin/releases/abc";
  const click = (overrides: Partial<LinkClick>): LinkClick => ({
    href: "http://press.test/admin",
    target: null,
    download: false,
    button: 0,
    modified: false,
    defaultPrevented: false,
    ...overrides,
  });

  it("a plain click on an in-app or outside link leaves", () => {
    expect(linkLeavesPage(click({}), here)).toBe(true);
    expect(linkLeavesPage(click({ href: "/admin/releases/abc/history" }), here)).toBe(true);
    expect(linkLeavesPage(click({ href: "https://example.org/" }), here)).toBe(true);
    expect(linkLeavesPage(click({ target: "_self" }), here)).toBe(true);
    // The same page again (a reload by link) replaces what is on screen.
    expect(linkLeavesPage(click({ href: here }), here)).toBe(true);
  });

  it("new tabs and windows, downloads, other buttons, anchors on the page and mail links stay", () => {
    expect(linkLeavesPage(click({ target: "_blank" }), here)).toBe(false);
    expect(linkLeavesPage(click({ modified: true }), here)).toBe(false);
    expect(linkLeavesPage(click({ button: 1 }), here)).toBe(false);
    expect(linkLeavesPage(click({ download: true }), here)).toBe(false);
    expect(linkLeavesPage(click({ href: `${here}#main` }), here)).toBe(false);
    expect(linkLeavesPage(click({ href: "#main" }), here)).toBe(false);
    expect(linkLeavesPage(click({ href: "mailto:press@example.org" }), here)).toBe(false);
    expect(linkLeavesPage(click({ href: null }), here)).toBe(false);
    expect(linkLeavesPage(click({ defaultPrevented: true }), here)).toBe(false);
  });
});

describe("issue 12.1: the save shortcut", () => {
  const press = (overrides: Partial<KeyPress>): KeyPress => ({
    key: "s",
    code: "KeyS",
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...overrides,
  });

  it("is Ctrl+S and Cmd+S", () => {
    expect(isSaveShortcut(press({ ctrlKey: true }))).toBe(true);
    expect(isSaveShortcut(press({ metaKey: true }))).toBe(true);
    expect(isSaveShortcut(press({ ctrlKey: true, key: "S" }))).toBe(true);
  });

  it("is not a plain s, another shortcut, or Ctrl+Shift/Alt+S", () => {
    expect(isSaveShortcut(press({}))).toBe(false);
    expect(isSaveShortcut(press({ ctrlKey: true, key: "o", code: "KeyO" }))).toBe(false);
    expect(isSaveShortcut(press({ ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isSaveShortcut(press({ ctrlKey: true, altKey: true }))).toBe(false);
  });

  it("follows the layout: Dvorak's S is saved, the QWERTY S place (Dvorak O) is not; a Russian layout's S key is", () => {
    expect(isSaveShortcut(press({ ctrlKey: true, key: "s", code: "Semicolon" }))).toBe(true);
    expect(isSaveShortcut(press({ ctrlKey: true, key: "o", code: "KeyS" }))).toBe(false);
    expect(isSaveShortcut(press({ ctrlKey: true, key: "ы", code: "KeyS" }))).toBe(true);
  });
});
