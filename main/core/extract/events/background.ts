import type { FoundDate } from '../dates/find-dates';
import type { Sentence } from '../text/sentences';

/**
 * Which sentences of a report tell background rather than its news: history, trends and counts
 * over a period, reminders, what a verdict was about, and what may happen (conditions, outlooks).
 */

const DAY = 86_400_000;

/**
 * History and description rather than news: "one of the most insecure districts", "in recent
 * years", "Напомним, …", "گفتنی است …", "this is not the first attack".
 */
const BACKGROUND =
  /\b(?:(?:are|is|remain|remains) (?:extremely |very |relatively |still )?(?:rare|uncommon|common|frequent|widespread)\b|in recent (?:months|weeks)|in the (?:past|last) (?:few |several )?months|one of the (?:most|least|deadliest|worst|largest|safest|calmest)|(?:has|have) been (?:largely |relatively |mostly )?(?:quiet|calm|peaceful|stable)|in recent years|in the years (?:of|since|after)|for (?:many )?years|over the (?:past|last) (?:few |several )?(?:years|decades?)|historically|similar (?:attacks|incidents|clashes)|(?:stepped|ramped) up (?:their |its )?(?:attacks|operations|raids|arrests)|a similar (?:attack|incident|clash|bombing|raid)|(?:is|was) not the first|(?:was|were) once|once (?:notorious|known)|notorious for|(?:was|were) (?:a|the) (?:stronghold|hotbed|bastion)|(?:has|have) (?:claimed|carried out|staged|conducted) (?:several|many|a number of|dozens of|numerous)\b[^.;]{0,30}\battacks|(?:activity|violence|attacks|incidents|protests|arrests) (?:rose|fell|increased|decreased|declined|dropped|remained (?:rare|low|high|stable))|(?:rose|fell|increased|decreased|declined) (?:sharply|slightly|by \d+))\b|\b(?:is|are|was|were) (?:probably|likely|almost certainly|unlikely)\b|(?:^|\s)(?:Напомним|Ранее сообщалось)|одн(?:им|ой|ого|а|о|ом) из (?:самых|наиболее)|(?:в|за) последние годы|(?:^|\s)в годы|не (?:первая|первый|первое)|аналогичн\S* (?:нападени|атак)|گفتنی است|یاد آوری می‌?شود|یکی از\s+(?:\S+\s+){0,3}\S*ترین|سال‌?های (?:گذشته|اخیر|جنگ)|ماه‌?های (?:اخیر|گذشته)|(?:в|за) последние (?:месяцы|недели)|در سال‌?های|(?:نخستین|اولین) (?:بار|حمله)\S* نیست/iu;

