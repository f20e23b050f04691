/**
 * Cyrillic and Arabic-script names brought to the Latin spellings GeoNames uses, so that a town
 * the gazetteer has only in Latin (Kazan, Nizhnekamsk, Chimtāl) is still found in Russian and Dari
 * text.
 */

/** BGN/PCGN romanisation of Russian, as GeoNames spells Russian towns, plus the Tajik, Kazakh and Kyrgyz letters. */
const CYR: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  ҳ: 'h', ҷ: 'j', қ: 'q', ғ: 'gh', ӯ: 'u', ӣ: 'i', ә: 'a', ө: 'o', ү: 'u', ң: 'ng', і: 'i', ұ: 'u', һ: 'h',
};
const CYR_VOWELS = new Set('аеёиоуыэюяъьӯӣәөүіұ');

/**
 * A lower-case Cyrillic word in Latin letters. `ye` spells е and ё where BGN/PCGN writes ye/yo (at
 * the start of a word and after a vowel or a hard or soft sign: Елабуга → Yelabuga, Набережные →
 * Naberezhnyye); without it е is always e, the other common way (Elabuga).
 */
export function cyrillicToLatin(word: string, ye: boolean): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    const prev = word[i - 1];
    if (ye && (ch === 'е' || ch === 'ё') && (prev === undefined || prev === ' ' || CYR_VOWELS.has(prev))) out += ch === 'е' ? 'ye' : 'yo';
    else out += CYR[ch] ?? ch;
  }
  return out;
}

/**
 * Dari/Persian/Pashto letters as the consonants a Latin spelling of the same name has. Vowels are
 * not written in Arabic script, so both sides are compared as consonant skeletons: alef, waw and
 * ye (vowel or glide) and ayn are left out, and a final he is the vowel -a (دره → Dara).
 */
const ARABIC: Record<string, string> = {
  ب: 'b', پ: 'p', ت: 't', ث: 's', ج: 'j', چ: 'C', ح: 'h', خ: 'X', د: 'd', ذ: 'z', ر: 'r', ز: 'z', ژ: 'Z', س: 's', ش: 'S', ص: 's', ض: 'z', ط: 't', ظ: 'z', ع: '', غ: 'G', ف: 'f', ق: 'k', ک: 'k', گ: 'g', ل: 'l', م: 'm', ن: 'n', و: '', ه: 'h', ی: '', ا: '', آ: '', ء: '', ئ: '', ؤ: '',
  ټ: 't', ډ: 'd', ړ: 'r', ږ: 'Z', ښ: 'S', ځ: 'z', څ: 's', ڼ: 'n',
};

/** The consonant skeleton of a folded Arabic-script name (چمتال → Cmtl), or undefined if it has letters we do not map. */
export function arabicSkeleton(folded: string, min = 3): string | undefined {
  let out = '';
  const words = folded.split(' ');
  for (const w of words) {
    let word = '';
    for (let i = 0; i < w.length; i++) {
      const ch = w[i]!;
      if (ch === 'ه' && i === w.length - 1 && i > 0) continue; // final he: the vowel a
      const m = ARABIC[ch];
      if (m === undefined) return undefined;
      word += m;
    }
    // A word of vowels only (و "and", ای) is not part of a name.
    if (!word) return undefined;
    out += word;
  }
  return out.length >= min ? out : undefined;
}

