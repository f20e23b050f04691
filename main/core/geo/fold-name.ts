/**
 * A place name reduced to what spellings of it share: no accents or breves (Mazār → mazar,
 * Kŭlob → kulob), no apostrophes or ʻayns (Qal‘ah → qalah), one space for any run of spaces,
 * hyphens and dots, and the Arabic-script letters Dari, Pashto and Arabic write differently made
 * one (ي/ی, ك/ک, ة/ه, hamza seats), without zero-width non-joiners or tatweel. Cyrillic ё is е.
 */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\u200c|\u200d|\u0640/g, '')
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/ة/g, 'ه')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ё/g, 'е')
    .replace(/['’‘ʻʼ`"«»]/g, '')
    .replace(/[\s\-‐–—.,()/]+/g, ' ')
    .trim();
}
