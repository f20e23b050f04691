import type { Rng } from './prng';

/**
 * Vocabulary for realistic fixture text: places around Kabul, the Tajik–Afghan border and Moscow
 * (names in English, Russian and Dari), actors, and sentence templates in the three languages.
 * Slots: {place} {place2} {actor} {actor2} {n} {m} {date}.
 */
export type Lang = 'en' | 'ru' | 'fa-AF';
export type Region = 'kabul' | 'border' | 'moscow';

export interface Place {
  en: string;
  ru: string;
  fa: string;
  lat: number;
  lng: number;
  region: Region;
}

const place = (en: string, ru: string, fa: string, lat: number, lng: number, region: Region): Place => ({ en, ru, fa, lat, lng, region });

export const PLACES: readonly Place[] = [
  place('Kabul', 'Кабул', 'کابل', 34.5553, 69.2075, 'kabul'),
  place('Dasht-e Barchi', 'Дашти-Барчи', 'دشت برچی', 34.5016, 69.1087, 'kabul'),
  place('Shar-e Naw', 'Шахри-Нау', 'شهر نو', 34.5354, 69.1707, 'kabul'),
  place('Kabul airport', 'аэропорт Кабула', 'میدان هوایی کابل', 34.5659, 69.2123, 'kabul'),
  place('Paghman', 'Пагман', 'پغمان', 34.5875, 68.9533, 'kabul'),
  place('Char Asiab', 'Чарасиаб', 'چهارآسیاب', 34.404, 69.17, 'kabul'),
  place('Deh Sabz', 'Дехсабз', 'ده‌سبز', 34.65, 69.28, 'kabul'),
  place('Kunduz', 'Кундуз', 'کندز', 36.7286, 68.8681, 'border'),
  place('Imam Sahib', 'Имам-Сахиб', 'امام صاحب', 37.1833, 68.9167, 'border'),
  place('Sherkhan Bandar', 'Шерхан-Бандар', 'شیرخان بندر', 37.1894, 68.6047, 'border'),
  place('Rustaq', 'Рустак', 'رستاق', 37.1256, 69.8301, 'border'),
  place('Khwahan', 'Хваан', 'خواهان', 37.8872, 70.2042, 'border'),
  place('Fayzabad', 'Файзабад', 'فیض‌آباد', 37.1166, 70.58, 'border'),
  place('Ishkashim', 'Ишкашим', 'اشکاشم', 36.7097, 71.6125, 'border'),
  place('Khorugh', 'Хорог', 'خاروغ', 37.4897, 71.5531, 'border'),
  place('Panj', 'Пяндж', 'پنج', 37.2386, 69.0997, 'border'),
  place('Kalai-Khumb', 'Калаи-Хумб', 'قلعه خم', 38.4503, 70.7856, 'border'),
  place('Dushanbe', 'Душанбе', 'دوشنبه', 38.5598, 68.787, 'border'),
  place('Moscow', 'Москва', 'مسکو', 55.7558, 37.6173, 'moscow'),
  place('Krasnogorsk', 'Красногорск', 'کراسنوگورسک', 55.826, 37.3889, 'moscow'),
  place('Khimki', 'Химки', 'خیمکی', 55.8887, 37.4452, 'moscow'),
  place('Balashikha', 'Балашиха', 'بالاشیخا', 55.7963, 37.9382, 'moscow'),
  place('Podolsk', 'Подольск', 'پودولسک', 55.4312, 37.5445, 'moscow'),
];

export interface Actor {
  en: string;
  ru: string;
  fa: string;
}

export const ACTORS: readonly Actor[] = [
  { en: 'the Taliban', ru: 'талибы', fa: 'طالبان' },
  { en: 'ISKP', ru: 'боевики «Вилаята Хорасан»', fa: 'داعش خراسان' },
  { en: 'the National Resistance Front', ru: 'бойцы Фронта национального сопротивления', fa: 'جبهه مقاومت ملی' },
  { en: 'Tajik border troops', ru: 'таджикские пограничники', fa: 'نیروهای مرزی تاجیکستان' },
  { en: 'Taliban border guards', ru: 'пограничники талибов', fa: 'مرزبانان طالبان' },
  { en: 'unidentified gunmen', ru: 'неизвестные вооружённые люди', fa: 'افراد مسلح ناشناس' },
  { en: 'drug smugglers', ru: 'наркокурьеры', fa: 'قاچاقبران مواد مخدر' },
  { en: 'the FSB', ru: 'сотрудники ФСБ', fa: 'سازمان امنیت فدرال روسیه' },
  { en: 'local militia', ru: 'местные ополченцы', fa: 'ملیشه‌های محلی' },
];

