import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import model from '../../../../assets/extract/candidate-model.json';
import { candidateFeatures, FEATURE_NAMES, type CandidateView } from '../../../../main/core/extract/events/candidate-features';
import { fitLogistic, predict } from '../../../../main/core/extract/events/logistic';
import { scoreCandidates } from '../../../../main/core/extract/events/score-candidates';
import { extractFromText, findMentions } from '../../../../main/core/extract/extract-text';
import { LAMBDA } from '../../../bench/candidate-model/train';
import { FIXTURES, trainingRows } from '../../../bench/candidate-model/training-rows';

const TEXT = 'KUNDUZ, 8 October 2021\n\nA suicide bomber attacked worshippers at a mosque in Kunduz on Friday, killing 46 people. Officials said the bomber struck during prayers.';
const REF = '2021-10-08';
const span = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
const bombing: CandidateView = {
  date: REF,
  datePrecision: 'day',
  place: 'Kunduz',
  geoPrecision: 'exact',
  type: 'Explosions/Remote violence',
  subType: 'Suicide bomb',
  actors: [],
  fatalities: 46,
  injured: null,
  ...span('A suicide bomber attacked worshippers at a mosque in Kunduz on Friday, killing 46 people.'),
};
// The same bombing told again, with neither its day nor its place in the sentence.
const again: CandidateView = { ...bombing, fatalities: null, ...span('Officials said the bomber struck during prayers.') };
const context = (candidates: CandidateView[]) => ({ ...findMentions(TEXT, REF), text: TEXT, candidates });
const feature = (row: number[], name: (typeof FEATURE_NAMES)[number]) => row[FEATURE_NAMES.indexOf(name)];

describe('logistic regression (the scorer’s model)', () => {
  const rows = [[0, 1], [1, 1], [2, 1], [3, 1], [5, 1], [6, 1], [7, 1], [8, 1]];
  const labels = [0, 0, 0, 0, 1, 1, 1, 1];

  it('fits rows that a threshold separates, and gives the same model every time', () => {
    const fitted = fitLogistic(rows, labels, { lambda: 0.01 });
    expect(predict(fitted, [0, 1])).toBeLessThan(0.1);
    expect(predict(fitted, [8, 1])).toBeGreaterThan(0.9);
    expect(predict(fitted, [4, 1])).toBeCloseTo(0.5, 1);
    // A constant feature has no spread and no say.
    expect(fitted.scale[1]).toBe(1);
    expect(fitted.weights[1]).toBe(0);
    expect(fitLogistic(rows, labels, { lambda: 0.01 })).toEqual(fitted);
  });

  it('shrinks weights as the penalty grows, and refuses rows without labels', () => {
    const loose = fitLogistic(rows, labels, { lambda: 0.01 });
    const tight = fitLogistic(rows, labels, { lambda: 50 });
    expect(Math.abs(tight.weights[0]!)).toBeLessThan(Math.abs(loose.weights[0]!));
    expect(() => fitLogistic(rows, labels.slice(1))).toThrow(/as many labels as rows/);
    expect(() => fitLogistic([], [])).toThrow(/as many labels as rows/);
  });
});

describe('what the scorer sees of a candidate', () => {
  it('tells a day and a place stated in the sentence from ones taken from around it, and an event told again', () => {
    const [first, second] = [bombing, again].map((c, i) => candidateFeatures(c, i, context([bombing, again])));
    expect(first).toHaveLength(FEATURE_NAMES.length);
    expect(feature(first!, 'date:stated in sentence')).toBe(1);
    expect(feature(first!, 'place:stated in sentence')).toBe(1);
    expect(feature(first!, 'date:report date, not stated')).toBe(0);
    expect(feature(first!, 'duplicate:same day and place')).toBe(0);
    expect(feature(first!, 'casualties:killed')).toBe(1);
    expect(feature(second!, 'date:stated in sentence')).toBe(0);
    expect(feature(second!, 'place:stated in sentence')).toBe(0);
    expect(feature(second!, 'date:report date, not stated')).toBe(1);
    expect(feature(second!, 'duplicate:same day and place')).toBe(1);
    expect(feature(second!, 'sentence:saying')).toBe(1);
    expect(feature(first!, 'type:Explosions/Remote violence')).toBe(1);
    expect(feature(first!, 'subType:Other')).toBe(0);
  });

  it('reads the script and the day counted back from the report', () => {
    const text = 'Душанбе, 10 мая 2023 г.\n\nВ Душанбе 7 мая задержаны трое.';
    const c: CandidateView = { ...bombing, date: '2023-05-07', place: 'Dushanbe', type: 'Strategic developments', subType: 'Arrests', start: text.indexOf('В Душанбе'), end: text.length };
    const row = candidateFeatures(c, 0, { ...findMentions(text, '2023-05-10'), text, candidates: [c] });
    expect(feature(row, 'script:cyrillic')).toBe(1);
    expect(feature(row, 'script:arabic')).toBe(0);
    expect(feature(row, 'date:log days before report')).toBeCloseTo(Math.log1p(3));
    expect(feature(row, 'date:stated in sentence')).toBe(1);
  });
});

describe('event candidates scored by the model fitted to annotated reports', () => {
  it('ranks an event told with its day and place above the same event told again, which it lists as less likely', () => {
    const [first, second] = scoreCandidates(context([bombing, again]));
    expect(first!.likely).toBe(true);
    expect(second!.confidence).toBeLessThan(first!.confidence);
    expect(second!.likely).toBe(false);
    for (const s of [first!, second!]) {
      expect(s.confidence).toBeGreaterThanOrEqual(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('gives every candidate extraction finds a score, likely by the model file’s threshold', () => {
    const { events } = extractFromText(TEXT, REF);
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.likely).toBe(e.confidence >= model.threshold);
  });

  it('is the model that training on the first runs gives (npm run extract:train), fitted to the features computed today', { timeout: 120_000 }, () => {
    expect(model.features).toEqual([...FEATURE_NAMES]);
    const { rows } = trainingRows();
    // Every set that is in the development set is trained on, and no held-out set is.
    const firstRuns = readdirSync(join(FIXTURES, 'first-runs')).map((f) => JSON.parse(readFileSync(join(FIXTURES, 'first-runs', f), 'utf8')) as { set: string; reports: Array<{ file: string }> });
    const developed = firstRuns.filter((r) => r.reports.every((x) => existsSync(join(FIXTURES, x.file)))).map((r) => r.set);
    expect(model.trainedOn.sets).toEqual(developed.sort());
    expect(model.trainedOn.candidates).toBe(rows.length);
    const refit = fitLogistic(rows.map((r) => r.features), rows.map((r) => (r.right ? 1 : 0)), { lambda: LAMBDA });
    refit.weights.forEach((w, j) => expect(model.weights[j]).toBeCloseTo(w, 5));
    expect(model.bias).toBeCloseTo(refit.bias, 5);
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
  });
});
