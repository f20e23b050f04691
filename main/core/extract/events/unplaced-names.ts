/**
 * Names a sentence gives as a place ("در بازار دیشو", "в уезде Чахаб", "the village of Sar-e Kalan")
 * that the gazetteer could not place. Where an event's sentence names its place only so, the town
 * the story told before is not where it happened: the province is all that is known.
 */

/** A word after a Dari cue that is no name: "ولسوالی این" (this district), "قریه‌های" (villages). */
const DARI_GENERIC = /^(?:این|آن|همین|همان|مرکز|دیگر|خود|مربوط|مذکور|های|ها|شان|یاد|نام|شماره)$/u;

const CUED_NAMES: readonly RegExp[] = [
  /(?<![\p{L}\u200c])(?:ولسوالی|قریه|قریهٔ|روستای|بازار|منطقهٔ|دهکدهٔ)\s+([\p{Script=Arabic}\u200c]{3,})/gu,
  /(?<![\p{L}])(?:уезде|уезда|уезд|селе|села|село|посёлке|поселке|посёлка|поселка|кишлаке|кишлака|ауле|аула|станице|станицы|деревне|деревни)\s+(\p{Lu}[\p{L}-]{2,})/gu,
  /\b(\p{Lu}[\p{L}'’-]{2,})\s+(?:district|village)\b/gu,
  /\b(?:village|district|town) of (\p{Lu}[\p{L}'’-]{2,})/gu,
];

/** Whether the sentence names a place by a cue that no found place covers. */
export function namesUnplacedPlace(sentence: string, placed: ReadonlyArray<{ start: number; end: number }>, offset: number): boolean {
  for (const re of CUED_NAMES) {
    for (const m of sentence.matchAll(re)) {
      const name = m[1]!;
      if (DARI_GENERIC.test(name)) continue;
      const at = offset + m.index! + m[0].lastIndexOf(name);
      if (!placed.some((p) => at < p.end && at + name.length > p.start)) return true;
    }
  }
  return false;
}
