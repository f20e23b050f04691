/**
 * Countries and first-level regions (provinces, oblasts) of the area Frontier covers, with the
 * spellings reports use in English, Russian and Dari, and an approximate centre: the gazetteer
 * (main/core/geo) has towns only. Centres are within ~30 km of the region's centroid, good for a
 * pin that says "somewhere in Takhar", not for measuring.
 */
export interface RegionEntry {
  name: string;
  kind: 'country' | 'admin-region';
  /** ISO 3166-1 alpha-2 of the country (of itself, for a country). */
  country: string;
  lat: number;
  lng: number;
  spellings: readonly string[];
}

const c = (name: string, country: string, lat: number, lng: number, spellings: string[]): RegionEntry => ({ name, kind: 'country', country, lat, lng, spellings: [name, ...spellings] });
const r = (name: string, country: string, lat: number, lng: number, spellings: string[]): RegionEntry => ({ name, kind: 'admin-region', country, lat, lng, spellings: [name, ...spellings] });

export const COUNTRIES: readonly RegionEntry[] = [
  c('Afghanistan', 'AF', 33.94, 67.71, ['Афганистан', 'افغانستان']),
  c('Tajikistan', 'TJ', 38.86, 71.28, ['Таджикистан', 'Тоҷикистон', 'تاجیکستان']),
  c('Uzbekistan', 'UZ', 41.38, 64.59, ['Узбекистан', 'ازبکستان']),
  c('Turkmenistan', 'TM', 38.97, 59.56, ['Туркменистан', 'Туркмения', 'ترکمنستان']),
  c('Kyrgyzstan', 'KG', 41.2, 74.77, ['Kyrgyz Republic', 'Киргизия', 'Кыргызстан', 'قرقیزستان']),
  c('Kazakhstan', 'KZ', 48.02, 66.92, ['Казахстан', 'قزاقستان']),
  c('Russia', 'RU', 61.52, 105.32, ['Russian Federation', 'Россия', 'Российская Федерация', 'روسیه']),
  c('Pakistan', 'PK', 30.38, 69.35, ['Пакистан', 'پاکستان']),
  c('Iran', 'IR', 32.43, 53.69, ['Иран', 'ایران']),
  c('China', 'CN', 35.86, 104.2, ['Китай', 'چین']),
  c('India', 'IN', 20.59, 78.96, ['Индия', 'هند']),
  c('Qatar', 'QA', 25.35, 51.18, ['Катар', 'قطر']),
  c('Turkey', 'TR', 38.96, 35.24, ['Türkiye', 'Турция', 'ترکیه']),
  c('United States', 'US', 37.09, -95.71, ['USA', 'США', 'Соединённые Штаты', 'امریکا', 'آمریکا', 'ایالات متحده']),
];

