import type { AcledEventType } from '../../../../shared/geo/acled';
import type { DatePrecision, GeoPrecision } from '../../../../shared/model';
import type { ActorMention } from '../actors/find-actors';
import type { FoundDate } from '../dates/find-dates';
import type { PlaceMention } from '../places/find-places';
import { findCasualties } from './casualties';
import { PROTESTERS, reportedMatch, SECURITY_TARGET, TRIGGERS, type Trigger } from './event-triggers';
import { CONDITIONAL, ONGOING_SINCE, isBackground } from './background';
import { namesUnplacedPlace } from './unplaced-names';
import { bestPlace, locatedness, ORIGIN, roadEnd } from './where-it-happened';
import { opensWithTimeStamp, referenceAt, threadStamps } from '../text/post-stamps';
import { TABLE_ROW, type Sentence } from '../text/sentences';
import { mergeCandidates } from './merge-candidates';
import { ENDS_SENTENCE, isTitleLine, withoutTitles } from './titles';
import { bulletLineStart, dariQuoteVerb, POLICE_INVESTIGATE, QUESTION_TURN } from './speakers';

export interface EventCandidate {
  kind: Trigger['kind'];
  eventType: AcledEventType;
  subEventType: string;
  date: string;
  datePrecision: DatePrecision;
  /** The last day, when the sentence gives a range ("closed from 13 to 20 May"). */
  endDate?: string;
  /** False when the date was taken from around the sentence rather than read in it. */
  dateStated: boolean;
  place: PlaceMention | undefined;
  /** False when the place was taken from around the sentence (the paragraph, the dateline). */
  placeStated: boolean;
  /** How surely the stated place is where it happened (2: after "in", "near"; 1: bare; 0: "from", "officials in X said"). */
  placeSure?: number;
  geoPrecision: GeoPrecision | undefined;
  actors: string[];
  fatalities: number | null;
  injured: number | null;
  sentence: string;
  start: number;
  end: number;
}

export interface CandidateInput {
  sentences: Sentence[];
  places: PlaceMention[];
  dates: FoundDate[];
  actors: ActorMention[];
  /** The report's date: the event date when the text gives none near the event. */
  referenceDate: string;
}

/**
 * "In this clash two were killed", "در این درگیری …", "в ходе этого нападения …": more about the event
 * just told, when one was; where none was, the sentence is the first telling there is.
 */
const IN_THIS = /(?<![\p{L}\u200c])در (?:این|همین|آن) (?:درگیری|حمله|رویداد|حادثه|انفجار|کمین|نزاع)(?![\p{L}\u200c])|(?<![\p{L}])в (?:ходе )?(?:этого|этой|этом|том|той) (?:нападени|столкновени|атак|взрыв|драк|обстрел)\p{L}*|^(?:In|During) (?:the|this|that) (?:attack|clash|blast|explosion|ambush|fighting|brawl),/iu;
/** Violence named as a noun shortly before a place, in the same sentence ("the attack on a shop assistant in", "нападении на продавщицу в"). */
const VIOLENCE_NAMED_BEFORE = /(?:\b(?:attack|assault|robbery|stabbing|shooting)\b|(?<![\p{L}])(?:нападени|разбо|драк|поджог|стрельб)\p{L}*|(?<![\p{L}\u200c])(?:حمله|تیراندازی))[^.!?؟\n]{0,60}$/iu;
/** A record's label line up to a word on it: categories, tags, keywords, a status. */
// So is a contents line ("In this issue: …", "در خبرنامهٔ امروز: بازداشت …، انفجار …").
const METADATA_LINE = /^\s*(?:Categories|Category|Tags|Keywords|Topics|Status|Категори[ия]|Теги|Метки|Рубрик[аи]|Ключевые слова|Статус|برچسب‌?ها|کلیدواژه‌?ها|دسته‌?بندی|موضوعات|In this (?:issue|brief|edition|update)|Items in this brief|В (?:этом )?выпуске|در این شماره|در این خبرنامه|در خبرنامهٔ? امروز)\s*:/iu;
/** The dates of a sentence with a day that falls within a week or month told before it moved first. */
function withDayFirst<T extends { date: string; precision: string }>(list: T[]): T[] {
  const [head] = list;
  if (!head || (head.precision !== 'week' && head.precision !== 'month')) return list;
  const span = head.precision === 'week' ? 7 : 31;
  const start = Date.parse(`${head.date}T00:00:00Z`);
  const day = list.find((d) => d.precision === 'day' && Date.parse(`${d.date}T00:00:00Z`) >= start && Date.parse(`${d.date}T00:00:00Z`) < start + span * DAY && (head.precision === 'week' || d.date.slice(0, 7) === head.date.slice(0, 7)));
  return day ? [day, ...list.filter((d) => d !== day)] : list;
}

/** A summary's heading line: highlights, key points, a digest's "главное", a bulletin's contents. */
const SUMMARY_HEADING = /^[ \t]*(?:HIGHLIGHTS|Highlights|KEY POINTS|Key points|KEY DEVELOPMENTS|Key developments|KEY MESSAGES|Key messages|AT A GLANCE|At a glance|In this issue|IN THIS ISSUE|Главное|ГЛАВНОЕ|Коротко|В этом выпуске|خلاصه|نکات کلیدی|در این شماره)[ \t]*:?[ \t]*$/gmu;

/** Where a summary's bullets stand ([start, end) offsets): the bulleted lines right under its heading. */
function summaryBullets(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(SUMMARY_HEADING)) {
    const start = m.index! + m[0].length + 1;
    const lines = /^(?:[ \t]*[•▪►*–—-][^\n]*(?:\n|$))+/u.exec(text.slice(start));
    if (lines) out.push([start, start + lines[0].length]);
  }
  return out;
}

