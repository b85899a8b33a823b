import { AppError, canonicalPhone, type ProgramSettings, phoneCandidates } from '@mentora/core';
import type { Db } from '../../db/connect';
import { parseJsonObject } from '../../db/json';

/**
 * The program's country for reading phones written nationally (settings.country: PK for PTMP, XK
 * for Kosovo), or null when the program has none. `db`: a connection or a transaction.
 */
export async function programCountry(db: Db, programId: string): Promise<string | null> {
  const row = await db.selectFrom('programs').select('settings').where('id', '=', programId).executeTakeFirst();
  return row ? (parseJsonObject<ProgramSettings>(row.settings).country ?? null) : null;
}

/** Every country a program of this deployment has set: a login may belong to any of them. */
export async function deploymentCountries(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('programs').select('settings').execute();
  const countries = rows.map((r) => parseJsonObject<ProgramSettings>(r.settings).country);
  return [...new Set(countries.filter((c): c is string => typeof c === 'string'))].sort();
}

/**
 * A phone as stored: E.164 read with the program's country (issue 10, kind 1). `raw` passed the
 * core `Phone` shape check already. Throws `validation_failed` with one detail at `path` saying
 * what is wrong ("has too few digits for a phone number in PK", scientific notation, no country).
 */
export function storedPhone(raw: string, country: string | null, path = 'phone'): string {
  const r = canonicalPhone(raw, country);
  if (r.ok) return r.e164;
  throw new AppError('validation_failed', `The phone number ${r.message}`, [{ path, message: r.message }]);
}

/**
 * The E.164 numbers a login typed as a phone may stand for: read with every program country of
 * the deployment and as an international number. Empty when it is no phone number.
 */
export async function loginPhoneCandidates(db: Db, raw: string): Promise<string[]> {
  return phoneCandidates(raw, await deploymentCountries(db));
}
