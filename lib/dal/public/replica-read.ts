import "server-only";
import { replicaSet, withPublicClient } from "../../db";
import { logger } from "../../log";
import { isDatabaseUnavailable } from "../health";

// The one door from the reader cache (./cache.ts) to a replica: a public read runs on a usable replica
// of DATABASE_REPLICA_URL (lib/db-replicas.ts decides which), or on the primary when there is none.
// A read that fails on a replica is read again from the primary, so a replica that goes away costs a
// reader nothing but the failed attempt, and the replica is skipped until a check finds it healthy.

/** How long a public change waits for the replicas to replay it before the reader cache is dropped. */
export const REPLAY_WAIT_MS = 1_000;

export async function readPublic<T>(read: () => Promise<T>): Promise<T> {
  const replicas = replicaSet();
  const replica = replicas?.pick();
  if (!replicas || !replica) return read();
  try {
    return await withPublicClient(replica.client, read);
  } catch (error) {
    replicas.readFailed(replica, error, isDatabaseUnavailable(error));
    return read();
  }
}

/**
 * Call after a commit readers will see and before dropping the reader cache: returns once every
 * replica serving reads has replayed it (or after REPLAY_WAIT_MS, the laggards then skipped until they
 * have). Without replicas it returns at once. Never throws.
 */
export async function replicasHaveReplayed(): Promise<void> {
  const replicas = replicaSet();
  if (!replicas) return;
  const { waitedMs, behind } = await replicas.waitForReplay(REPLAY_WAIT_MS);
  if (behind.length > 0) logger.warn("replicas did not replay a public change in time: skipped", { behind, waitedMs });
  else logger.info("replicas have the public change", { waitedMs });
}
