import "server-only";

// A bounded, in-memory least-recently-used cache with a lifetime per entry: for results keyed by
// what anonymous readers type (search), which must never grow without bound nor reach the disk.

interface Entry<T> {
  value: T;
  generation: string;
  expiresAt: number;
  bytes: number;
}

export interface BoundedCacheOptions<T> {
  /**
   * At most this many bytes of values (as `sizeOf` counts them), besides at most maxEntries entries:
   * a page of search results is 10–40 KB of JSON, so a count alone let 500 one-off searches hold
   * ~12 MB of the heap (issue 17's memory row, measured in a heap snapshot under the bench's load).
   */
  maxBytes?: number;
  sizeOf?: (value: T) => number;
  now?: () => number;
}

export class BoundedCache<T> {
  // A Map iterates in insertion order: re-inserting on every hit keeps the least recently used first.
  private readonly entries = new Map<string, Entry<T>>();
  private heldBytes = 0;
  private readonly maxBytes: number;
  private readonly sizeOf: (value: T) => number;
  private readonly now: () => number;

  constructor(
    private readonly maxEntries: number,
    private readonly ttlMs: number,
    options: BoundedCacheOptions<T> = {},
  ) {
    this.maxBytes = options.maxBytes ?? Infinity;
    this.sizeOf = options.sizeOf ?? (() => 0);
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  /** What the values held count for, by `sizeOf`. */
  get bytes(): number {
    return this.heldBytes;
  }

  /** The value stored under `key` for this generation of public content, if still fresh. */
  get(key: string, generation: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.remove(key, entry);
    if (entry.generation !== generation || entry.expiresAt <= this.now()) return undefined;
    this.add(key, entry);
    return entry.value;
  }

  set(key: string, generation: string, value: T): void {
    const bytes = this.sizeOf(value);
    if (this.maxEntries <= 0 || bytes > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old) this.remove(key, old);
    this.add(key, { value, generation, expiresAt: this.now() + this.ttlMs, bytes });
    while (this.entries.size > this.maxEntries || this.heldBytes > this.maxBytes) {
      const [oldest, entry] = this.entries.entries().next().value as [string, Entry<T>];
      this.remove(oldest, entry);
    }
  }

  clear(): void {
    this.entries.clear();
    this.heldBytes = 0;
  }

  private add(key: string, entry: Entry<T>): void {
    this.entries.set(key, entry);
    this.heldBytes += entry.bytes;
  }

  private remove(key: string, entry: Entry<T>): void {
    this.entries.delete(key);
    this.heldBytes -= entry.bytes;
  }
}
