import { distanceKm, foldName } from '../../geo';
import { hasCase, isCapitalised, tokenize, type Token } from '../text/tokens';
import { cyrillicVariants, latinStem, type PlaceEntry, type PlaceIndex, type PlaceKind } from './place-index';
import { arabicSkeleton, arabicVowelGaps, consonantKey, cyrillicToLatin, romanKey, vowelsFit } from './transliterate';

/** One place mentioned in the text. */
export interface PlaceMention {
  name: string;
  kind: PlaceKind;
  country: string;
  lat: number;
  lng: number;
  confidence: number;
  start: number;
  end: number;
  /** The words as the text writes them. */
  text: string;
}

/** Words that make a name next to them a province (Kunduz province, провинции Кундуз, ولایت کندز, Batken region, Республика Дагестан). */
const ADMIN_AFTER = new Set([
  'province', 'provinces', 'region', 'oblast', 'republic', 'krai', 'kray', 'territory',
  'провинция', 'провинции', 'провинцию', 'провинцией', 'область', 'области', 'областью', 'вилоят', 'вилояте', 'край', 'края', 'крае', 'краем', 'республика', 'республики', 'республике', 'республикой',
]);
/** Plural province nouns, which may govern two names ("ولایت‌های هرات و فراه"). */
const ADMIN_PLURAL = new Set(['ولایات', 'ولایت‌های', 'استان‌های', 'provinces', 'провинций', 'провинциях', 'областей', 'областях']);
const ADMIN_BEFORE = new Set(['ولایت', 'ولایات', 'ولایت‌های', 'استان', 'استان‌های', 'province', 'провинции', 'провинция', 'провинцию', 'республика', 'республики', 'республике', 'республикой', 'республику']);
/** Prepositions that put a place after them (in, near, в, у, در): a capitalised word there is more likely a place. */
const LOCATIVE = new Set(['in', 'near', 'at', 'from', 'outside', 'around', 'into', 'to', 'of', 'в', 'во', 'у', 'под', 'близ', 'около', 'из', 'на', 'در', 'از', 'به', 'نزدیک']);
/**
 * Words before a name that say a place is meant, strongly enough to take a town below the
 * gazetteer's population cut (in Argo, near Vorukh, district of X, в Рушане, ولسوالی چمتال).
 */
const CUE_BEFORE = new Set(['in', 'near', 'at', 'outside', 'around', 'of', 'towards', 'toward', 'through', 'пгт', 'district', 'village', 'town', 'crossing', 'кпп', 'пропуска', 'در', 'نزدیک', 'نزدیکی', 'اطراف', 'حوالی', 'حومه', 'حومهٔ', 'ولایت', 'в', 'во', 'у', 'под', 'близ', 'около', 'районе', 'район', 'района', 'селе', 'село', 'села', 'кишлаке', 'кишлак', 'посёлке', 'поселке', 'посёлка', 'поселка', 'посёлок', 'поселок', 'деревне', 'деревни', 'деревня', 'аула', 'ауле', 'городе', 'город', 'города', 'городу', 'городом', 'станице', 'станица', 'станицы', 'станицу', 'уезде', 'уезд', 'уезда', 'ولسوال', 'ولسوالی', 'شهرستان', 'قریه', 'قریهٔ', 'روستای', 'ولسوالي', 'بازار', 'محور', 'ورودی', 'خروجی', 'ساکنان', 'باشندگان', 'ایستگاه', 'حاشیهٔ', 'حاشیه', 'bazaar', 'базаре', 'рынке',
  // Words of a town's parts that take its name in the genitive: "в порту Корсакова", "на окраине Бийска".
  'порту', 'порта', 'окраине', 'окраинах', 'окраину', 'пригороде', 'окрестностях', 'центре']);
/** آستانه is Astana, and "the threshold": with the ezafe (آستانهٔ) it is "on the eve of" a date or an event. */
const EVE_OF = /^\u0622\u0633\u062a\u0627\u0646\u0647\u0654?$/u;
const EZAFE = '\u0654';
/** What a person has and a town does not, after a possessive ("Amir Timur's palace", "Babur's tomb"). */
const PERSONAL_AFTER = /^\s+(?:palace|tomb|mausoleum|shrine|statue|monument|grave|birthplace|reign|rule|dynasty|descendants|era|empire|memoirs|poems?)\b/iu;
/**
 * The start of a line, after any bullet, item number, emoji or bracketed message header ("1) ",
 * "🔴 ", "[3/5 | 09:30] "): where an item's lead place or its header stands.
 */
const LINE_START_BEFORE = /(?:^|\n)[ \t]*(?:[-•*▪►–—][ \t]*|\d{1,2}[.)][ \t]*|\p{Extended_Pictographic}\uFE0F?[ \t]*|\[[^\]\n]{1,40}\][ \t]*)?(?:(?:\d{1,2}\s+\p{L}{3,}|\p{L}{3,}\s+\d{1,2}),?[ \t]+(?:off[ \t]+|near[ \t]+)?)?$/u;
/** A bullet or an emoji opening a line, right before a word. */
const BULLET_BEFORE = /(?:^|\n)[ \t]*(?:[•▪►*]|\p{Extended_Pictographic})\uFE0F?[ \t]*$/u;
/** Abbreviations of "town" and "village" that a cue may be written as, with their dot (г. Нарын, с. Ат-Баши, пос. Восточный). */
const ABBREVIATED_CUE = new Set(['г', 'с', 'пос', 'пгт']);
/** A distance told right after a name ("Sevsk, about 70 kilometres to the south-east", "Севск, в 70 км"): a place. */
const DISTANCE_AFTER = /^\s*,\s*(?:(?:about|some|around|roughly|nearly|approximately|only|barely|just|less than|more than)\s+)?\d+\s*(?:km|kilometres|kilometers|miles)\b|^\s*,\s*(?:расположенн\p{L}+\s+)?(?:примерно\s+|около\s+)?в\s+\d+\s*(?:км|километр)/iu;
/** A distance told right before a name ("about 20 km from Bayganin", "в 20 км от Байганина"): a place, and near it is where something happened. */
export const DISTANCE_BEFORE = /\b\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:(?:north|south|east|west|north-east|north-west|south-east|south-west)\s+)?(?:from|of|outside)\s+$|(?<![\p{L}])\d+\s*(?:км|километр\p{L}*)\s+от\s+$/iu;
/** Words after a name that say it is a place (Darayim district, Vorukh village, Рушанский район). */
const CUE_AFTER = new Set(['district', 'districts', 'area', 'village', 'town', 'region', 'valley', 'район', 'района', 'районе', 'районом', 'району']);
/** Of the words before, the ones that name a district or village outright (not only a preposition). */
const STRONG_BEFORE = new Set(['district', 'village', 'районе', 'район', 'района', 'селе', 'село', 'села', 'кишлаке', 'посёлке', 'поселке', 'посёлка', 'поселка', 'посёлок', 'поселок', 'деревне', 'деревни', 'деревня', 'аула', 'ауле', 'станице', 'станица', 'станицы', 'станицу', 'уезде', 'уезд', 'уезда', 'ولسوال', 'ولسوالی', 'ولسوالي', 'ولسوالی‌های', 'ولسوالیهای', 'شهرستان', 'قریه', 'قریهٔ', 'روستای']);
/** Plural words of place that go on to a second name after "and" (ولسوالی‌های جرم و بهارک, the districts of A and B). */
const STRONG_PLURAL = new Set(['ولسوالی‌های', 'ولسوالیهای', 'districts', 'районов', 'сёл', 'сел', 'кишлаков', 'villages']);
/** Dari words before a name that say a town is meant less surely than ولسوالی (شهر "city", بندر "port, crossing"): a Dari name found by its skeleton needs more letters after them. */
const TOWN_BEFORE = new Set(['شهر', 'بندر', 'بندری', 'گذرگاه']);
/**
 * Common Dari words that a place's consonant skeleton could match after در "in": numbers, units of
 * time and amount, pronouns and determiners, and the like. A span with one of them is not a name
 * found by its skeleton (exact spellings are unaffected).
 */
