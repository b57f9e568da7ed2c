// Matching the items of two versions of a list (agreements, quotes) by identity rather than by
// position, so reordering shows up as "moved" instead of "everything changed". Pure: no Next, no
// Prisma; what identifies an item and how two items compare is the caller's.
import type { TextPart } from "./text-diff";

export interface ItemFieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
  /** Word-level parts for prose, item-level parts for lists (parties), else removed-then-added. */
  parts: TextPart[];
}

export type ItemChange<T> =
  | { kind: "added"; toIndex: number; after: T }
  | { kind: "removed"; fromIndex: number; before: T }
  | {
      /** "moved": same content at a different place in the order; "changed" may also have moved. */
      kind: "changed" | "moved" | "unchanged";
      fromIndex: number;
      toIndex: number;
      before: T;
      after: T;
      moved: boolean;
      fields: ItemFieldChange[];
    };

export interface ListDiff<T> {
  /** In the new order, with removed items where they used to be. */
  items: ItemChange<T>[];
  /** Something was added, removed or edited (a pure reorder is not a change of content). */
  changed: boolean;
  /** Some items kept their content but changed place. */
  reordered: boolean;
}

/** Case, accents' composed forms, punctuation and spacing do not change an item's identity. */
export function normaliseKey(value: string): string {
  return value
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Dice coefficient of the two texts' word sets: 1 for the same words, 0 for none in common. */
export function similarity(a: string, b: string): number {
  const wordsA = new Set(normaliseKey(a).split(" ").filter(Boolean));
  const wordsB = new Set(normaliseKey(b).split(" ").filter(Boolean));
  if (wordsA.size === 0 && wordsB.size === 0) return 1;
  if (wordsA.size === 0 || wordsB.size === 0) return 0;
  let common = 0;
  for (const word of wordsA) if (wordsB.has(word)) common += 1;
  return (2 * common) / (wordsA.size + wordsB.size);
}

/** Below this, two titles (or quote texts) are different items rather than one edited item. */
const SIMILARITY_THRESHOLD = 0.5;

export type Pairs = Map<number, number>; // old index → new index

/** Pairs still-unmatched items whose keys are equal, first with first (duplicates in order). */
export function matchByKey<T>(before: T[], after: T[], pairs: Pairs, key: (item: T) => string | null): void {
  const taken = new Set(pairs.values());
  const waiting = new Map<string, number[]>();
  after.forEach((item, j) => {
    if (taken.has(j)) return;
    const k = key(item);
    if (k === null) return;
    const list = waiting.get(k) ?? [];
    list.push(j);
    waiting.set(k, list);
  });
  before.forEach((item, i) => {
    if (pairs.has(i)) return;
    const k = key(item);
    const j = k === null ? undefined : waiting.get(k)?.shift();
    if (j !== undefined) pairs.set(i, j);
  });
}

/**
 * Pairs still-unmatched items by a score (best first), when `eligible` allows the pair and the score
 * reaches the threshold. Ties go to the pair closest in position, so similar items stay in order.
 */
export function matchBySimilarity<T>(
  before: T[],
  after: T[],
  pairs: Pairs,
  score: (a: T, b: T) => number,
  eligible: (a: T, b: T) => boolean = () => true,
  preferred: (a: T, b: T) => boolean = () => false,
): void {
  const taken = new Set(pairs.values());
  const candidates: Array<{ i: number; j: number; score: number; preferred: boolean }> = [];
  before.forEach((a, i) => {
    if (pairs.has(i)) return;
    after.forEach((b, j) => {
      if (taken.has(j) || !eligible(a, b)) return;
      const s = score(a, b);
      if (s >= SIMILARITY_THRESHOLD) candidates.push({ i, j, score: s, preferred: preferred(a, b) });
    });
  });
  candidates.sort(
    (x, y) =>
      y.score - x.score ||
      Number(y.preferred) - Number(x.preferred) ||
      Math.abs(x.i - x.j) - Math.abs(y.i - y.j) ||
      x.i - y.i ||
      x.j - y.j,
  );
  for (const c of candidates) {
    if (pairs.has(c.i) || taken.has(c.j)) continue;
    pairs.set(c.i, c.j);
    taken.add(c.j);
  }
}

/**
 * The matched pairs that must count as moved: those outside a longest run that kept its relative
 * order (so moving one item marks that item, not everything it jumped over).
 */
function movedPairs(pairs: Pairs): Set<number> {
  const byNew = [...pairs.entries()].sort((a, b) => a[1] - b[1]); // [old, new] in new order
  const n = byNew.length;
  const length = new Array<number>(n).fill(1);
  const previous = new Array<number>(n).fill(-1);
  for (let k = 0; k < n; k++) {
    for (let m = 0; m < k; m++) {
      if (byNew[m]![0] < byNew[k]![0] && length[m]! + 1 > length[k]!) {
        length[k] = length[m]! + 1;
        previous[k] = m;
      }
    }
  }
  let end = -1;
  for (let k = 0; k < n; k++) if (end === -1 || length[k]! > length[end]!) end = k;
  const kept = new Set<number>();
  for (let k = end; k !== -1; k = previous[k]!) kept.add(byNew[k]![0]);
  return new Set(byNew.map(([i]) => i).filter((i) => !kept.has(i)));
}

export function diffList<T>(
  before: T[],
  after: T[],
  pairs: Pairs,
  compare: (a: T, b: T) => ItemFieldChange[],
): ListDiff<T> {
  const moved = movedPairs(pairs);
  const oldOf = new Map([...pairs.entries()].map(([i, j]) => [j, i]));
  const items: ItemChange<T>[] = after.map((item, j): ItemChange<T> => {
    const i = oldOf.get(j);
    if (i === undefined) return { kind: "added", toIndex: j, after: item };
    const fields = compare(before[i]!, item);
    const isMoved = moved.has(i);
    const kind = fields.length > 0 ? "changed" : isMoved ? "moved" : "unchanged";
    return { kind, fromIndex: i, toIndex: j, before: before[i]!, after: item, moved: isMoved, fields };
  });

  // A removed item goes right after the entry of its nearest earlier neighbour in the old list.
  before.forEach((item, i) => {
    if (pairs.has(i)) return;
    let at = 0;
    for (let k = i - 1; k >= 0; k--) {
      const index = items.findIndex((entry) => entry.kind !== "added" && entry.fromIndex === k);
      if (index !== -1) {
        at = index + 1;
        break;
      }
    }
    items.splice(at, 0, { kind: "removed", fromIndex: i, before: item });
  });

  return {
    items,
    changed: items.some((entry) => entry.kind === "added" || entry.kind === "removed" || entry.kind === "changed"),
    reordered: moved.size > 0,
  };
}
