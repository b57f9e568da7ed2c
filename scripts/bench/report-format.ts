// Number formatting and small statistics shared by the results file's sections.
export const ms = (v: number | null | undefined, digits = 1) =>
  v === null || v === undefined || Number.isNaN(v) ? "–" : v < 10 ? v.toFixed(digits + 1) : v.toFixed(digits);
export const int = (v: number) => (Number.isNaN(v) ? "–" : Math.round(v).toLocaleString("en-US"));
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
export const yes = (ok: boolean | null) => (ok === null ? "n/a" : ok ? "**met**" : "**missed**");

export function median(values: number[]): number {
  const v = values.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}
export interface Percentiles {
  p50: number;
  p95: number;
  max: number;
}

/** The median, the 95th percentile (nearest rank) and the maximum; NaN of nothing. */
export function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
  return { p50: at(50), p95: at(95), max: sorted[sorted.length - 1] ?? NaN };
}

export const maxOf = (values: number[]) => (values.some(Number.isNaN) ? NaN : Math.max(...values));
