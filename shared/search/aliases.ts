import { searchTerms } from './tokenize';

/**
 * Names of the region's places, groups and people that mean the same thing, across English
 * transliterations, Russian and Dari/Pashto. A query for one name finds text that uses any other:
 * "ISIS" finds Daesh, ИГИЛ and داعش. Kept here (pure data, no Node or DOM) so the search index,
 * the renderer and entity extraction share one table.
 *
 * A name ending in `*` also matches the words it begins, for Russian case endings (Кабул* finds
 * Кабула, Кабуле). Names are folded like any search word, so ё/е, Tajik letters, Arabic/Persian
 * yeh and kaf, and ZWNJ variants need no entries of their own. Left out on purpose: names that are
 * also common words (Persian پنج "five" for the Panj, طالب "student", رحمان for Rahmon, ФНС,
 * which is also the Russian tax service).
 */
export interface AliasGroup {
  /** What the names refer to (for help text and for whoever reads this table). */
  label: string;
  names: readonly string[];
  /**
   * Abbreviations that are also ordinary words ("IS"): typed exactly so, capitals included, they
   * expand to the group, but they are never looked for in text, where they would match "is".
   */
  abbreviations?: readonly string[];
}

export const ALIAS_GROUPS: readonly AliasGroup[] = [
  {
    label: 'Islamic State (incl. Khorasan Province)',
    names: [
      'ISIS', 'ISIL', 'Islamic State', 'Daesh', 'Daish', "Da'esh", 'ISKP', 'ISIS-K', 'IS-K', 'IS-KP',
      'Islamic State Khorasan', 'Islamic State Khorasan Province', 'Islamic State of Iraq and the Levant', 'Wilayat Khorasan', 'Vilayat Khorasan',
      'ИГИЛ', 'ИГ', 'Исламское государство', 'Исламского государства', 'Исламскому государству', 'Исламским государством',
      'Вилаят Хорасан', 'Вилаята Хорасан', 'Вилаятом Хорасан', 'داعش', 'دولت اسلامی', 'ولایت خراسان',
    ],
    abbreviations: ['IS'],
  },
  {
    label: 'Taliban',
    names: ['Taliban', 'Taleban', 'Talib', 'Islamic Emirate of Afghanistan', 'Islamic Emirate', 'Талиб*', 'Исламский эмират*', 'طالبان', 'امارت اسلامی'],
  },
  { label: 'Kabul', names: ['Kabul', 'Kabol', 'Cabul', 'Кабул*', 'کابل'] },
  { label: 'Kunduz', names: ['Kunduz', 'Kondoz', 'Konduz', 'Qunduz', 'Кундуз*', 'کندز', 'قندوز', 'کندوز'] },
  { label: 'Khorugh', names: ['Khorugh', 'Khorog', 'Khorogh', 'Хорог*', 'Хоруг*', 'خاروغ', 'خروغ'] },
  // دوشنبه is also "Monday": accepted, since Dari reports name the city no other way.
  { label: 'Dushanbe', names: ['Dushanbe', 'Душанбе', 'دوشنبه'] },
  { label: 'Panj river and town', names: ['Panj', 'Pyanj', 'Pyandzh', 'Pianj', 'Пяндж*', 'Панч*'] },
  { label: 'Amu Darya', names: ['Amu Darya', 'Amudarya', 'Amu-Darya', 'Oxus', 'Амударья*', 'Аму-Дарья*', 'Амударьи', 'دریای آمو', 'آمو دریا', 'آمودریا'] },
  { label: 'Badakhshan', names: ['Badakhshan', 'Badakshan', 'GBAO', 'Gorno-Badakhshan', 'Бадахшан*', 'ГБАО', 'Горно-Бадахшанск*', 'بدخشان'] },
  { label: 'Panjshir', names: ['Panjshir', 'Panjsher', 'Panjshêr', 'Панджшер*', 'Панджшир*', 'پنجشیر'] },
  { label: 'Mazar-i-Sharif', names: ['Mazar-i-Sharif', 'Mazar-e-Sharif', 'Mazar-e Sharif', 'Mazari Sharif', 'Мазари-Шариф*', 'Мазар-и-Шариф*', 'مزار شریف', 'مزارشریف'] },
  { label: 'Herat', names: ['Herat', 'Hirat', 'Герат*', 'هرات'] },
  { label: 'Kandahar', names: ['Kandahar', 'Qandahar', 'Candahar', 'Кандагар*', 'قندهار'] },
  { label: 'Jalalabad', names: ['Jalalabad', 'Джелалабад*', 'Джалалабад*', 'جلال‌آباد'] },
  { label: 'Fayzabad', names: ['Fayzabad', 'Faizabad', 'Feyzabad', 'Файзабад*', 'فیض‌آباد'] },
  { label: 'Ishkashim', names: ['Ishkashim', 'Eshkashem', 'Ishkoshim', 'Ишкашим*', 'اشکاشم'] },
  { label: 'Wakhan', names: ['Wakhan', 'Вахан*', 'واخان'] },
  { label: 'Moscow', names: ['Moscow', 'Москв*', 'مسکو'] },
  { label: 'Afghanistan', names: ['Afghanistan', 'Афганистан*', 'افغانستان'] },
  { label: 'Tajikistan', names: ['Tajikistan', 'Tadjikistan', 'Таджикистан*', 'Тоҷикистон*', 'تاجیکستان'] },
  { label: 'Russia', names: ['Russia', 'Russian Federation', 'Росси*', 'Российская Федерация', 'روسیه'] },
  { label: 'Emomali Rahmon', names: ['Rahmon', 'Rakhmon', 'Rahmonov', 'Rakhmonov', 'Emomali Rahmon', 'Рахмон*', 'Рахмонов*', 'امامعلی رحمان', 'امام‌علی رحمان'] },
  { label: 'CSTO', names: ['CSTO', 'Collective Security Treaty Organization', 'Collective Security Treaty Organisation', 'ОДКБ', 'Организация Договора о коллективной безопасности', 'سازمان پیمان امنیت جمعی'] },
  { label: 'National Resistance Front', names: ['NRF', 'National Resistance Front', 'NRFA', 'Фронт национального сопротивления', 'Фронта национального сопротивления', 'جبهه مقاومت ملی'] },
  { label: 'FSB', names: ['FSB', 'Federal Security Service', 'ФСБ', 'Федеральная служба безопасности', 'Федеральной службы безопасности', 'سازمان امنیت فدرال'] },
  { label: 'GKNB (Tajik State Committee for National Security)', names: ['GKNB', 'SCNS', 'State Committee for National Security', 'ГКНБ', 'Государственный комитет национальной безопасности'] },
  { label: 'Haqqani network', names: ['Haqqani', 'Haqqanis', 'Хаккани', 'حقانی'] },
  { label: 'al-Qaeda', names: ['al-Qaeda', 'al-Qaida', 'al Qaeda', 'Al-Qa’ida', 'аль-Каида*', 'Аль-Каеда*', 'القاعده'] },
  { label: 'Tehrik-i-Taliban Pakistan', names: ['TTP', 'Tehrik-i-Taliban Pakistan', 'Tehreek-e-Taliban Pakistan', 'Pakistani Taliban', 'Техрик-и-Талибан Пакистан', 'تحریک طالبان پاکستان'] },
  { label: 'Ahmad Massoud', names: ['Ahmad Massoud', 'Ahmad Masoud', 'Ahmad Masood', 'Ахмад Масуд*', 'احمد مسعود'] },
  { label: 'Hibatullah Akhundzada', names: ['Akhundzada', 'Akhundzadeh', 'Akhunzada', 'Ахундзада*', 'آخوندزاده'] },
  { label: 'Vladimir Putin', names: ['Putin', 'Путин*', 'پوتین'] },
];

