import { ALIASES, distanceKm, foldName, loadCityTable, type AliasEntry, type CityTable } from '../../geo';
import { loadAltNames, type AltNamesRow } from '../../geo/alt-names';
import { DISTRICT_SEATS } from './district-seats';
import { EXTRA_ALIASES } from './extra-aliases';
import { ADMIN_REGIONS, COUNTRIES } from './regions';
import { consonantKey, cyrillicToLatin, latinSkeleton, latinVowelGaps, romanKey } from './transliterate';

/** The countries whose towns extraction looks for in running text (GeoNames has 135,000 towns worldwide). */
export const REGION_COUNTRIES = new Set(['AF', 'TJ', 'UZ', 'TM', 'KG', 'KZ', 'RU', 'PK', 'IR']);

/**
 * Towns smaller than this are matched only through the alias table: a list of every hamlet of the
 * region turns ordinary capitalised words into places ("Bar", "Said", "Lenin").
 */
const MIN_POPULATION = 10_000;

export type PlaceKind = 'town' | 'admin-region' | 'country';

export interface PlaceEntry {
  name: string;
  kind: PlaceKind;
  country: string;
  lat: number;
  lng: number;
  population: number;
  /** Where the entry came from: our alias tables and region list are surer than a bare GeoNames name. */
  from: 'alias' | 'gazetteer' | 'region';
}

export interface SkeletonEntry {
  entry: PlaceEntry;
  gaps: string;
}

export interface PlaceIndex {
  /** Folded spelling → the places it may mean. */
  exact: Map<string, PlaceEntry[]>;
  /** Cyrillic spellings cut to their stems, so inflected forms (Москве, Кундузе, Согдийской области) are found. */
  stems: Map<string, PlaceEntry[]>;
  /**
   * Latin names of the towns of the countries that write Russian (RU, KZ, KG, TJ, UZ, TM), and
   * their stems without a final vowel (yelabuga → yelabug), for Cyrillic words transliterated:
   * GeoNames has Казань only as Kazan.
   */
  latin: Map<string, PlaceEntry[]>;
  /**
   * Towns below MIN_POPULATION (GeoNames' 1,000+ and seats with no count), by folded name: found
   * only where the text says a place is meant ("in X", "X district", "ولسوالی X", "в X районе").
   */
  minor: Map<string, PlaceEntry[]>;
  /**
   * The Cyrillic alternate names of those smaller towns (Шебекино is large; Ишкашим is not), cut
   * to their stems as `stems` is: found only where the text cues a place.
   */
  minorStems: Map<string, PlaceEntry[]>;
  /**
   * Afghan and Tajik places by consonant skeleton (Chimtāl → Cmtl), for Dari names of districts,
   * each with where its Latin spelling has vowels (latinVowelGaps), which a Dari name's must fit.
   */
  skeletons: Map<string, SkeletonEntry[]>;
  /**
   * Towns of the Persian- and Pashto-speaking countries (AF, TJ, IR, PK) of any size, and the
   * aliases there, by romanKey (Nād ‘Alī and Nad-e Ali → nadali): found only where the text cues a
   * place.
   */
  roman: Map<string, PlaceEntry[]>;
  /**
   * Large towns and aliased towns of the Central Asian republics (TJ, UZ, KG, TM) by consonantKey
   * (Panjakent → pnjknt), for the vowels and j-sounds their Russian, Tajik/Uzbek and English spellings
   * differ in: found only where the text cues a place.
   */
  consonants: Map<string, PlaceEntry[]>;
  /** The most words any spelling has. */
  maxWords: number;
}

/**
 * The words GeoNames writes around some Afghan district seats ("Markaz-e Woluswalī-ye Āchīn", the
 * centre of Achin district; "Ḩukūmat-e Nād ‘Alī"; "Mīzān ‘Alāqahdārī"): reports write the bare name.
 */
