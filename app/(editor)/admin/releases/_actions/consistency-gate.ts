import "server-only";
import { listKnownPeople } from "@/lib/dal/people";
import { checkConsistency, consistencyRefusal, type ConsistencyInput } from "@/lib/domain/consistency";
import type { ReleaseInput } from "@/lib/validation/release";

const MAX_REASON = 2_000;

export type GateResult =
  { ok: true; override: string | undefined } | { ok: false; message: string; fieldErrors: Record<string, string> };

/**
 * Submit, schedule and publish refuse content whose structure disagrees with its body, unless the
 * person gives a reason ("publishAnywayReason"): that reason travels to the DAL, which records it.
 */
export function consistencyGate(form: FormData, input: ConsistencyInput, now: Date): GateResult {
  const raw = form.get("publishAnywayReason");
  const reason = typeof raw === "string" ? raw.trim() : "";
  if (reason.length > MAX_REASON) {
    const message = `Reason to publish anyway must be at most ${MAX_REASON.toLocaleString("en")} characters`;
    return { ok: false, message, fieldErrors: { publishAnywayReason: message } };
  }
  const problems = checkConsistency(input, now);
  if (problems.length === 0) return { ok: true, override: undefined };
  if (reason === "") return { ok: false, message: consistencyRefusal(problems), fieldErrors: {} };
  return { ok: true, override: reason };
}

/**
 * Parsed form input → check input. Speakers are known by their other spellings too ("A. Hajizade"
 * in the body, "Aykhan Hajizade" in the quote), as on the editor page's report.
 */
export async function consistencyInputOf(input: ReleaseInput, publishAt?: Date): Promise<ConsistencyInput> {
  const people = input.quotes.length > 0 ? await listKnownPeople() : [];
  const spellings = (speaker: string) => {
    const key = speaker.toLowerCase();
    const person = people.find((p) => p.name.toLowerCase() === key || p.aliases.some((a) => a.toLowerCase() === key));
    return person ? [person.name, ...person.aliases] : [];
  };
  return {
    body: input.body,
    agreements: input.agreements,
    quotes: input.quotes.map((q) => ({ text: q.text, speaker: q.speaker, speakerAliases: spellings(q.speaker) })),
    countries: input.countries,
    datelineAt: input.datelineAt,
    publishAt,
  };
}