/** One name of a group, as a query alternative: its folded words, and whether the last may be a prefix. */
export interface AliasName {
  tokens: readonly string[];
  prefix: boolean;
}

interface Entry {
  tokens: readonly string[];
  prefix: boolean;
  group: number;
}

let lookup: ReturnType<typeof buildLookup> | undefined;

function buildLookup() {
  const byFirst = new Map<string, Entry[]>();
  const abbreviations = new Map<string, number>();
  const names = ALIAS_GROUPS.map((g, group) => {
    const out: AliasName[] = [];
    for (const name of g.names) {
      const prefix = name.endsWith('*');
      const tokens = searchTerms(prefix ? name.slice(0, -1) : name);
      if (tokens.length === 0) continue;
      out.push({ tokens, prefix });
      const list = byFirst.get(tokens[0]!) ?? [];
      list.push({ tokens, prefix, group });
      byFirst.set(tokens[0]!, list);
    }
    for (const a of g.abbreviations ?? []) abbreviations.set(a, group);
    return out;
  });
  // Longest name first, so "Islamic State Khorasan" wins over "Islamic State".
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  // One-word names with a `*` also recognise an inflected query word (Кабуле → Kabul).
  const byStem = [...byFirst.values()].flat().filter((e) => e.prefix && e.tokens.length === 1);
  return { byFirst, byStem, abbreviations, names };
}

function table() {
  lookup ??= buildLookup();
  return lookup;
}

export interface AliasMatch {
  group: number;
  /** How many query words the name spans. */
  length: number;
  /** Matched one of the group's abbreviations, which must not be looked for as typed. */
  abbreviation: boolean;
}

/**
 * The alias group named by the query words starting at `at` (longest name first; a `*` name also
 * by an inflected word). `words` are folded; `typed` are the words as the user typed them, for the
 * case-sensitive abbreviations.
 */
export function matchAlias(words: readonly string[], typed: readonly string[], at: number): AliasMatch | undefined {
  const { byFirst, byStem, abbreviations } = table();
  const first = words[at]!;
  const candidates = [...(byFirst.get(first) ?? []), ...byStem.filter((e) => e.tokens.length === 1 && first.startsWith(e.tokens[0]!))];
  for (const entry of candidates) {
    const n = entry.tokens.length;
    if (at + n > words.length) continue;
    let same = true;
    for (let i = 1; i < n && same; i++) {
      const word = words[at + i]!;
      same = word === entry.tokens[i] || (entry.prefix && i === n - 1 && word.startsWith(entry.tokens[i]!));
    }
    if (same) return { group: entry.group, length: n, abbreviation: false };
  }
  const abbreviation = abbreviations.get(typed[at] ?? '');
  return abbreviation === undefined ? undefined : { group: abbreviation, length: 1, abbreviation: true };
}

/** Every searchable name of a group. */
export function aliasNames(group: number): readonly AliasName[] {
  return table().names[group] ?? [];
}