/** The consonant skeleton of a folded Latin name (chimtal → Cmtl; chahar dara → Chrdr), to compare with arabicSkeleton. */
export function latinSkeleton(folded: string): string {
  return latinSkeletonWords(folded)
    .replace(/ /g, '')
    .replace(/[aeiouwyv']/g, '');
}

/**
 * A folded Latin name with its digraphs as the single letters arabicSkeleton writes, word by word,
 * and a word's final -h after a vowel dropped (Gōshtah, Lashkar Gāh): Arabic script's final ه there
 * is the vowel, which arabicSkeleton leaves out too. A doubled consonant is one: the script writes
 * it once (Muhammad, محمد).
 */
function latinSkeletonWords(folded: string): string {
  return folded
    .replace(/([b-df-hj-np-tv-z])\1/g, '$1')
    .replace(/([aeiou])h(?= |$)/g, '$1')
    .replace(/ch/g, 'C')
    .replace(/kh/g, 'X')
    .replace(/gh/g, 'G')
    .replace(/zh/g, 'Z')
    .replace(/sh/g, 'S')
    .replace(/q/g, 'k');
}

/**
 * A tolerant key for a folded Latin spelling of a Persian or Pashto name, so that the ways reports
 * and GeoNames romanise one name meet (Nad-e Ali / Nād ‘Alī, Spera / Spērah, Goshta / Gōshtah,
 * Bala Buluk / Bālā Bolok, Pul-e Khumri / Puli Khomri, Islam Qala / Eslām Qal‘eh): the ezafe
 * (-e-, -i-, -ye-, and -i written onto the word before) dropped, a final -h after a vowel dropped and
 * a final -e/-eh/-ah written -a, o/u/ou/oo/ow one vowel and e/i/ee/y another, q and gh as k, kh as x,
 * w as v, doubled letters single, and no spaces. Used only where the text cues a place: the key
 * merges many names.
 */
export function romanKey(folded: string): string {
  const words = folded.split(' ').filter((w) => w && !/^(?:e|i|ye|yi|y|ul|al)$/.test(w));
  return words
    .map((w, i) => {
      let s = w;
      // ezafe written onto the word before (Puli Khumri, Dashti Archi, Mazari Sharif).
      if (i < words.length - 1 && s.length > 3) s = s.replace(/(?:-?ye|i|e)$/, '');
      s = s.replace(/([aeiou])h$/, '$1').replace(/(?:e|a)$/, 'a');
      return s;
    })
    .join('')
    .replace(/kh/g, 'x')
    .replace(/gh|q/g, 'k')
    .replace(/([aeiou])w(?![aeiou])/g, '$1u')
    .replace(/w/g, 'v')
    // A glide after i before a vowel is written or not (Oshnavīyeh, Oshnavieh).
    .replace(/iy(?=[aeiou])/g, 'i')
    .replace(/y(?![aeiou])/g, 'i')
    .replace(/(?:ou|oo|o|u)+/g, 'u')
    .replace(/(?:ee|e|i)+/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/**
 * Where a name has vowels between its consonants, as a string of 0/1 (one more than the skeleton's
 * consonants): before the first, between each pair, after the last. Arabic script writes long vowels
 * (ا و ی, and a final ه for -a) and leaves short ones out, so a Dari name's vowels are a subset of
 * a Latin spelling's (اچین: 1,1,0 fits Āchīn but not Chin). Compares names whose skeletons match.
 */
export function arabicVowelGaps(folded: string): string | undefined {
  let gaps = '';
  let vowel = false;
  for (const w of folded.split(' ')) {
    for (let i = 0; i < w.length; i++) {
      const ch = w[i]!;
      if (ch === 'ع' || ch === 'ء' || ch === 'ئ' || ch === 'ؤ') continue;
      const isVowel = ch === 'ا' || ch === 'آ' || ch === 'و' || ch === 'ی' || (ch === 'ه' && i === w.length - 1 && i > 0);
      if (isVowel) vowel = true;
      else if (ARABIC[ch] === undefined) return undefined;
      else {
        gaps += vowel ? '1' : '0';
        vowel = false;
      }
    }
  }
  return gaps + (vowel ? '1' : '0');
}

/** The same for a folded Latin name, on the consonants latinSkeleton keeps. */
export function latinVowelGaps(folded: string): string {
  const s = latinSkeletonWords(folded).replace(/ /g, '');
  let gaps = '';
  let vowel = false;
  for (const ch of s) {
    if (/[aeiouwyv]/.test(ch)) vowel = true;
    else if (ch !== "'") {
      gaps += vowel ? '1' : '0';
      vowel = false;
    }
  }
  return gaps + (vowel ? '1' : '0');
}

/** Arabic-script vowels fit a Latin spelling's: every place the Dari name writes a vowel, the Latin has one. */
export function vowelsFit(arabic: string, latin: string): boolean {
  if (arabic.length !== latin.length) return false;
  for (let i = 0; i < arabic.length; i++) if (arabic[i] === '1' && latin[i] !== '1') return false;
  return true;
}

/**
 * A key for the Central Asian towns that Russian, Tajik/Uzbek and English spell with different
 * vowels and j-sounds (Пенджикент → pendzhikent, Panjakent, Penjikent, Panjikent → pnjknt): the
 * first letter, then the consonants, with дж/dj as j and kh as h. Merges many names, so it is used
 * only for large towns and where the text cues a place, and needs four consonants.
 */
export function consonantKey(folded: string): string {
  const s = folded
    .replace(/[\s'’-]+/g, '')
    .replace(/dzh|dj|dž/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/(.)\1+/g, '$1');
  return s.slice(0, 1) + s.slice(1).replace(/[aeiouy]/g, '');
}
