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
export const maxOf = (values: number[]) => (values.some(Number.isNaN) ? NaN : Math.max(...values));
