/**
 * The time stamps of posts in a thread, a channel or under a story ("#3  Шухрат77 · 16.05.2023, 09:05",
 * "👁 18,4K · 07.09.2024, 14:12", "Айдос К. · 08.09.2024, 10:02"): a line that ends in a numeric date
 * and a clock time. Each dates its own post, so "today" and "yesterday" in a post count from it,
 * not from the day the page was saved.
 */
export interface PostStamp {
  /** Offsets of the stamp's line. */
  start: number;
  end: number;
  /** The post's day, YYYY-MM-DD. */
  date: string;
  /** A channel's view counter ends its post ("👁 18,4K · …"); a name and a time head one. */
  footer: boolean;
}

const STAMP_LINE = /^[ \t]*([^\n]{0,80}?)(\d{1,2})[./](\d{1,2})[./](\d{4}),?[ \t]+\d{1,2}:\d{2}[ \t]*$/gmu;
const VIEWS = /^\s*(?:👁|views\b|просмотр)/iu;

export function postStamps(text: string): PostStamp[] {
  const out: PostStamp[] = [];
  for (const m of text.matchAll(STAMP_LINE)) {
    const [day, month, year] = [Number(m[2]), Number(m[3]), Number(m[4])];
    const t = Date.UTC(year, month - 1, day);
    // Only a real calendar day (31.02 is not one), and only a line that is a stamp (a name, a counter), not a sentence ending in one.
    if (month < 1 || month > 12 || new Date(t).getUTCDate() !== day || m[1]!.trim().split(/\s+/u).length > 6) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, date: new Date(t).toISOString().slice(0, 10), footer: VIEWS.test(m[1]!) });
  }
  return out;
}

/** A thread's stamps: two or more (a single stamp under a press release's heading dates the release, which the report's date already does). */
export function threadStamps(text: string): PostStamp[] {
  const stamps = postStamps(text);
  return stamps.length > 1 ? stamps : [];
}

/**
 * The day an offset's words count from: its post's stamp (the footer that ends it, else the header
 * before it), or the report's own date where no stamp dates it.
 */
export function referenceAt(stamps: readonly PostStamp[], offset: number, reportDate: string): string {
  if (stamps.length === 0) return reportDate;
  const own = stamps.find((s) => offset >= s.start && offset < s.end);
  if (own) return own.date;
  const after = stamps.find((s) => s.start >= offset);
  if (after?.footer) return after.date;
  const before = stamps.filter((s) => s.end <= offset).at(-1);
  return before && !before.footer ? before.date : reportDate;
}

/**
 * A clock time heading a paragraph: a live story's update ("[UPDATE 1 — 12:15 PKT]") or a channel's
 * post under the day's date ("🔹 15:20"). Such a paragraph tells of the page's own day, not of the
 * day the paragraph before it told ("Вчера в Кандалакше …" is not the day of the next post's rally).
 */
const TIME_STAMP_HEAD = /^[^\p{L}\p{N}\n]{0,4}(?:(?:UPDATE|UPD|ОБНОВЛЕНИЕ)\s*\d*\s*[—–:-]\s*)?\d{1,2}:\d{2}(?:\s*[A-Z]{2,4})?\s*\]?(?=\s|$)/u;

export function opensWithTimeStamp(text: string, paragraphStart: number): boolean {
  return TIME_STAMP_HEAD.test(text.slice(paragraphStart, paragraphStart + 40));
}
