import type { Locale } from '@mentora/core/types';
import { LOCALE_NAMES, LOCALES, locale, t } from '../i18n';

/** Each language named in itself, so a user who cannot read the current one still finds theirs. */
export function LanguageChoice({ onChoose, busy }: { onChoose: (l: Locale) => void; busy?: boolean }) {
  return (
    <fieldset class="languages">
      <legend>{t('language.choose')}</legend>
      <div class="chips">
        {LOCALES.map((l) => (
          <button
            key={l}
            type="button"
            class="chip"
            lang={l}
            dir={l === 'ur' ? 'rtl' : 'ltr'}
            aria-pressed={locale.value === l}
            disabled={busy}
            onClick={() => onChoose(l)}
          >
            {LOCALE_NAMES[l]}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
