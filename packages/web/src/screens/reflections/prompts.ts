import { portfolioPromptSet, type Translations } from '@mentora/core/program-defaults';
import { locale } from '../../i18n';
import { serbianLatinText } from '../../i18n/serbian-latin';
import type { LocalDb } from '../../store/db';

/** A core translation in the user's language; Serbian Latin is derived from the Cyrillic. */
export function inLocale(tr: Translations): string {
  const l = locale.value;
  if (l === 'sr-Latn') return tr.sr ? serbianLatinText(tr.sr) : tr.en;
  return (l !== 'en' && tr[l]) || tr.en;
}

/** The prompt set the user's program chose (`settings.portfolioPromptSet`), else the default. */
export async function programPromptSet(db: LocalDb, programId: string | null) {
  const program = programId ? await db.rows('programs').get(programId) : undefined;
  return portfolioPromptSet(program?.settings.portfolioPromptSet);
}
