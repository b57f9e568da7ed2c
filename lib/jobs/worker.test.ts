// Issue 16 review: the minute sweep, run directly with its database steps mocked.
import { afterEach, describe, expect, it, vi } from "vitest";
import { hasDueDeliveries, recoverStaleDeliveries } from "../dal/distribution/deliveries";
import { enqueueDueDigestsOnce } from "../dal/distribution/digest";
import { enqueuePendingVariants } from "../dal/media/assets";
import { logger } from "../log";
import { sweep } from "./worker";

vi.mock("../dal/distribution/deliveries", () => ({
  recoverStaleDeliveries: vi.fn(async () => ({ reclaimed: 0, unconfirmed: 0 })),
  hasDueDeliveries: vi.fn(async () => true),
}));
vi.mock("../dal/distribution/digest", () => ({ enqueueDueDigestsOnce: vi.fn(async () => 0) }));
vi.mock("../dal/media/assets", () => ({
  enqueuePendingVariants: vi.fn(async () => 0),
  MEDIA_VARIANTS_JOB: "variants",
}));

afterEach(() => vi.restoreAllMocks());

describe("issue 16 review: the minute sweep", () => {
  it("settles mail, enqueues variants and wakes the mail job even when the digest step fails, and logs the failure", async () => {
    vi.mocked(enqueueDueDigestsOnce).mockRejectedValueOnce(new Error("digest query failed"));
    const errors = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const wakeMail = vi.fn(async () => undefined);
    await expect(sweep(wakeMail)).resolves.toBeUndefined();
    expect(recoverStaleDeliveries).toHaveBeenCalled();
    expect(enqueuePendingVariants).toHaveBeenCalled();
    expect(hasDueDeliveries).toHaveBeenCalled();
    expect(wakeMail).toHaveBeenCalledOnce();
    expect(errors).toHaveBeenCalledWith(
      expect.stringMatching(/digest/),
      expect.objectContaining({ error: expect.any(Error) }),
    );
    // The digest step runs last: nothing after it depends on it.
    const digestOrder = vi.mocked(enqueueDueDigestsOnce).mock.invocationCallOrder.at(-1)!;
    for (const before of [recoverStaleDeliveries, enqueuePendingVariants, hasDueDeliveries])
      expect(vi.mocked(before).mock.invocationCallOrder.at(-1)!).toBeLessThan(digestOrder);
  });
});
