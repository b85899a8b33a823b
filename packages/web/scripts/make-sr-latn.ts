// Writes packages/web/src/i18n/sr-Latn.json (Serbian in Latin script) from sr.json (Cyrillic):
// translators edit only sr.json; the Latin file is derived so the two scripts never disagree.
// Run after changing sr.json: npm run i18n:sr-latn (a test in src/i18n fails while they differ).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Messages, serbianLatinFile } from '../src/i18n/serbian-latin';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'i18n');
const cyrillic = JSON.parse(readFileSync(join(dir, 'sr.json'), 'utf8')) as Messages;
writeFileSync(join(dir, 'sr-Latn.json'), serbianLatinFile(cyrillic));