/** Events named as last year's: "last year's clashes", "прошлогодние столкновения". */
const LAST_YEARS = /\b(?:last|previous) year['’]s\b|(?<![\p{L}])прошлогодн\p{L}*(?![\p{L}])/iu;
/** "since January", "с января": a count or a trend from a month on (not "since 5 January", a day's). */
const SINCE_MONTH = /\bsince (?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)|(?<![\p{L}])с (?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?![\p{L}])(?!\s+\d)/iu;
const OVER_A_PERIOD = /\b(?:during|over|in the course of) the (?:past|last|previous) (?:week|month|two weeks|year)\b|\bsince the (?:start|beginning) of (?:the|last) (?:year|month)\b|(?<![\p{L}])с начала (?:года|месяца|этого года)(?![\p{L}])|(?<![\p{L}\u200c])از (?:آغاز|ابتدای|شروع) (?:سال|ماه)(?![\p{L}\u200c])|(?<![\p{L}])за (?:последний|прошедший|минувший) год(?![\p{L}])|(?<![\p{L}])за (?:прошедшую|прошлую|минувшую) неделю|(?<![\p{L}])за (?:прошедший|прошлый|минувший) месяц|(?<![\p{L}\u200c])در (?:جریان |طول |یک |دو |سه )(?:هفته|ماه)(?:ٔ)? (?:گذشته|پیش|اخیر)/iu;
const TREND = /\b(?:violence|activity|attacks|incidents|protests|arrests|fighting) (?:stayed|remained|was|were) (?:at a )?(?:low|high|rare|stable|limited)\b|\b(?:violence|activity|attacks|incidents|protests|arrests) (?:rose|fell|increased|decreased|declined|dropped)\b/iu;
/** A reminder of history at the start of a sentence, after any emoji, bullet or dash. */
const REMINDER = /^(?:[\s\p{Extended_Pictographic}\p{Regional_Indicator}•▪►*–—-]|\uFE0F|\u200d)*(?:Напомним|Напоминаем|Ранее сообщалось|Recall that|As a reminder|It will be recalled|Reminder:|Напоминание:|گفتنی است|یادآوری می‌?شود|یاد آوری می‌?شود|یاد‌?آوری\s*:|پیش از این نیز)(?![\p{L}])/iu;
/** An analyst's judgement on events told, whatever day it names: "We assess that the 3 May attack …", "The Levashi attack is probably unrelated". */
const ASSESSMENT = /^(?:We|I) (?:assess|judge|believe|think)\b|\b(?:is|are|was|were) (?:probably|likely|almost certainly) (?:unrelated|linked|related|connected)\b/u;
/** A paragraph labelled as background ("Background: …", "Справка:", "پیشینه:"): history, whatever it names. */
const BACKGROUND_LABEL = /^\s*(?:Background|Context|Справка|Предыстория|Контекст|پیشینه|پس‌?زمینه)\s*:/iu;
/**
 * A state that began on a day and goes on: a crossing or a road closed, a strike or a sit-in
 * ("have been on strike since Monday", "бастуют с понедельника"). Its "since" dates its start, the news.
 */
export const ONGOING_SINCE = /\b(?:closed|shut|sealed|on strike|sit-in|hunger strike)\b|(?<![\p{L}])(?:закрыт|перекрыт|бастую|голодаю|голодовк)\p{L}*|(?<![\p{L}\u200c])(?:در اعتصاب|تحصن|متحصن|کار را متوقف|دست از کار)/iu;
/** Days told relative to the report's own: yesterday, today, last night. */
const RECENT = /\b(?:yesterday|today|tonight|last night|this morning)\b|(?<![\p{L}])(?:вчера|сегодня|позавчера|этой ночью|накануне)|(?<![\p{L}\u200c])(?:دیروز|امروز|دیشب|امشب)/iu;
/** A sentence that opens with a condition or an outlook tells what may happen ("If it fails, …", "Outlook for November: …", "Если переговоры сорвутся, …", "اگر …"). */
export const CONDITIONAL = /^(?:[\s\p{Extended_Pictographic}•–—-]|\uFE0F|\d{1,2}\/\d{1,2})*(?:If|Unless|Should (?:the|talks|it)\b|Outlook\b|Forecast\b|What to watch\b|Если|В случае(?: если)?|Прогноз(?![\p{L}])|اگر|در صورتی که|در صورت|چشم‌?انداز)(?![\p{L}])/u;
/** A court's verdict: "огласил приговор семерым …", "sentenced three men for …", "حکم محکمه". */
const VERDICT = /(?<![\p{L}])(?:огласил\p{L}* приговор|вынес\p{L}* приговор|приговорил\p{L}*)(?![\p{L}])|\b(?:sentenced|convicted|handed down (?:a )?(?:verdict|sentences?))\b|(?<![\p{L}\u200c])(?:حکم (?:محکمه|دادگاه)|محکوم شد(?:ند)?)(?![\p{L}\u200c])/iu;
/** A sentence that opens on the time since an event: "Since the attack on Crocus City Hall on 22 March 2024, …". */
const SINCE_EVENT = /^(?:Since|Ever since) (?:the|a|an)\s|^(?:С тех пор как|С момента)(?![\p{L}])/u;
/** How many days before the report's (or the thread post's) own day a reminder's day may be and still be its news. */
const REMINDED_NEWS_DAYS = 7;
/** How many days before the report a sentence's only days may be and still be its news. */
const OLD_DAYS = 120;

/** Years of birth: "1991, 1995 и 2001 годов рождения", "1983 г.р.", "born in 1983", "(b. 1990)", "متولد ۱۳۷۰". */
const BIRTH_YEARS = /(?:(?:19|20)\d\d(?:\s*(?:,|и|and)\s*))*(?:19|20)\d\d\s*(?:год(?:а|ов)? рождения|г\.\s*р\.|гг\.\s*р\.)|\b(?:born in|b\.)\s*(?:19|20)\d\d|(?:متولد|تولد)\s+(?:سال\s+)?[۰-۹]{4}/giu;
/** A year named in the text ("in 2023", "в 2023 году", "در سال ۲۰۲۳", "before the 2022 ban"). */
const YEAR = /(?<![\p{L}\p{N}])((?:19|20)\d\d|[۱][۹][۰-۹]{2}|[۲][۰][۰-۹]{2})(?![\p{N}])/gu;
/** A solar Hijri year in Dari ("در سال ۱۴۰۱"): 621 or 622 years behind the Gregorian one. */
const SOLAR_YEAR = /(?<![\p{L}\p{N}])(?:سال\s+)?([۱][۳۴][۰-۹]{2})(?![\p{N}])/gu;
const latin = (s: string) => s.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));