const SEAT_WORDS = /\b(?:markaz e |markaz |hukumat e |hukumati |alaqahdari ye |alaqahdari |woluswali ye |wuluswali ye |wuluswali |woluswali )+|(?: alaqahdari| wuluswali)$/g;

/** A folded Afghan name without the words GeoNames writes around a district seat. */
const seatless = (key: string): string => key.replace(SEAT_WORDS, '').trim();
/** The name shown for a seat: the bare name's words as GeoNames writes them (Āchīn, not Markaz-e Woluswalī-ye Āchīn). */
const seatlessName = (name: string, bare: string): string => name.split(/[\s\-‐]+/).slice(-bare.split(' ').length).join(' ');

/** Central Asian republics, whose towns' spellings differ in vowels and j-sounds across Russian, their own languages and English (consonantKey). */
const CONSONANT_COUNTRIES = new Set(['TJ', 'UZ', 'KG', 'TM']);
/** Countries whose towns Russian text names by transliteration, not by an established Russian form (Ukraine: Crimea's towns, the only ones indexed). */
const CYRILLIC_COUNTRIES = new Set(['RU', 'KZ', 'KG', 'TJ', 'UZ', 'TM', 'UA']);
/**
 * Neighbours whose towns Dari reports name in Persian script that GeoNames lacks (شیخوپوره,
 * اوستا محمد, شهرضا), and Russia, where Afghan migrants' news is set (متسنسک, نویابرسک): found by
 * skeleton after شهر or بندر, or after در where the text names the country; towns of some size only.
 */
const SKELETON_NEIGHBOURS = new Set(['PK', 'IR', 'RU']);
const SKELETON_NEIGHBOUR_POPULATION = 10_000;

/**
 * Crimea and Sevastopol (GeoNames' Ukrainian admin codes 11 and 20), which Russian-language reports
 * of the region cover as they do Russia's own regions; their towns keep GeoNames' country, Ukraine.
 */
const inCrimea = (table: CityTable, i: number): boolean => table.countries[i] === 'UA' && (table.admin[i] === '11' || table.admin[i] === '20');

/** Countries whose names are Persian or Pashto, romanised many ways (romanKey). */
const ROMAN_COUNTRIES = new Set(['AF', 'TJ', 'IR', 'PK']);
/** Countries whose own Latin alphabets write h where Russian writes х (kh): Vahdat / Вахдат, Serhetabat / Серхетабат. */
const H_COUNTRIES = new Set(['TJ', 'TM', 'UZ', 'KG', 'KZ']);

/**
 * Keys for a folded Latin name: itself, and for Tajik names the Russian-style vowel (Tajik o for
 * Persian ā is a in Russian and English: Rŭshon → rushan, Darvoz → darvaz).
 */
function latinKeys(key: string, country: string): string[] {
  const keys = [key];
  if (country === 'TJ' && key.includes('o')) keys.push(key.replace(/o/g, 'a'));
  // A lone h (not in kh, sh, ch, zh, gh) is х in Russian, which transliterates as kh.
  if (H_COUNTRIES.has(country)) for (const k of [...keys]) if (/(?<![kscgz])h/.test(k)) keys.push(k.replace(/(?<![kscgz])h/g, 'kh'));
  // Kazakh and Uzbek Latin write q and gh where Russian has к and г (Zhezqazghan / Жезказган, Qarshi / Карши).
  if (country === 'KZ' || country === 'UZ') for (const k of [...keys]) if (/q|gh/.test(k)) keys.push(k.replace(/q/g, 'k').replace(/gh/g, 'g'));
  // GeoNames writes some Russian X-на-Y names in English (Komsomolsk-on-Amur), others transliterated (Rostov-na-Donu).
  // Russian -ый romanised as -yy by GeoNames and as -y by reporters (Prokhladnyy, Prokhladny).
  if (CYRILLIC_COUNTRIES.has(country)) for (const k of [...keys]) if (/yy\b/.test(k)) keys.push(k.replace(/yy\b/g, 'y'));
  if (country === 'RU') for (const k of [...keys]) if (/ (?:on|na) /.test(k)) keys.push(k.replace(/ on /, ' na '), k.replace(/ na /, ' on '));
  return [...new Set(keys)];
}

