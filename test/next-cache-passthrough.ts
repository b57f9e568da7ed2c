// Unit tests call the DAL and route handlers in plain Node, where Next's data cache does not exist
// (unstable_cache throws "incrementalCache missing" outside a Next server). vitest.config.ts maps
// `next/cache` here so cached reads simply run; the cache itself is tested end to end
// (e2e/cache.spec.ts, e2e/two-instances.spec.ts).
export function unstable_cache<Args extends unknown[], T>(
  fn: (...args: Args) => Promise<T>,
): (...args: Args) => Promise<T> {
  return fn;
}

export const revalidatedTags: string[] = [];

export function revalidateTag(tag: string): void {
  revalidatedTags.push(tag);
}

export function revalidatePath(): void {}

export function updateTag(tag: string): void {
  revalidatedTags.push(tag);
}