/**
 * Whether a sentence tells background rather than an event of the report: it has no day (or week)
 * of its own, and its date opens a span ("since 10 May", "از ۱۰ حوت به این سو": a count or a
 * trend, not one event), or is a month or a year well before the report ("the September 2022
 * fighting", "в мае 2022 года", "in 2021"), or its words are those of history and description.
 * `reference` is the story's latest day; `postDay` the day the report or its thread post was written.
 */
export function isBackground(s: Sentence, own: FoundDate[], reference: number, postDay = reference): boolean {
  // "⚪️ Напомним, 23 июня 2024 года …", "• Recall that on 3 May 2023 …": a reminder, whatever day it names;
  // so is what a verdict was about, and what has gone on since an event ("Since the attack on 22 March, …").
  // A reminder of yesterday's or today's news ("Напомним: вчера вечером в Конаеве задержали …", a
  // channel's repost), or of a day at most three before ("Напомним, студента ударили ножом в ночь на
  // субботу, 13 апреля" in Monday's post about the rally it caused), is news still.
  if (REMINDER.test(s.text) && !own.some((d) => d.precision === 'day' && (RECENT.test(d.text) || postDay - Date.parse(`${d.date}T00:00:00Z`) <= REMINDED_NEWS_DAYS * DAY))) return true;
  if (VERDICT.test(s.text) || SINCE_EVENT.test(s.text) || ASSESSMENT.test(s.text) || BACKGROUND_LABEL.test(s.text)) return true;
  // "Last year's clashes along the border killed about a hundred people": history.
  if (LAST_YEARS.test(s.text)) return true;
  // "Last week, violence stayed at a low level": a trend, whatever time it names; so is a count over a
  // week or a month ("fourteen people were detained during the past week"), or since a month with no
  // day of its own ("more than 30 people have been kidnapped since January").
  if (TREND.test(s.text) || OVER_A_PERIOD.test(s.text) || (SINCE_MONTH.test(s.text) && !own.some((d) => d.precision === 'day' && !d.since))) return true;
  // A sentence whose only days are months before the report tells history.
  const days = own.filter((d) => !d.since && !d.rangeEnd && d.precision === 'day');
  if (days.length > 0 && days.every((d) => reference - Date.parse(`${d.date}T00:00:00Z`) > OLD_DAYS * DAY)) return true;
  if (own.some((d) => !d.since && (d.precision === 'day' || d.precision === 'week'))) return false;
  // "closed since the day before yesterday", "on strike since Monday": a closure's or a strike's start is its news, not a span's.
  if (own.some((d) => d.since) && !ONGOING_SINCE.test(s.text)) return true;
  if (own.some((d) => d.precision === 'month' && reference - Date.parse(`${d.date}T00:00:00Z`) > 62 * DAY)) return true;
  const refYear = new Date(reference).getUTCFullYear();
  // "1991, 1995 и 2001 годов рождения", "born in 1983": people's ages, not when anything happened.
  const withoutBirthYears = s.text.replace(BIRTH_YEARS, (w) => ' '.repeat(w.length));
  if ([...withoutBirthYears.matchAll(YEAR)].some((m) => Number(latin(m[1]!)) < refYear)) return true;
  // Only a year two solar years back is surely before the report's (the solar year turns in March).
  if ([...s.text.matchAll(SOLAR_YEAR)].some((m) => Number(latin(m[1]!)) + 622 < refYear)) return true;
  return BACKGROUND.test(s.text);
}