/** Arrests named as such, in what a sentence refers back to ("confirmed the detentions"). */
const ARRESTS_NAMED = /\b(?:arrests?|detentions?)\b|(?<![\p{L}])задержан|بازداشت|دستگیر/iu;
/** The event just told, named inside a sentence ("No one was hurt in the blast early Wednesday"). */
const IN_THE = /\b(?:in|by|during) the (?:attack|blast|explosion|bombing|ambush|clash|fighting|shooting)\b/iu;
/** A sentence that tells more about the event just reported ("ISKP claimed the attack"), not a new one. */
const REFERS_BACK = /\bconfirmed (?:the|this|that) (?:attack|incident|clash|blast|explosion|killing|arrests?|detentions?)\b|(?<![\p{L}])подтвердил\p{L}* (?:факт|инцидент|нападени|атак|взрыв)|(?<![\p{L}])(?:об|о) (?:атаке|нападении|взрыве|обстреле|инциденте)(?:\s+\S+){0,2}\s+сообщил|\b(?:reported|announced) the (?:attack|incident|explosion|strike)\b|(?<![\p{L}\u200c])وقوع (?:این )?(?:رویداد|حادثه|حمله|انفجار|درگیری) را تأیید|\b(?:claimed|claiming) (?:responsibility for )?(?:(?:the|this|that) )?(?:attack|blast|bombing|explosion|killing)|\bthe (?:attack|blast|explosion|bombing) (?:was|came|took place|happened)|\bresponsibility for the\b|\bclaimed responsibility\b|\b(?:said|claimed|announced|stated)\b[^.;]{0,80}\b(?:it|they) (?:had )?carried out (?:the|this|that|Saturday's|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|yesterday's) (?:attack|ambush|bombing|blast|raid|strike|killing)|(?<!\b(?:days?|hours?|weeks?|months?|minutes?|morning|evening|night)\s)\bafter the (?:\d{1,2} \p{L}+ |\p{L}+day['’]s )?(?:attack|blast|bombing|explosion|ambush|shooting)\b|(?<![\p{L}\u200c])(?:(?<!(?:روز|هفته|ساعت|ماه)\s)(?:پس از|بعد از) (?:این )?|(?:پس از|بعد از) (?:آغاز|شروع) (?:این )?)(?:درگیری|حمله|انفجار|رویداد|حادثه)(?![\p{L}\u200c])|взял\S* на себя ответственность|ответственность за (?:это|этот|нападение|взрыв)|مسئولیت\s+(?:این|آن)/iu;
/**
 * A reaction to what was told, not a new event: a denial ("denied that any strike had been carried
 * out", "отверг", "опроверг", "رد کرد") or a condemnation ("condemned the attack", "осудил", "محکوم کرد").
 * The violence it names is the event before it, or did not happen.
 */
const REACTION =
  /\b(?:denied|denies|deny|denying|rejected|refuted|dismissed (?:the |these |those )?(?:claims?|reports?|allegations?)|condemned|condemns|blamed|blames|did not comment (?:on )?|declined to comment)\b|(?<![\p{L}])(?:отверг\p{L}*|опроверг\p{L}*|отрица\p{L}*|осудил\p{L}*|осуждает|обвинил\p{L}*|не комментировал\p{L}*)(?![\p{L}])|(?<![\p{L}\u200c])واکنشی? نشان نداده|(?<![\p{L}\u200c])در واکنش به|\bin (?:response|reaction) to\b|(?<![\p{L}])в ответ на(?![\p{L}])|«?شایعه»? خواند|\bcalled (?:it|the reports?) (?:a )?rumou?rs?\b|(?<![\p{L}\u200c])(?:رد کرد(?:ند|ه)?|رد می‌?کند|تکذیب کرد(?:ند|ه)?|انکار کرد(?:ند|ه)?|نفی کرد(?:ند)?|محکوم کرد(?:ند|ه)?|محکوم می‌?کند)(?![\p{L}\u200c])/iu;
/** A date right after a verb of saying dates the saying ("the FSB said on Thursday that its officers had detained …"). */
const SAID_BEFORE = /(?:\b(?:said|says|told (?:\S+ ){0,2}?|announced|reported|stated|confirmed)(?:\s+on)?|(?<![\p{L}])(?:заявил\p{L}*|сообщил\p{L}*|объявил\p{L}*))\s+$/iu;
const SEPARATE = /\b(?:in a separate|in another|separately|elsewhere|meanwhile)\b|в другом|отдельно|در رویدادی دیگر|در حادثه‌ای دیگر|در یک رویداد جداگانه/iu;
const NEAR = /\b(?:near|outside|close to|on the outskirts of|around)\s+$|(?:около|близ|под|вблизи|недалеко от)\s+$|نزدیک\s+$|حومه\s+$/iu;
const DAY = 86_400_000;

/** "tomorrow": a day after the report however close (the day's slack for datelines does not apply). */
const TOMORROW = /^(?:tomorrow|завтра|послезавтра|فردا|پس‌?\s?فردا)$/iu;
const VIOLENT_KINDS = new Set<Trigger['kind']>(['attack', 'clash', 'riot', 'takeover', 'abduction']);
/** "پس از درگیری" after a clash was told: that clash (not "مرگ … پس از لت‌وکوب", a beating told first here). */
const AFTER_SAME_VIOLENCE = /(?:^|\s)(?:پس از|بعد از)\s+$/u;
/**
 * "after the brawl", "после драки", "پس از این درگیری": violence named as what came before; so is violence
 * named by who took part in it ("suspects in the Bayganin attack", "عاملان درگیری الیگودرز").
 */
const AFTER_VIOLENCE = /(?:\b(?:after|following)\s+(?:the|this|that)|(?:^|\s)после(?:\s+(?:этой|той|ночной))?|(?:^|\s)(?:پس از|بعد از)\s+(?:این|آن)|\b(?:perpetrators|suspects|instigators|participants)\s+(?:of|in)\s+(?:the|this|that)(?:\s+\p{Lu}\p{L}+)?|(?:^|\s)(?:участник\p{L}*|зачинщик\p{L}*)|(?:^|\s)(?:عاملان|متهمان))\s+$/iu;
/** A digest item's header line ("🔴 Nangarhar | Goshta", "1) BALKH / Kishindih district"): it names where the item's news happened. */
const HEADER = /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|\d{1,2}[.)]\s)[^.!?؟]*$|^(?:Incident|Item|Case|Event)\s+\d{1,3}\s*[–—:-]\s*[^.!?؟]{1,60}\.?$/u;

const within = (s: Sentence, x: { start: number; end: number }) => x.start >= s.start && x.end <= s.end;

/**
 * What the sentence reports: the first trigger, in order of precedence, with a match the words
 * around it do not disqualify. A protest and the arrests that ended it are two events, as ACLED
 * codes them (the protest then as one with intervention).
 */
