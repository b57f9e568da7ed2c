import { describe, expect, it } from "vitest";
import {
  INVALID_CREDENTIALS_MESSAGE,
  rateLimitedCode,
  signInErrorMessage,
  SIGN_IN_UNAVAILABLE,
  SIGN_IN_UNAVAILABLE_MESSAGE,
} from "./sign-in-messages";

describe("sign-in messages", () => {
  it("turns the rate-limit code back into a sentence with the wait", () => {
    expect(signInErrorMessage(rateLimitedCode(15))).toBe("Too many failed sign-in attempts. Try again in 15 minutes.");
    expect(signInErrorMessage(rateLimitedCode(0.2))).toBe("Too many failed sign-in attempts. Try again in 1 minute.");
    expect(signInErrorMessage(rateLimitedCode(2.01))).toBe("Too many failed sign-in attempts. Try again in 3 minutes.");
  });

  it("says the same for every other refusal, so no answer tells whether an account exists", () => {
    for (const error of [
      "CredentialsSignin",
      "AccessDenied",
      "RateLimited:",
      "RateLimited:x",
      "RateLimited:99999",
      "",
      null,
      undefined,
    ]) {
      expect(signInErrorMessage(error), String(error)).toBe(INVALID_CREDENTIALS_MESSAGE);
    }
  });

  it("says sign-in is unavailable (not that the password is wrong) when it broke on our side", () => {
    expect(signInErrorMessage(SIGN_IN_UNAVAILABLE)).toBe(SIGN_IN_UNAVAILABLE_MESSAGE);
    expect(SIGN_IN_UNAVAILABLE_MESSAGE).not.toMatch(/password/i);
  });
});