const COMMON_DARI = new Set([
  'یک', 'دو', 'سه', 'چهار', 'پنج', 'شش', 'هفت', 'هشت', 'نه', 'ده', 'صد', 'هزار', 'نیم', 'نصف', 'چند', 'اول', 'دوم', 'سوم',
  'سال', 'ماه', 'روز', 'هفته', 'شب', 'ساعت', 'دقیقه', 'زمان', 'وقت', 'مدت', 'جریان', 'طول', 'اخیر', 'گذشته', 'آینده',
  'این', 'آن', 'همین', 'همان', 'همه', 'هر', 'دیگر', 'خود', 'ما', 'او', 'آنها', 'آنان', 'برخی', 'بسیاری', 'کدام',
  'بین', 'میان', 'پس', 'پیش', 'سر', 'زیر', 'بالا', 'پایین', 'کنار', 'نزدیک', 'داخل', 'بیرون', 'حال', 'حالی', 'حدود', 'مورد', 'باره', 'راه', 'کار', 'دست', 'نتیجه', 'جلسه', 'حالیکه', 'صورت',
  // Nouns of place and common adjectives, whose letters some Iranian town spells (مسیر: Maşīrī; ممنوع: Māmūnīyeh; شهرک: Shahrak).
  'مسیر', 'ممنوع', 'شهرک', 'محل', 'مرکز', 'منطقه', 'مرز', 'بازار', 'جاده', 'سرک', 'مسجد', 'مکتب', 'زندان', 'خانه', 'دفتر', 'محله', 'کشور', 'حاشیه', 'حومه', 'اطراف', 'نواحی', 'ساحه', 'صنعتی',
]);
/**
 * Capitalised words of institutions' names, which follow "of" as a place would ("Ministry of Foreign
 * Affairs"): never a small town spelled otherwise (Foreign is no Fergana by its consonants).
 */
const INSTITUTION_WORDS = new Set(['foreign', 'affairs', 'interior', 'internal', 'defence', 'defense', 'justice', 'home', 'state', 'national', 'border', 'security', 'emergency', 'emergencies', 'health', 'education', 'finance', 'economy', 'energy', 'labour', 'labor', 'refugees', 'repatriation', 'information', 'culture', 'agriculture', 'transport', 'public', 'human', 'rights', 'commerce', 'industry', 'trade', 'women', 'youth', 'sports', 'water', 'mines', 'petroleum', 'communications', 'religious', 'hajj', 'higher', 'urban', 'rural', 'development', 'council', 'committee', 'court', 'office', 'department', 'directorate', 'service', 'services', 'police', 'army', 'forces', 'guard', 'guards', 'ministry', 'prosecutor', 'general', 'supreme', 'central', 'federal', 'regional', 'provincial', 'district', 'city', 'municipal']);
/** Abbreviations that names begin with, as GeoNames writes them out (St Petersburg, St. Petersburg → Saint Petersburg). */
const ABBREVIATIONS: Record<string, string> = { st: 'saint', ste: 'sainte', mt: 'mount', ft: 'fort' };
/** A Telegram-style header line "Province | District" (or "Country | Town", "BALKH / Kishindih district"): the part after the bar names a place. */
const HEADER_BEFORE = /(?:^|\n)[^\n|/]{1,60}[|/][ \t]*$/u;

/** An abbreviation's dot at the start of a name (St. Petersburg), which does not end a sentence there. */
const ABBREVIATION_DOT = /^(?:St|Ste|Mt|Ft)\./;

const CYRILLIC = /\p{Script=Cyrillic}/u;
const ARABIC = /\p{Script=Arabic}/u;
/** A Russian adjective made from a place name (Рушанский район, в Ишкашимском районе): the name is its stem. */
const ADJECTIVAL = /(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ым|ыми|ими)$/u;
/** Dari/Pashto suffixes written onto a name: ezafe/adjective ی, indefinite ای (کابلی, تاجیکستانی); not the plural (شهرک‌های "townships" is no Shahrak). */
const DARI_SUFFIX = /(?:ای|ی|یان)$/u;

/** A single Russian word with an adjective's ending (not -ой or -ом, which nouns share: Москвой, Кабулом). */
const ADJECTIVE_WORD = /^[^\s-]+(?:ый|ий|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ую|юю|ых|их|ыми|ими)$/u;

/** A Russian woman's surname in an oblique case: -овой, -евой, -иной, -ыной (and -ою). */
const FEMALE_SURNAME_CASE = /(?:ов|ев|ёв|ин|ын)(?:ой|ою)$/u;

/** Transliterations that end like a Russian surname (-ov, -ev, -yov, -in, -yn), in any of its cases' stems. */
const SURNAME_SHAPED = /(?:ov|ev|yov|in|yn)$/;

interface Cue {
  /** The text around says a place is meant. */
  cued: boolean;
  /** Words around name a district or village outright (ولسوالی X, X district). */
  strong: boolean;
  /** The word after is район/область: a Russian adjective there is a place's. */
  adjectival: boolean;
  /** The word before is شهر, بندر: a town is meant (between strong and weak). */
  town: boolean;
}

/** Prepositions inside a hyphenated Russian place name (Ростов-на-Дону, Комсомольск-на-Амуре, Славянск-на-Кубани). */
const NAME_PREPOSITIONS = new Set(['на', 'над', 'под', 'у']);

const first = <T>(lists: Array<T[] | undefined>): T[] | undefined => lists.find((l) => l && l.length > 0);

/** Transliterated forms of a lower-case Cyrillic phrase and of its stems (казани → kazani, kazan). */
/** Kazakh and Kyrgyz romanisation write й before a consonant or a word's end as i (Тайынша, Taiynsha; Бакай-Ата, Bakai-Ata). */
function kazakhI(latin: string): string[] {
  return /[aeou]y(?=[b-df-hj-np-tv-z ])/.test(latin) ? [latin.replace(/([aeou])y(?=[b-df-hj-np-tv-z ])/g, '$1i')] : [];
}

