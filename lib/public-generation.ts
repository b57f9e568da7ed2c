import { randomUUID } from "node:crypto";

// The generation of what readers can see, as this process knows it: a new value whenever it makes a
// change readers can see (invalidatePublicContent, lib/dal/public/cache.ts). The caches kept in this
// process's memory — the data-cache entries of lib/dal/public/cache.ts and the origin's copy of
// responses (lib/http/origin-cache.ts) — keep the value they were filled under and serve nothing
// filled under an older one, whatever the clocks say. The value starts with a random id, so nothing
// another process kept (an earlier run, another instance) ever matches it.
// Kept on globalThis: Next bundles the server's code more than once, and every copy must agree.
const KEY = Symbol.for("pressroom.publicGeneration");

interface State {
  process: string;
  count: number;
}

const state = (): State => {
  const g = globalThis as { [KEY]?: State };
  return (g[KEY] ??= { process: randomUUID(), count: 0 });
};

export function publicGeneration(): string {
  const s = state();
  return `${s.process}:${s.count}`;
}

/** A change readers can see was made in this process. */
export function advancePublicGeneration(): void {
  state().count++;
}