function triggersOf(sentence: Sentence, actors: ActorMention[], protestTold = false, violenceTold: ReadonlySet<Trigger['kind']> = new Set()): Trigger[] {
  for (const t of TRIGGERS) {
    if (t.needsActor && actors.length === 0) continue;
    const m = reportedMatch(t, sentence.text);
    if (!m) continue;
    // "двое работников, уехавших из города после драки, были задержаны": the fight told before, named to date the arrests.
    const named = sentence.text.slice(Math.max(0, m.index! - 40), m.index);
    if (violenceTold.size > 0 && VIOLENT_KINDS.has(t.kind) && (AFTER_VIOLENCE.test(named) || (violenceTold.has(t.kind) && AFTER_SAME_VIOLENCE.test(named)))) continue;
    // An attack on soldiers or a post is a battle in ACLED's terms, not violence against civilians.
    // (Not a death in a police station: there the police are no target.)
    const reported = reportedMatch(t, sentence.text)!;
    const match = reported[0];
    // The target is in the trigger's own clause: "Полиция проводит проверку; … связывать нападение с …" investigates, it was not attacked.
    const clause = sentence.text.slice(Math.max(sentence.text.lastIndexOf(';', reported.index!), sentence.text.lastIndexOf('؛', reported.index!)) + 1).split(/[;؛]/u)[0]!;
    // "Border guards opened fire on a group of porters": the forces named before an active verb are who fired.
    // "Полиция ищет нападавших", "police are investigating the attack": the police investigate, they were no target.
    const target = (/^(?:opened fire|fired|beat|избил|открыл)/iu.test(match) ? clause.slice(clause.indexOf(match)) : clause).replace(POLICE_INVESTIGATE, '');
    if (t.eventType === 'Violence against civilians' && t.subEventType === 'Attack' && SECURITY_TARGET.test(target) && !/^died|^умер/iu.test(match)) {
      return [{ ...t, kind: 'clash', eventType: 'Battles', subEventType: 'Armed clash' }];
    }
    const protest = TRIGGERS.find((x) => x.kind === 'protest')!;
    // "detained twelve of the protesters" the day after a protest told before: the arrests only.
    const protestMatch = t.kind === 'arrest' ? reportedMatch(protest, sentence.text) : undefined;
    // "Police detained the 11 – including two men who had streamed the protest": the protest told before.
    const protestToldAgain = protestMatch && (PROTESTERS.test(protestMatch[0]) || /(?:\b(?:the|this|that)|(?<![\p{L}])(?:эт\p{L}+|той же))\s+$/iu.test(sentence.text.slice(0, protestMatch.index)));
    if (protestMatch && !(protestTold && protestToldAgain)) return [{ ...protest, subEventType: 'Protest with intervention' }, t];
    return [t];
  }
  return [];
}

/** "in connection with the attack", "в связи с нападением", "در پیوند به این رویداد": about the event just told. */
const CONNECTED =
  /\bin connection with (?:the|this|that) (?:attack|incident|ambush|clash|killing|bombing|explosion|abduction|kidnapping)\b|(?<![\p{L}])(?:в связи с|по делу о|в причастности к) (?:эт\p{L}+ )?(?:нападени|инцидент|атак|обстрел|взрыв|похищени|убийств)\p{L}*|(?<![\p{L}\u200c])(?:(?:در پیوند به|در پیوند با|در ارتباط با|در رابطه با) (?:این|آن) (?:رویداد|حادثه|حمله|درگیری|انفجار|کمین)|در (?:این|همین) (?:پیوند|رابطه|ارتباط)(?![\p{L}\u200c]))/iu;
