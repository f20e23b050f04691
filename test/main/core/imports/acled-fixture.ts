/**
 * ACLED-format CSV written for the tests: ACLED's column names and codebook values, made-up rows
 * (places are real towns of the region, everything else is invented). Deterministic for a given n.
 */
export const ACLED_HEADER = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
];

const PLACES = [
  ['Afghanistan', 'Kunduz', 'Imam Sahib', 37.1834, 68.9142],
  ['Afghanistan', 'Kunduz', 'Kunduz', 36.728, 68.857],
  ['Afghanistan', 'Takhar', 'Taloqan', 36.7361, 69.5345],
  ['Afghanistan', 'Badakhshan', 'Fayzabad', 37.1166, 70.58],
  ['Afghanistan', 'Kabul', 'Kabul', 34.5281, 69.1723],
  ['Tajikistan', 'Gorno-Badakhshan', 'Khorugh', 37.4897, 71.553],
] as const;

const TYPES = [
  ['Battles', 'Armed clash', 'Taliban', 'Islamic State (Afghanistan)'],
  ['Explosions/Remote violence', 'Remote explosive/landmine/IED', 'Unidentified Armed Group (Afghanistan)', 'Civilians (Afghanistan)'],
  ['Violence against civilians', 'Attack', 'Taliban', 'Civilians (Afghanistan)'],
  ['Protests', 'Peaceful protest', 'Protesters (Afghanistan)', ''],
  ['Strategic developments', 'Arrests', 'Taliban', 'Islamic State (Afghanistan)'],
] as const;

const OUTLETS = ['Khorasan Herald', 'Panj Valley Radio', 'Amu Darya Monitor; Khorasan Herald', 'Border Wire'];

const csvCell = (v: string | number) => {
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export interface AcledFixtureOptions {
  idPrefix?: string;
  /** Replaces row `at`'s columns with these values (for malformed-row tests). */
  override?: { at: number; values: Record<string, string> };
}

export function acledCsv(n: number, options: AcledFixtureOptions = {}): string {
  const lines = [ACLED_HEADER.join(',')];
  for (let i = 0; i < n; i++) {
    const [country, admin1, location, lat, lng] = PLACES[i % PLACES.length]!;
    const [type, sub, actor1, actor2] = TYPES[i % TYPES.length]!;
    const day = new Date(Date.UTC(2021, 7, 1) + (i % 90) * 86_400_000).toISOString().slice(0, 10);
    const row: Record<string, string | number> = {
      event_id_cnty: `${options.idPrefix ?? 'AFG'}${100000 + i}`,
      event_date: day,
      year: 2021,
      time_precision: (i % 3) + 1,
      disorder_type: 'Political violence',
      event_type: type,
      sub_event_type: sub,
      actor1,
      assoc_actor_1: i % 7 === 0 ? 'Hazara Ethnic Group (Afghanistan); Shia Muslim Group (Afghanistan)' : '',
      inter1: 2,
      actor2,
      assoc_actor_2: '',
      inter2: 7,
      interaction: 27,
      civilian_targeting: '',
      iso: country === 'Afghanistan' ? 4 : 762,
      region: 'Caspian',
      country,
      admin1,
      admin2: location,
      admin3: '',
      location,
      latitude: lat,
      longitude: lng,
      geo_precision: (i % 3) + 1,
      source: OUTLETS[i % OUTLETS.length]!,
      source_scale: 'National',
      notes: `On ${day}, row ${i}: a "test" event near ${location}, ${admin1}, with a comma.`,
      fatalities: i % 5,
      tags: '',
      timestamp: 1634000000,
    };
    if (options.override?.at === i) Object.assign(row, options.override.values);
    lines.push(ACLED_HEADER.map((h) => csvCell(row[h] ?? '')).join(','));
  }
  return `${lines.join('\n')}\n`;
}
