/**
 * The one rule by which search compares words, so that a word typed one way finds it written
 * another. Unlike foldCase (shared/links, for titles), this folding is deliberately lossy: a search
 * that misses a report because of an accent or a keyboard layout is worse than a few extra hits.
 *
 * - Case, and compatibility forms (full-width letters, ligatures, Arabic presentation forms): NFKD.
 * - Latin, Greek and Cyrillic diacritics are dropped (é → e, ё → е), except the breve of й, which is
 *   a letter of its own in Russian (мой ≠ мои).
 * - Tajik Cyrillic letters become the Russian ones most keyboards type instead (Раҳмон → рахмон).
 * - Arabic script: harakat and hamza marks are dropped (أ إ آ → ا, ؤ → و, ئ → ی); Arabic yeh and
 *   alef maksura become Persian yeh (ي ى → ی); Arabic kaf becomes keheh (ك → ک); teh marbuta and the
 *   heh forms become heh (ة ە ہ ھ → ه); tatweel, ZWNJ and ZWJ are removed (کتاب‌ها → کتابها).
 * - Arabic-Indic and Persian digits become ASCII digits (۲۰۲۱ → 2021).
 *
 * Bump ANALYZER_VERSION (main/core/search) when this changes: cached indexes hold folded words.
 */

const LETTER_MAP: Record<string, string> = {
  // Arabic yeh, alef maksura → Persian yeh
  '\u064A': '\u06CC',
  '\u0649': '\u06CC',
  // Arabic kaf → keheh
  '\u0643': '\u06A9',
  // teh marbuta, ae, heh goal, heh doachashmee → heh
  '\u0629': '\u0647',
  '\u06D5': '\u0647',
  '\u06C1': '\u0647',
  '\u06BE': '\u0647',
  // alef wasla and alef with wavy hamza → alef
  '\u0671': '\u0627',
  '\u0672': '\u0627',
  '\u0673': '\u0627',
  // tatweel (kashida), zero-width non-joiner and joiner: typographic only
  '\u0640': '',
  '\u200C': '',
  '\u200D': '',
  // Tajik letters → Russian keyboard equivalents (ӣ and ӯ lose their macron with the diacritics)
  '\u04B3': '\u0445',
  '\u049B': '\u043A',
  '\u0493': '\u0433',
  '\u04B7': '\u0447',
};
for (let d = 0; d < 10; d++) {
  LETTER_MAP[String.fromCharCode(0x0660 + d)] = String(d);
  LETTER_MAP[String.fromCharCode(0x06f0 + d)] = String(d);
}

const BREVE = 0x0306;
const SHORT_I = 0x0438; // и: и + breve is й

/** Combining marks that are accents on letters rather than letters' own parts. */
function isDroppedMark(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) || // Latin, Greek, Cyrillic combining diacritics
    (code >= 0x064b && code <= 0x065f) || // Arabic harakat, hamza above/below, maddah
    code === 0x0670 || // superscript alef
    (code >= 0x06d6 && code <= 0x06ed && code !== 0x06e5 && code !== 0x06e6) // Quranic annotation marks
  );
}

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Folds one word (no spaces) into the form the index stores and queries look up. */
export function foldWord(word: string): string {
  if (isAscii(word)) return word.toLowerCase();
  const decomposed = word.toLowerCase().normalize('NFKD');
  let out = '';
  for (let i = 0; i < decomposed.length; i++) {
    const ch = decomposed[i]!;
    const code = ch.charCodeAt(0);
    if (isDroppedMark(code)) {
      if (code === BREVE && decomposed.charCodeAt(i - 1) === SHORT_I) out += ch;
      continue;
    }
    out += LETTER_MAP[ch] ?? ch;
  }
  // Recompose what is left (й, and the marks of other scripts that are part of their letters).
  return out.normalize('NFC');
}