/** Actor names as ACLED lists them, for events, by region. */
export const EVENT_ACTORS: Record<Region, readonly string[]> = {
  kabul: ['Taliban', 'Islamic State Khorasan Province (ISKP)', 'Unidentified Armed Group (Afghanistan)', 'Civilians (Afghanistan)', 'Protesters (Afghanistan)'],
  border: [
    'Taliban',
    'Islamic State Khorasan Province (ISKP)',
    'National Resistance Front (NRF)',
    'Military Forces of Tajikistan (1991-) Border Guards',
    'Unidentified Armed Group (Afghanistan)',
    'Civilians (Afghanistan)',
    'Civilians (Tajikistan)',
  ],
  moscow: ['Police Forces of Russia (2000-) Federal Security Service', 'Islamic State (Russia)', 'Civilians (Russia)', 'Protesters (Russia)'],
};

const EN = [
  'On {date}, {actor} clashed with {actor2} near {place}; local officials said {n} people were killed and {m} wounded.',
  'Residents of {place} reported heavy gunfire overnight and armed vehicles moving towards the river crossing.',
  'A spokesman for {actor} denied the reports, calling them propaganda spread by foreign media.',
  'The claim could not be independently verified; mobile networks in {place} were cut for several hours.',
  'According to a source in the provincial administration, {n} fighters were detained during a search operation in {place}.',
  'Traders in {place} said the price of flour and fuel had risen sharply since the border crossing was closed.',
  'Recruiters linked to {actor} were reported in {place}, targeting young men from families displaced by the fighting.',
  'Satellite imagery from {date} shows new earthworks and a checkpoint on the road between {place} and {place2}.',
  'The incident follows a series of attacks on checkpoints along the Panj river since the spring.',
  'Diplomats in Moscow and Dushanbe have discussed joint patrols, but no agreement has been announced.',
  'An improvised explosive device struck a vehicle on the outskirts of {place}; officials blamed {actor}.',
  'Humanitarian agencies warned that access to {place} remains restricted and that at least {n} families have fled.',
  'Officials in {place2} said the attackers had crossed from the other bank of the Amu Darya before dawn.',
  'Russian security services said the suspects had received their instructions through encrypted messaging apps.',
  'No group has claimed responsibility, although the method resembles earlier attacks attributed to {actor}.',
  'The figures are consistent with hospital records seen by our correspondent in {place}.',
];

const RU = [
  'По словам местных жителей, {date} в населённом пункте {place} была слышна интенсивная стрельба.',
  'В столкновении, как сообщают источники, участвовали {actor} и {actor2}.',
  'В результате инцидента погибли не менее {n} человек, ещё {m} получили ранения.',
  'Пограничная служба ГКНБ Таджикистана сообщила об усилении охраны участка границы на реке Пяндж.',
  'Официальные представители пока не комментируют произошедшее.',
  'Ответственность за нападение пока никто не взял на себя.',
  'ФСБ России сообщила о задержании {n} человек, подозреваемых в связях с группировкой «Вилаят Хорасан».',
  'По данным ведомства, задержанные планировали теракты в Москве и Подмосковье.',
  'Эксперты отмечают рост активности боевиков в северных провинциях Афганистана.',
  'Цены на муку и топливо в населённом пункте {place} выросли почти вдвое после закрытия переправы.',
  'Жители сообщают о передвижении бронетехники в сторону границы в ночное время.',
  'Информацию пока не удалось подтвердить из независимых источников.',
  'Гуманитарные организации предупреждают, что не менее {n} семей покинули свои дома.',
  'Спутниковые снимки от {date} показывают новые укрепления на дороге между пунктами {place} и {place2}.',
];