function latinForms(lower: string): string[] {
  const out = new Set<string>();
  for (const v of cyrillicVariants(lower.replace(/[\s\-‐–—]+/g, ' ').trim())) {
    for (const ye of [true, false]) {
      const f = foldName(cyrillicToLatin(v, ye));
      out.add(f);
      // Central Asian names: Russian дж is the j of their Latin spellings (Джалал-Абад, Jalal-Abad).
      if (f.includes('dzh')) out.add(f.replace(/dzh/g, 'j'));
      for (const k of kazakhI(f)) out.add(k);
    }
  }
  // A name of several words in an oblique case, each word cut to its stem (Набережных Челнах → naberezhn cheln).
  for (const f of [...out]) if (f.includes(' ')) out.add(latinStem(f));
  return [...out];
}

/**
 * A Cyrillic name: its own spellings first (the alias table and the regions, in any case), and the
 * towns its transliteration names beside them, so Баткен is both the region and the town and the
 * words around decide; towns below the population cut only where the text cues a place.
 */
/** Case endings of a feminine, neuter or masculine adjectival name, with the nominatives they may stand for. */
const ADJECTIVE_NOMINATIVES: ReadonlyArray<[RegExp, string[]]> = [
  [/ой$/u, ['ая']],
  [/(?:ом|ого|ому)$/u, ['ое', 'ий', 'ый']],
];

function lookupCyrillic(index: PlaceIndex, lower: string, cue: Cue): PlaceEntry[] | undefined {
  // "в Киришах", "в Черкассах": a plural name's locative, read as its nominative (Кириши), before any stem it shares (Qarshi).
  const plural = cue.cued && /^\p{L}{3,}(?:ах|ях)$/u.test(lower) ? first(['и', 'ы'].map((e) => byNominative(index, lower.replace(/[ая]х$/u, e), true))) : undefined;
  if (plural) return plural;
  // A cued four-letter name in an oblique case ("в Инзе"), whose three-letter stem is too short to index: read as its nominative.
  const found = cyrillicCandidates(index, lower, cue) ?? (cue.cued && FOUR_LETTER_CASE.test(lower) ? byNominative(index, `${lower.slice(0, 3)}а`, true) : undefined);
  // An adjectival name agrees with its noun: "Степной вестник" (masculine) is no case of neuter
  // Степное, and "Белый" none of feminine Белая (whose "Белой" is).
  const unlike = /(?:ый|ий)$/u.test(lower) ? /(?:oye|oe|eye|aya|aja|yaya)$/iu : /ой$/u.test(lower) ? /(?:oye|oe|eye)$/iu : undefined;
  const kept = unlike ? found?.filter((e) => e.kind !== 'town' || !unlike.test(e.name)) : found;
  return kept?.length ? kept : undefined;
}

const FOUR_LETTER_CASE = /^\p{L}{3}(?:[еуыи]|ой)$/u;

/**
 * A short name by its nominative's own spelling or transliteration only (Хива → Khiwa, Инза → Inza),
 * never by a stem (Акса is no Аксай): uncued, a town of some size by its own spelling; cued, any town.
 */
function byNominative(index: PlaceIndex, nominative: string, cued: boolean): PlaceEntry[] | undefined {
  const key = foldName(nominative);
  if (!cued) {
    const towns = index.exact.get(key)?.filter((e) => e.kind === 'town' && e.population >= 20_000);
    return towns?.length ? towns : undefined;
  }
  return index.exact.get(key) ?? first([true, false].flatMap((ye) => [index.latin.get(foldName(cyrillicToLatin(key, ye))), index.minor.get(foldName(cyrillicToLatin(key, ye)))]));
}

function cyrillicCandidates(index: PlaceIndex, lower: string, cue: Cue): PlaceEntry[] | undefined {
  const key = foldName(lower);
  let own = index.exact.get(key);
  // "у села Ленинское": a village's own name as written, after село or посёлок, before any stem it shares (Ленинск).
  // So is a small town whose Latin name the word spells in full (поселок Боровской: Kazakhstan's Borovskoy, not Borovsk).
  // An adjectival name is written in its noun's case (в станице Новопокровской: Новопокровская).
  const nominatives = [lower, ...ADJECTIVE_NOMINATIVES.flatMap(([ending, forms]) => (ending.test(lower) ? forms.map((f) => lower.replace(ending, f)) : []))];
  const village = cue.strong && !own ? nominatives.flatMap((n) => [...(index.minorStems.get(foldName(n)) ?? []), ...[true, false].flatMap((ye) => index.minor.get(foldName(cyrillicToLatin(n, ye))) ?? [])]) : [];
  if (village.length > 0) return [...new Set(village)];
  let stem: string | undefined;
  if (!own) for (const v of cyrillicVariants(key)) if ((own = index.stems.get(v))) { stem = v; break; }
  // Хивы, Хиве: a four-letter town of some size, read as its nominative before anything the letters may transliterate to.
  if (!own && FOUR_LETTER_CASE.test(key)) own = byNominative(index, `${key.slice(0, 3)}а`, false);
  // A town its own Cyrillic spelling names is one candidate; its namesakes elsewhere spelled alike in
  // Latin are others (Аксай is Rostov's Aksay and West Kazakhstan's Aqsay): the places around choose.
  if (own?.some((e) => e.kind === 'town')) {
    // A stem is shared by other names too: Печоре is Pechory's (Печоры) and Pechora's, which GeoNames has only in Latin.
    const stemTowns = stem ? [true, false].flatMap((ye) => index.latin.get(foldName(cyrillicToLatin(stem, ye))) ?? []) : [];
    const namesakes = [...own.flatMap((o) => (o.kind === 'town' ? (index.latin.get(foldName(o.name)) ?? []) : [])), ...stemTowns].filter((t) => !own!.some((o) => o.name === t.name && o.country === t.country));
    return [...own, ...new Set(namesakes)];
  }
  // GeoNames' Russian-country names have one or two words, or three with a preposition between
  // (Ростов-на-Дону, Комсомольск-на-Амуре); longer spans are not worth transliterating.
  const words = lower.split(/[\s\-‐–—]+/);
  if (words.length > 3 || (words.length === 3 && !NAME_PREPOSITIONS.has(words[1]!))) return own;
  // Three letters are enough for a city (Уфа, and Уфе, Уфу, Уфы: a short name's case ending on its
  // nominative -а); a shorter name of a small place is too often a word.
  const short = /^\p{L}{2}(?:[еуыи]|ой)$/u.test(lower) ? latinForms(lower.replace(/(?:[еуыи]|ой)$/u, 'а')) : [];
  const forms = [...latinForms(lower), ...short].filter((f) => f.replace(/ /g, '').length >= 4 || (f.length === 3 && (index.latin.get(f) ?? []).some((e) => e.population >= 100_000)));
  // A surname-shaped word (Иванов, Королёв, Пушкина) is a town (Ivanovo, Korolev, Pushkino) only where the text cues a place.
  // A woman's surname in an oblique case (Назаровой, Ивановой) gives a town's name once its ending is cut (Nazarovo): cued only.
  // So is a word shaped like an adjective (Пограничный, Северный, Заречный): "пограничный наряд" is a border patrol.
  const usable = cue.cued ? forms : FEMALE_SURNAME_CASE.test(lower) || ADJECTIVE_WORD.test(lower) ? [] : forms.filter((f) => !SURNAME_SHAPED.test(f));
  const towns =
    first(usable.map((f) => index.latin.get(f))) ??
    (cue.cued ? (cuedSmallTowns(index, lower, forms) ?? (/\s/.test(lower) ? undefined : byConsonants(index, forms)) ?? smallTownByCyrillic(index, key)) : undefined);
  if (!own) return towns;
  return towns ? [...own, ...towns.filter((t) => !own.some((o) => o.name === t.name && o.country === t.country && o.kind === t.kind))] : own;
}

