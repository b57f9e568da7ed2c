import { describe, expect, it } from "vitest";
import {
  INVALID_CREDENTIALS_MESSAGE,
  rateLimitedCode,
  signInErrorMessage,
  SIGN_IN_UNAVAILABLE,
  SIGN_IN_UNAVAILABLE_MESSAGE,
} from "./sign-in-messages";

describe("sign-in messages", () => {
  it("issue 11.6: turns the rate-limit code back into a sentence with the wait, in seconds under a minute", () => {
    expect(signInErrorMessage(rateLimitedCode(900))).toBe("Too many failed sign-in attempts. Try again in 15 minutes.");
    expect(signInErrorMessage(rateLimitedCode(299.2))).toBe(
      "Too many failed sign-in attempts. Try again in 5 minutes.",
    );
    expect(signInErrorMessage(rateLimitedCode(61))).toBe("Too many failed sign-in attempts. Try again in 2 minutes.");
    expect(signInErrorMessage(rateLimitedCode(60))).toBe("Too many failed sign-in attempts. Try again in 1 minute.");
    expect(signInErrorMessage(rateLimitedCode(16))).toBe("Too many failed sign-in attempts. Try again in 16 seconds.");
    expect(signInErrorMessage(rateLimitedCode(0.2))).toBe("Too many failed sign-in attempts. Try again in 1 second.");
    expect(rateLimitedCode(1.5)).toBe("RateLimited:2s");
  });

  it("says the same for every other refusal, so no answer tells whether an account exists", () => {
    for (const error of [
      "CredentialsSignin",
      "AccessDenied",
      "RateLimited:",
      "RateLimited:x",
      "RateLimited:99999",
      "RateLimited:999999s",
      "RateLimited:15",
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
