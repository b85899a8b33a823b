// cyrillic-to-latin ships no types: one function, Serbian Cyrillic letter by letter to Latin
// (Љ→Lj, Џ→Dž, Ђ→Đ …); characters it does not know pass through unchanged.
declare module 'cyrillic-to-latin' {
  export default function cyrillicToLatin(text: string): string;
}
