import {
  defaultNeedAreas,
  type NeedArea,
  type NeedLevel,
  needAreasOf,
  needLevelLabels,
  type Translations,
} from '@mentora/core/program-defaults';
import type { LocalizedText } from '@mentora/core/types';
import { locale } from '../i18n';
import { serbianLatinText } from '../i18n/serbian-latin';
import type { LocalDb } from '../store/db';

/**
 * A configured text in the user's language: Serbian in Latin script is transliterated from the
 * Cyrillic (as the app's own strings are); a language the text lacks falls back to English, then
 * to any language it has.
 */
export function localized(text: LocalizedText | Translations | null | undefined): string {
  if (!text) return '';
  const l = locale.value;
  if (l === 'sr-Latn') return text.sr ? serbianLatinText(text.sr) : (text.en ?? Object.values(text)[0] ?? '');
  return text[l] ?? text.en ?? Object.values(text).find(Boolean) ?? '';
}

/**
 * A need area's label in the user's language: from `areas` (the program's list, `needAreasOf`),
 * then core's default list (a need recorded before its program changed the list), else the key.
 */
export function areaLabel(key: string, areas: readonly NeedArea[] = defaultNeedAreas): string {
  const area = areas.find((a) => a.key === key) ?? defaultNeedAreas.find((a) => a.key === key);
  return area ? localized(area.label) : key;
}

/** The need areas of every program on this device, each program's list in order (change summaries have no program). */
export async function deviceNeedAreas(db: LocalDb): Promise<NeedArea[]> {
  return (await db.rows('programs').toArray()).flatMap((p) => needAreasOf(p));
}

export const levelLabel = (level: NeedLevel) => localized(needLevelLabels[level]);
