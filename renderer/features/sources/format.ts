/** 1536 → "1.5 KB (1,536 bytes)": readable, with the exact count a hash check needs. */
export function formatSize(bytes: number): string {
  const exact = `${bytes.toLocaleString('en-US')} byte${bytes === 1 ? '' : 's'}`;
  if (bytes < 1024) return exact;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]} (${exact})`;
}

/** An ISO timestamp as "2021-10-08 14:03 UTC"; a bare date is shown as it is. */
export function formatInstant(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  if (!m) return iso;
  return /Z$|[+-]00:?00$/.test(iso) ? `${m[1]} ${m[2]} UTC` : `${m[1]} ${m[2]}${iso.slice(-6)}`;
}

/** Language tags the analysts meet most, by name; others are shown as the tag. */
const LANGUAGES: Record<string, string> = {
  en: 'English',
  ru: 'Russian',
  fa: 'Persian (Dari)',
  'fa-af': 'Dari',
  prs: 'Dari',
  ps: 'Pashto',
  tg: 'Tajik',
  uz: 'Uzbek',
  tk: 'Turkmen',
  ky: 'Kyrgyz',
  kk: 'Kazakh',
  ar: 'Arabic',
  ur: 'Urdu',
  zh: 'Chinese',
  de: 'German',
  fr: 'French',
};

export const languageName = (tag: string): string => {
  const name = LANGUAGES[tag.toLowerCase()];
  return name ? `${name} (${tag})` : tag;
};
