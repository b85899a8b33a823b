import { describe, expect, it } from 'vitest';
import { serbianLatinMessages, serbianLatinText } from './serbian-latin';

describe('Serbian Cyrillic to Latin', () => {
  it('writes each letter as Serbian Latin does, digraphs included', () => {
    expect(serbianLatinText('Љубав, њива, џеп, ђак, ћуприја, жаба, чаша, шума')).toBe(
      'Ljubav, njiva, džep, đak, ćuprija, žaba, čaša, šuma',
    );
  });

  it('spells digraphs in capitals inside a word written in capitals', () => {
    expect(serbianLatinText('ЉУБАВ, ЊИВА, ЏЕП; Њ')).toBe('LJUBAV, NJIVA, DŽEP; Nj');
  });

  it('leaves {{placeholders}} and Latin text untouched', () => {
    expect(serbianLatinText('Пријављени сте као {{име}} у Mentora ({{count}} EMIS)')).toBe(
      'Prijavljeni ste kao {{име}} u Mentora ({{count}} EMIS)',
    );
  });

  it('keeps the nesting and the key order of the messages', () => {
    const latin = serbianLatinMessages({ b: 'Школа', a: { z: 'Особе', y: '{{n}} група' } });
    expect(latin).toEqual({ b: 'Škola', a: { z: 'Osobe', y: '{{n}} grupa' } });
    expect(JSON.stringify(latin)).toBe('{"b":"Škola","a":{"z":"Osobe","y":"{{n}} grupa"}}');
  });
});
