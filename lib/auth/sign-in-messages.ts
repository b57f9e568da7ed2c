// What the login form says after a refused sign-in. Shared by the server (which encodes the refusal
// in next-auth's error code) and the client form (which turns the code back into words); no server
// imports here, so the form can use it.

export const INVALID_CREDENTIALS_MESSAGE = "Invalid email or password";

const RATE_LIMITED = "RateLimited";

/** Our code for "something broke on our side" (the database is down, a bug): never the raw error. */
export const SIGN_IN_UNAVAILABLE = "SignInUnavailable";
export const SIGN_IN_UNAVAILABLE_MESSAGE =
  "Sign-in is unavailable right now. Nothing is wrong with your details; try again in a moment.";

/** next-auth passes a thrown error's message to the client as `?error=`: this is ours for "wait N minutes". */
export function rateLimitedCode(minutes: number): string {
  return `${RATE_LIMITED}:${Math.max(1, Math.ceil(minutes))}`;
}

export function rateLimitedMessage(minutes: number): string {
  const n = Math.max(1, Math.ceil(minutes));
  return `Too many failed sign-in attempts. Try again in ${n} ${n === 1 ? "minute" : "minutes"}.`;
}

/**
 * The message for next-auth's `error` of a failed sign-in. Anything but our rate-limit code (wrong
 * password, unknown email, inactive account, malformed input) reads the same, so the answer never
 * tells whether an account exists.
 */
export function signInErrorMessage(error: string | null | undefined): string {
  if (error === SIGN_IN_UNAVAILABLE) return SIGN_IN_UNAVAILABLE_MESSAGE;
  const match = /^RateLimited:(\d{1,4})$/.exec(error ?? "");
  return match ? rateLimitedMessage(Number(match[1])) : INVALID_CREDENTIALS_MESSAGE;
}