/**
 * A cued smaller town by its transliteration, in any case: "в Сергеевке" is Kazakhstan's Sergeyevka
 * (which GeoNames has only in Latin) as well as the Russian villages whose Cyrillic name it is; the
 * places around choose among them.
 */
function cuedSmallTowns(index: PlaceIndex, lower: string, forms: string[]): PlaceEntry[] | undefined {
  const nominatives = /^[\p{L}-]{4,}(?:е|и|у|ы|ой)$/u.test(lower) ? [lower.replace(/(?:е|и|у|ы|ой)$/u, 'а'), ...(lower.endsWith('ой') ? [lower.replace(/ой$/u, 'ая')] : [])] : [];
  const nominativeForms = nominatives.flatMap((n) => [true, false].map((ye) => foldName(cyrillicToLatin(n, ye)))).flatMap((f) => [f, ...kazakhI(f)]);
  const byLatin = first(forms.map((f) => index.minor.get(f))) ?? first(nominativeForms.map((f) => index.minor.get(f)));
  if (!byLatin) return undefined;
  const byCyrillic = smallTownByCyrillic(index, foldName(lower)) ?? [];
  return [...new Set([...byLatin, ...byCyrillic])];
}

/**
 * A smaller town by its own Cyrillic name (GeoNames' alternate names: Галашки), the last resort for
 * a cued word, after the larger towns its transliteration names (Новошахтинск is the Rostov town,
 * not a Far Eastern village of the same Russian name).
 */
function smallTownByCyrillic(index: PlaceIndex, key: string): PlaceEntry[] | undefined {
  for (const v of cyrillicVariants(key)) {
    const hit = index.minorStems.get(v);
    if (hit) return hit;
  }
  return undefined;
}

function lookup(index: PlaceIndex, words: string, cue: Cue): PlaceEntry[] | undefined {
  const key = foldName(words);
  const found = index.exact.get(key);
  // A cued name is also each smaller town of that name ("ولسوالی دولت‌آباد، فاریاب": Faryab's
  // Dawlatabad, not only Iran's large one), which the words around then choose among.
  // After ولسوالی (an Afghan district), the Afghan places its letters may spell are candidates too.
  const afghan = found && cue.strong && ARABIC.test(key) && !found.some((e) => e.country === 'AF') ? bySkeleton(index, key, 4, true) : undefined;
  // An Afghan town's Dari name is also its Afghan namesakes' ("فیض‌آباد" in a Jowzjan report is Jowzjan's
  // Faizabad, not Badakhshan's capital): the same name in Latin, which the places around choose between.
  const namesakes = found && !afghan && ARABIC.test(key) ? afghanNamesakes(index, key, found) : undefined;
  const smaller = found && (cue.strong || cue.town) ? [...(index.minor.get(key) ?? []), ...(afghan ?? []), ...(namesakes ?? [])].filter((m) => !found.includes(m)) : namesakes;
  if (found) return smaller?.length ? [...found, ...smaller] : found;
  if (CYRILLIC.test(key)) {
    const lower = words.toLowerCase();
    const hit = lookupCyrillic(index, lower, cue);
    if (hit) return hit;
    if (cue.adjectival && ADJECTIVAL.test(lower)) {
      const stem = lower.replace(ADJECTIVAL, '');
      if (stem.length >= 3) return lookupCyrillic(index, stem, { ...cue, cued: true });
    }
    return undefined;
  }
  if (ARABIC.test(key)) {
    const bare = key.replace(DARI_SUFFIX, '');
    // "ولسوالی غوریان": after a district's word, a district's own name (Ghoryan) before the province its
    // letters end in a suffix of (غور, Ghor).
    if (cue.strong && bare !== key) {
      const district = index.minor.get(key)?.filter((e) => e.country === 'AF');
      if (district?.length) return district;
    }
    // "خیبرپښتونخوای": a name ending in ا takes ی alone, not ای.
    for (const b of new Set([bare, key.replace(/ی$/u, '')])) {
      if (b === key || b.length < 3) continue;
      const hit = index.exact.get(b);
      if (hit) return hit;
    }
    // A smaller town's Arabic-script name as GeoNames spells it (تگاب), where the words before name a
    // district, village or town: after در "in" alone it may be a common word (سنگین "heavy" is Sangin).
    if (cue.strong || cue.town) {
      const hit = index.minor.get(key) ?? (bare !== key ? index.minor.get(bare) : undefined);
      // After شهر, a larger town of the same letters abroad is a candidate too (پسنی: an Afghan village's
      // spelling, and Pakistan's port of Pasni): the countries the text names choose.
      const abroad = hit && cue.town && key.split(' ').length <= 2 ? neighbourTowns(index, key, cue.strong)?.filter((e) => !hit.includes(e)) : undefined;
      if (hit) return abroad?.length ? [...hit, ...abroad] : hit;
    } else if (cue.cued) {
      // An alias the project added for its Dari spelling (بیله) needs no more than "in" or "near".
      const alias = index.minor.get(key)?.filter((e) => e.from === 'alias');
      if (alias?.length) return alias;
    }
    if (cue.cued && key.split(' ').length <= 2) {
      const afghan = bySkeleton(index, key, cue.strong ? 4 : 5, cue.strong, cue.town);
      // "شهر لیونی", "شهر اوریول": a Russian city of two consonants, kept only where the text names Russia.
      const russian = !afghan && cue.town ? shortRussianCity(index, key) : undefined;
      if (russian) NEEDS_COUNTRY.add(russian);
      // A Russian town by its letters alone is kept only where the text names Russia, as one after a bare "in".
      if (afghan?.every((e) => e.country === 'RU')) NEEDS_COUNTRY.add(afghan);
      if (cue.strong || cue.town) return afghan ?? russian;
      // "اطراف گرمسار" in a letter from Semnan: Iran's Garmsār as well as Helmand's Garmsir; the countries named choose.
      const abroad = neighbourTowns(index, key, false);
      if (afghan) return abroad ? [...afghan, ...abroad] : afghan;
      // "نزدیک داراب", "در اوتهل": a Pakistani or Iranian town after a bare "in" or "near", kept only
      // where the text names its country otherwise (see findPlaces).
      if (abroad) NEEDS_COUNTRY.add(abroad);
      return abroad;
    }
    return undefined;
  }
  // English possessive: Kyrgyzstan's, Kandahar’s.
  const possessive = /['’]s$/i.test(words) ? foldName(words.replace(/['’]s$/i, '')) : undefined;
  if (possessive) {
    const hit = index.exact.get(possessive);
    if (hit) return hit;
  }
  const expanded = expandAbbreviation(possessive ?? key);
  if (expanded) {
    const hit = index.exact.get(expanded) ?? (cue.cued ? index.minor.get(expanded) : undefined);
    if (hit) return hit;
  }
  if (!cue.cued || INSTITUTION_WORDS.has(key)) return undefined;
  return index.minor.get(possessive ?? key) ?? byRomanKey(index, possessive ?? key) ?? (/\s/.test(words) ? undefined : byConsonants(index, [possessive ?? key]));
}

