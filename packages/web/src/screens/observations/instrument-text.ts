import type { InstrumentDefinition, InstrumentItem, Translations } from '@mentora/core/program-defaults';
import type { Locale } from '@mentora/core/types';
import { locale } from '../../i18n';
import { serbianLatinText } from '../../i18n/serbian-latin';

/**
 * An instrument text in the user's language: the program's translation, English when there is none.
 * Serbian Latin is derived from the Serbian (Cyrillic) text at display, as the app's own sr-Latn
 * strings are (core instrument-types: translators write Serbian once).
 */
export function tr(text: Translations, lang: Locale = locale.value): string {
  const l = lang;
  if (l === 'sr-Latn') return text.sr ? serbianLatinText(text.sr) : text.en;
  if (l === 'en') return text.en;
  return text[l] ?? text.en;
}

/** Every item of a definition with its section, in the form's order. */
export function itemsOf(def: InstrumentDefinition): { sectionKey: string; item: InstrumentItem }[] {
  return def.sections.flatMap((s) => s.items.map((item) => ({ sectionKey: s.key, item })));
}
