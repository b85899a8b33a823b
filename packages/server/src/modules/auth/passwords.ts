import { createHash, randomBytes, randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's minimum profile (19 MiB, 2 passes): a login stays under ~50 ms on 2 cores.
const ARGON2 = { memoryCost: 19456, timeCost: 2, parallelism: 1 }; // @node-rs/argon2 defaults to argon2id

export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2);

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (stored === null) return false;
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** Session tokens: 32 random bytes; only their SHA-256 is stored. */
export const newToken = (): string => randomBytes(32).toString('base64url');
export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** One-time codes are read out over a phone or sent by SMS: 8 digits, no letters to confuse. */
export function newOneTimeCode(): string {
  return Array.from({ length: 8 }, () => randomInt(0, 10)).join('');
}