/** Afghan towns of the same Latin name as an Afghan town a Dari word names exactly (none: undefined). */
function afghanNamesakes(index: PlaceIndex, key: string, found: readonly PlaceEntry[]): PlaceEntry[] | undefined {
  const names = new Set(found.filter((e) => e.country === 'AF' && e.kind === 'town').map((e) => romanKey(foldName(e.name))));
  if (names.size === 0) return undefined;
  const more = bySkeleton(index, key, 4, true)?.filter((e) => e.country === 'AF' && e.kind === 'town' && !found.includes(e) && names.has(romanKey(foldName(e.name))));
  return more?.length ? more : undefined;
}

/** Pakistani and Iranian towns a Dari name's letters may spell, as after شهر (none: undefined). */
function neighbourTowns(index: PlaceIndex, key: string, strong: boolean): PlaceEntry[] | undefined {
  const towns = bySkeleton(index, key, 5, strong, true)?.filter((e) => e.country !== 'AF' && e.country !== 'TJ');
  return towns?.length ? towns : undefined;
}

/** The second person plural and first person plural endings of a Persian verb (بروید, بمانیم). */
const PERSIAN_VERB_ENDING = /(?:ید|یم)$/u;

/** Russian cities this large may be named by two consonants after شهر (لیونی, Livny; اوریول, Oryol). */
const SHORT_RUSSIAN_CITY_POPULATION = 40_000;

/** A Russian city of some size whose two consonants and every written vowel a one-word Persian name after شهر spells. */
function shortRussianCity(index: PlaceIndex, key: string): PlaceEntry[] | undefined {
  if (key.includes(' ') || COMMON_DARI.has(key)) return undefined;
  const sk = arabicSkeleton(key, 2);
  const gaps = arabicVowelGaps(key);
  if (!sk || !gaps || sk.length !== 2 || gaps.replace(/0/g, '').length < 2) return undefined;
  const cities = (index.skeletons.get(sk) ?? []).filter((s) => s.entry.country === 'RU' && s.entry.population >= SHORT_RUSSIAN_CITY_POPULATION && s.gaps === gaps).map((s) => s.entry);
  return cities.length > 0 ? [...new Set(cities)] : undefined;
}

/** Candidates found only by their letters in a neighbour's script, kept where the text names their country otherwise. */
const NEEDS_COUNTRY = new WeakSet<PlaceEntry[]>();

/**
 * A cued Central Asian town spelled with other vowels or j-sounds (Пенджикент, Penjikent → Panjakent):
 * by consonantKey, four consonants or more; one word only (hyphens allowed), as the key drops spaces
 * and "Исфаре и" would otherwise be Isfara.
 */
function byConsonants(index: PlaceIndex, forms: string[]): PlaceEntry[] | undefined {
  return first(forms.filter((f) => /^[a-z ]+$/.test(f)).map((f) => consonantKey(f)).filter((k) => k.length >= 4).map((k) => index.consonants.get(k)));
}

/** St Petersburg → saint petersburg, when the first word is an abbreviation GeoNames writes out. */
function expandAbbreviation(key: string): string | undefined {
  const space = key.indexOf(' ');
  const full = space > 0 ? ABBREVIATIONS[key.slice(0, space)] : undefined;
  return full ? full + key.slice(space) : undefined;
}

/** A cued Latin name spelled otherwise than GeoNames (Nad-e Ali, Spera, Goshta): by its romanKey, one word of 4+ letters or more. */
function byRomanKey(index: PlaceIndex, key: string): PlaceEntry[] | undefined {
  if (!/^[a-z ]+$/.test(key) || key.replace(/ /g, '').length < 4) return undefined;
  // Written apart or joined (Shah Joy, Shahjoy): GeoNames may have either; a Tajik ғ written g or gh (Jirgatol, Jirghatol) too.
  const forms = [key, ...(key.includes(' ') ? [key.replace(/ /g, '')] : []), ...(/g(?!h)/.test(key) ? [key.replace(/g(?!h)/g, 'gh')] : [])];
  return first(forms.map((f) => index.roman.get(romanKey(f))));
}

/**
 * A Dari or Pashto name by its consonant skeleton, keeping the places whose Latin spelling has a
 * vowel wherever the Dari writes one. The surer the cue, the fewer letters (consonants and written
 * vowels) it needs: three consonants or four letters after ولسوالی or a header "Province | District" (جرم, اچین), five after شهر,
 * بندر, در "in" or ولایت, and there only Afghan places (پولیس "police" is no Tajik Palos), or after
 * شهر and بندر a Pakistani or Iranian town (شیخوپوره), which needs only three consonants and a
 * vowel there (متلی); and two consonants at least.
 */
function bySkeleton(index: PlaceIndex, key: string, letters: number, strong: boolean, town = false): PlaceEntry[] | undefined {
  // A cue word is not part of the name (در شهر این: not a town "Shahr-ān").
  if (key.split(' ').some((w) => CUE_BEFORE.has(w) || STRONG_BEFORE.has(w) || TOWN_BEFORE.has(w))) return undefined;
  // Nor is a common word: در دو سال "in two years" is no village Deh-e Şalāḩ (d-s-l).
  if (key.split(' ').some((w) => COMMON_DARI.has(w))) return undefined;
  // A Russian name's -ов is written وف (بولخوف, Bolkhov; گورودوویکوفسک): its в is a vowel to latinSkeleton.
  if (/وف/u.test(key)) {
    const russian = bySkeleton(index, key.replace(/وف/gu, 'و'), letters, strong, town)?.filter((e) => e.country === 'RU');
    if (russian?.length) return russian;
  }
  const sk = arabicSkeleton(key, 2);
  const gaps = arabicVowelGaps(key);
  if (!sk || !gaps) return undefined;
  const count = sk.length + gaps.replace(/0/g, '').length;
  // After شهر, a name of three consonants and a vowel may be a Pakistani or Iranian town of some size
  // (متلی Matli, تهته Thatta); an Afghan place that short would often be a common word (بیانیه).
  const shortAbroad = count < letters && !strong && town && sk.length >= 3 && count >= 4;
  if (count < letters && !(strong && sk.length >= 3) && !shortAbroad) return undefined;
  // A Pakistani or Iranian town only after شهر or بندر (ولسوالی names an Afghan district, and "in" too little).
  const allowed = (e: PlaceEntry) => (shortAbroad ? e.country !== 'AF' && e.country !== 'TJ' : e.country === 'AF' || (e.country === 'TJ' ? strong || town : town));
  // A Persian verb's person ending (بروید "go", بمانیم) spells no Russian town.
  const verbShaped = PERSIAN_VERB_ENDING.test(key);
  const fit = (index.skeletons.get(sk) ?? []).filter((s) => vowelsFit(gaps, s.gaps) && allowed(s.entry) && !(verbShaped && s.entry.country === 'RU')).map((s) => s.entry);
  const out: PlaceEntry[] = [];
  for (const e of fit) if (!out.includes(e)) out.push(e);
  return out.length > 0 ? out : undefined;
}

