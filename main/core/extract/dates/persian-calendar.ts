/**
 * Solar Hijri (the calendar of Afghanistan and Iran) to Gregorian, through the ICU calendar that
 * Node ships: the Gregorian day whose Persian-calendar rendering is the one asked for. Searching a
 * year's window costs well under a millisecond and needs no conversion table of our own.
 */
const persian = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });

function persianParts(t: number): [number, number, number] {
  const parts = persian.formatToParts(new Date(t));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return [get('year'), get('month'), get('day')];
}

export function solarHijriToGregorian(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  // 1 Hamal (Farvardin) falls on 20–21 March of year + 621.
  const newYear = Date.UTC(year + 621, 2, 21);
  const approx = newYear + ((month - 1) * 30.5 + day - 1) * 86_400_000;
  for (let delta = -8; delta <= 8; delta++) {
    const t = approx + delta * 86_400_000;
    const [y, m, d] = persianParts(t);
    if (y === year && m === month && d === day) return new Date(t).toISOString().slice(0, 10);
  }
  return undefined;
}
