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
  c('Kyrgyzstan', 'KG', 41.2, 74.77, ['Kyrgyz Republic', 'Киргизия', 'Кыргызстан', 'Кыргызская Республика', 'Киргизская Республика', 'قرقیزستان', 'قرغیزستان']),
  c('Kazakhstan', 'KZ', 48.02, 66.92, ['Казахстан', 'قزاقستان']),
  c('Russia', 'RU', 61.52, 105.32, ['Russian Federation', 'Россия', 'Российская Федерация', 'روسیه']),
  c('Pakistan', 'PK', 30.38, 69.35, ['Пакистан', 'پاکستان']),
  c('Iran', 'IR', 32.43, 53.69, ['Иран', 'ایران']),
  c('China', 'CN', 35.86, 104.2, ['Китай', 'چین']),
  c('India', 'IN', 20.59, 78.96, ['Индия', 'هند']),
  c('Qatar', 'QA', 25.35, 51.18, ['Катар', 'قطر']),
  c('Turkey', 'TR', 38.96, 35.24, ['Türkiye', 'Турция', 'ترکیه']),
  c('United States', 'US', 37.09, -95.71, ['USA', 'США', 'Соединённые Штаты', 'امریکا', 'آمریکا', 'ایالات متحده']),
  c('Ukraine', 'UA', 48.38, 31.17, ['Украина', 'اوکراین']),
  c('Belarus', 'BY', 53.71, 27.95, ['Беларусь', 'Белоруссия', 'بلاروس']),
  c('Azerbaijan', 'AZ', 40.14, 47.58, ['Азербайджан', 'آذربایجان']),
  c('Armenia', 'AM', 40.07, 45.04, ['Армения', 'ارمنستان']),
  c('Mongolia', 'MN', 46.86, 103.85, ['Монголия', 'مغولستان']),
  c('Syria', 'SY', 34.8, 39.0, ['Сирия', 'سوریه']),
  c('Iraq', 'IQ', 33.22, 43.68, ['Ирак', 'عراق']),
  c('Saudi Arabia', 'SA', 23.89, 45.08, ['Саудовская Аравия', 'عربستان سعودی', 'عربستان']),
  c('United Arab Emirates', 'AE', 23.42, 53.85, ['UAE', 'ОАЭ', 'امارات متحده عربی']),
  c('Germany', 'DE', 51.17, 10.45, ['Германия', 'آلمان']),
  c('United Kingdom', 'GB', 55.38, -3.44, ['Britain', 'Great Britain', 'Великобритания', 'بریتانیا', 'انگلستان']),
  c('France', 'FR', 46.23, 2.21, ['Франция', 'فرانسه']),
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
  // Khyber Pakhtunkhwa's border districts (the former tribal agencies), named as regions in reports.
  r('North Waziristan', 'PK', 32.95, 70.05, ['N. Waziristan', 'Северный Вазиристан', 'وزیرستان شمالی']),
  r('South Waziristan', 'PK', 32.3, 69.7, ['S. Waziristan', 'Южный Вазиристан', 'وزیرستان جنوبی']),
  r('Waziristan', 'PK', 32.6, 69.9, ['Вазиристан', 'وزیرستان']),
  r('Kurram', 'PK', 33.7, 70.2, ['Kurram district', 'Kurram Agency', 'Куррам', 'کرم']),
  r('Bajaur', 'PK', 34.75, 71.5, ['Bajaur district', 'Bajaur Agency', 'Баджаур', 'باجوړ', 'باجور']),
  r('Mohmand', 'PK', 34.5, 71.3, ['Mohmand district', 'Mohmand Agency', 'Моманд', 'مهمند']),
  r('Orakzai', 'PK', 33.7, 70.95, ['Orakzai district', 'Orakzai Agency', 'Оракзай', 'اورکزی']),
  r('Razavi Khorasan', 'IR', 35.5, 59.0, ['Khorasan Razavi', 'Хорасан-Резави', 'خراسان رضوی']),
  r('Sistan and Baluchestan', 'IR', 27.5, 60.5, ['Систан и Белуджистан', 'سیستان و بلوچستان']),
  // Kyrgyzstan's regions (oblasts). A name that is also its centre's (Batken, Osh) is the region only
  // where the text says so ("Batken region", "Ошской области"): otherwise the town.
  r('Batken', 'KG', 39.95, 70.6, ['Batken region', 'Batken oblast', 'Баткенская область', 'باتکن']),
  r('Osh', 'KG', 40.0, 73.4, ['Osh region', 'Osh oblast', 'Ошская область']),
  r('Jalal-Abad', 'KG', 41.3, 72.5, ['Jalal-Abad region', 'Jalalabad region', 'Джалал-Абадская область']),
  r('Chuy', 'KG', 42.6, 74.6, ['Chui', 'Chuy region', 'Чуйская область', 'Чуй']),
  r('Naryn', 'KG', 41.4, 75.5, ['Naryn region', 'Нарынская область']),
  r('Issyk-Kul', 'KG', 42.2, 77.5, ['Issyk Kul', 'Ysyk-Kol', 'Иссык-Кульская область', 'Иссык-Куль']),
  r('Talas', 'KG', 42.3, 72.3, ['Talas region', 'Таласская область']),
  // Uzbekistan's regions (viloyatlar) and Karakalpakstan.
  r('Fergana', 'UZ', 40.4, 71.6, ['Fergana region', 'Ferghana', 'Ферганская область', 'فرغانه']),
  r('Andijan', 'UZ', 40.75, 72.35, ['Andijan region', 'Андижанская область']),
  r('Namangan', 'UZ', 41.0, 71.3, ['Наманганская область']),
  r('Samarkand', 'UZ', 39.7, 66.6, ['Samarkand region', 'Самаркандская область']),
  r('Bukhara', 'UZ', 40.2, 63.9, ['Bukhara region', 'Бухарская область']),
  r('Kashkadarya', 'UZ', 38.8, 66.1, ['Qashqadaryo', 'Кашкадарья', 'Кашкадарьинская область']),
  r('Navoiy', 'UZ', 41.6, 64.6, ['Navoi region', 'Навоийская область']),
  r('Jizzakh', 'UZ', 40.4, 67.6, ['Jizzakh region', 'Джизакская область']),
  r('Syrdarya', 'UZ', 40.4, 68.7, ['Sirdaryo', 'Сырдарья', 'Сырдарьинская область']),
  r('Tashkent Region', 'UZ', 41.2, 69.8, ['Tashkent region', 'Ташкентская область']),
  r('Khorezm', 'UZ', 41.4, 60.8, ['Xorazm', 'Хорезм', 'Хорезмская область', 'خوارزم']),
  r('Karakalpakstan', 'UZ', 43.0, 59.0, ['Qaraqalpaqstan', 'Каракалпакстан', 'Республика Каракалпакстан', 'قره‌قالپاقستان']),
  // Russia's federal subjects that reports on the region's security name most: the North Caucasus,
  // the Volga and the Urals, the south and the border with Kazakhstan. Centres are approximate.
  r('Tatarstan', 'RU', 55.4, 50.9, ['Republic of Tatarstan', 'Татарстан', 'Республика Татарстан', 'تاتارستان']),
  r('Bashkortostan', 'RU', 54.2, 56.2, ['Bashkiria', 'Башкортостан', 'Башкирия', 'باشقیرستان']),
  r('Dagestan', 'RU', 42.9, 47.0, ['Daghestan', 'Republic of Dagestan', 'Дагестан', 'Республика Дагестан', 'داغستان']),
  r('Chechnya', 'RU', 43.4, 45.7, ['Chechen Republic', 'Чечня', 'Чеченская Республика', 'چچن', 'چچنیا']),
  r('Ingushetia', 'RU', 43.2, 44.9, ['Ингушетия', 'اینگوشتیا']),
  r('North Ossetia', 'RU', 43.0, 44.4, ['North Ossetia–Alania', 'Северная Осетия', 'Северная Осетия — Алания']),
  r('Kabardino-Balkaria', 'RU', 43.5, 43.4, ['Кабардино-Балкария', 'Кабардино-Балкарская Республика']),
  r('Karachay-Cherkessia', 'RU', 43.8, 41.7, ['Карачаево-Черкесия', 'Карачаево-Черкесская Республика']),
  r('Kalmykia', 'RU', 46.3, 45.3, ['Калмыкия']),
  r('Stavropol Krai', 'RU', 44.9, 43.3, ['Ставропольский край', 'Ставрополье']),
  r('Krasnodar Krai', 'RU', 45.3, 39.0, ['Краснодарский край', 'Кубань']),
  r('Rostov Oblast', 'RU', 47.7, 41.2, ['Rostov region', 'Ростовская область']),
  r('Astrakhan Oblast', 'RU', 47.1, 47.0, ['Astrakhan region', 'Астраханская область']),
  r('Volgograd Oblast', 'RU', 49.6, 44.4, ['Volgograd region', 'Волгоградская область']),
  r('Saratov Oblast', 'RU', 51.6, 46.7, ['Saratov region', 'Саратовская область']),
  r('Samara Oblast', 'RU', 53.2, 50.5, ['Samara region', 'Самарская область']),
  r('Orenburg Oblast', 'RU', 52.0, 56.0, ['Orenburg region', 'Оренбургская область']),
  r('Chelyabinsk Oblast', 'RU', 54.4, 61.2, ['Chelyabinsk region', 'Челябинская область']),
  r('Sverdlovsk Oblast', 'RU', 58.6, 61.5, ['Sverdlovsk region', 'Свердловская область']),
  r('Udmurtia', 'RU', 57.2, 52.8, ['Удмуртия']),
  r('Chuvashia', 'RU', 55.5, 47.2, ['Чувашия']),
  r('Mordovia', 'RU', 54.3, 44.3, ['Мордовия']),
  r('Omsk Oblast', 'RU', 56.1, 73.4, ['Omsk region', 'Омская область']),
  r('Novosibirsk Oblast', 'RU', 55.4, 79.5, ['Novosibirsk region', 'Новосибирская область']),
  r('Altai Krai', 'RU', 52.7, 82.7, ['Алтайский край']),
  r('Belgorod Oblast', 'RU', 50.7, 37.5, ['Belgorod region', 'Белгородская область']),
  r('Kursk Oblast', 'RU', 51.7, 36.2, ['Kursk region', 'Курская область']),
  r('Bryansk Oblast', 'RU', 52.9, 33.4, ['Bryansk region', 'Брянская область']),
  r('Moscow Oblast', 'RU', 55.7, 37.3, ['Moscow region', 'Московская область', 'Подмосковье']),
  r('Leningrad Oblast', 'RU', 60.0, 32.0, ['Leningrad region', 'Ленинградская область']),
];