/**
 * A name's key and, for one ending in a/o/e (the Russian -а/-я/-о/-е) or in a vowel's y (the Russian
 * -ой/-ай: Dzhankoy, в Джанкое), that key without it, as Russian case forms share it; for a name of
 * several words, each word without its final vowels too (naberezhnyye chelny → naberezhn cheln,
 * which Набережных Челнах also gives).
 */
function withStem(key: string): string[] {
  // (Not a short one's: Aksay's "aksa" is what a four-letter word's nominative may spell, Аксы → Акса.)
  const out = (/[aoe]$/.test(key) && key.length >= 5) || (/[aoeu]y$/.test(key) && key.length >= 7) ? [key, key.slice(0, -1)] : [key];
  if (key.includes(' ')) out.push(latinStem(key));
  return out;
}

/** Each word of a folded Latin phrase without its final vowels (naberezhnyye → naberezhn, vody → vod). */
export const latinStem = (key: string): string =>
  key
    .split(' ')
    // A word after the first may be a short one (Mineralnye Vody → mineraln vod), the phrase being specific enough.
    .map((w, i) => (w.length >= (i === 0 ? 5 : 4) ? w.replace(/[aeiouy]+$/, '') : w))
    .join(' ');

/** English month abbreviations, which dates write before or after a day number. */
const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Common words that GeoNames also has as town names in the region. */
/** Towns whose name is a common noun of the news they appear in (горняк, a miner; شهرک, a township): cued only. */
const NOUN_TOWNS = new Set(['gornyak', 'shahrak']);
// English month names ("In March this year") are no villages of that name.
const NOT_PLACES = new Set([
  // خوی is Khoy, and the Persian word for temper.
  'خوی',
  'march', 'june', 'july', 'august', 'mary', 'bar', 'said', 'many', 'most', 'police', 'sharif', 'central', 'islam', 'victory', 'pobeda', 'mir', 'ob', 'ordinary', 'soviet', 'sovetskiy', 'hazara', 'tajik', 'uzbek']);

const CYRILLIC = /\p{Script=Cyrillic}/u;
export const cyrillicStem = (folded: string): string => folded.replace(/[аяеоыийьу]$/u, '');

/**
 * Russian case endings of nouns and adjectives. foldName drops the breve of й, so each ending is
 * also listed as folded text writes it (ой → ои).
 */
