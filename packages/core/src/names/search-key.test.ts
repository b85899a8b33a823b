import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiDigits, parseDecimalNumber, parseWholeNumber } from './digits';
import { recordSearchKey, searchKey, searchPattern } from './search-key';

describe('searchKey: text that looks the same is found the same (issue 10, kind 3)', () => {
  it('folds composed and decomposed letters, case and diacritics', () => {
    expect(searchKey('Dren\u00eb')).toBe(searchKey('Drene\u0308'));
    expect(searchKey('ËRZA ÇELAJ')).toBe('erza celaj');
    expect(searchKey('Straße')).toBe('strasse');
    expect(searchKey('İlir')).toBe('ilir');
  });

  it('finds a name typed without its ë or ç', () => {
    expect(searchKey('Qëndresa Çitaku')).toContain(searchKey('qendresa cit'));
  });

  it('folds Arabic letter variants to Urdu and drops invisible joiners and the tatweel', () => {
    expect(searchKey('علي كاشف')).toBe(searchKey('علی کاشف'));
    expect(searchKey('فاطمه')).toBe(searchKey('فاطمہ'));
    expect(searchKey('نور\u200cجہاں')).toBe(searchKey('نورجہاں'));
    expect(searchKey('کـــاشف')).toBe(searchKey('کاشف'));
  });

  it('matches Serbian Cyrillic and Latin spellings in both directions', () => {
    expect(searchKey('Ђорђе Јовановић')).toBe(searchKey('Đorđe Jovanović'));
    expect(searchKey('Љиљана Његош')).toBe(searchKey('Ljiljana Njegoš'));
    expect(searchKey('Đorđe')).toBe(searchKey('Djordje'));
  });

  it('maps digits of every script to ASCII', () => {
    expect(searchKey('مکتب ۱۲')).toBe(searchKey('مکتب 12'));
    expect(asciiDigits('٠٣٠٠')).toBe('0300');
  });

  it('property: a name is found by its own key whatever case, normal form and script it is typed in', () => {
    const serbianNames = ['Милош Обилић', 'Јелена Ђурић', 'Драган Шошкић', 'Љубица Џамић', 'Ненад Жигић'];
    const toLatin = (s: string) => searchKey(s); // the key of the Cyrillic form is in Latin letters
    fc.assert(
      fc.property(
        fc.constantFrom(...serbianNames),
        fc.constantFrom('NFC', 'NFD', 'NFKC', 'NFKD') as fc.Arbitrary<'NFC' | 'NFD' | 'NFKC' | 'NFKD'>,
        fc.boolean(),
        (name, form, upper) => {
          const typed = (upper ? name.toUpperCase() : name).normalize(form);
          expect(searchKey(typed)).toBe(toLatin(name));
        },
      ),
    );
  });

  it('escapes LIKE wildcards typed by a person', () => {
    expect(searchPattern('50%_off')).toBe('%50\\%\\_off%');
    expect(searchPattern('  ')).toBeNull();
    expect(searchPattern('a\\b')).toBe('%a\\\\b%');
  });

  it('keeps the parts of a record apart so a match cannot span two fields', () => {
    expect(recordSearchKey(['Arben Gashi', null, 'BL-000123'])).toBe('arben gashi | bl-000123');
  });
});

describe('numbers typed in any script (issue 10, kind 2)', () => {
  it('reads whole numbers in Urdu and Arabic-Indic digits, and refuses what is not one', () => {
    expect(parseWholeNumber('۱۲')).toBe(12);
    expect(parseWholeNumber('١٢')).toBe(12);
    expect(parseWholeNumber(' 7 ')).toBe(7);
    expect(parseWholeNumber('')).toBeNull();
    expect(parseWholeNumber('12a')).toBeNull();
    expect(parseWholeNumber('1.5')).toBeNull();
  });

  it('reads decimals with a point, a comma or the Arabic decimal separator', () => {
    expect(parseDecimalNumber('1.5')).toBe(1.5);
    expect(parseDecimalNumber('1,5')).toBe(1.5);
    expect(parseDecimalNumber('۱٫۵')).toBe(1.5);
    expect(parseDecimalNumber('x')).toBeNull();
  });
});
