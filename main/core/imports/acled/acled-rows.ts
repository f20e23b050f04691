import { parse } from 'csv-parse/sync';
import { FrontierError } from '../../../../shared/ipc/errors';
import type { AcledEventType } from '../../../../shared/geo/acled';
import type { DatePrecision, GeoPrecision } from '../../../../shared/model';
import { decodeText } from '../../sources/decode-text';
import { ACLED_REQUIRED_COLUMNS } from '../../sources/import-formats';
import { GEO_PRECISION, TIME_PRECISION, acledActors, acledDate, acledOutlets, acledType } from './acled-fields';

/** One row of an ACLED export, checked and in our terms. */
export interface AcledRow {
  line: number;
  acledId: string | undefined;
  date: string;
  datePrecision: DatePrecision;
  eventType: AcledEventType;
  subEventType: string;
  actors: string[];
  fatalities: number | null;
  location: { name: string; lat: number; lng: number; precision: GeoPrecision };
  country: string;
  admin1: string;
  outlets: string[];
  notes: string;
}

/** How many problems an error message lists before "and N more". */
const SHOWN_PROBLEMS = 5;

const delimiterOf = (header: string): string => {
  const count = (c: string) => header.split(c).length - 1;
  return [',', ';', '\t'].sort((a, b) => count(b) - count(a))[0]!;
};

function checkRow(raw: Record<string, string>, line: number): AcledRow | string {
  const v = (col: string) => (raw[col] ?? '').trim();
  const date = acledDate(v('event_date'));
  if (!date) return `event_date "${v('event_date')}" is not a date`;
  const type = acledType(v('event_type'), v('sub_event_type'));
  if (typeof type === 'string') return type;
  const lat = Number(v('latitude'));
  const lng = Number(v('longitude'));
  if (!v('latitude') || !Number.isFinite(lat) || lat < -90 || lat > 90) return `latitude "${v('latitude')}" is not a latitude`;
  if (!v('longitude') || !Number.isFinite(lng) || lng < -180 || lng > 180) return `longitude "${v('longitude')}" is not a longitude`;
  const place = v('location') || v('admin2') || v('admin1') || v('country');
  if (!place) return 'the location is empty';
  const fatalities = v('fatalities');
  if (fatalities && !/^\d{1,7}$/.test(fatalities)) return `fatalities "${fatalities}" is not a whole number`;
  const admin1 = v('admin1');
  return {
    line,
    acledId: v('event_id_cnty') || undefined,
    date,
    datePrecision: TIME_PRECISION[v('time_precision')] ?? 'day',
    ...type,
    actors: acledActors(raw),
    fatalities: fatalities ? Number(fatalities) : null,
    location: {
      name: (admin1 && admin1 !== place ? `${place}, ${admin1}` : place).slice(0, 300),
      lat,
      lng,
      precision: GEO_PRECISION[v('geo_precision')] ?? 'near',
    },
    country: v('country'),
    admin1,
    outlets: acledOutlets(v('source')),
    notes: v('notes').slice(0, 90_000),
  };
}

/**
 * Reads an ACLED export (CSV with ACLED's column names, as its data export tool writes it) and
 * checks every row before anything is stored: a file with a malformed row is refused whole, with
 * the row numbers, so that an import is never half done.
 */
export function readAcledRows(bytes: Uint8Array, fileName: string): AcledRow[] {
  const text = decodeText(bytes, fileName);
  const header = text.split('\n', 1)[0] ?? '';
  let records: Record<string, string>[];
  try {
    records = parse(text, {
      columns: (cols: string[]) => cols.map((c) => c.trim().toLowerCase()),
      delimiter: delimiterOf(header),
      skip_empty_lines: true,
      relax_quotes: false,
      max_record_size: 1_000_000,
    }) as Record<string, string>[];
  } catch (err) {
    const where = err && typeof err === 'object' && 'lines' in err ? ` at line ${String((err as { lines: number }).lines)}` : '';
    throw new FrontierError('INVALID_INPUT', `${fileName} is not a well-formed CSV file${where}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (records.length === 0) throw new FrontierError('INVALID_INPUT', `${fileName} has a header but no events.`);
  const missing = ACLED_REQUIRED_COLUMNS.filter((c) => !Object.hasOwn(records[0]!, c));
  if (missing.length) throw new FrontierError('INVALID_INPUT', `${fileName} lacks ACLED's columns: ${missing.join(', ')}.`);

  const rows: AcledRow[] = [];
  const problems: string[] = [];
  records.forEach((raw, i) => {
    const checked = checkRow(raw, i + 2); // line 1 is the header
    if (typeof checked === 'string') problems.push(`row ${i + 2}: ${checked}`);
    else rows.push(checked);
  });
  if (problems.length) {
    const more = problems.length > SHOWN_PROBLEMS ? `; and ${problems.length - SHOWN_PROBLEMS} more` : '';
    throw new FrontierError('INVALID_INPUT', `${fileName} was not imported: ${problems.slice(0, SHOWN_PROBLEMS).join('; ')}${more}. Nothing was changed.`);
  }
  return rows;
}