const ENDINGS = [
  ...new Set(
    ['ами', 'ями', 'ого', 'его', 'ому', 'ему', 'ой', 'ей', 'ий', 'ый', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ых', 'их', 'ым', 'им', 'ом', 'ем', 'ам', 'ям', 'ах', 'ях', 'ую', 'юю', 'а', 'я', 'е', 'у', 'ю', 'ы', 'и', 'ь', 'й', 'о'].flatMap((e) => [e, e.replace(/й/g, 'и')]),
  ),
];
const MAX_VARIANTS = 64;

/**
 * A Cyrillic word as written and without each ending it may carry (ишкашима → ишкашима, ишкашим),
 * with the vowel a case ending drops put back (Череповца → череповц → череповец, Торжка → торжок,
 * Волочке → волочек; not after с, which would turn every -ск town into -сок).
 */
function wordVariants(w: string, min = 4): string[] {
  if (!CYRILLIC.test(w)) return [w];
  const cut = ENDINGS.filter((e) => w.endsWith(e) && w.length - e.length >= min).map((e) => w.slice(0, -e.length));
  const fleeting = cut.flatMap((v) => (/[бвгджзклмнпрстфхчшщ]ц$/u.test(v) ? [`${v.slice(0, -1)}ец`] : /[бвгджзлмнпртфхчшщ]к$/u.test(v) ? [`${v.slice(0, -1)}ок`, `${v.slice(0, -1)}ек`] : []));
  return [w, ...cut, ...fleeting];
}

/**
 * Every way of cutting the case endings off a folded Cyrillic phrase. A name in any case shares at
 * least one of them with its dictionary form: "согдииская область" and "согдииской области" both
 * give "согдииск област"; "ишкашим" and "ишкашима" both give "ишкашим".
 */
export function cyrillicVariants(folded: string): string[] {
  let out = [''];
  // In a name of two words or more, each word may be cut to three letters (Минеральных Водах → минеральн вод,
  // Новым Осколом → нов оскол): the phrase is specific enough. A name of one word keeps four.
  const words = folded.split(' ');
  for (const w of words) {
    out = out.flatMap((prefix) => wordVariants(w, words.length > 1 ? 3 : 4).map((v) => (prefix ? `${prefix} ${v}` : v))).slice(0, MAX_VARIANTS);
  }
  return out;
}

/** Within this distance two records of one name and country are one town (GeoNames' and an alias's coordinates differ a little). */
const NAMESAKE_KM = 25;

function add(map: Map<string, PlaceEntry[]>, key: string, entry: PlaceEntry): void {
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else {
    // Namesakes of one country far apart (two Rossosh’ 120 km apart) stay two, for the places around to choose between.
    const same = list.findIndex((e) => e.name === entry.name && e.country === entry.country && e.kind === entry.kind && (e.kind !== 'town' || distanceKm(e.lat, e.lng, entry.lat, entry.lng) <= NAMESAKE_KM));
    // The same town from GeoNames and from an alias: the alias entry is the surer one.
    if (same < 0) list.push(entry);
    else if (entry.from === 'alias') list[same] = entry;
  }
}

const ARABIC = /\p{Script=Arabic}/u;

/**
 * Adds a spelling, and an Arabic-script one also without its spaces: Dari writes a compound name
 * joined or apart (پل خمری, پلخمری; اسلام قلعه, اسلام‌قلعه, whose ZWNJ foldName drops).
 */
function addExact(map: Map<string, PlaceEntry[]>, key: string, entry: PlaceEntry): void {
  add(map, key, entry);
  if (key.includes(' ') && ARABIC.test(key)) add(map, key.replace(/ /g, ''), entry);
}

function indexOfName(table: CityTable, folded: Map<string, number[]>, a: AliasEntry, foreign: Map<string, number[]>): number | undefined {
  let best: number | undefined;
  // A city beyond the region's countries (Kyiv, Beijing) is not in the folded map: found by its exact name.
  const rows = REGION_COUNTRIES.has(a.country) ? (folded.get(foldName(a.name)) ?? []) : (foreign.get(a.name) ?? []);
  for (const i of rows) {
    if (table.countries[i] === a.country && (best === undefined || table.population[i]! > table.population[best]!)) best = i;
  }
  return best;
}

/**
 * Builds the index extraction scans text with, from main/core/geo's city table and alias list
 * (the map's gazetteer: one source of place data for the app) plus the region list here.
 */
export function buildPlaceIndex(
  table: CityTable,
  aliases: readonly AliasEntry[] = [...ALIASES, ...EXTRA_ALIASES, ...DISTRICT_SEATS],
  altNames: readonly AltNamesRow[] = loadAltNames(),
): PlaceIndex {
  const exact = new Map<string, PlaceEntry[]>();
  const minorStems = new Map<string, PlaceEntry[]>();
  const latin = new Map<string, PlaceEntry[]>();
  const minor = new Map<string, PlaceEntry[]>();
  const skeletons = new Map<string, SkeletonEntry[]>();
  const roman = new Map<string, PlaceEntry[]>();
  const consonants = new Map<string, PlaceEntry[]>();
  const addConsonants = (k: string, entry: PlaceEntry) => {
    if (!CONSONANT_COUNTRIES.has(entry.country) || !/^[a-z ]+$/.test(k)) return;
    const ck = consonantKey(k);
    if (ck.length >= 4) add(consonants, ck, entry);
  };
  const addSkeleton = (k: string, entry: PlaceEntry) => {
    const sk = latinSkeleton(k);
    if (sk.length < 2) return;
    const list = skeletons.get(sk);
    const item = { entry, gaps: latinVowelGaps(k) };
    if (!list) skeletons.set(sk, [item]);
    else if (!list.some((x) => x.entry === entry && x.gaps === item.gaps)) list.push(item);
  };
  const addRoman = (k: string, entry: PlaceEntry) => {
    // A name of several words also as one (Shāh Jōy → shahjoy, as reports write Shahjoy): the
    // final -h romanKey drops is only a word's last letter when the word stands apart.
    for (const form of new Set([k, k.replace(/ /g, '')])) {
      const rk = romanKey(form);
      if (rk.length >= 4) add(roman, rk, entry);
    }
  };
  const byFoldedName = new Map<string, number[]>();
  for (let i = 0; i < table.size; i++) {
    const country = table.countries[i]!;
    if (!REGION_COUNTRIES.has(country) && !inCrimea(table, i)) continue;
    const key = foldName(table.names[i]!);
    const list = byFoldedName.get(key);
    if (list) list.push(i);
    else byFoldedName.set(key, [i]);
    if (NOT_PLACES.has(key)) continue;
    const base: PlaceEntry = { name: table.names[i]!, kind: 'town', country, lat: table.lat[i]!, lng: table.lng[i]!, population: table.population[i]!, from: 'gazetteer' };
    // A town named by a common noun ("Горняки Рудного требуют …": miners, not Gornyak) is found only where cued.
    const large = base.population >= MIN_POPULATION && !NOUN_TOWNS.has(key);
    // Iran's ports are "Bandar-e Genaveh" in GeoNames and often plain "Genaveh", "Asaluyeh" in reports;
    // so is a garrison town ("Pādegān-e Manjīl": Manjil).
    const port = country === 'IR' && /^(?:bandar|padegan) e \S{4,}/.test(key);
    const bare = country === 'AF' ? seatless(key) : port ? key.replace(/^\S+ e /, '') : key;
    const shown = bare && bare !== key && !port ? { ...base, name: seatlessName(base.name, bare) } : base;
    for (const k of new Set([key, bare])) {
      // A town named like a month's abbreviation (Nov, Tajikistan) would turn "in Nov 2023" into a place.
      if (!k || NOT_PLACES.has(k) || MONTH_ABBREVIATIONS.has(k)) continue;
      const entry = k === bare ? shown : base;
      if (large) for (const ek of CYRILLIC_COUNTRIES.has(country) && /yy\b/.test(k) ? [k, k.replace(/yy\b/g, 'y')] : [k]) add(exact, ek, entry);
      else if (k.length >= 4) for (const lk of latinKeys(k, country)) add(minor, lk, entry);
      if (large && CYRILLIC_COUNTRIES.has(country)) for (const lk of latinKeys(k, country)) for (const v of withStem(lk)) add(latin, v, entry);
      // GeoNames gives half of Iran's county seats no population (Rāmsar, Bostānābād): 0 is unknown, not a hamlet.
      if (country === 'AF' || country === 'TJ' || (SKELETON_NEIGHBOURS.has(country) && (base.population >= SKELETON_NEIGHBOUR_POPULATION || (base.population === 0 && country !== 'RU')))) addSkeleton(k, entry);
      if (ROMAN_COUNTRIES.has(country) && (large || k.length >= 4)) addRoman(k, entry);
      if (large) addConsonants(k, entry);
    }
  }
  addAlternates(altNames, { table, byFoldedName, aliases, exact, minor, minorStems, latin, addSkeleton, addRoman, addConsonants });
  // Rows of the cities beyond the region that aliases name, by exact name, in one pass over the table.
  const wanted = new Set(aliases.filter((a) => !REGION_COUNTRIES.has(a.country)).map((a) => a.name));
  const foreign = new Map<string, number[]>();
  for (let i = 0; i < table.size; i++) if (wanted.has(table.names[i]!)) foreign.set(table.names[i]!, [...(foreign.get(table.names[i]!) ?? []), i]);
  for (const a of aliases) {
    const i = indexOfName(table, byFoldedName, a, foreign);
    const at = i !== undefined ? { lat: table.lat[i]!, lng: table.lng[i]!, population: table.population[i]! } : a.at ? { ...a.at, population: 0 } : undefined;
    if (!at) continue; // an alias for a town this table lacks and without coordinates: nothing to pin
    const entry: PlaceEntry = { name: i !== undefined ? table.names[i]! : a.name, kind: 'town', country: a.country, ...at, from: 'alias' };
    const cueOnly = new Set((a.cueOnly ?? []).map(foldName));
    for (const s of [a.name, ...a.spellings]) {
      const k = foldName(s);
      if (cueOnly.has(k)) add(minor, k, entry);
      else addExact(exact, k, entry);
    }
    for (const s of [a.name, ...a.spellings]) {
      const k = foldName(s);
      if (!/^[a-z ]+$/.test(k)) continue;
      if (a.country === 'AF' || a.country === 'TJ') addSkeleton(k, entry);
      if (ROMAN_COUNTRIES.has(a.country)) addRoman(k, entry);
      addConsonants(k, entry);
    }
  }
  for (const region of [...COUNTRIES, ...ADMIN_REGIONS]) {
    const entry: PlaceEntry = { name: region.name, kind: region.kind, country: region.country, lat: region.lat, lng: region.lng, population: 0, from: 'region' };
    for (const s of region.spellings) addExact(exact, foldName(s), entry);
  }
  const stems = new Map<string, PlaceEntry[]>();
  let maxWords = 1;
  for (const [key, entries] of exact) {
    maxWords = Math.max(maxWords, key.split(' ').length);
    if (CYRILLIC.test(key) && key.length >= 4) for (const v of cyrillicVariants(key)) for (const e of entries) add(stems, v, e);
  }
  return { exact, stems, latin, minor, minorStems, skeletons, roman, consonants, maxWords: Math.min(maxWords, 5) };
}

interface AlternateTargets {
  table: CityTable;
  byFoldedName: Map<string, number[]>;
  aliases: readonly AliasEntry[];
  exact: Map<string, PlaceEntry[]>;
  minor: Map<string, PlaceEntry[]>;
  minorStems: Map<string, PlaceEntry[]>;
  /** Read only: Latin alternates stay out of it (GeoNames lists inflected exonyms such as Kirova, which Кирова "of Kirov street" would then match). */
  latin: Map<string, PlaceEntry[]>;
  addSkeleton: (key: string, entry: PlaceEntry) => void;
  addRoman: (key: string, entry: PlaceEntry) => void;
  addConsonants: (key: string, entry: PlaceEntry) => void;
}

/** Russian surnames' endings (Иванов, Королёв, Пушкин, Медведева): as town names they need a cue. */
const CYRILLIC_SURNAME = /(?:ов|ев|ин|ын|ова|ева|ина|ына)$/u;
/** Russian adjective endings as foldName leaves them (й folds to и): северныи, ассиновская, первомаиское. */
const CYRILLIC_ADJECTIVE = /(?:ыи|ии|ои|ая|яя|ое|ее|ые|ие)$/u;
/** Within this distance a spelling that is also a town's own name (or an alias's) is that same town. */
const SAME_TOWN_KM = 5;

/**
 * GeoNames' other names for the region's towns (Qo‘qon: Kokand, Коканд; Fayrōz Kōh: Chaghcharan,
 * چغچران), under the same rules as the towns' own names: large towns' names are found anywhere,
 * smaller towns' only where the text cues a place. A spelling that another town has as its own
 * name, that an alias gives to some place, or that names a country or province (Taraz's old name
 * Talas is a Kyrgyz town; Zhambyl is Taraz's region) is left to them.
 */
function addAlternates(rows: readonly AltNamesRow[], t: AlternateTargets): void {
  const claimed = new Set<string>([...COUNTRIES, ...ADMIN_REGIONS].flatMap((r) => r.spellings.map(foldName)));
  for (const a of t.aliases) for (const s of [a.name, ...a.spellings]) claimed.add(foldName(s));
  // Another town's own name is not taken over by an alternate name, unless that town is a modest one
  // of another country (Gagarin, Russia, and Uzbekistan's Gagarin Shahri): then both are candidates and
  // the places around choose.
  const otherTown = (key: string, row: AltNamesRow) =>
    (t.byFoldedName.get(key) ?? []).some((i) => (t.table.countries[i] !== row.country ? t.table.population[i]! >= 100_000 : distanceKm(t.table.lat[i]!, t.table.lng[i]!, row.lat, row.lng) > SAME_TOWN_KM));
  for (const row of rows) {
    if (!REGION_COUNTRIES.has(row.country)) continue;
    const bare = row.country === 'AF' ? seatless(foldName(row.name)) : '';
    const name = bare && bare !== foldName(row.name) ? seatlessName(row.name, bare) : row.name;
    const entry: PlaceEntry = { name, kind: 'town', country: row.country, lat: row.lat, lng: row.lng, population: row.population, from: 'gazetteer' };
    const large = row.population >= MIN_POPULATION;
    for (const alt of row.alternates) {
      const key = foldName(alt);
      // Persian script writes no short vowels: three letters spell a town's name (رشت, طبس, یزد).
      const minLetters = ARABIC.test(key) ? 3 : 4;
      if (key.replace(/ /g, '').length < minLetters || NOT_PLACES.has(key) || claimed.has(key) || otherTown(key, row)) continue;
      // A three-letter name is a city's anywhere (رشت), a smaller town's only where cued (شهر طبس).
      if (ARABIC.test(key) && key.replace(/ /g, '').length === 3) {
        if (row.population >= 100_000 && !NOUN_TOWNS.has(foldName(row.name))) add(t.exact, key, entry);
        else add(t.minor, key, entry);
        continue;
      }
      if (CYRILLIC.test(key)) {
        // Where transliteration already finds the town (Иваново → ivanovo), leave it to that path and
        // its guard against surnames (Иванов); a surname-shaped name needs a cue like a small town.
        const transliterated = [true, false].some((ye) => t.latin.get(foldName(cyrillicToLatin(key, ye)))?.some((e) => e.name === entry.name && e.country === entry.country));
        // A one-word name shaped like an adjective (Северный, Пограничный, Ассиновская) is also an
        // ordinary word ("Северный Кавказ", "пограничный наряд"): cued only. Transliteration cannot
        // follow its case endings (в станице Ассиновской), so it is kept here even where that finds it.
        const adjectival = !key.includes(' ') && CYRILLIC_ADJECTIVE.test(key);
        if (transliterated && !adjectival) continue;
        if (large && !adjectival && !CYRILLIC_SURNAME.test(key) && !NOUN_TOWNS.has(foldName(row.name))) add(t.exact, key, entry);
        else for (const v of cyrillicVariants(key)) add(t.minorStems, v, entry);
        continue;
      }
      if (large && !NOUN_TOWNS.has(foldName(row.name))) addExact(t.exact, key, entry);
      else add(t.minor, key, entry);
      if (ARABIC.test(key)) continue;
      if (row.country === 'AF' || row.country === 'TJ') t.addSkeleton(key, entry);
      if (ROMAN_COUNTRIES.has(row.country)) t.addRoman(key, entry);
      if (large) t.addConsonants(key, entry);
    }
  }
}

let shared: PlaceIndex | undefined;

/** The index for this process, built on first use (~0.5 s: the city table is decoded once). */
export function placeIndex(): PlaceIndex {
  shared ??= buildPlaceIndex(loadCityTable());
  return shared;
}