/** A follow-up told by the hours since the event ("Three hours later the road was cleared", "Через три часа", "پس از دو ساعت"). */
const HOURS_LATER = /^(?:[\s\p{Extended_Pictographic}•–—-]|\uFE0F)*(?:(?:an?|one|two|three|four|five|six|several|a few|\d+)\s+hours?\s+later|after\s+(?:an?|one|two|three|four|five|six|several|a few|\d+)\s+hours?|(?:через|спустя)\s+(?:\S+\s+)?час\p{L}*|(?:\S+\s+)?час\p{L}*\s+спустя|(?:\S+\s+)?(?:پس از|بعد از)\s+(?:\S+\s+){0,2}ساعت|(?:\S+\s+)?ساعت\s+بعد)(?![\p{L}])/iu;
/** A label that gives the report's own date ("Issued: 30 October 2024", "As of 14 November", "Дата: 12.05.2023"); Dari "به تاریخ" is "on". */
// (A label ends its line only with a colon: "13 декабря, 10:20 — ОБНОВЛЕНО" above an update labels nothing below it.)
const REPORT_DATE_LABEL = /(?:\b(?:issued|published|updated|posted|dated|as of|last (?:edited|updated|modified)(?: on)?)|\bdate(?=\s*:)|(?:^|\s)(?:дата(?=\s*:)|опубликовано|обновлено)|(?:^|\s)تاریخ نشر)(?:[ \t]*:\s*|[ \t]*)$/iu;
/** "six participants were detained": of the fight just told. */
const PARTICIPANTS = /\b(?:participants|those involved|brawlers)\b|(?<![\p{L}])участник\p{L}*|(?<![\p{L}\u200c])(?:شرکت‌?کنندگان|عاملان)(?![\p{L}\u200c])/iu;
/** Arrests at the scene of violence ("detained nine men at the scene", "задержаны на месте"), which ACLED codes with it. */
const AT_SCENE = /\b(?:at|on) the (?:scene|spot)\b|\border was restored\b|(?<![\p{L}])порядок (?:был )?восстановлен|на месте(?: происшествия| драки| событий)?(?![\p{L}])|(?<![\p{L}\u200c])(?:در محل(?: رویداد| حادثه)?|در صحنه)(?![\p{L}\u200c])/iu;
/** The wounded taken to hospital, anywhere in a sentence: the aftermath of violence just told. */
const TAKEN_TO_HOSPITAL = /\b(?:taken|transferred|transported|rushed|evacuated|brought|admitted)\s+to\b[^.;]{0,40}\bhospital|(?:^|\s)(?:доставлен\p{L}*|госпитализирован\p{L}*)(?![\p{L}])|(?<![\p{L}\u200c])(?:منتقل|انتقال)\s+(?:شد|شدند|یافت|یافتند|داده شد)/iu;
/** The heading of a report's back matter, on a line of its own. */
const BACK_MATTER = /^[ \t]*(?:References|Notes|Sources|See also|Further reading|External links|Bibliography|Footnotes|Литература|Примечания|Источники|Ссылки|См\. также|منابع|پانویس‌?ها|یادداشت‌?ها|همچنین ببینید)[ \t]*:?[ \t]*$/imu;
/** "said on Thursday (12 OCT)": the bracketed day is the saying's too. */
const SAID_BRACKETED = /\b(?:said|says|told|announced|reported|stated|confirmed)\s+(?:on\s+)?\p{L}+\s*\(\s*$/iu;

/** A place named as the one told before: "in the same district", "в том же районе", "در همین ولسوالی". */
const SAME_AREA = /\b(?:the same|that) (?:district|province|town|village|area|city)\b|(?<![\p{L}])в (?:том же|этом же) (?:районе|городе|селе|посёлке|поселке|области)(?![\p{L}])|(?<![\p{L}\u200c])در (?:همین|همان) (?:ولسوالی|ولایت|شهر|قریه|روستا|منطقه)(?![\p{L}\u200c])/iu;
/** A region named only by its kind: "the province", "the republic", "республики", "области", "این ولایت". */
// Case-sensitive: "области" followed by a capital is a named one ("области Хатлон").
const REGION_NOUN = /\b[Tt]he (?:province|republic|region)\b|(?<![\p{L}])(?:[Рр]еспублик[аиеу]|[Оо]бласт[иь]|[Пп]ровинци[иея])(?![\p{L}])(?!\s+\p{Lu})|(?<![\p{L}\u200c])(?:این|آن)\s+ولایت(?![\p{L}\u200c])/u;

/** A sentence's text with the phrases of its dates that count from an event told before blanked ("накануне драки", "the day after the attack"). */
function blankDatePhrases(s: Sentence, own: FoundDate[]): string {
  let text = s.text;
  // A phrase that dates an event told nowhere before ("the day after a mass brawl", `names`) tells that event.
  for (const d of own) if (!d.names && EVENT_COUNTED_FROM.test(d.text)) text = text.slice(0, d.start - s.start) + ' '.repeat(d.end - d.start) + text.slice(d.end - s.start);
  return text;
}
/** A date counted from an event it names: "накануне драки", "the day after the attack", "یک روز پس از حمله". */
const EVENT_COUNTED_FROM = /^(?:накануне|на следующий день после|за день до|через \S+ после|the (?:day|night|morning|evening) (?:before|after)|\S+ days? (?:before|after)|(?:یک|دو|سه) روز (?:پس|بعد|پیش) از)\s+\S/iu;

/**
 * "to demand the recovery of a doctor who was abducted by armed men on Sunday evening", "a man who
 * was detained on Monday", "مهاجرینی که روز شنبه … بازداشت شده بودند": a relative clause that tells
 * an earlier event with its own day, apart from what the rest of the sentence tells.
 */
const RELATIVE = /,?\s+(?:who|which|that)\s+(?:was|were|had been|has been|have been)\s+|,\s+(?:котор\p{L}+)\s+(?:был[аио]?\s+)?|(?<=[\p{L}\u200c])\s+که\s+(?=[^،.]{0,120}?(?:شده بود(?:ند)?|کرده بود(?:ند)?)(?![\p{L}\u200c]))/iu;

function relativeClause(s: Sentence, dates: FoundDate[]): { start: number; end: number } | undefined {
  const m = RELATIVE.exec(s.text);
  if (!m) return undefined;
  const from = m.index + m[0].length;
  // The clause runs to the next comma or semicolon, or to the sentence's end.
  const stop = s.text.slice(from).search(/[,;،؛]|\.\s*$/u);
  const to = stop < 0 ? s.text.length : from + stop;
  const clause = s.text.slice(from, to);
  // It tells an event (a trigger in it) on a day of its own, and the sentence has more before it.
  if (m.index < 20 || !TRIGGERS.some((t) => reportedMatch(t, clause))) return undefined;
  const own = dates.filter((d) => d.precision === 'day' && d.start >= s.start + from && d.end <= s.start + to);
  if (own.length === 0) return undefined;
  return { start: s.start + from, end: s.start + to };
}

/** A sentence's clauses between semicolons (Dari's ؛ too), each with its own offsets. */
function clausesOf(s: Sentence): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  for (const m of [...s.text.matchAll(/[;؛]/gu), { index: s.text.length }]) {
    const raw = s.text.slice(from, m.index);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ ...s, text, start: s.start + from + lead, end: s.start + from + lead + text.length });
    from = m.index! + 1;
  }
  return out;
}

/** Places of the same kind joined to this one by "and" or a comma: "in Makhachkala and Khasavyurt", "в Махачкале и Хасавюрте". */
function coordinated(place: PlaceMention, candidates: PlaceMention[], text: string): PlaceMention[] {
  const same = candidates.filter((p) => p.kind === place.kind).sort((a, b) => a.start - b.start);
  const joined = (a: PlaceMention, b: PlaceMention) => /^\s*(?:,|,?\s*and|и|و|,\s*و)\s*$/iu.test(text.slice(a.end, b.start));
  const out: PlaceMention[] = [];
  let i = same.indexOf(place);
  if (i < 0) return out;
  for (let j = i + 1; j < same.length && joined(same[j - 1]!, same[j]!); j++) out.push(same[j]!);
  for (; i > 0 && joined(same[i - 1]!, same[i]!); i--) out.push(same[i - 1]!);
  return out.filter((p) => p.name !== place.name);
}

/**
 * An event told in two places at once ("arrests in Makhachkala and Khasavyurt") is one event in
 * each, unless the sentence only added to an event told before it (merged into it): then its list
 * of places describes that event ("The arrests took place in Kulob and Dushanbe").
 */
function alsoAt(candidates: Array<EventCandidate & { also?: PlaceMention[]; merged?: boolean }>, text: string): EventCandidate[] {
  const out: EventCandidate[] = [];
  for (const { also, merged, ...c } of candidates) {
    out.push(c);
    if (merged || !also) continue;
    for (const p of also) out.push({ ...c, actors: [...c.actors], place: p, geoPrecision: geoPrecisionOf(p, text, true) });
  }
  return out;
}

function geoPrecisionOf(place: PlaceMention, text: string, inSentence: boolean): GeoPrecision {
  if (place.kind === 'country') return 'country';
  if (place.kind === 'admin-region') return 'admin-region';
  return inSentence && !NEAR.test(text.slice(Math.max(0, place.start - 40), place.start)) ? 'exact' : 'near';
}

