import type { Gender } from '@mentora/core';
import type { Rng } from './prng';

export interface NamePool {
  male: readonly string[];
  female: readonly string[];
  family: readonly string[];
}

/** Balochistan / Urdu-style names in Latin letters (PTMP, District Lasbella and Khuzdar). */
export const BALOCHISTAN_NAMES: NamePool = {
  male: [
    'Abdul Ghani',
    'Abdul Qadir',
    'Abdul Rehman',
    'Allah Bakhsh',
    'Asghar Ali',
    'Bashir Ahmed',
    'Dost Muhammad',
    'Ghulam Rasool',
    'Ghulam Sarwar',
    'Imran Ali',
    'Jan Muhammad',
    'Khalid Hussain',
    'Mir Hazar',
    'Muhammad Hassan',
    'Naseer Ahmed',
    'Nawab Khan',
    'Noor Ahmed',
    'Rashid Ali',
    'Saleem Jan',
    'Sher Muhammad',
    'Wahid Bakhsh',
    'Zahoor Ahmed',
  ],
  female: [
    'Amina',
    'Farzana',
    'Fozia',
    'Gul Bano',
    'Hameeda',
    'Haseena',
    'Kulsoom',
    'Mehnaz',
    'Nargis',
    'Naseem',
    'Nasreen',
    'Rubina',
    'Rukhsana',
    'Sadia',
    'Saima',
    'Sakina',
    'Samina',
    'Shahnaz',
    'Shazia',
    'Zahida',
    'Zarina',
    'Zubaida',
  ],
  family: [
    'Baloch',
    'Bizenjo',
    'Brohi',
    'Burra',
    'Gadra',
    'Gichki',
    'Jamali',
    'Jamot',
    'Langove',
    'Lasi',
    'Magsi',
    'Mengal',
    'Notezai',
    'Raisani',
    'Rind',
    'Rodeni',
    'Runjha',
    'Sasoli',
    'Shahwani',
    'Zehri',
  ],
};

/** Albanian names (Kosovo, municipality of Drenas). */
export const ALBANIAN_NAMES: NamePool = {
  male: [
    'Agim',
    'Arben',
    'Ardian',
    'Bekim',
    'Besnik',
    'Blerim',
    'Dardan',
    'Driton',
    'Fatmir',
    'Faton',
    'Fitim',
    'Gëzim',
    'Granit',
    'Ilir',
    'Jetmir',
    'Kushtrim',
    'Labinot',
    'Lulzim',
    'Naim',
    'Shpend',
    'Valon',
    'Visar',
  ],
  female: [
    'Albulena',
    'Arta',
    'Besa',
    'Blerta',
    'Donika',
    'Drita',
    'Edona',
    'Fjolla',
    'Genta',
    'Hana',
    'Jehona',
    'Liridona',
    'Merita',
    'Mimoza',
    'Njomza',
    'Qëndresa',
    'Rina',
    'Shqipe',
    'Teuta',
    'Valbona',
    'Vjosa',
    'Zana',
  ],
  family: [
    'Ahmeti',
    'Bajrami',
    'Berisha',
    'Bytyçi',
    'Dervishi',
    'Gashi',
    'Gjoka',
    'Halili',
    'Hasani',
    'Haxhiu',
    'Hoxha',
    'Hyseni',
    'Kastrati',
    'Kelmendi',
    'Krasniqi',
    'Kryeziu',
    'Limani',
    'Morina',
    'Mustafa',
    'Osmani',
    'Rexhepi',
    'Shala',
    'Sylejmani',
    'Zeqiri',
  ],
};

export interface NameGenerator {
  /** Marks a fixed name (a demo login's) as taken so no generated person shares it. */
  reserve(fullName: string): void;
  next(gender: Gender): string;
}

/** Unique "given family" names within one program: a list that repeats a name confuses the demo. */
export function createNameGenerator(pool: NamePool, rng: Rng): NameGenerator {
  const used = new Set<string>();
  return {
    reserve: (fullName) => {
      used.add(fullName);
    },
    next: (gender) => {
      const given = gender === 'female' ? pool.female : pool.male;
      for (let attempt = 0; attempt < 1000; attempt++) {
        const fullName = `${rng.pick(given)} ${rng.pick(pool.family)}`;
        if (!used.has(fullName)) {
          used.add(fullName);
          return fullName;
        }
      }
      throw new Error(`the ${gender} name pool is exhausted after ${used.size} names`);
    },
  };
}
