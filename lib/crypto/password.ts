import { hash, verify } from "@node-rs/argon2";

// argon2id (the library's default algorithm) with OWASP's minimum memory/time cost.
export const HASH_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, HASH_OPTIONS);
}

/**
 * A real argon2id hash (same costs as HASH_OPTIONS; password.test.ts checks that) of a password no
 * one uses. When the email is unknown or the account is inactive, the typed password is verified
 * against this instead, so that answer costs one full argon2id verification like a wrong password
 * does: the response time does not tell whether an account exists. Fixed rather than computed at
 * start-up, so the first unknown-email attempt is not slower than the others.
 */
export const DUMMY_PASSWORD_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$fc5SxX4cXYQguHW5y2abIg$tV6Yh/++cP41e2gobhX+TmA9k8b8tKJC/mp1NiEECt4";

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    await verify(DUMMY_PASSWORD_HASH, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