/**
 * Sentences that report an attack, clash, arrest, meeting, statement or agreement, each with the
 * date, place, ACLED type, actors and casualty counts it gives. What a sentence lacks comes from
 * around it: the last date and place told earlier in the paragraph, then the report's dateline and
 * date. A sentence that only adds to the event before it (casualties, a claim of responsibility)
 * is folded into that event.
 */
export function findEventCandidates(input: CandidateInput, text: string): EventCandidate[] {
  const { sentences, places, dates, actors, referenceDate } = input;
  const reference = Date.parse(`${referenceDate}T00:00:00Z`);
  // When the story happened: its latest day up to the report's date (not the report's own date
  // labelled as such). An encyclopedia article edited in 2025 about a strike in April 2024 tells the
  // strike as its news, and what came months before the strike as history.
  const storyDays = dates.filter((d) => d.precision === 'day' && !d.since && !REPORT_DATE_LABEL.test(text.slice(Math.max(0, d.start - 30), d.start))).map((d) => Date.parse(`${d.date}T00:00:00Z`)).filter((t) => t <= reference);
  const storyTime = storyDays.length > 0 ? Math.max(...storyDays) : reference;
  // An undated event in a thread's post happened on the post's day.
  const stamps = threadStamps(text);
  // A wire dateline split off its lead names the dateline's place, wherever it stands (under a headline and a byline).
  const summaries = summaryBullets(text);
  const splitDateline = sentences.find((s) => s.dateline);
  const datelinePlace = bestPlace(places.filter((p) => (splitDateline ? within(splitDateline, p) : p.start < (sentences[1]?.start ?? 200))));
  const out: EventCandidate[] = [];
  let last: { candidate: EventCandidate; index: number } | undefined;
  /** The event the last follow-up sentence was about. */
  let told: { candidate: EventCandidate; index: number } | undefined;

  const tell = (s: Sentence, index: number, except?: { start: number; end: number }) => {
    const kept = (x: { start: number; end: number }) => within(s, x) && !(except && x.start >= except.start && x.end <= except.end);
    const sActors = actors.filter(kept);
    const sPlaces = places.filter(kept);
    const own = dates.filter(kept);
    // "HIGHLIGHTS • Cross-border firing in Ali Sher … killed three": a summary of what the body tells with its days.
    if (summaries.some(([a, b]) => s.start >= a && s.end <= b) && !own.some((d) => d.precision === 'day')) return;
    // History and description are not events, nor do their counts belong to the event before.
    if (isBackground(s, own, storyTime, Date.parse(`${referenceAt(stamps, s.start, referenceDate)}T00:00:00Z`))) return;
    // "If it fails, expect more fighting": what may happen.
    if (CONDITIONAL.test(s.text)) return;
    // A sentence whose only days are after the report tells a plan or a deadline ("talks are planned for 3 October").
    const days = own.filter((d) => !d.since && !d.rangeEnd && d.precision === 'day');
    if (days.length > 0 && days.every((d) => Date.parse(`${d.date}T00:00:00Z`) > reference + DAY || TOMORROW.test(d.text))) return;
    // A date after the report is a plan or a deadline, not when this happened; a "since" date is not either.
    // "Issued: 30 October 2024", "As of 14 November": the report's own date, not the day of what it tells.
    const datable = own.filter((d) => !d.since && !d.rangeEnd && Date.parse(`${d.date}T00:00:00Z`) <= reference + DAY && !REPORT_DATE_LABEL.test(text.slice(Math.max(0, d.start - 20), d.start)));
    // "13 декабря 2023, 10:20 — ОБНОВЛЕНО\nНакануне операции, в понедельник вечером, …": an update's stamp
    // dates the update, and a diary's heading ("Fri 14 June - Mang'it") the day it was written; the day
    // the sentence tells is the other one.
    // So does a dateline's ("GHAZNI CITY, Nov 14 (ASNA): … on Tuesday").
    const stamped = (d: FoundDate) =>
      (/(?:^|\n)[ \t]*$/u.test(text.slice(Math.max(0, d.start - 3), d.start)) &&
        (/\d{1,2}:\d{2}$/u.test(d.text) || /^,?\s*\d{1,2}:\d{2}\b/u.test(text.slice(d.end, d.end + 8)) || /^[ \t]*[–—-][ \t]*[^\n.!?]{1,40}\n/u.test(text.slice(d.end, d.end + 48)))) ||
      (/(?:^|\n)[ \t]*\p{Lu}[\p{Lu} .'’-]{2,40},[ \t]*$/u.test(text.slice(Math.max(0, d.start - 45), d.start)) && /^[ \t]*(?:\([^)\n]{1,30}\))?[ \t]*[:–—-]/u.test(text.slice(d.end, d.end + 36)));
    const sDates = datable.some((d) => !stamped(d) && d.precision === 'day') ? datable.filter((d) => !stamped(d)) : datable;
    const counts = findCasualties(s.text);
    const title = isTitleLine(s, text) && sentences.some((o) => o.start > s.start && ENDS_SENTENCE.test(o.text));
    // News paragraphs are often one sentence: the follow-up may open the next paragraph.
    const recent = last && index - last.index <= 2 && s.paragraph - sentences[last.index]!.paragraph <= 1 ? last.candidate : undefined;
    const reaction = REACTION.test(s.text);
    // A denial or a condemnation names the violence only to deny or condemn it: at most a statement.
    // "Накануне драки, в пятницу, …", "the day after the attack": the event a date is counted from is not told here.
    const triggers = triggersOf({ ...s, text: blankDatePhrases(s, own) }, sActors, out.some((o) => o.kind === 'protest'), new Set(out.filter((o) => VIOLENT_KINDS.has(o.kind)).map((o) => o.kind))).filter((t) => !reaction || t.kind === 'statement');
    const trigger = triggers[0];
    // Of the event just told, or of none: "No group has claimed the attack", "the ministry condemned the attack".
    // Undated arrests "in connection with the incident" are what followed it, not an event of their own.
    // "On 24 June gunmen ambushed …; no group has claimed the attack": the sentence tells its own event first.
    // "The attack came three days after a sea drone blew up …": the sentence goes on to an earlier event of its own.
    const refersAt = /\b(?:came|happened|took place)\s+(?:\S+\s+){1,2}(?:days?|weeks?)\s+(?:after|before)\b/iu.test(s.text) ? -1 : s.text.search(REFERS_BACK);
    // "عاملان درگیری که پس از حادثه متواری شده بودند، روز گذشته … دستگیر شدند": arrests on a day of their own
    // are news of their own, however the sentence names the incident before them.
    // Not "confirmed the detentions in a statement on Wednesday": there the arrests are what is referred to.
    const referred = refersAt >= 0 && ARRESTS_NAMED.test(REFERS_BACK.exec(s.text)![0]);
    const ownArrests = trigger?.kind === 'arrest' && !referred && sDates.some((d) => d.precision === 'day' && (!recent || d.date !== recent.date));
    const toldFirst = refersAt >= 0 && trigger !== undefined && sDates.length > 0 && ((reportedMatch(trigger, s.text)?.index ?? Infinity) < refersAt || ownArrests);
    // Undated arrests "in connection with the attack" follow the last event told, however much came between.
    const connectedTo = CONNECTED.test(s.text) && sDates.length === 0 ? (recent ?? out.at(-1)) : undefined;
    if (connectedTo && refersAt < 0 && !reaction) {
      for (const a of sActors) if (!connectedTo.actors.includes(a.name)) connectedTo.actors.push(a.name);
      return;
    }
    // "No one was hurt in the blast early Wednesday" after "Hours later, an explosion ripped through …": the
    // event just told, and the day it happened when that was not stated.
    if (recent && !reaction && VIOLENT_KINDS.has(recent.kind) && IN_THE.test(s.text) && sDates.length === 1 && !recent.dateStated && sDates[0]!.precision === 'day') {
      recent.date = sDates[0]!.date;
      recent.datePrecision = 'day';
      recent.dateStated = true;
      recent.fatalities ??= counts.killed;
      recent.injured ??= counts.injured;
      return;
    }
    if ((refersAt >= 0 && !toldFirst) || (reaction && recent) || (recent && IN_THIS.test(s.text) && sDates.length === 0)) {
      if (recent && !reaction) {
        recent.fatalities ??= counts.killed;
        recent.injured ??= counts.injured;
        for (const a of sActors) if (!recent.actors.includes(a.name)) recent.actors.push(a.name);
      }
      return;
    }
    // "трое нарушителей убиты, ещё двое задержаны": the toll of the clash just told, not new arrests.
    // "Police detained nine men at the scene" after a brawl: arrests that are part of the riot.
    // "Пострадали 14 человек, милиция задержала шестерых участников": the injured count ties it just as well.
    // "… 40 kg of hashish were found in a lorry. The driver was detained.": the seizure's own arrest.
    const tollOfRecent =
      recent &&
      trigger?.kind === 'arrest' &&
      // After a brawl, the police's detentions are the brawl's own ("Police detained eight people aged 18 to 27").
      ((VIOLENT_KINDS.has(recent.kind) && (recent.kind === 'riot' || counts.killed !== null || counts.injured !== null || AT_SCENE.test(s.text) || PARTICIPANTS.test(s.text) || TAKEN_TO_HOSPITAL.test(s.text))) || recent.kind === 'seizure') &&
      sDates.length === 0 &&
      !sPlaces.some((p) => locatedness(p, text) === 2);
    // "Через три часа дорогу освободили": how the event just told went on, not a new one.
    if (recent && HOURS_LATER.test(s.text) && sDates.length === 0) return;
    if (recent && (!trigger || tollOfRecent) && (counts.killed !== null || counts.injured !== null || sActors.length > 0 || tollOfRecent)) {
      recent.fatalities ??= counts.killed;
      recent.injured ??= counts.injured;
      for (const a of sActors) if (!recent.actors.includes(a.name)) recent.actors.push(a.name);
      // Weapons seized on the spot may still be told after its toll ("Two were killed. Rifles were seized.").
      told = { candidate: recent, index };
      // The event is still the one being told: "… доставлены в больницу. На месте задержаны семь человек" goes on about it.
      if (last) last = { candidate: last.candidate, index };
      return;
    }
    // Weapons seized at the scene ("On the spot, an IED was seized") belong to the operation just told.
    const scene = told && index - told.index <= 2 && s.paragraph === sentences[told.index]!.paragraph ? told.candidate : recent;
    if (scene && trigger?.kind === 'seizure' && sDates.length === 0 && sPlaces.length === 0) {
      for (const a of sActors) if (!scene.actors.includes(a.name)) scene.actors.push(a.name);
      return;
    }
    // "پرسش: چگونه بازداشت شدید؟", "How were you detained?": an interviewer's question tells nothing.
    // So is a press conference's question, however it ends ("پرسش (احمد رشید، …): برخی مقام‌ها می‌گویند …").
    if (!trigger || s.text.split(/\s+/).length < 4 || /[?؟]["»”’)]*\s*$/u.test(s.text) || QUESTION_TURN.test(s.text)) return;
    // "Категории: обыски и задержания; нападение", "Tags: arrests, protest": a record's labels name kinds of events, none of them.
    const triggerAt = s.start + (reportedMatch(trigger, s.text)?.index ?? 0);
    if (METADATA_LINE.test(text.slice(Math.max(s.start, text.lastIndexOf('\n', triggerAt - 1) + 1), triggerAt))) return;

    // What the paragraph told before, not counting a dateline split off the lead (the report's date is no event's).
    const earlier = (list: Array<{ start: number }>) => list.filter((x) => x.start < s.start && sentences.some((o) => o.paragraph === s.paragraph && !o.dateline && within(o, x as never)));
    // No date in the sentence: the last one earlier in its paragraph, else the date of the event told
    // just before (later paragraphs go on about it), else the report's own date. A statement without
    // a date is the report's news, not more about the event before.
    // "In a separate incident" starts an event of its own: it does not take the last event's date.
    const previous = SEPARATE.test(s.text) || trigger.kind === 'statement' ? undefined : out.at(-1);
    // "said on Thursday that its officers had detained three men on Tuesday": the detentions' day is Tuesday.
    // So does "(12 OCT)" after "said on Thursday": the saying's day again, in brackets.
    // "Thursday's attack came two days after a roadside bomb ripped through …": the earlier event's day comes after "after".
    const cameAfter = /\b(?:came|happened|took place)\s+(?:\S+\s+){1,2}(?:days?|weeks?)\s+(?:after|before)\b/iu.exec(s.text);
    // "came three days after gunmen stopped a coach … on Sunday": the day the sentence states, before the count.
    const statedAfter = cameAfter ? sDates.filter((d) => d.start >= s.start + cameAfter.index + cameAfter[0].length) : [];
    const eventDaysAll = trigger.kind === 'statement' ? sDates : (statedAfter.length > 0 ? statedAfter : sDates.filter((d) => !cameAfter || d.start >= s.start + cameAfter.index)).filter((d) => !SAID_BEFORE.test(text.slice(Math.max(0, d.start - 30), d.start)) && !SAID_BRACKETED.test(text.slice(Math.max(0, d.start - 40), d.start)));
    // "رئیس کل دادگستری امروز سه‌شنبه در جلسه‌ای در ساری، با اشاره به حادثهٔ جمعه در تنکابن گفت: «… حمله کردند …»":
    // a Dari speaker's day and place come first, what the quote tells last before the verb.
    const quoted = trigger.kind === 'statement' ? undefined : dariQuoteVerb(s.text, reportedMatch(trigger, s.text)?.index ?? 0);
    const spoken = quoted === undefined ? undefined : s.start + quoted;
    const framed = <T extends { start: number }>(list: T[]): T[] => {
      if (spoken === undefined) return list;
      const inQuote = list.filter((x) => x.start >= spoken);
      const before = list.filter((x) => x.start < spoken);
      return inQuote.length > 0 ? inQuote : before.length >= 2 ? [before.at(-1)!] : list;
    };
    // "на прошлой неделе, в субботу 12 апреля", "last week, on 3 May": the day within the week, not the week.
    const eventDays = withDayFirst(framed(eventDaysAll));
    // "с позавчерашнего дня закрыт пункт пропуска", "on strike since Monday": a closure or a strike is dated by its "since".
    const stated = eventDays[0] ?? (trigger.kind === 'statement' ? sDates[0] : undefined) ?? (trigger.kind === 'closure' || (trigger.kind === 'protest' && ONGOING_SINCE.test(s.text)) ? own.find((d) => d.since && d.precision === 'day') : undefined);
    const date: Pick<FoundDate, 'date' | 'precision' | 'endDate'> | undefined =
      stated ??
      (earlier(dates) as FoundDate[]).filter((d) => !d.since && Date.parse(`${d.date}T00:00:00Z`) <= reference + DAY).at(-1) ??
      // In a thread, an undated post tells of its own day, not of the day the post before it told.
      (stamps.length > 1 ? { date: referenceAt(stamps, s.start, referenceDate), precision: 'day' } : undefined) ??
      // "[UPDATE 1 — 12:15 PKT] Protesters and police clashed in Bagh": an update tells of the page's day.
      (opensWithTimeStamp(text, sentences.find((o) => o.paragraph === s.paragraph)!.start) ? { date: referenceDate, precision: 'day' } : undefined) ??
      (previous && previous.datePrecision !== 'approximate' ? { date: previous.date, precision: previous.datePrecision === 'day' ? 'day' : 'month' } : undefined);
    // A statement is made where the speaker is: a town in the sentence, else the dateline; a country
    // in it is usually the speaker's (the Minister of Defence of Russia) or the topic.
    // A place in an organisation's name ("Министерство обороны России") is not where anything happened,
    // nor is a country named without a locative word ("aid to Afghanistan"): it is the topic.
    const where = sPlaces.filter((p) => !sActors.some((a) => a.kind === 'organization' && p.start >= a.start && p.end <= a.end));
    const sayableAll = framed((trigger.kind === 'statement' ? where.filter((p) => p.kind === 'town') : where.filter((p) => p.kind !== 'country' || locatedness(p, text) === 2)).filter((p) => !roadEnd(p, text)));
    // "Roadside bomb kills two in Helmand; clan fighting reported in Farah": the place of the trigger's own clause.
    const at = s.start + (reportedMatch(trigger, s.text)?.index ?? 0);
    // Dari separates clauses with its own semicolon (؛).
    const rel = at - s.start;
    const clauseStart = s.start + Math.max(s.text.lastIndexOf(';', rel), s.text.lastIndexOf('؛', rel)) + 1;
    // "…refinery in Krasnodar region, days after sea drone blast at Novorossiysk": what comes after "days after" is another event's.
    const laterClause = s.text.slice(rel).search(/,\s+(?:\S+\s+)?(?:days?|hours?|weeks?)\s+(?:after|before)\b/iu);
    const ends = [s.text.indexOf(';', rel), s.text.indexOf('؛', rel), laterClause < 0 ? -1 : rel + laterClause].filter((x) => x >= 0);
    const laterClauseCut = laterClause >= 0 && Math.min(...ends) === rel + laterClause;
    const clauseEnd = ends.length === 0 ? s.end : s.start + Math.min(...ends);
    const inClause = sayableAll.filter((p) => p.start >= clauseStart && p.end <= clauseEnd);
    // A country alone in the clause ("Police in northern Kazakhstan detained …, a day after … in the town of Aksu") says less than a town beyond it.
    const sayable = inClause.some((p) => p.kind !== 'country') ? inClause : inClause.length > 0 && !laterClauseCut ? inClause : sayableAll;
    // A digest item's header names where its news happened, ahead of other places told before.
    // So does a thread post's heading line for the paragraphs of its post ("❗️ Сход в центре Якутска"),
    // and an item's heading line for the paragraph just under it.
    const above = sentences[index - 1];
    const postStart = stamps.filter((p) => p.end <= s.start && !p.footer).at(-1)?.start;
    const heading =
      postStart !== undefined
        ? sentences.slice(0, index).reverse().find((o) => o.start >= postStart && HEADER.test(o.text))
        : above && above.paragraph === s.paragraph - 1 && HEADER.test(above.text)
          ? above
          : undefined;
    const header = sentences.slice(0, index).reverse().find((o) => o.paragraph === s.paragraph && HEADER.test(o.text)) ?? heading;
    // A list item's own place, told in its first sentence, before its section's header ("1. Balkan province" … "- … in Bereket. Police dispersed the crowd.").
    const itemLine = header ? bulletLineStart(text, header.end, s.start) : undefined;
    const itemPlace = itemLine !== undefined ? bestPlace(places.filter((p) => p.start > itemLine && p.end <= s.start && locatedness(p, text) > 0), text) : undefined;
    const headerPlace = itemPlace ?? (header ? bestPlace(places.filter((p) => within(header, p))) : undefined);
    // A place told only as a person's home ("…, a resident of Aktobe, was detained" after a seizure
    // at the Orsk crossing) is not where it happened when the paragraph already said where.
    // So is a speaker's province ("the police department of Zhambyl region said"); a speaker's town
    // ("a shopkeeper's family in Jaghori says") is where local sources tell of what happened there.
    const notHere = (p: PlaceMention) => ORIGIN.test(text.slice(Math.max(0, p.start - 40), p.start)) || locatedness(p, text) === 0;
    const ownPlaces = earlier(places).length > 0 ? sayable.filter((p) => !notHere(p)) : sayable;
    const here = bestPlace(ownPlaces, text) ?? (earlier(places).length === 0 && datelinePlace === undefined ? bestPlace(where.filter((p) => !roadEnd(p, text)), text) : undefined);
    // "над территорией республики", "across the province": the region named last before the sentence.
    // Told beside another event in the same sentence ("closed …, the day after a brawl at the market"): that event's place.
    const aside = except ? bestPlace(places.filter((p) => within(s, p) && p.start >= except.start && p.end <= except.end), text) : undefined;
    // With no place in its paragraph, an event goes on where the event told before it happened, rather than at the dateline.
    // "in the same district", "в том же районе", "در همین ولسوالی": the last district (a town here) or province told.
    const sameArea = here ? undefined : SAME_AREA.exec(s.text);
    const sameKindOfPlace = sameArea ? (/province|област|провинц|ولایت/iu.test(sameArea[0]) ? 'admin-region' : 'town') : undefined;
    const same = sameKindOfPlace ? places.filter((p) => p.kind === sameKindOfPlace && p.end <= s.start && locatedness(p, text) > 0).at(-1) : undefined;
    const region = !here && !same && REGION_NOUN.test(s.text) ? places.filter((p) => p.kind === 'admin-region' && p.end <= s.start).at(-1) : undefined;
    // Failing all that, the last town told earlier as where something is ("the regional court in
    // Bokhtar" before "relatives gathered outside the courthouse"), ahead of the dateline, which is
    // where the reporter files from.
    const lastLocated = trigger.kind === 'statement' ? undefined : places.filter((p) => p.end <= s.start && p.kind === 'town' && p.start >= (sentences[1]?.start ?? 0) && locatedness(p, text) === 2).at(-1);
    // "یک ماین در نزدیکی بازار دیشو منفجر شد": where the gazetteer knows no such place, the province
    // the text names is all that is known (a town told before would be a wrong pin).
    const province = !here && namesUnplacedPlace(s.text, places, s.start) ? (places.filter((p) => p.kind === 'admin-region' && p.start < s.end).at(-1) ?? places.find((p) => p.kind === 'admin-region')) : undefined;
    // "задержан мужчина, подозреваемый в нападении на продавщицу в Пучеже. … вечером 17 июня злоумышленник …
    // ранил её": violence told without a place is where the paragraph named that violence, not the item's town.
    const violenceNamedAt = !here && VIOLENT_KINDS.has(trigger.kind) ? (earlier(places) as PlaceMention[]).filter((p) => p.kind !== 'country' && locatedness(p, text) === 2 && VIOLENCE_NAMED_BEFORE.test(text.slice(Math.max(0, p.start - 80), p.start))).at(-1) : undefined;
    const place =
      here ?? province ?? same ?? region ?? (trigger.kind === 'statement' ? datelinePlace : undefined) ?? violenceNamedAt ?? headerPlace ?? bestPlace((earlier(places) as PlaceMention[]).slice(-3)) ?? aside ?? (previous?.placeStated ? previous.place : undefined) ?? lastLocated ?? datelinePlace;
    // "in Makhachkala and Khasavyurt": one event in each place, as ACLED codes them (see alsoAt).
    const also = here && trigger.kind !== 'statement' ? coordinated(here, sPlaces, text) : [];
    for (const tr of triggers) {
      const candidate: EventCandidate & { also?: PlaceMention[]; title?: boolean } = {
        kind: tr.kind,
        eventType: tr.eventType,
        subEventType: tr.subEventType,
        date: date?.date ?? referenceDate,
        datePrecision: date ? date.precision : 'approximate',
        ...(date?.endDate ? { endDate: date.endDate } : {}),
        dateStated: !!stated,
        place,
        placeStated: !!here,
        placeSure: here ? locatedness(here, text) : 0,
        geoPrecision: place ? geoPrecisionOf(place, text, !!here) : undefined,
        actors: [...new Set(sActors.map((a) => a.name))],
        fatalities: counts.killed,
        injured: counts.injured,
        sentence: s.text,
        start: s.start,
        end: s.end,
        also,
        title: title || undefined,
      };
      out.push(candidate);
      // A headline is told again below: what follows it goes on about the body's telling, not the headline's.
      if (!title) last = { candidate, index };
    }
  };

  // A reference list, a "See also" or "Sources" section at the end: titles of other reports, not this one's events.
  const backMatter = BACK_MATTER.exec(text)?.index ?? Infinity;
  sentences.forEach((s, index) => {
    // A row of a table or an infobox ("Methods\tRefusal to work") is data, not a sentence telling an event.
    if (s.start >= backMatter || TABLE_ROW.test(s.text)) return;
    // "closed on 27 February, the day after a mass brawl …": two events, the brawl told in its own
    // clause with its own day (a date that names its event), the closure in the rest.
    const named = dates.find((d) => d.names && within(s, d))?.names;
    const relative = named ? undefined : relativeClause(s, dates);
    if (!named && !relative) {
      // "A drone attacked the refinery …; the day before, the FSB detained a man in Samara": each clause its own event.
      const clauses = clausesOf(s).filter((c) => c.text.split(/\s+/).length >= 4);
      if (clauses.length < 2 || clauses.filter((c) => TRIGGERS.some((t) => reportedMatch(t, c.text))).length < 2) return tell(s, index);
      for (const c of clauses) tell(c, index);
      return;
    }
    const semi = named ? s.text.indexOf(';', named.start - s.start) : -1;
    const part = relative ?? { start: named!.start, end: semi < 0 ? s.end : s.start + semi };
    const rel = (x: number) => x - s.start;
    tell({ ...s, text: s.text.slice(0, rel(part.start)) + ' '.repeat(part.end - part.start) + s.text.slice(rel(part.end)) }, index, part);
    tell({ ...s, text: text.slice(part.start, part.end), start: part.start, end: part.end }, index);
  });
  return alsoAt(withoutTitles(mergeCandidates(out)), text);
}
