// Reading posted forms: the one helper every action uses (a file, or nothing, reads as "").

/** A string field of a posted form; a file (or nothing) is an empty string. */
export function formString(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** Every string field of a form (not Next's `$ACTION` fields): what a refused form gives back. */
export function formStrings(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  return values;
}