const FA = [
  'به گفته مقام‌های محلی، در تاریخ {date} در نزدیکی {place} درگیری میان {actor} و {actor2} رخ داد.',
  'در این رویداد دست‌کم {n} تن کشته و {m} تن دیگر زخمی شدند.',
  'منابع امنیتی می‌گویند که وضعیت در امتداد مرز با تاجیکستان همچنان متشنج است.',
  'باشندگان {place} از افزایش تحرکات نظامی در شب‌های اخیر خبر می‌دهند.',
  'سخنگوی وزارت داخله این گزارش را تأیید نکرده است.',
  'تاکنون هیچ گروهی مسئولیت این حمله را بر عهده نگرفته است.',
  'قاچاق مواد مخدر از طریق دریای آمو همچنان یک نگرانی عمده است.',
  'نیروهای امنیتی در یک عملیات تلاشی در {place} {n} تن را بازداشت کردند.',
  'قیمت آرد و تیل در بازار {place} پس از بسته شدن گذرگاه مرزی به شدت افزایش یافته است.',
  'نهادهای بشردوستانه هشدار می‌دهند که دست‌کم {n} خانواده خانه‌های شان را ترک کرده‌اند.',
  'این ادعا به گونه مستقل تأیید نشده است.',
  'یک ماین کنار جاده‌ای در حومه {place} منفجر شد.',
  'مقام‌ها در {place2} گفتند که مهاجمان پیش از سپیده‌دم از آن سوی دریای آمو عبور کرده بودند.',
];

const TEMPLATES: Record<Lang, readonly string[]> = { en: EN, ru: RU, 'fa-AF': FA };

const RU_MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const FA_MONTHS = ['جنوری', 'فبروری', 'مارچ', 'اپریل', 'می', 'جون', 'جولای', 'اگست', 'سپتمبر', 'اکتوبر', 'نومبر', 'دسمبر'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const persianDigits = (s: string): string => s.replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);

export function formatDate(date: Date, lang: Lang): string {
  const d = date.getUTCDate();
  const m = date.getUTCMonth();
  const y = date.getUTCFullYear();
  if (lang === 'ru') return `${d} ${RU_MONTHS[m]} ${y} г.`;
  if (lang === 'fa-AF') return persianDigits(`${d} ${FA_MONTHS[m]} ${y}`);
  return `${d} ${EN_MONTHS[m]} ${y}`;
}

/** What a text is about: fills the template slots consistently within one text. */
export interface Topic {
  place: Place;
  place2: Place;
  actor: Actor;
  actor2: Actor;
  date: Date;
}

export function randomTopic(rng: Rng, date: Date, region?: Region): Topic {
  const local = region ? PLACES.filter((p) => p.region === region) : PLACES;
  const [actor, actor2] = rng.sample(ACTORS, 2) as [Actor, Actor];
  const [first, second] = rng.sample(local, 2) as [Place, Place];
  return { place: first, place2: second, actor, actor2, date };
}

export function sentence(rng: Rng, lang: Lang, topic: Topic): string {
  const key = lang === 'fa-AF' ? 'fa' : lang;
  const n = rng.int(1, 40);
  const m = rng.int(0, 60);
  const num = (x: number) => (lang === 'fa-AF' ? persianDigits(String(x)) : String(x));
  const text = rng
    .pick(TEMPLATES[lang])
    .replace('{place}', topic.place[key])
    .replace('{place2}', topic.place2[key])
    .replace('{actor}', topic.actor[key])
    .replace('{actor2}', topic.actor2[key])
    .replace('{n}', num(n))
    .replace('{m}', num(m))
    .replace('{date}', formatDate(topic.date, lang));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function paragraph(rng: Rng, lang: Lang, topic: Topic, sentences: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(sentence(rng, lang, topic));
  return out.join(' ');
}

/** A source's full text in `lang`, about `targetBytes` of UTF-8, with quotes in the other languages now and then. */
export function fullText(rng: Rng, lang: Lang, topic: Topic, title: string, outlet: string, targetBytes: number): string {
  const parts = [title, `${outlet}, ${formatDate(topic.date, lang)}`, ''];
  let bytes = Buffer.byteLength(parts.join('\n'), 'utf8');
  while (bytes < targetBytes) {
    let p = paragraph(rng, lang, topic, rng.int(2, 6));
    if (rng.chance(0.15)) {
      const other = rng.pick((['en', 'ru', 'fa-AF'] as const).filter((l) => l !== lang));
      p += ` «${sentence(rng, other, topic)}»`;
    }
    parts.push(p, '');
    bytes += Buffer.byteLength(p, 'utf8') + 2;
  }
  return parts.join('\n');
}
