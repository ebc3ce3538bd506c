import * as argon2 from 'argon2';

/**
 * Passwords are hashed with argon2id (the `argon2` package: the reference implementation's bindings, prebuilt for
 * Node, maintained), with OWASP's recommended minimum cost (19 MiB, 2 passes). Length is bounded before hashing, so
 * a megabyte "password" is refused, not hashed.
 */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

/** False for a wrong password or a hash that cannot be read; never throws. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** A hash of a random password: sign-in for an unknown address takes as long as for a known one. */
let decoy: Promise<string> | null = null;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(`decoy-${Math.random()}`);
  return decoy;
}
