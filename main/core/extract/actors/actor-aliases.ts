/**
 * The region's actors under the names reports give them, in English, Russian and Dari. The first
 * spelling of `names` is the one shown. Acronyms (all capitals) match only as written, so "IS" is
 * never the verb "is".
 */
export interface ActorEntry {
  name: string;
  kind: 'person' | 'organization';
  names: readonly string[];
}

const org = (name: string, ...names: string[]): ActorEntry => ({ name, kind: 'organization', names: [name, ...names] });
const person = (name: string, ...names: string[]): ActorEntry => ({ name, kind: 'person', names: [name, ...names] });

export const ACTORS: readonly ActorEntry[] = [
  org('Taliban', 'Taleban', 'Islamic Emirate', 'Islamic Emirate of Afghanistan', 'IEA', 'Талибан', 'талибы', 'талибов', 'талибами', 'талибам', 'Исламский эмират', 'طالبان', 'امارت اسلامی'),
  org('Islamic State', 'ISIS', 'ISIL', 'IS', 'Daesh', 'Daish', 'Islamic State of Iraq and the Levant', 'Исламское государство', 'ИГИЛ', 'ИГ', 'داعش', 'دولت اسلامی'),
  org(
    'Islamic State Khorasan Province',
    'ISKP', 'ISIS-K', 'IS-K', 'ISK', 'Islamic State Khorasan', "Islamic State's Khorasan branch", 'Islamic State Khorasan branch', 'Khorasan Province',
    'ИГ-Хорасан', 'Вилаят Хорасан', 'داعش خراسان', 'شاخه خراسان', 'شاخهٔ خراسان', 'ولایت خراسان',
  ),
  org('Tehrik-i-Taliban Pakistan', 'TTP', 'Pakistani Taliban', 'Техрик-и-Талибан Пакистан'),
  org('Haqqani Network', 'Haqqanis', 'Сеть Хаккани', 'شبکه حقانی'),
  org('al-Qaeda', 'Al Qaeda', 'Al-Qaida', 'Аль-Каида', 'القاعده', 'القاعدة'),
  org('Jamaat Ansarullah', 'Ansarullah', 'Джамаат Ансаруллах', 'Ансаруллах', 'جماعت انصارالله'),
  org('Islamic Movement of Uzbekistan', 'IMU', 'Исламское движение Узбекистана', 'ИДУ'),
  org('National Resistance Front', 'NRF', 'Фронт национального сопротивления', 'جبهه مقاومت ملی'),
  org('Collective Security Treaty Organization', 'CSTO', 'Collective Security Treaty Organisation', 'ОДКБ', 'Организация Договора о коллективной безопасности', 'سازمان پیمان امنیت جمعی'),
  org('Shanghai Cooperation Organisation', 'SCO', 'Shanghai Cooperation Organization', 'ШОС', 'سازمان همکاری شانگهای'),
  org('UNAMA', 'United Nations Assistance Mission in Afghanistan', 'МООНСА', 'یوناما'),
  org('United Nations', 'UN', 'ООН', 'سازمان ملل', 'سازمان ملل متحد'),
  org('Tajik Border Troops', 'Tajik border guards', 'Tajik border service', 'Border Troops of Tajikistan', 'пограничники Таджикистана', 'Пограничные войска Таджикистана', 'مرزبانان تاجیکستان'),
  org('Ministry of Defence of Tajikistan', 'Tajik Ministry of Defence', 'Tajik Defence Ministry', 'Tajik Defense Ministry', 'министерство обороны Таджикистана', 'министерства обороны Таджикистана', 'Минобороны Таджикистана', 'وزارت دفاع تاجیکستان'),
  org('Ministry of Defence of Russia', 'Russian Ministry of Defence', 'Russian Defence Ministry', 'Russian Defense Ministry', 'Минобороны России', 'министерство обороны России', 'министерства обороны России', 'Минобороны РФ', 'وزارت دفاع روسیه'),
  org('Ministry of Foreign Affairs of Russia', 'Russian Foreign Ministry', 'Russian Ministry of Foreign Affairs', 'МИД России', 'МИД РФ', 'وزارت خارجه روسیه'),
  org('Ministry of Foreign Affairs of Tajikistan', 'Tajik Foreign Ministry', 'МИД Таджикистана', 'وزارت خارجه تاجیکستان'),
  org('Ministry of Interior of Afghanistan', 'Afghan Interior Ministry', 'Ministry of Interior Affairs', 'МВД Афганистана', 'وزارت داخله', 'وزارت امور داخله'),
  org('Ministry of Defence of Afghanistan', 'Afghan Defence Ministry', 'Afghan Ministry of Defence', 'وزارت دفاع', 'وزارت دفاع ملی'),
  org('Ministry of Foreign Affairs of Afghanistan', 'Afghan Foreign Ministry', 'وزارت خارجه', 'وزارت امور خارجه'),
  org('State Committee for National Security', 'GKNB', 'SCNS', 'ГКНБ'),
  person('Emomali Rahmon', 'Emomali Rakhmon', 'Emomali Rahmonov', 'Rahmon', 'Rakhmon', 'Rahmonov', 'Rakhmonov', 'Эмомали Рахмон', 'Рахмон', 'Эмомали Рахмонов', 'امامعلی رحمان', 'رحمان'),
  person('Vladimir Putin', 'Putin', 'Владимир Путин', 'Путин', 'ولادیمیر پوتین', 'پوتین'),
  person('Sergei Shoigu', 'Sergey Shoygu', 'Shoigu', 'Сергей Шойгу', 'Шойгу', 'شویگو'),
  person('Sergei Lavrov', 'Sergey Lavrov', 'Lavrov', 'Сергей Лавров', 'Лавров', 'لاوروف'),
  person('Zamir Kabulov', 'Kabulov', 'Замир Кабулов', 'Кабулов', 'ضمیر کابلوف'),
  person('Shavkat Mirziyoyev', 'Mirziyoyev', 'Шавкат Мирзиёев', 'Мирзиёев', 'شوکت میرضیایف'),
  person('Sirojiddin Muhriddin', 'Muhriddin', 'Sirodjidin Mukhriddin', 'Mukhriddin', 'Сироджиддин Мухриддин', 'Мухриддин'),
  person('Hibatullah Akhundzada', 'Akhundzada', 'Haibatullah Akhundzada', 'Ахундзада', 'هبت‌الله آخندزاده', 'آخندزاده'),
  person('Abdul Ghani Baradar', 'Mullah Baradar', 'Baradar', 'Барадар', 'ملا برادر', 'عبدالغنی برادر'),
  person('Amir Khan Muttaqi', 'Muttaqi', 'Mottaki', 'Амир Хан Муттаки', 'Муттаки', 'امیرخان متقی', 'متقی'),
  person('Zabihullah Mujahid', 'Zabiullah Mujahid', 'Забихулла Муджахид', 'Муджахид', 'ذبیح‌الله مجاهد'),
  person('Sirajuddin Haqqani', 'Сираджуддин Хаккани', 'سراج‌الدین حقانی'),
  person('Ahmad Massoud', 'Ahmad Masood', 'Ахмад Масуд', 'احمد مسعود'),
  person('Mohammad Hassan Akhund', 'Hassan Akhund', 'Мохаммад Хасан Ахунд', 'ملا محمد حسن آخوند'),
];
