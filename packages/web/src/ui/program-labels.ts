import { defaultNeedAreas, type NeedLevel, needLevelLabels, type Translations } from '@mentora/core/program-defaults';
import type { LocalizedText } from '@mentora/core/types';
import { locale } from '../i18n';
import { serbianLatinText } from '../i18n/serbian-latin';

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

/** A need area's label (core's default list; an unknown key shows as typed). */
export function areaLabel(key: string): string {
  const area = defaultNeedAreas.find((a) => a.key === key);
  return area ? localized(area.label) : key;
}

export const levelLabel = (level: NeedLevel) => localized(needLevelLabels[level]);
