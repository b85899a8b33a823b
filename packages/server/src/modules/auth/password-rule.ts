import { AppError, normalizePassword, PASSWORD_MIN, type PasswordProblem, passwordLength } from '@mentora/core';
import { dictionary } from '@zxcvbn-ts/language-common';
import { foldLookAlikes } from './look-alikes';

// zxcvbn-ts's list of ~49,000 common and breached passwords (lower case), shipped in the npm
// package: no network at run time. Built on first use, so a server that sets no password pays nothing.
let common: Set<string> | null = null;
const commonPasswords = (): Set<string> => {
  common ??= new Set(dictionary['passwords-common']);
  return common;
};

/**
 * What the user is known by: their login (an email, or a phone as its digits), their person's full
 * name, the person's email and phone whichever of them is the login, and `places`: the names of
 * the person's program and of their school and the units above it ("Kosova", "Prishtina").
 */
export interface PasswordOwner {
  login: string | null;
  fullName: string;
  email?: string | null;
  phone?: string | null;
  places?: string[];
}

/** The form both a password and the owner's words are compared in: `normalizePassword`, look-alikes folded. */
const comparable = (text: string): string => foldLookAlikes(normalizePassword(text));

// The service's own name is as guessable as the user's (NIST SP 800-63B lists "the name of the service").
const SERVICE_WORDS = ['mentora'];

/**
 * Words a guesser tries first for this user: each email (the login or the person's) whole, its
 * local part and the local part's pieces; each phone's digits and its last 7 digits (the
 * subscriber number, whatever prefix the user types); and each part of the name and of the
 * places' names (NIST: "context-specific words"). Only words of
 * at least 3 characters; longest first, so "naseem" goes before "nas…".
 */
function personalWords(owner: PasswordOwner): string[] {
  const words = new Set<string>(SERVICE_WORDS);
  for (const contact of [owner.login, owner.email, owner.phone]) {
    const text = comparable(contact ?? '');
    if (text.includes('@')) {
      const local = text.split('@')[0] ?? '';
      words.add(text).add(local);
      for (const piece of local.split(/[._+-]+/)) words.add(piece);
    } else if (text) {
      const digits = text.replace(/\D/g, '');
      words.add(digits).add(digits.slice(-7));
    }
  }
  for (const name of [owner.fullName, ...(owner.places ?? [])])
    for (const part of comparable(name).split(/[\s\p{P}]+/u)) words.add(part);
  return [...words].filter((w) => [...w].length >= 3).sort((a, b) => b.length - a.length);
}

/**
 * NIST SP 800-63B §3.1.1.2 for a new password: at least PASSWORD_MIN characters once spaces are
 * trimmed and collapsed and invisible characters dropped; compared with digits of any script as
 * ASCII and Cyrillic/Greek look-alikes as Latin (security probe, issue 6), not on the common/breached list (compared in lower case, with and without
 * spaces); and still PASSWORD_MIN characters long once the owner's own words are taken out
 * ("Naseem Bibi 2024" is refused, "tea at Naseem's" is not). No composition rules: NIST says not to.
 */
export function passwordProblem(password: string, owner: PasswordOwner): PasswordProblem | null {
  if (passwordLength(password) < PASSWORD_MIN) return 'too_short';
  const normal = comparable(password);
  const list = commonPasswords();
  if (list.has(normal) || list.has(normal.replaceAll(' ', ''))) return 'common';
  let rest = normal;
  for (const word of personalWords(owner)) rest = rest.replaceAll(word, ' ');
  if (passwordLength(rest) < PASSWORD_MIN) return 'personal';
  return null;
}

const MESSAGES: Record<PasswordProblem, string> = {
  too_short: `The new password needs at least ${PASSWORD_MIN} characters besides spaces`,
  common: 'The new password is one of the most common or leaked passwords; choose another',
  personal: `The new password is made of your own name or login; those do not count towards the ${PASSWORD_MIN} characters`,
};

/**
 * Throws `weak_password` (400) with one detail `{ path: 'newPassword', message: <PasswordProblem> }`
 * (the client translates the reason) when `passwordProblem` finds one.
 */
export function assertAcceptablePassword(password: string, owner: PasswordOwner): void {
  const problem = passwordProblem(password, owner);
  if (problem) throw new AppError('weak_password', MESSAGES[problem], [{ path: 'newPassword', message: problem }]);
}
