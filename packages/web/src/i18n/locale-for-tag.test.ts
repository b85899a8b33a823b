import { describe, expect, it } from 'vitest';
import { localeForTag } from './index';

// Before sign-in the browser's languages choose the app's language; Serbian also its script.
describe('localeForTag', () => {
  it('gives Serbian in Latin letters to phones set to Latin Serbian', () => {
    expect(localeForTag('sr-Latn')).toBe('sr-Latn');
    expect(localeForTag('sr-Latn-RS')).toBe('sr-Latn');
    expect(localeForTag('sr-latn-xk')).toBe('sr-Latn');
    expect(localeForTag('sr-ME')).toBe('sr-Latn'); // Montenegro: Latin by default (CLDR)
  });

  it('gives Cyrillic Serbian where Cyrillic is the default', () => {
    expect(localeForTag('sr')).toBe('sr');
    expect(localeForTag('sr-RS')).toBe('sr');
    expect(localeForTag('sr-Cyrl-RS')).toBe('sr');
  });

  it('maps the other languages by their base and ignores the rest', () => {
    expect(localeForTag('sq-XK')).toBe('sq');
    expect(localeForTag('ur-PK')).toBe('ur');
    expect(localeForTag('en-GB')).toBe('en');
    expect(localeForTag('bs-BA')).toBeNull();
    expect(localeForTag('de')).toBeNull();
    expect(localeForTag('not a tag')).toBeNull();
  });
});