/** A dateline: a name opening a line, then a comma and a day (Пенджикент, 24 октября; Penjikent, 3 May; کندز، ۱۶ مارچ). */
function isDateline(text: string, tokens: Token[], i: number, n: number): boolean {
  const start = tokens[i]!.start;
  const end = tokens[i + n - 1]!.end;
  return /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, start - 10), start)) && /^[,،][ \t]*[\d۰-۹]/u.test(text.slice(end, end + 4));
}

/** What the words either side of tokens i..i+n-1 say (only words next to it, not across punctuation). */
function cueAt(text: string, tokens: Token[], i: number, n: number): Cue {
  const before = tokens[i - 1];
  const after = tokens[i + n];
  const gap = before ? text.slice(before.end, tokens[i]!.start) : '';
  const prev = before && /^\s+$/u.test(gap) ? before.text.toLowerCase() : undefined;
  // "г. Нарын", "с. Ат-Баши": an abbreviated town or village word with its dot (without it, "с" is "with").
  const abbreviated = !!before && /^\.\s*$/u.test(gap) && ABBREVIATED_CUE.has(before.text.toLowerCase());
  const next = after && /^\s+$/u.test(text.slice(tokens[i + n - 1]!.end, after.start)) ? after.text.toLowerCase() : undefined;
  // (A header may go on with its item's title after a dash: "KUNAR / Dangam – Cross-border fire".)
  const header = HEADER_BEFORE.test(text.slice(Math.max(0, tokens[i]!.start - 80), tokens[i]!.start)) && /^[ \t]*(?:[–—-][^\n]{0,80})?(?:\r?\n|$)/u.test(text.slice(tokens[i + n - 1]!.end, tokens[i + n - 1]!.end + 90));
  const dateline = isDateline(text, tokens, i, n);
  const distance = DISTANCE_AFTER.test(text.slice(tokens[i + n - 1]!.end, tokens[i + n - 1]!.end + 60)) || DISTANCE_BEFORE.test(text.slice(Math.max(0, tokens[i]!.start - 50), tokens[i]!.start));
  // "Islamabad: The Foreign Office …", "[پیام ۳ از ۵ | ۰۹:۳۰] نوشکی: …": an item led by its place.
  const itemLead = LINE_START_BEFORE.test(text.slice(Math.max(0, tokens[i]!.start - 60), tokens[i]!.start)) && /^[ \t]*:/u.test(text.slice(tokens[i + n - 1]!.end, tokens[i + n - 1]!.end + 3));
  // A bulleted item led by its place and a full stop ("🔻Суземка. Вчера днём …") cues it as "in" would.
  const dotLead = BULLET_BEFORE.test(text.slice(Math.max(0, tokens[i]!.start - 8), tokens[i]!.start)) && /^\.[ \t]+\p{Lu}/u.test(text.slice(tokens[i + n - 1]!.end, tokens[i + n - 1]!.end + 4));
  const listed = !!prev && /^(?:و|and|и)$/u.test(prev) && STRONG_PLURAL.has(tokens[i - 3]?.text.toLowerCase() ?? '');
  const strong = header || distance || itemLead || listed || (!!prev && STRONG_BEFORE.has(prev)) || (!!next && CUE_AFTER.has(next));
  const town = !!prev && TOWN_BEFORE.has(prev);
  return { cued: strong || town || dateline || abbreviated || dotLead || (!!prev && CUE_BEFORE.has(prev)), strong, town, adjectival: !!next && /^(?:район|област|округ)/u.test(next) };
}

/** Words before a name that say the town is meant, not the province of the same name (شهر زابل, город Ростов, the city of Farah). */
const TOWN_CUE_BEFORE = new Set(['شهر', 'city', 'town', 'город', 'городе', 'города', 'городу', 'городом', 'г']);
/** Words after a name that say the town is meant (Khost city, Farah town). */
const TOWN_CUE_AFTER = new Set(['city', 'town', 'شهر']);

/** Whether the words around tokens i..i+n-1 name a province (Kunduz province, ولایت فراه) or a town (Khost city, شهر زابل). */
function kindCue(text: string, tokens: Token[], i: number, n: number): 'admin' | 'town' | undefined {
  const next = tokens[i + n]?.text.toLowerCase();
  const prev = tokens[i - 1]?.text.toLowerCase();
  const prev2 = tokens[i - 2]?.text.toLowerCase();
  if ((next && ADMIN_AFTER.has(next)) || (prev && ADMIN_BEFORE.has(prev))) return 'admin';
  // "ولایت‌های هرات و فراه", "провинций Кунар и Нангархар": the second name of a pair after a plural province noun.
  const prev3 = tokens[i - 3]?.text.toLowerCase();
  if (prev && /^(?:و|and|и)$/u.test(prev) && prev3 && ADMIN_PLURAL.has(prev3)) return 'admin';
  // "BALKH / Kishindih district", "Nangarhar | Goshta": the name before the bar is the province.
  if (/^[ \t]*[|/][ \t]*\p{L}/u.test(text.slice(tokens[i + n - 1]!.end, tokens[i + n - 1]!.end + 6)) && LINE_START_BEFORE.test(text.slice(Math.max(0, tokens[i]!.start - 60), tokens[i]!.start))) return 'admin';
  if ((prev && TOWN_CUE_BEFORE.has(prev)) || (next && TOWN_CUE_AFTER.has(next)) || (prev === 'of' && prev2 && TOWN_CUE_BEFORE.has(prev2))) return 'town';
  // A dateline (Farah, 3 May) names the town the report is filed from.
  if (isDateline(text, tokens, i, n)) return 'town';
  // "in Navoiy, the regional centre", "в Костанае, областном центре": the province's town.
  if (CENTRE_AFTER.test(text.slice(tokens[i + n - 1]!.end, tokens[i + n - 1]!.end + 50))) return 'town';
  return undefined;
}

