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
  ب: 'b', پ: 'p', ت: 't', ث: 's', ج: 'j', چ: 'C', ح: 'h', خ: 'X', د: 'd', ذ: 'z', ر: 'r', ز: 'z', ژ: 'Z', س: 's', ش: 'S', ص: 's', ض: 'z', ط: 't', ظ: 'z', ع: '', غ: 'G', ف: 'f', ق: 'k', ک: 'k', گ: 'g', ل: 'l', م: 'm', ن: 'n', و: '', ه: 'h', ی: '', ا: '', ء: '', ئ: '', ؤ: '',
  ټ: 't', ډ: 'd', ړ: 'r', ږ: 'Z', ښ: 'S', ځ: 'z', څ: 's', ڼ: 'n',
};

/** The consonant skeleton of a folded Arabic-script name (چمتال → Cmtl), or undefined if it has letters we do not map. */
export function arabicSkeleton(folded: string): string | undefined {
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
  return out.length >= 3 ? out : undefined;
}

/** The consonant skeleton of a folded Latin name (chimtal → Cmtl; chahar dara → Chrdr), to compare with arabicSkeleton. */
export function latinSkeleton(folded: string): string {
  return folded
    .replace(/ /g, '')
    .replace(/ch/g, 'C')
    .replace(/kh/g, 'X')
    .replace(/gh/g, 'G')
    .replace(/zh/g, 'Z')
    .replace(/sh/g, 'S')
    .replace(/q/g, 'k')
    .replace(/[aeiouwyv']/g, '');
}
