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
/**
 * A krai's Russian name in each case ("Ставропольский" → Ставропольский край, в Ставропольском
 * крае, ...). Extraction finds inflected names by cutting endings, but never from a word of four
 * letters, so край, края and крае share no stem: each needs its own spelling.
 */
const krai = (adjective: string): string[] => {
  const stem = adjective.replace(/ий$/, '');
  return [`${adjective} край`, `${stem}ого края`, `${stem}ом крае`, `${stem}ому краю`, `${stem}им краем`];
};

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
  c('Georgia', 'GE', 42.32, 43.36, ['Грузия', 'گرجستان']),
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
  r('Kandahar', 'AF', 31.63, 65.71, ['Кандагар', 'قندهار', 'کندهار']),
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
  r('Sughd', 'TJ', 39.8, 69.2, ['Sogd', 'Согд', 'Согдийская область', 'سغد']),
  // The districts Dushanbe governs directly (Hisor, Vahdat, Rasht valley): no province, so reports
  // name them as a whole. Russian writes the phrase in lower case; a span must start with a capital,
  // so in running text it is found as РРП or where it opens a sentence.
  r('Districts of Republican Subordination', 'TJ', 38.89, 70.12, [
    'Districts under Republican Subordination',
    'Region of Republican Subordination',
    'Regions of Republican Subordination',
    'районы республиканского подчинения',
    'РРП',
    'Ноҳияҳои тобеи ҷумҳурӣ',
  ]),
  // Neighbours' border regions.
  r('Surkhandarya', 'UZ', 37.94, 67.57, ['Surxondaryo', 'Сурхандарья', 'Сурхандарьинская область', 'سرخان دریا']),
  // Sindh in Dari only with its noun: سند alone is "document".
  r('Sindh', 'PK', 26.0, 68.8, ['Sindh province', 'Синд', 'ایالت سند', 'ولایت سند']),
  // Pakistan's Punjab (India's is beyond the region: reports of Pakistani migrants' and workers' news mean this one).
  r('Punjab', 'PK', 31.17, 72.7, ['Punjab province', 'Пенджаб', 'ایالت پنجاب', 'پنجاب پاکستان']),
  r('Khyber Pakhtunkhwa', 'PK', 34.5, 72.0, ['Хайбер-Пахтунхва', 'خیبر پښتونخوا', 'خیبر پختونخوا', 'خیبرپښتونخوا', 'خیبرپختونخوا']),
  r('Balochistan', 'PK', 28.5, 65.5, ['Baluchistan', 'Белуджистан', 'بلوچستان']),
  // Khyber Pakhtunkhwa's border districts (the former tribal agencies), named as regions in reports.
  r('North Waziristan', 'PK', 32.95, 70.05, ['N. Waziristan', 'Северный Вазиристан', 'وزیرستان شمالی']),
  r('South Waziristan', 'PK', 32.3, 69.7, ['S. Waziristan', 'Южный Вазиристан', 'وزیرستان جنوبی']),
  r('Waziristan', 'PK', 32.6, 69.9, ['Вазиристан', 'وزیرستان']),
  r('Kurram', 'PK', 33.7, 70.2, ['Kurram district', 'Kurram Agency', 'Куррам', 'کرم']),
  r('Bajaur', 'PK', 34.75, 71.5, ['Bajaur district', 'Bajaur Agency', 'Баджаур', 'باجوړ', 'باجور']),
  r('Mohmand', 'PK', 34.5, 71.3, ['Mohmand district', 'Mohmand Agency', 'Моманд', 'مهمند']),
  r('Orakzai', 'PK', 33.7, 70.95, ['Orakzai district', 'Orakzai Agency', 'Оракзай', 'اورکزی']),
  // Pakistan's northern territories, and Gilgit-Baltistan's districts, which its police and press name as places.
  r('Gilgit-Baltistan', 'PK', 35.8, 75.0, ['Gilgit Baltistan', 'Гилгит-Балтистан', 'گلگت بلتستان', 'گلگت-بلتستان']),
  r('Azad Jammu and Kashmir', 'PK', 33.9, 73.8, ['Azad Kashmir', 'AJK', 'AJ&K', 'Азад Кашмир', 'کشمیر آزاد']),
  r('Diamer', 'PK', 35.5, 73.9, ['Diamer district', 'Diamir']),
  r('Hunza', 'PK', 36.5, 74.8, ['Hunza district']),
  r('Ghizer', 'PK', 36.3, 73.4, ['Ghizer district']),
  r('Nagar', 'PK', 36.25, 74.7, ['Nagar district']),
  r('Astore', 'PK', 35.3, 74.85, ['Astore district']),
  // Khyber Pakhtunkhwa's settled districts and Malakand division, whose names are no town's (or are
  // written with "district" where a town has the name): Pakistani police and press name them as places.
  r('Malakand division', 'PK', 35.3, 72.1, ['Malakand Division', 'Малаканд']),
  r('Malakand', 'PK', 34.6, 71.95, ['Malakand district', 'Malakand District']),
  r('Swat', 'PK', 35.2, 72.45, ['Swat district', 'Swat District', 'Swat valley', 'Swat Valley', 'Сват', 'سوات']),
  r('Buner', 'PK', 34.5, 72.5, ['Buner district', 'Buner District', 'Бунер', 'بونیر']),
  r('Shangla', 'PK', 34.9, 72.75, ['Shangla district', 'Shangla District', 'Шангла', 'شانگله']),
  r('Upper Dir', 'PK', 35.3, 72.0, ['Upper Dir district', 'Dir Upper', 'Верхний Дир', 'دیر بالا']),
  r('Lower Dir', 'PK', 34.85, 71.8, ['Lower Dir district', 'Dir Lower', 'Нижний Дир', 'دیر پایین']),
  r('Chitral District', 'PK', 35.85, 71.79, ['Chitral district', 'Upper Chitral', 'Lower Chitral']),
  r('Torghar', 'PK', 34.6, 72.95, ['Torghar district', 'Tor Ghar']),
  r('Khyber District', 'PK', 34.0, 71.1, ['Khyber district', 'Khyber tribal district', 'Khyber Agency']),
  r('Lakki Marwat District', 'PK', 32.6, 70.9, ['Lakki Marwat district']),
  // Balochistan's districts whose names are no town's.
  r('Kech', 'PK', 26.0, 62.8, ['Kech district', 'Kech District', 'Кеч', 'کیچ']),
  r('Kachhi', 'PK', 29.2, 67.6, ['Kachhi district', 'Bolan district', 'Качхи']),
  r('Naseerabad District', 'PK', 28.4, 68.3, ['Naseerabad district', 'Nasirabad district']),
  r('Jaffarabad District', 'PK', 28.3, 68.2, ['Jaffarabad district', 'Jafarabad district']),
  r('Jhal Magsi', 'PK', 28.3, 67.45, ['Jhal Magsi district']),
  r('Washuk', 'PK', 27.7, 64.8, ['Washuk district']),
  r('Chagai District', 'PK', 28.9, 63.5, ['Chagai district', 'Chaghi district']),
  r('Dera Bugti District', 'PK', 29.0, 69.15, ['Dera Bugti district']),
  r('Kharan District', 'PK', 28.58, 65.4, ['Kharan district']),
  r('Awaran District', 'PK', 26.45, 65.2, ['Awaran district']),
  // Balochistan's coastal district on the Karachi road, where Afghan migrants' news often is.
  r('Lasbela', 'PK', 26.1, 66.3, ['Lasbela district', 'Las Bela', 'Ласбела', 'لسبیله', 'لس بیله']),
  r('Mianwali District', 'PK', 32.6, 71.45, []),
  r('Razavi Khorasan', 'IR', 35.5, 59.0, ['Khorasan Razavi', 'Хорасан-Резави', 'خراسان رضوی']),
  r('Zanjan Province', 'IR', 36.5, 48.5, ['Zanjan province', 'استان زنجان']),
  r('Mazandaran Province', 'IR', 36.2, 52.5, ['Mazandaran province', 'Мазендеран', 'استان مازندران']),
  r('Hamadan Province', 'IR', 34.8, 48.5, ['Hamadan province', 'استان همدان']),
  r('Markazi Province', 'IR', 34.5, 49.9, ['Markazi province', 'استان مرکزی']),
  r('Tehran Province', 'IR', 35.6, 51.4, ['Tehran province', 'استان تهران']),
  r('Isfahan Province', 'IR', 32.7, 51.9, ['Isfahan province', 'استان اصفهان']),
  r('North Khorasan', 'IR', 37.5, 57.3, ['North Khorasan province', 'Северный Хорасан', 'خراسان شمالی']),
  r('Hormozgan Province', 'IR', 27.5, 56.3, ['Hormozgan province', 'Хормозган', 'استان هرمزگان']),
  r('Golestan Province', 'IR', 37.3, 55.1, ['Golestan province', 'Голестан', 'استان گلستان']),
  r('Semnan Province', 'IR', 35.6, 54.0, ['Semnan province', 'Семнан', 'استان سمنان']),
  r('Kerman Province', 'IR', 29.5, 57.2, ['Kerman province', 'Керман', 'استان کرمان']),
  r('South Khorasan', 'IR', 32.5, 59.2, ['Khorasan-e Jonubi', 'Южный Хорасан', 'خراسان جنوبی']),
  r('Sistan and Baluchestan', 'IR', 27.5, 60.5, ['Систан и Белуджистан', 'سیستان و بلوچستان']),
  // The rest of Iran's provinces, by their approximate centres; a province named like its capital
  // (Ardabil, Kermanshah, Ilam, Bushehr, Yazd, Qom, Qazvin) only with its word for province.
  r('Gilan Province', 'IR', 37.2, 49.5, ['Gilan province', 'Гилян', 'استان گیلان']),
  r('Ardabil Province', 'IR', 38.5, 48.0, ['Ardabil province', 'استان اردبیل']),
  r('East Azerbaijan', 'IR', 37.9, 46.5, ['East Azerbaijan province', 'Восточный Азербайджан', 'آذربایجان شرقی']),
  r('West Azerbaijan', 'IR', 37.5, 45.0, ['West Azerbaijan province', 'Западный Азербайджан', 'آذربایجان غربی']),
  r('Kurdistan Province', 'IR', 35.6, 47.0, ['Kurdistan province', 'استان کردستان']),
  r('Kermanshah Province', 'IR', 34.3, 46.9, ['Kermanshah province', 'استان کرمانشاه']),
  r('Ilam Province', 'IR', 33.3, 46.8, ['Ilam province', 'استان ایلام']),
  r('Lorestan', 'IR', 33.5, 48.3, ['Lorestan province', 'Луристан', 'Лурестан', 'لرستان']),
  r('Khuzestan', 'IR', 31.4, 48.9, ['Khuzestan province', 'Хузестан', 'خوزستان']),
  r('Chaharmahal and Bakhtiari', 'IR', 32.0, 50.8, ['Chaharmahal and Bakhtiari province', 'چهارمحال و بختیاری']),
  r('Kohgiluyeh and Boyer-Ahmad', 'IR', 30.7, 50.9, ['Kohgiluyeh and Boyer-Ahmad province', 'کهگیلویه و بویراحمد']),
  r('Bushehr Province', 'IR', 28.8, 51.5, ['Bushehr province', 'استان بوشهر']),
  r('Fars Province', 'IR', 29.3, 53.1, ['Fars province', 'استان فارس']),
  r('Yazd Province', 'IR', 32.1, 55.5, ['Yazd province', 'استان یزد']),
  r('Qom Province', 'IR', 34.7, 50.9, ['Qom province', 'استان قم']),
  r('Qazvin Province', 'IR', 36.1, 49.8, ['Qazvin province', 'استان قزوین']),
  r('Alborz Province', 'IR', 35.9, 50.9, ['Alborz province', 'استان البرز']),
  // Turkmenistan's regions (velayats). Dashoguz and Mary are named like their centres: as with
  // Batken and Osh below, only the words that say "region" are the region, and its name is not the
  // bare town's, or "in Dashoguz" would stop being the town. Not "Balkan region": English says that
  // of the Balkans too.
  r('Ahal', 'TM', 38.52, 59.14, ['Akhal', 'Ahal region', 'Ahal velayat', 'Ahal Province', 'Ахал', 'Ахалский велаят', 'Ахальский велаят', 'Ахалская область']),
  r('Balkan Province', 'TM', 39.78, 55.02, ['Balkan velayat', 'Balkan welayat', 'Балканский велаят', 'Балканская область', 'ولایت بالکان']),
  r('Dashoguz Region', 'TM', 41.12, 58.77, ['Daşoguz Region', 'Dashoguz velayat', 'Dashoguz Province', 'Dashoguz oblast', 'Дашогузский велаят', 'Дашогузская область', 'Ташаузская область']),
  r('Lebap', 'TM', 38.89, 63.22, ['Lebap region', 'Lebap velayat', 'Lebap Province', 'Лебап', 'Лебапский велаят', 'Лебапская область', 'لبآب']),
  r('Mary Region', 'TM', 37.2, 62.33, ['Mary velayat', 'Mary Province', 'Марыйский велаят', 'Марыйская область']),
  // Kazakhstan's regions (oblystar), with the three of 2022 (Abai, Jetisu, Ulytau). The cities of
  // republican significance (Almaty, Astana, Shymkent) are towns only. A region named like its centre
  // (Aktobe, Atyrau, Karaganda, Kostanay, Kyzylorda, Pavlodar, Turkistan) is "X Region", as Tashkent
  // Region is, with no bare spelling: GeoNames' other names for the town (Aqtobe, Karaganda) would
  // otherwise go to the region. So too the towns' old names Akmola (Astana), Zhambyl (Taraz) and the
  // town Abay: only the words that say "region" are the region.
  r('Abai Region', 'KZ', 48.64, 80.11, ['Abay Region', 'Abai Oblast', 'Абайская область', 'область Абай']),
  r('Akmola Region', 'KZ', 51.77, 69.89, ['Aqmola Region', 'Akmola Oblast', 'Акмолинская область', 'ولایت اکمولا']),
  r('Aktobe Region', 'KZ', 48.57, 58.59, ['Aqtobe Region', 'Aktobe Oblast', 'Aktyubinsk Region', 'Актюбинская область']),
  r('Almaty Region', 'KZ', 44.28, 76.82, ['Almaty Oblast', 'Алматинская область', 'Алма-Атинская область']),
  r('Atyrau Region', 'KZ', 47.56, 52.14, ['Atyrau Oblast', 'Атырауская область']),
  // ВКО is also Russia's aerospace defence (войска ВКО), so East Kazakhstan has no abbreviation here.
  r('East Kazakhstan', 'KZ', 49.01, 84.17, ['East Kazakhstan Region', 'East Kazakhstan Oblast', 'Восточно-Казахстанская область']),
  r('Jetisu Region', 'KZ', 45.54, 78.93, ['Jetisu', 'Zhetysu', 'Zhetysu Region', 'Jetysu Region', 'Жетысу', 'Жетісу', 'область Жетысу', 'область Жетісу', 'Жетысуская область']),
  r('Karaganda Region', 'KZ', 48.64, 73.39, ['Karagandy Region', 'Qaragandy Region', 'Karaganda Oblast', 'Карагандинская область']),
  r('Kostanay Region', 'KZ', 51.55, 64.04, ['Qostanay Region', 'Kostanai Region', 'Kostanay Oblast', 'Костанайская область', 'Кустанайская область']),
  r('Kyzylorda Region', 'KZ', 45.17, 63.67, ['Qyzylorda Region', 'Kyzylorda Oblast', 'Кызылординская область']),
  r('Mangystau Region', 'KZ', 44.09, 53.96, ['Mangystau', 'Mangistau', 'Mangistau Region', 'Mangystau Oblast', 'Мангистау', 'Мангыстау', 'Мангистауская область', 'Мангыстауская область']),
  r('North Kazakhstan', 'KZ', 53.84, 69.26, ['North Kazakhstan Region', 'North Kazakhstan Oblast', 'Северо-Казахстанская область', 'СКО']),
  r('Pavlodar Region', 'KZ', 52.05, 76.26, ['Pavlodar Oblast', 'Павлодарская область']),
  // Called South Kazakhstan until 2018, with Shymkent as its centre then.
  r('Turkistan Region', 'KZ', 43.19, 68.45, ['Turkestan Region', 'Turkistan Oblast', 'South Kazakhstan Region', 'Туркестанская область', 'Южно-Казахстанская область', 'ЮКО']),
  r('Ulytau Region', 'KZ', 47.63, 67.95, ['Ulytau', 'Ulytau Oblast', 'Улытау', 'область Улытау', 'Улытауская область']),
  r('West Kazakhstan', 'KZ', 49.8, 50.64, ['West Kazakhstan Region', 'West Kazakhstan Oblast', 'Западно-Казахстанская область', 'ЗКО']),
  r('Zhambyl Region', 'KZ', 44.3, 72.15, ['Jambyl Region', 'Zhambyl Oblast', 'Jambyl Oblast', 'Жамбылская область', 'Жамбыльская область', 'Джамбулская область']),
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
  r('Navoiy', 'UZ', 41.96, 64.37, ['Navoi region', 'Навоийская область']),
  // Named like its centre, whose other name Jizzakh (GeoNames has the town as Jizzax) the bare
  // spelling would take from the town.
  r('Jizzakh Region', 'UZ', 40.4, 67.6, ['Jizzax Region', 'Джизакская область']),
  r('Syrdarya', 'UZ', 40.4, 68.7, ['Sirdaryo', 'Сырдарья', 'Сырдарьинская область']),
  r('Tashkent Region', 'UZ', 41.2, 69.8, ['Tashkent region', 'Ташкентская область']),
  r('Khorezm', 'UZ', 41.4, 60.8, ['Xorazm', 'Хорезм', 'Хорезмская область', 'خوارزم']),
  r('Karakalpakstan', 'UZ', 43.34, 58.82, ['Qaraqalpaqstan', 'Каракалпакстан', 'Республика Каракалпакстан', 'قره‌قالپاقستان']),
  // Russia's federal subjects, less the federal cities Moscow and Saint Petersburg (towns in the
  // gazetteer) and the Ukrainian regions Russia claims as subjects (Crimea, Sevastopol, Donetsk,
  // Luhansk, Zaporizhzhia, Kherson): which country a pin there is in is not extraction's to say.
  // Oblasts are "X Oblast" and "Xская область", never a bare X, which is the centre town.
  // The North Caucasus and the south.
  // The federal district (and the mountains' north side) reports name as a whole: "Северный Кавказ" is no town Severnyy.
  r('North Caucasus', 'RU', 43.5, 44.5, ['Northern Caucasus', 'Северный Кавказ', 'Северного Кавказа', 'Северном Кавказе', 'قفقاز شمالی']),
  r('Dagestan', 'RU', 42.9, 47.0, ['Daghestan', 'Republic of Dagestan', 'Дагестан', 'Республика Дагестан', 'داغستان']),
  r('Chechnya', 'RU', 43.4, 45.7, ['Chechen Republic', 'Чечня', 'Чеченская Республика', 'چچن', 'چچنیا']),
  r('Ingushetia', 'RU', 43.2, 44.9, ['Republic of Ingushetia', 'Ингушетия', 'Республика Ингушетия', 'اینگوشتیا']),
  r('North Ossetia', 'RU', 43.0, 44.4, ['North Ossetia–Alania', 'Republic of North Ossetia–Alania', 'Северная Осетия', 'Северная Осетия — Алания', 'Республика Северная Осетия — Алания']),
  r('Kabardino-Balkaria', 'RU', 43.5, 43.4, ['Kabardino-Balkar Republic', 'Кабардино-Балкария', 'Кабардино-Балкарская Республика']),
  r('Karachay-Cherkessia', 'RU', 43.8, 41.7, ['Karachay-Cherkess Republic', 'Карачаево-Черкесия', 'Карачаево-Черкесская Республика']),
  r('Adygea', 'RU', 44.54, 40.0, ['Adygeya', 'Republic of Adygea', 'Адыгея', 'Республика Адыгея']),
  r('Kalmykia', 'RU', 46.3, 45.3, ['Republic of Kalmykia', 'Калмыкия', 'Республика Калмыкия']),
  r('Stavropol Krai', 'RU', 44.9, 43.3, ['Stavropol Territory', 'Stavropol region', ...krai('Ставропольский'), 'Ставрополье']),
  r('Krasnodar Krai', 'RU', 45.2, 39.5, ['Krasnodar Territory', 'Krasnodar region', ...krai('Краснодарский'), 'Кубань']),
  r('Rostov Oblast', 'RU', 47.7, 41.2, ['Rostov region', 'Ростовская область']),
  r('Astrakhan Oblast', 'RU', 47.1, 47.0, ['Astrakhan region', 'Астраханская область']),
  r('Volgograd Oblast', 'RU', 49.6, 44.4, ['Volgograd region', 'Волгоградская область']),
  // The Volga and the Urals.
  r('Tatarstan', 'RU', 55.4, 50.9, ['Republic of Tatarstan', 'Татарстан', 'Республика Татарстан', 'تاتارستان']),
  r('Bashkortostan', 'RU', 54.2, 56.2, ['Bashkiria', 'Republic of Bashkortostan', 'Башкортостан', 'Башкирия', 'Республика Башкортостан', 'باشقیرستان']),
  r('Udmurtia', 'RU', 57.2, 52.8, ['Udmurt Republic', 'Удмуртия', 'Удмуртская Республика']),
  r('Chuvashia', 'RU', 55.5, 47.2, ['Chuvash Republic', 'Чувашия', 'Чувашская Республика']),
  r('Mordovia', 'RU', 54.3, 44.3, ['Republic of Mordovia', 'Мордовия', 'Республика Мордовия']),
  r('Mari El', 'RU', 56.58, 47.91, ['Mari El Republic', 'Republic of Mari El', 'Марий Эл', 'Республика Марий Эл']),
  r('Saratov Oblast', 'RU', 51.6, 46.7, ['Saratov region', 'Саратовская область']),
  r('Samara Oblast', 'RU', 53.2, 50.5, ['Samara region', 'Самарская область']),
  r('Ulyanovsk Oblast', 'RU', 53.88, 47.93, ['Ulyanovsk region', 'Ульяновская область']),
  r('Penza Oblast', 'RU', 53.18, 44.65, ['Penza region', 'Пензенская область']),
  r('Nizhny Novgorod Oblast', 'RU', 56.27, 44.61, ['Nizhny Novgorod region', 'Нижегородская область']),
  r('Kirov Oblast', 'RU', 58.66, 49.84, ['Kirov region', 'Кировская область']),
  r('Perm Krai', 'RU', 59.06, 56.22, ['Perm Territory', 'Perm region', ...krai('Пермский'), 'Прикамье']),
  r('Orenburg Oblast', 'RU', 52.0, 56.0, ['Orenburg region', 'Оренбургская область']),
  r('Chelyabinsk Oblast', 'RU', 54.42, 60.38, ['Chelyabinsk region', 'Челябинская область']),
  r('Sverdlovsk Oblast', 'RU', 58.6, 61.5, ['Sverdlovsk region', 'Свердловская область']),
  r('Kurgan Oblast', 'RU', 55.44, 64.81, ['Kurgan region', 'Курганская область']),
  r('Tyumen Oblast', 'RU', 57.65, 69.07, ['Tyumen region', 'Тюменская область']),
  r('Khanty-Mansi Autonomous Okrug', 'RU', 61.8, 70.48, ['Khanty-Mansi Okrug', 'Yugra', 'KhMAO', 'Ханты-Мансийский автономный округ', 'ХМАО', 'Югра', 'Югры', 'Югре', 'Югру']),
  r('Yamalo-Nenets Autonomous Okrug', 'RU', 66.83, 74.78, ['Yamal-Nenets Autonomous Okrug', 'Yamalo-Nenets Okrug', 'YaNAO', 'Ямало-Ненецкий автономный округ', 'ЯНАО', 'Ямал']),
  // Siberia and the Far East.
  r('Omsk Oblast', 'RU', 56.1, 73.4, ['Omsk region', 'Омская область']),
  r('Novosibirsk Oblast', 'RU', 55.4, 79.5, ['Novosibirsk region', 'Новосибирская область']),
  r('Tomsk Oblast', 'RU', 58.46, 82.18, ['Tomsk region', 'Томская область']),
  r('Kemerovo Oblast', 'RU', 54.76, 87.23, ['Kemerovo region', 'Kuzbass', 'Кемеровская область', 'Кузбасс']),
  r('Altai Krai', 'RU', 52.7, 82.7, ['Altai Territory', ...krai('Алтайский')]),
  // Not a bare Altai: that is also the mountains, and Altay a town in East Kazakhstan.
  r('Altai Republic', 'RU', 50.71, 87.04, ['Republic of Altai', 'Gorno-Altai', 'Республика Алтай', 'Горный Алтай']),
  r('Khakassia', 'RU', 53.33, 89.84, ['Khakasia', 'Republic of Khakassia', 'Хакасия', 'Республика Хакасия']),
  // Тыва, Тува and Югра are words of four letters, too short for the stems that find a name in
  // another case, so their case forms are spelled out.
  r('Tuva', 'RU', 51.57, 94.77, ['Tyva', 'Tuva Republic', 'Republic of Tuva', 'Тыва', 'Тува', 'Республика Тыва', 'Тывы', 'Тыве', 'Тыву', 'Тувы', 'Туве', 'Туву']),
  r('Krasnoyarsk Krai', 'RU', 65.7, 95.3, ['Krasnoyarsk Territory', 'Krasnoyarsk region', ...krai('Красноярский')]),
  r('Irkutsk Oblast', 'RU', 56.91, 106.01, ['Irkutsk region', 'Иркутская область']),
  r('Buryatia', 'RU', 53.5, 109.4, ['Republic of Buryatia', 'Бурятия', 'Республика Бурятия']),
  r('Zabaykalsky Krai', 'RU', 52.72, 115.99, ['Zabaikalsky Krai', 'Transbaikal Krai', 'Transbaikalia', ...krai('Забайкальский'), 'Забайкалье']),
  r('Yakutia', 'RU', 65.4, 129.2, ['Sakha Republic', 'Republic of Sakha', 'Якутия', 'Республика Саха']),
  r('Amur Oblast', 'RU', 53.31, 127.89, ['Amur region', 'Амурская область', 'Приамурье']),
  r('Jewish Autonomous Oblast', 'RU', 48.51, 132.26, ['Jewish Autonomous Region', 'Еврейская автономная область', 'ЕАО']),
  r('Khabarovsk Krai', 'RU', 54.37, 137.0, ['Khabarovsk Territory', 'Khabarovsk region', ...krai('Хабаровский')]),
  r('Primorsky Krai', 'RU', 45.14, 134.67, ['Primorye', 'Primorsky Territory', ...krai('Приморский'), 'Приморье']),
  r('Sakhalin Oblast', 'RU', 50.26, 142.72, ['Sakhalin region', 'Sakhalin', 'Сахалинская область', 'Сахалин']),
  r('Magadan Oblast', 'RU', 62.61, 153.79, ['Magadan region', 'Магаданская область']),
  r('Kamchatka Krai', 'RU', 58.58, 162.23, ['Kamchatka Territory', 'Kamchatka', ...krai('Камчатский'), 'Камчатка']),
  r('Chukotka', 'RU', 66.38, 173.0, ['Chukotka Autonomous Okrug', 'Чукотка', 'Чукотский автономный округ']),
  // The centre, the west and the north (Arkhangelsk's centre is its mainland's: Novaya Zemlya
  // would put it in the sea).
  r('Moscow Oblast', 'RU', 55.7, 37.3, ['Moscow region', 'Московская область', 'Подмосковье']),
  r('Leningrad Oblast', 'RU', 60.0, 32.0, ['Leningrad region', 'Ленинградская область']),
  r('Belgorod Oblast', 'RU', 50.7, 37.5, ['Belgorod region', 'Белгородская область']),
  r('Kursk Oblast', 'RU', 51.7, 36.2, ['Kursk region', 'Курская область']),
  r('Bryansk Oblast', 'RU', 52.9, 33.4, ['Bryansk region', 'Брянская область']),
  r('Voronezh Oblast', 'RU', 50.96, 40.21, ['Voronezh region', 'Воронежская область']),
  r('Lipetsk Oblast', 'RU', 52.64, 39.14, ['Lipetsk region', 'Липецкая область']),
  r('Tambov Oblast', 'RU', 52.67, 41.58, ['Tambov region', 'Тамбовская область']),
  r('Oryol Oblast', 'RU', 52.78, 36.48, ['Orel Oblast', 'Oryol region', 'Orel region', 'Орловская область']),
  r('Tula Oblast', 'RU', 53.88, 37.57, ['Tula region', 'Тульская область']),
  r('Kaluga Oblast', 'RU', 54.37, 35.43, ['Kaluga region', 'Калужская область']),
  r('Ryazan Oblast', 'RU', 54.32, 40.63, ['Ryazan region', 'Рязанская область']),
  r('Smolensk Oblast', 'RU', 54.94, 32.98, ['Smolensk region', 'Смоленская область']),
  r('Vladimir Oblast', 'RU', 56.0, 40.68, ['Vladimir region', 'Владимирская область']),
  r('Ivanovo Oblast', 'RU', 57.01, 41.69, ['Ivanovo region', 'Ивановская область']),
  r('Yaroslavl Oblast', 'RU', 57.86, 39.14, ['Yaroslavl region', 'Ярославская область']),
  r('Kostroma Oblast', 'RU', 58.45, 43.76, ['Kostroma region', 'Костромская область']),
  r('Tver Oblast', 'RU', 57.08, 34.68, ['Tver region', 'Тверская область']),
  r('Novgorod Oblast', 'RU', 58.3, 32.48, ['Novgorod region', 'Новгородская область']),
  r('Pskov Oblast', 'RU', 57.17, 29.32, ['Pskov region', 'Псковская область']),
  r('Kaliningrad Oblast', 'RU', 54.71, 21.48, ['Kaliningrad region', 'Калининградская область']),
  r('Vologda Oblast', 'RU', 59.96, 40.49, ['Vologda region', 'Вологодская область']),
  r('Karelia', 'RU', 63.46, 33.19, ['Republic of Karelia', 'Карелия', 'Республика Карелия']),
  r('Murmansk Oblast', 'RU', 67.79, 34.7, ['Murmansk region', 'Мурманская область']),
  r('Arkhangelsk Oblast', 'RU', 63.34, 43.09, ['Arkhangelsk region', 'Архангельская область']),
  r('Nenets Autonomous Okrug', 'RU', 67.85, 54.67, ['Nenets Okrug', 'Ненецкий автономный округ']),
  r('Komi', 'RU', 63.99, 54.48, ['Komi Republic', 'Republic of Komi', 'Коми', 'Республика Коми']),
  // Crimea, annexed by Russia in 2014, is Ukraine's in GeoNames and here (its towns' country too).
  r('Crimea', 'UA', 45.3, 34.4, ['Crimean Peninsula', 'Republic of Crimea', 'Autonomous Republic of Crimea', 'Крым', 'Крыму', 'Крыма', 'Республика Крым', 'کریمه', 'کریمه']),
];