export const ADMIN_REGIONS: readonly RegionEntry[] = [
  // Afghanistan's 34 provinces.
  r('Badakhshan', 'AF', 36.73, 70.81, ['Бадахшан', 'بدخشان']),
  r('Badghis', 'AF', 35.17, 63.77, ['Бадгис', 'بادغیس']),
  r('Baghlan', 'AF', 35.8, 68.95, ['Баглан', 'بغلان']),
  r('Balkh', 'AF', 36.76, 66.9, ['Балх', 'بلخ']),
  r('Bamyan', 'AF', 34.81, 67.82, ['Bamiyan', 'Бамиан', 'بامیان']),
  r('Daykundi', 'AF', 33.67, 66.05, ['Daikundi', 'Дайкунди', 'دایکندی']),
  r('Farah', 'AF', 32.5, 62.26, ['Фарах', 'فراه']),
  r('Faryab', 'AF', 35.92, 64.78, ['Фарьяб', 'فاریاب']),
  r('Ghazni', 'AF', 33.55, 68.42, ['Газни', 'غزنی']),
  r('Ghor', 'AF', 34.1, 64.91, ['Гор', 'غور']),
  r('Helmand', 'AF', 31.36, 64.16, ['Гильменд', 'Гельменд', 'هلمند']),
  r('Herat', 'AF', 34.35, 62.2, ['Герат', 'هرات']),
  r('Jowzjan', 'AF', 36.9, 65.67, ['Jawzjan', 'Джаузджан', 'جوزجان']),
  r('Kabul', 'AF', 34.55, 69.2, ['Кабул', 'کابل']),
  r('Kandahar', 'AF', 31.63, 65.71, ['Кандагар', 'قندهار']),
  r('Kapisa', 'AF', 34.98, 69.62, ['Каписа', 'کاپیسا']),
  r('Khost', 'AF', 33.34, 69.92, ['Хост', 'خوست']),
  r('Kunar', 'AF', 34.85, 71.1, ['Кунар', 'کنر']),
  r('Kunduz', 'AF', 36.73, 68.87, ['Kondoz', 'Кундуз', 'کندز', 'قندوز']),
  r('Laghman', 'AF', 34.69, 70.15, ['Лагман', 'لغمان']),
  r('Logar', 'AF', 34.01, 69.19, ['Логар', 'لوگر']),
  r('Nangarhar', 'AF', 34.17, 70.62, ['Нангархар', 'ننگرهار']),
  r('Nimroz', 'AF', 31.03, 62.45, ['Nimruz', 'Нимроз', 'نیمروز']),
  r('Nuristan', 'AF', 35.32, 70.91, ['Нуристан', 'نورستان']),
  r('Paktia', 'AF', 33.71, 69.38, ['Paktiya', 'Пактия', 'پکتیا']),
  r('Paktika', 'AF', 32.26, 68.52, ['Пактика', 'پکتیکا']),
  r('Panjshir', 'AF', 35.4, 69.7, ['Panjsher', 'Panjshire', 'Панджшер', 'Панджшир', 'پنجشیر']),
  r('Parwan', 'AF', 35.1, 69.1, ['Parvan', 'Парван', 'پروان']),
  r('Samangan', 'AF', 36.32, 67.96, ['Саманган', 'سمنگان']),
  r('Sar-e Pol', 'AF', 35.84, 65.99, ['Sar-i-Pul', 'Sari Pul', 'Sar-e Pul', 'Сари-Пуль', 'سرپل']),
  r('Takhar', 'AF', 36.67, 69.48, ['Тахар', 'تخار']),
  r('Uruzgan', 'AF', 32.93, 66.63, ['Oruzgan', 'Урузган', 'ارزگان']),
  r('Wardak', 'AF', 34.35, 68.23, ['Maidan Wardak', 'Вардак', 'وردک']),
  r('Zabul', 'AF', 32.19, 67.19, ['Забуль', 'زابل']),
  // Tajikistan.
  r('Gorno-Badakhshan', 'TJ', 38.4, 73.0, ['GBAO', 'Mountainous Badakhshan', 'ГБАО', 'Горно-Бадахшанская автономная область', 'Горно-Бадахшанской автономной области', 'Горный Бадахшан', 'بدخشان کوهستانی']),
  r('Khatlon', 'TJ', 37.9, 68.9, ['Хатлон', 'Хатлонская область', 'ختلان']),
  r('Sughd', 'TJ', 40.2, 69.4, ['Sogd', 'Согд', 'Согдийская область', 'سغد']),
  // Neighbours' border regions.
  r('Surkhandarya', 'UZ', 37.94, 67.57, ['Surxondaryo', 'Сурхандарья', 'Сурхандарьинская область', 'سرخان دریا']),
  r('Lebap', 'TM', 39.12, 63.6, ['Лебап', 'Лебапский велаят', 'لبآب']),
  r('Khyber Pakhtunkhwa', 'PK', 34.5, 72.0, ['Хайбер-Пахтунхва', 'خیبر پښتونخوا', 'خیبر پختونخوا']),
  r('Balochistan', 'PK', 28.5, 65.5, ['Baluchistan', 'Белуджистан', 'بلوچستان']),
  r('Razavi Khorasan', 'IR', 35.5, 59.0, ['Khorasan Razavi', 'Хорасан-Резави', 'خراسان رضوی']),
  r('Sistan and Baluchestan', 'IR', 27.5, 60.5, ['Систан и Белуджистан', 'سیستان و بلوچستان']),
];
