import { describe, expect, it } from "vitest";
import { signWebhook, verifyWebhook, webhookHeaders } from "./webhook-signature";

describe("issue 16: Standard Webhooks signatures", () => {
  // The example from the Standard Webhooks specification's reference implementations.
  const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  const id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  const timestamp = 1614265330;
  const body = '{"test": 2432232314}';

  it("issue 16.8: signs id.timestamp.body with HMAC-SHA256 of the base64 secret, as the spec's test vector", () => {
    expect(signWebhook(secret, id, timestamp, body)).toBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    expect(verifyWebhook(secret, id, timestamp, body, `v1,bogus v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=`)).toBe(
      true,
    );
    expect(verifyWebhook(secret, id, timestamp, `${body} `, signWebhook(secret, id, timestamp, body))).toBe(false);
    expect(Object.keys(webhookHeaders(secret, id, timestamp, body))).toEqual([
      "content-type",
      "webhook-id",
      "webhook-timestamp",
      "webhook-signature",
    ]);
  });
});
