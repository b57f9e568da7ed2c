// JSON that keeps Dates. The data cache stores results as JSON (unstable_cache, Redis), which would
// turn every Date of a DTO into a string; here Dates are written as {"$date": epoch ms} and revived
// exactly there, so a headline that merely looks like a date stays a string.

export function toTaggedJson(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v: unknown) {
    const original = this[key];
    return original instanceof Date ? { $date: original.getTime() } : v;
  });
}

export function fromTaggedJson<T>(text: string): T {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v && typeof v === "object" && !Array.isArray(v)) {
      const keys = Object.keys(v);
      if (keys.length === 1 && keys[0] === "$date" && typeof (v as { $date: unknown }).$date === "number")
        return new Date((v as { $date: number }).$date);
    }
    return v;
  }) as T;
}
