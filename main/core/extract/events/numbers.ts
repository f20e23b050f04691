/** Number words of English and Russian reports, and Dari/Arabic digits, as numbers. */
const EN: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const RU: Record<string, number> = {
  один: 1, одного: 1, одна: 1, два: 2, двое: 2, двух: 2, две: 2, три: 3, трое: 3, трех: 3, трёх: 3, четыре: 4, четверо: 4, четырех: 4, четырёх: 4,
  пять: 5, пятеро: 5, пяти: 5, шесть: 6, шестеро: 6, шести: 6, семь: 7, семеро: 7, семи: 7, восемь: 8, восьми: 8, девять: 9, девяти: 9,
  десять: 10, десяти: 10, двадцать: 20, двадцати: 20, тридцать: 30, тридцати: 30, сорок: 40, пятьдесят: 50, сто: 100,
  тысяч: 1000, тысячи: 1000,
};
const FA: Record<string, number> = { یک: 1, دو: 2, سه: 3, چهار: 4, پنج: 5, شش: 6, هفت: 7, هشت: 8, نه: 9, ده: 10, بیست: 20, سی: 30, چهل: 40, پنجاه: 50, صد: 100 };

export const latinDigits = (s: string): string => s.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));

/** The pattern of one number as a report writes it: 46, 1,200, ۴۶, forty-six, twenty, пять. */
export const NUMBER = `(?:[0-9۰-۹٠-٩]{1,3}(?:[,\\s][0-9]{3})*|[0-9۰-۹٠-٩]+|(?:a|an|one|two|three|four|five|six|seven|eight|nine)[- ]hundred|(?:${Object.keys(EN).join('|')})(?:[- ](?:${Object.keys(EN).filter((k) => EN[k]! < 10).join('|')}))?|${Object.keys(RU).join('|')}|${Object.keys(FA).join('|')})`;

export function parseNumber(text: string): number | undefined {
  const t = latinDigits(text.trim().toLowerCase());
  if (/^\d{1,3}(?:[,\s]\d{3})+$/.test(t)) return Number(t.replace(/[,\s]/g, ''));
  if (/^\d+$/.test(t)) return Number(t);
  const hundreds = /^(\p{L}+)[- ]hundred$/u.exec(t);
  if (hundreds && EN[hundreds[1]!] !== undefined && EN[hundreds[1]!]! < 10) return EN[hundreds[1]!]! * 100;
  const parts = t.split(/[- ]/);
  if (parts.every((p) => EN[p] !== undefined)) return parts.reduce((sum, p) => sum + EN[p]!, 0);
  return RU[t] ?? FA[t];
}