/** An apposition after a name that makes it a province's town ("Navoiy, the regional centre", "Ульяновск, административный центр области"). */
const CENTRE_AFTER = /^\s*[,(–—-]\s*(?:the\s+)?(?:(?:regional|provincial|district|administrative)\s+(?:centre|center|capital)|(?:region|province)['’]s\s+capital|capital of the (?:region|province)|(?:областн\p{L}*|районн\p{L}*|административн\p{L}*)\s+центр\p{L}*|مرکز\s+(?:ولایت|ولسوالی|استان))/iu;

/** How close to a place the text names with one meaning a town must be to count as "near" it (a province is ~200 km across). */
const NEAR_ANCHOR_KM = 150;

/**
 * Picks what a name means: a province when the text says so, otherwise a town before a region or
 * country of the same name (Kunduz the city, the usual reading in a report), and among towns the
 * one in a country the text mentions, then one near the places the text names with one meaning,
 * then the largest, then the nearest of equals (Faryab's Dowlatabad in a Faryab report). A province whose name only a town abroad
 * shares (Zabul; Iran's Zabol is زابل too) is the province unless the words say a town (شهر زابل).
 */
function choose(entries: PlaceEntry[], cue: 'admin' | 'town' | undefined, context: Set<string>, anchors: readonly PlaceEntry[] = []): { entry: PlaceEntry; ambiguous: boolean } {
  const admin = entries.find((e) => e.kind === 'admin-region');
  if (cue === 'admin' && admin) return { entry: admin, ambiguous: false };
  const towns = entries.filter((e) => e.kind === 'town');
  // (Not where the text names the town's country and not the province's: "زابل" in an Iranian channel is Zabol.)
  const townAbroad = !!admin && !context.has(admin.country) && towns.some((t) => context.has(t.country));
  if (admin && cue !== 'town' && !towns.some((t) => t.country === admin.country) && !townAbroad) return { entry: admin, ambiguous: false };
  if (towns.length === 0) return { entry: entries.find((e) => e.kind === 'country') ?? entries[0]!, ambiguous: false };
  const near = (e: PlaceEntry) => anchors.some((a) => a !== e && distanceKm(a.lat, a.lng, e.lat, e.lng) <= NEAR_ANCHOR_KM);
  const rank = (e: PlaceEntry) => (context.has(e.country) ? 4 : 0) + (near(e) ? 2 : 0) + (e.from === 'alias' ? 1 : 0);
  const nearest = (e: PlaceEntry) => Math.min(Infinity, ...anchors.filter((a) => a !== e).map((a) => distanceKm(a.lat, a.lng, e.lat, e.lng)));
  // Two namesakes of about one size both near the places around (Rossosh’ twice, 120 km apart, with
  // 64,000 and 62,000 people, both within reach of the Voronezh region's centre): the nearer is meant;
  // otherwise the larger.
  const alike = (a: PlaceEntry, b: PlaceEntry) => near(a) && near(b) && Math.max(a.population, b.population) <= 2 * Math.max(1, Math.min(a.population, b.population));
  const sorted = [...towns].sort((a, b) => rank(b) - rank(a) || (alike(a, b) ? nearest(a) - nearest(b) : b.population - a.population) || nearest(a) - nearest(b));
  const countries = new Set(towns.map((t) => t.country));
  return { entry: sorted[0]!, ambiguous: countries.size > 1 && !context.has(sorted[0]!.country) };
}

function confidenceOf(entry: PlaceEntry, ambiguous: boolean, afterLocative: boolean): number {
  let c: number;
  if (entry.from === 'region') c = entry.kind === 'country' ? 0.95 : 0.9;
  else if (entry.from === 'alias') c = 0.9;
  else c = entry.population >= 100_000 ? 0.85 : entry.population >= 30_000 ? 0.75 : 0.6;
  if (ambiguous) c *= 0.8;
  if (afterLocative) c += 0.05;
  return Math.min(0.99, Math.round(c * 100) / 100);
}

/**
 * A Dari or Cyrillic name found where the words cued it ("در بازار زورکوت", "села Кызыл-Адыр") is
 * that place wherever the same text writes it again, cued or not, in any case of letters (a
 * letterhead "لیسهٔ عالی زورکوت", "КЫЗЫЛ-АДЫР АЙЫЛ ӨКМӨТҮ"): one report, one meaning. Latin names
 * are left out: a capital there may only start a sentence ("Tank crews …" after "in Tank").
 */
function elsewhere(text: string, tokens: Token[], raw: ReadonlyArray<{ i: number; n: number; entries: PlaceEntry[] }>): Array<{ i: number; n: number; entries: PlaceEntry[] }> {
  const spans = new Map<string, { n: number; entries: PlaceEntry[] }>();
  for (const r of raw) {
    const span = text.slice(tokens[r.i]!.start, tokens[r.i + r.n - 1]!.end);
    if ((ARABIC.test(span) || CYRILLIC.test(span)) && span.length >= 4) spans.set(span.toLowerCase(), { n: r.n, entries: r.entries });
  }
  const covered = new Set(raw.flatMap((r) => Array.from({ length: r.n }, (_, k) => r.i + k)));
  const out: Array<{ i: number; n: number; entries: PlaceEntry[] }> = [];
  for (let i = 0; i < tokens.length && spans.size > 0; i++) {
    for (const [span, { n, entries }] of spans) {
      if (i + n > tokens.length || Array.from({ length: n }, (_, k) => i + k).some((k) => covered.has(k))) continue;
      if (text.slice(tokens[i]!.start, tokens[i + n - 1]!.end).toLowerCase() !== span || !(ARABIC.test(span) || isCapitalised(tokens[i]!.text))) continue;
      out.push({ i, n, entries });
      for (let k = 0; k < n; k++) covered.add(i + k);
    }
  }
  return out;
}

/**
 * Every place the text names, longest spelling first (Mazar-i-Sharif before Sharif), in text order.
 * In scripts with capitals a place must start with one; Dari and Pashto are matched as written.
 */
/** A business's or a paper's name opening in guillemets ("у кафе «", "газета «", "драка у «"), where a town's name is only a brand. */
const BUSINESS_QUOTED = /(?<![\p{L}])(?:у|кафе|ресторан\p{L}*|бар\p{L}*|магазин\p{L}*|ТЦ|ТРЦ|клуб\p{L}*|гостиниц\p{L}*|отел\p{L}*|газет\p{L}*|телеканал\p{L}*|компани\p{L}*|завод\p{L}*|ООО|АО|фирм\p{L}*|команд\p{L}*)\s+«$/u;
const quotedBrand = (text: string, start: number, end: number): boolean => BUSINESS_QUOTED.test(text.slice(Math.max(0, start - 30), start)) && text[end] === '»';

/** A Russian surname in any case just after a word: that word is a first name (Артема Шахова, Тимура Ильина). */
const SURNAME_AFTER = /^\s+\p{Lu}\p{Ll}+(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ом|е|ой|ою|ых|ы)?(?![\p{L}])/u;
/** The word for a street, an avenue or a square just before a name: the name is the street's. */
const STREET_BEFORE = /(?:(?<![\p{L}])(?:улиц[аеуы]|ул\.|проспект\p{L}*|пр-т|переул\p{L}*|бульвар\p{L}*|площад[ьи]|пл\.)|(?<![\p{L}\u200c])(?:خیابان|چهارراه)|\b(?:street|avenue))\s*$/iu;
/** "Kabul Street", "Herat Road", "Lenin Avenue": the name before the word is the street's. */
const STREET_AFTER = /^\s+(?:Street|St\.|Avenue|Ave\.|Boulevard|Square)\b/u;
/** Where the text writes a mine's or a paper's name ("Severny Kamen"), as [start, end) offsets. */
function facilityNameSpans(text: string, names: ReadonlySet<string>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const name of names) for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) out.push([at, at + name.length]);
  return out;
}

/** After a name, its further capitalised words (captured), then what it names: a mine or a field, or a paper (Dispatch, Times, Ledger). */
const FACILITY_AFTER = /^((?:\s+\p{Lu}\p{L}*)*)\s+(?:(?:gold|coal|copper|open-pit)\s+)?(?:mine|deposit|oilfield|gas field|oil field)\b|^((?:\s+\p{Lu}\p{L}*)*)\s+(?:Dispatch|Times|Herald|Tribune|Gazette|Courier|Ledger|Chronicle|Telegraph|DISPATCH|TIMES|HERALD|TRIBUNE|GAZETTE|COURIER|LEDGER|CHRONICLE|TELEGRAPH)\b/u;

export function findPlaces(text: string, index: PlaceIndex): PlaceMention[] {
  const tokens = tokenize(text);
  const raw: Array<{ i: number; n: number; entries: PlaceEntry[] }> = [];
  const facilities = new Set<string>();
  for (let i = 0; i < tokens.length; ) {
    let matched = 0;
    if (!hasCase(tokens[i]!.text) || isCapitalised(tokens[i]!.text)) {
      for (let n = Math.min(index.maxWords, tokens.length - i); n >= 1; n--) {
        // A name does not run across a sentence end, a comma or a line break (a headline's last word and the next paragraph's first).
        const span = text.slice(tokens[i]!.start, tokens[i + n - 1]!.end);
        if (n > 1 && /[.,;:!?()\n]/.test(span.replace(ABBREVIATION_DOT, ''))) continue;
        // A user name ("Рустам_Кулоби", "@kabul_news", "Шухрат77") is nobody's whereabouts.
        if (/[_@]$/u.test(text.slice(Math.max(0, tokens[i]!.start - 1), tokens[i]!.start)) || /^[_0-9]/u.test(text.slice(tokens[i + n - 1]!.end))) continue;
        const cue = cueAt(text, tokens, i, n);
        const entries = lookup(index, span, cue);
        // "Кировский районный суд": a city district's court, named like a town. "در آستانهٔ ۸ مارچ": "on the eve of", not Astana.
        const next = text.slice(tokens[i + n - 1]!.end, tokens[i + n - 1]!.end + 40);
        if (entries && (/^\s+районн\p{L}* суд/u.test(next) || (EVE_OF.test(span) && (span.endsWith(EZAFE) || next.startsWith(EZAFE))))) break;
        // "на улице Орджоникидзе", "Kabul Street", "خیابان هرات": a street named after a town (or a man) is no town.
        if (entries && (STREET_BEFORE.test(text.slice(Math.max(0, tokens[i]!.start - 14), tokens[i]!.start)) || STREET_AFTER.test(next))) break;
        // "Amir Timur's palace", "Babur's tomb": a person's, where a town would have a bazaar or a court.
        if (entries && /['’]s$/u.test(span) && PERSONAL_AFTER.test(next)) break;
        // "the Severny Kamen mine", "Taiga Dispatch": a mine's or a paper's name, whose words a town may
        // spell; a mine's name of two words or more wherever the text writes it again ("the dispute at
        // Severny Kamen"), not "the Khromtau mine" (a town's), nor a paper's ("Aktobe Times").
        const facility = entries ? FACILITY_AFTER.exec(text.slice(tokens[i + n - 1]!.end, tokens[i + n - 1]!.end + 60)) : null;
        const mineName = facility?.[1] !== undefined ? span + facility[1] : undefined;
        if (mineName && /\s/u.test(mineName.trim())) {
          facilities.add(mineName);
          break;
        }
        if (facility?.[2] !== undefined) break;
        // "у кафе «Тайга»", "газета «Сибирь»": a name in guillemets is a business's, a paper's or an operation's.
        if (entries && quotedBrand(text, tokens[i]!.start, tokens[i + n - 1]!.end)) break;
        // "Дмитрия Канева и Артема Шахова": a first name before a surname, not Artyom in Primorye.
        if (entries && n === 1 && !cue.cued && CYRILLIC.test(span) && SURNAME_AFTER.test(next)) break;
        if (entries) {
          raw.push({ i, n, entries });
          matched = n;
          break;
        }
      }
    }
    i += matched || 1;
  }
  raw.push(...elsewhere(text, tokens, raw).filter((r) => !quotedBrand(text, tokens[r.i]!.start, tokens[r.i + r.n - 1]!.end)));
  const inFacility = facilityNameSpans(text, facilities);
  raw.splice(0, raw.length, ...raw.filter((r) => !inFacility.some(([s, e]) => tokens[r.i]!.start >= s && tokens[r.i]!.start < e)));
  raw.sort((a, b) => a.i - b.i);
  // Countries named anywhere decide between towns of the same name elsewhere (Mashhad in Iran or Afghanistan).
  const named = new Set(raw.flatMap((r) => (r.entries.length === 1 && !NEEDS_COUNTRY.has(r.entries) ? [r.entries[0]!.country] : [])));
  const kept = raw.filter((r) => !NEEDS_COUNTRY.has(r.entries) || r.entries.some((e) => named.has(e.country)));
  raw.splice(0, raw.length, ...kept);
  const context = new Set(raw.flatMap((r) => (r.entries.length === 1 ? [r.entries[0]!.country] : [])));
  // Places with one meaning locate the text: of two villages of one name, the one near them is meant.
  const anchors = raw.flatMap((r) => (r.entries.length === 1 && r.entries[0]!.kind !== 'country' ? [r.entries[0]!] : []));
  const cues = raw.map(({ i, n }) => kindCue(text, tokens, i, n));
  // A province the text names as one (in Farah province) is what its bare name means elsewhere in
  // the text (clan fighting in Farah), unless the words there say the town.
  const provinces = new Set(raw.flatMap(({ entries }, k) => (cues[k] === 'admin' ? entries.filter((e) => e.kind === 'admin-region').map((e) => e.name) : [])));
  return raw.map(({ i, n, entries }, k) => {
    const cue = cues[k] ?? (entries.some((e) => e.kind === 'admin-region' && provinces.has(e.name)) ? 'admin' : undefined);
    const { entry, ambiguous } = choose(entries, cue, context, anchors);
    const prev = tokens[i - 1]?.text.toLowerCase();
    const start = tokens[i]!.start;
    const end = tokens[i + n - 1]!.end;
    return {
      name: entry.name,
      kind: entry.kind,
      country: entry.country,
      lat: entry.lat,
      lng: entry.lng,
      confidence: confidenceOf(entry, ambiguous, !!prev && LOCATIVE.has(prev)),
      start,
      end,
      text: text.slice(start, end),
    };
  });
}
