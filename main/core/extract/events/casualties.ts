import { latinDigits, NUMBER, parseNumber } from './numbers';

export interface Casualties {
  killed: number | null;
  injured: number | null;
}

const Q = '(?:at least|more than|over|some|about|around|nearly|almost|up to|as many as|не менее|более|около|свыше|по меньшей мере|دست‌?کم|بیش از|حدود|نزدیک به)';
/** A number standing alone: نه "nine" also ends متأسفانه "unfortunately". */
const N = `(?<![\\p{L}\\p{N}\u200c])(${NUMBER})`;
/** Up to four words between the number and the verb ("five of the attackers were killed"), never across "and". */
const PEOPLE = "(?:(?!(?:and|or|и|а|و)\\s)[\\p{L}'’-]+\\s+){0,4}?";
const BE = '(?:(?:were|was|have been|had been|are|is|были|был|была|было|تن|نفر)\\s+)?';

interface CountWords {
  /** The participle or noun after the number: "were killed", "dead", "ранены", "کشته". */
  after: string;
  /** The verb before the number: "killing 20", "погибли 5", "کشته شدن 5". */
  before: string;
  /** "death toll rose to 62". */
  toll?: string;
}

const KILLED: CountWords = {
  // Official Russian: "нейтрализованы трое" (neutralised) and "ликвидированы" mean killed.
  after: '(?:killed|dead|died|martyred|lost (?:their|his|her) lives|slain|погиб\\S*|убит\\S*|погибш\\S*|нейтрализован\\S*|ликвидирован\\S*|کشته|جان باختند|جان باخت)',
  // "left three people injured" counts the hurt: left and leaving count the dead only before dead or killed.
  before: '(?:killing|killed|(?:leaving|left)(?=\\s+(?:\\S+\\s+){1,4}?(?:dead|killed))|погибли|погибло|погиб|убиты|убито|убив|нейтрализованы|нейтрализовано|нейтрализован|ликвидированы|ликвидировано|کشته شدن)',
  toll: '(?:death toll|число погибших|شمار کشته‌?شدگان)',
};
const INJURED: CountWords = {
  after: '(?:injured|wounded|hurt|ранен\\S*|пострадал\\S*|получил\\S* (?:ранения|травмы|телесные повреждения)|زخمی|مجروح)',
  before: '(?:injuring|injured|wounding|wounded|ранены|ранено|ранив|пострадали|زخمی شدن)',
};

function patterns(w: CountWords): RegExp[] {
  return [
    new RegExp(`(?:${Q}\\s+)?${N}\\s+${PEOPLE}${BE}${w.after}`, 'giu'),
    new RegExp(`${w.before}\\s+(?:${Q}\\s+)?${N}(?![\\p{L}\\p{N}])`, 'giu'),
    ...(w.toll ? [new RegExp(`${w.toll}\\s+\\S*\\s*(?:to|of|at|до|به)?\\s*${N}`, 'giu')] : []),
  ];
}

const KILLED_RE = patterns(KILLED);
const INJURED_RE = patterns(INJURED);
const NONE = /\bno (?:one|casualties|deaths)\b|\bnobody was (?:killed|hurt)|без жертв|жертв нет|تلفاتی نداشت|تلفات جانی در پی نداشت/iu;

/** Ages told of the people counted: "aged eight and eleven", "aged between 16 and 19", "в возрасте 17 и 19 лет", "یک کارگر ۱۹ ساله", "19-летний". */
const AGES = new RegExp(`\\b(?:aged|ages)\\s+(?:between\\s+)?${NUMBER}(?:\\s*(?:,|and|to|-|–)\\s*${NUMBER})*|(?<![\\p{L}])в возрасте\\s+(?:от\\s+)?${NUMBER}(?:\\s*(?:,|и|до|-|–)\\s*${NUMBER})*\\s*(?:лет|года?)?|${NUMBER}\\s*[-‐]?\\s*(?:ساله|летн\\p{L}*|year-old|years? old)(?![\\p{L}\u200c])`, 'giu');

/**
 * A number that is a year ("in September 2022 killed…", "в 2023 году"): four digits from 1900 to
 * 2100 not followed by the people counted ("2000 people", "1950 человек").
 */
function isYear(number: string, after: string): boolean {
  const t = latinDigits(number.trim());
  return /^\d{4}$/.test(t) && Number(t) >= 1900 && Number(t) <= 2100 && !/^\s*(?:people|persons|civilians|soldiers|troops|fighters|человек|мирных|военн|تن|نفر)/iu.test(after);
}

/** The number the earliest match in the sentence gives. */
function first(sentence: string, res: RegExp[]): number | null {
  let best: { at: number; n: number } | undefined;
  for (const re of res) {
    for (const m of sentence.matchAll(re)) {
      const n = parseNumber(m[1]!);
      if (n === undefined || n >= 1_000_000 || isYear(m[1]!, sentence.slice(m.index! + m[0].indexOf(m[1]!) + m[1]!.length))) continue;
      if (!best || m.index! < best.at) best = { at: m.index!, n };
    }
  }
  return best ? best.n : null;
}

/**
 * The numbers killed and injured a sentence reports ("20 civilians were killed, more than 30 were
 * injured" → 20 and 30), in English, Russian and Dari, with number words. Null when it does not
 * say; zero only when it says nobody was.
 */
export function findCasualties(text: string): Casualties {
  // "Two boys aged eight and eleven were killed": ages are not the count.
  const sentence = text.replace(AGES, (w) => ' '.repeat(w.length));
  // "No one was hurt": "one" there counts nobody.
  const counted = sentence.replace(/\bno one\b/giu, (w) => ' '.repeat(w.length));
  const killed = first(counted, KILLED_RE);
  const injured = first(counted, INJURED_RE);
  if (killed === null && injured === null && NONE.test(sentence)) return { killed: 0, injured: 0 };
  return { killed, injured };
}
