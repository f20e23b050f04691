/**
 * Who is speaking around an event: an interviewer's question, a Dari speaker whose own day and place
 * come before the verb that opens the quote, the police as who investigates or tells of an attack,
 * and a list item's own line under its section heading.
 */

/** Where the bulleted line holding an offset starts ("\n- On Wednesday, 28 May, …"), if it starts after `from`. */
export function bulletLineStart(text: string, from: number, at: number): number | undefined {
  const line = text.lastIndexOf('\n', at);
  return line >= from && /^\n[ \t]*[-•*▪►–—][ \t]/u.test(text.slice(line, line + 4)) ? line : undefined;
}

/** A questioner's turn in a transcript: "پرسش (…):", "Question:", "Q:", "Вопрос:". */
export const QUESTION_TURN = /^(?:پرسش|سوال|سؤال|Question|Q|Вопрос)\s*(?:\([^)\n]{0,80}\))?\s*[:：]/iu;
/** A Dari saying verb that opens a quote or a "که" clause ("گفت: «", "افزود که"). */
const DARI_SAID = /(?<![\p{L}\u200c])(?:گفت|افزود|اظهار داشت|اعلام کرد|تصریح کرد)(?:\s*[:：]\s*[«"“]?|\s+که(?![\p{L}\u200c]))/gu;
/** Where the last Dari saying verb before a trigger starts, if the trigger is in what it says. */
export function dariQuoteVerb(sentence: string, triggerAt: number): number | undefined {
  let at: number | undefined;
  for (const m of sentence.matchAll(DARI_SAID)) if (m.index! + m[0].length <= triggerAt) at = m.index!;
  return at;
}

/** The police as who looks into or tells of an attack ("Полиция ищет нападавших", "police are investigating", "پولیس می‌گوید"), not as its target. */
export const POLICE_INVESTIGATE = /(?:\bpolice\s+(?:are|is|were|have|has)?\s*(?:investigat|search|look|hunt|said|say)\w*|(?<![\p{L}])полици\p{L}*\s+(?:ищ|разыскива|выясня|устанавлива|проводит провер|расследу|сообщ)\p{L}*|(?<![\p{L}\u200c])پولیس\s+(?:می‌?گوی(?:د|ند)|گفت(?:ه|ند)?|در حال بررسی|تحقیق)\S*)/giu;
