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
  { name: 'Peshawar', country: 'PK', spellings: ['Peshawar', 'Пешавар', 'پیشاور'] },
  { name: 'Quetta', country: 'PK', spellings: ['Quetta', 'Кветта', 'کویته'] },
  { name: 'Mashhad', country: 'IR', spellings: ['Mashhad', 'Мешхед', 'مشهد'] },
];
