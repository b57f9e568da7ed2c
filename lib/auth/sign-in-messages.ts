// What the login form says after a refused sign-in. Shared by the server (which encodes the refusal
// in next-auth's error code) and the client form (which turns the code back into words); no server
// imports here, so the form can use it.

export const INVALID_CREDENTIALS_MESSAGE = "Invalid email or password";

const RATE_LIMITED = "RateLimited";

/** Our code for "something broke on our side" (the database is down, a bug): never the raw error. */
export const SIGN_IN_UNAVAILABLE = "SignInUnavailable";
export const SIGN_IN_UNAVAILABLE_MESSAGE =
  "Sign-in is unavailable right now. Nothing is wrong with your details; try again in a moment.";

/**
 * next-auth passes a thrown error's message to the client as `?error=`: this is ours for "wait N
 * seconds" (the account-wide delay can be seconds, the per-address limits up to 15 minutes).
 */
export function rateLimitedCode(seconds: number): string {
  return `${RATE_LIMITED}:${Math.max(1, Math.ceil(seconds))}s`;
}

/** Under a minute in seconds, otherwise in whole minutes rounded up (never shorter than the real wait). */
function rateLimitedMessage(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return `Too many failed sign-in attempts. Try again in ${s} ${s === 1 ? "second" : "seconds"}.`;
  const n = Math.ceil(s / 60);
  return `Too many failed sign-in attempts. Try again in ${n} ${n === 1 ? "minute" : "minutes"}.`;
}

/**
 * The message for next-auth's `error` of a failed sign-in. Anything but our rate-limit code (wrong
 * password, unknown email, inactive account, malformed input) reads the same, so the answer never
 * tells whether an account exists.
 */
export function signInErrorMessage(error: string | null | undefined): string {
  if (error === SIGN_IN_UNAVAILABLE) return SIGN_IN_UNAVAILABLE_MESSAGE;
  const match = /^RateLimited:(\d{1,5})s$/.exec(error ?? "");
  return match ? rateLimitedMessage(Number(match[1])) : INVALID_CREDENTIALS_MESSAGE;
}
