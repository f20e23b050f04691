/**
 * A PDF date (ISO 32000 §7.9.4): `D:YYYYMMDDHHmmSSOHH'mm'`, every part after the year optional,
 * O one of + - Z. Returns an instant with its offset as the Source schema takes it, a bare
 * `YYYY-MM-DD` when no time is given, or undefined for anything malformed.
 */
const PDF_DATE = /^D?:?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*([+\-Zz])?\s*(\d{2})?'?(\d{2})?'?$/;

export function parsePdfDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = PDF_DATE.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo = '01', d = '01', h, mi = '00', s = '00', sign, oh = '00', om = '00'] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || year > 2200 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  if (h === undefined) return `${y}-${mo}-${d}`;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return `${y}-${mo}-${d}`;
  const offset = !sign || /z/i.test(sign) ? 'Z' : `${sign}${oh}:${om}`;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`;
}
