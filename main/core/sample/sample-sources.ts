import type { Credibility, Reliability, SourceKind } from '../../../shared/model';

/**
 * The sample notebook's sources: three short texts written for Frontier (fictional outlets,
 * people and incidents at real places), one each in English, Russian and Dari. They are imported
 * as UTF-8 text files through the ordinary import path, so title, dateline and language are read
 * from the text the way they are for a real report. Paragraphs are single lines so that the
 * excerpts the notes quote can be found verbatim.
 */
export interface SampleSource {
  fileName: string;
  text: string;
  kind: SourceKind;
  reliability: Reliability;
  credibility: Credibility;
  tags: readonly string[];
  /** Metadata a text file cannot state; set after the import, through the same update path as the UI. */
  outlet: string;
  author?: string;
  language?: string;
  summary: string;
}

const lines = (...paragraphs: string[]): string => `${paragraphs.join('\n\n')}\n`;

export const SAMPLE_SOURCES = {
  kunduzReport: {
    fileName: 'sample-kunduz-report.txt',
    kind: 'news-report',
    reliability: 'B',
    credibility: 2,
    tags: ['sample', 'border/panj', 'kunduz', 'trade'],
    outlet: 'Northern Corridor Monitor (fictional)',
    author: 'Staff correspondent',
    summary:
      'Fictional sample. The Shir Khan Bandar crossing reopens on 14 March 2022 after a three-day closure that followed an exchange of fire near Imam Sahib; drivers held in Kunduz city; fuel prices up in Kunduz and Kabul.',
    text: lines(
      'Shir Khan Bandar crossing reopens after three-day closure\nKunduz, 14 March 2022',
      'By a staff correspondent, Northern Corridor Monitor',
      'Freight traffic resumed on Monday at the Shir Khan Bandar crossing on the Panj river, three days after Afghan authorities halted trucks bound for Tajikistan, drivers and customs staff in Kunduz said.',
      'The closure followed an exchange of fire across the river near Imam Sahib district late on 9 March. A district official said two Afghan border guards were wounded; Tajik officials did not comment, and neither side reported deaths.',
      'Around 300 fuel tankers were queued on the Afghan side by Saturday, according to a representative of a transport union in Kunduz. He said several drivers had been taken for questioning in Kunduz city during the closure and that their families had not been told where they were held.',
      'Traders said the delays had pushed up fuel prices in Kunduz and Kabul. Border commissioners from both sides are expected to meet in Dushanbe before the end of the month.',
      '---\nSample text written for the Frontier sample notebook. The outlet, the people quoted and the details are fictional; the places are real.',
    ),
  },

  moscowStatement: {
    fileName: 'sample-moscow-statement.txt',
    kind: 'official-statement',
    reliability: 'C',
    credibility: 3,
    tags: ['sample', 'russia', 'tajikistan', 'border/panj'],
    outlet: 'Межведомственный совет по южным рубежам (вымышленный)',
    summary:
      'Fictional sample. Statement of 12 October 2022: a Russian–Tajik protocol on funding border works on the Panj–Khorugh section; a drone from Afghanistan stopped near Panj on the night of 10 October; a new outpost planned near Ishkashim in November.',
    text: lines(
      'Москва, 12 октября 2022 г.',
      'Заявление пресс-службы Межведомственного совета по южным рубежам',
      '1. Сегодня в Москве представители Российской Федерации и Республики Таджикистан подписали протокол о совместном финансировании инженерного оборудования границы на участке Пяндж — Хорог.',
      '2. В ночь на 10 октября пограничный наряд у города Пяндж пресёк попытку пролёта беспилотника со стороны Афганистана. Аппарат был подавлен средствами радиоэлектронной борьбы, пострадавших нет.',
      '3. В ноябре в районе Ишкашима планируется открыть новую пограничную заставу.',
      '4. Совет отмечает, что обстановка на границе остаётся напряжённой, а контрабанда наркотиков через реку Пяндж не снижается.',
      'Текст вымышлен: организация, лица и подробности придуманы для демонстрационной записной книжки Frontier.',
    ),
  },

  ishkashimReport: {
    fileName: 'sample-ishkashim-ngo-report.txt',
    kind: 'ngo-report',
    reliability: 'F',
    credibility: 6,
    tags: ['sample', 'badakhshan', 'gbao', 'humanitarian'],
    outlet: 'شبکه نظارت محلی بدخشان (خیالی)',
    language: 'fa-AF',
    summary:
      'Fictional sample. Monthly report of a local monitoring network (May 2023): the Ishkashim cross-border market closed since November 2022; a brawl at the Ishkashim bridge on 3 May 2023; more workers deported from Russia; a roadside mine near Kunduz on 15 April 2023.',
    text: lines(
      'بازار مرزی اشکاشم بسته ماند؛ کارگران بیشتری از روسیه باز می گردند\nDate: 2023-05-20',
      'گزارش ماهانه شبکه نظارت محلی بدخشان',
      '۱. بازار مشترک مرزی اشکاشم که پیش از این هر هفته روز شنبه برگزار می شد، از ماه عقرب سال گذشته تاکنون بسته مانده است. بازرگانان آن سوی مرز نیز در ماه جدی در شهر خاروغ با تجمعی آرام خواستار بازگشایی بازار شدند.',
      '۲. به گفته باشندگان محلی، روز ۱۳ ثور (۳ می ۲۰۲۳) در کنار پل اشکاشم میان بازرگانان و ماموران گمرک بگومگو به زد و خورد کشید و دست کم پنج تن زخمی شدند. کسی کشته نشد.',
      '۳. شمار کارگرانی که از روسیه اخراج شده و از راه تاجیکستان به ولسوالی های بدخشان بازگشته اند، در سه ماه گذشته افزایش یافته است. خانواده های آنان بیشتر به پولی وابسته بودند که این کارگران از مسکو می فرستادند.',
      '۴. در ولایت کندز، ماینی که در کنار سرک کندز به امام صاحب جاسازی شده بود، روز ۲۶ حمل (۱۵ اپریل ۲۰۲۳) یک موتر مسافربری را هدف قرار داد. در این رویداد یک تن کشته و سه تن زخمی شدند.',
      'این متن نمونه برای دفترچه نمونه برنامه فرانتیر نوشته شده است؛ سازمان، افراد و جزئیات آن خیالی اند.',
    ),
  },
} as const satisfies Record<string, SampleSource>;

export type SampleSourceKey = keyof typeof SAMPLE_SOURCES;
