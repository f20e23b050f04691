/**
 * `npm run extract:train`: fits the event-candidate scorer (assets/extract/candidate-model.json) to
 * what the rules found the first time they saw each development set (training-rows.ts), and chooses
 * the score below which a candidate is offered as less likely.
 *
 * The threshold and the figures printed come from leave-one-set-out cross-validation: each set is
 * scored by a model fitted without it, as new reports would be. The model written is then fitted on
 * every set. Training is deterministic, so running this again gives the same file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEATURE_NAMES } from '../../../main/core/extract/events/candidate-features';
import { fitLogistic, predict, type LogisticModel } from '../../../main/core/extract/events/logistic';
import { trainingRows, type TrainingRow } from './training-rows';

export const MODEL_FILE = join(import.meta.dirname, '../../../assets/extract/candidate-model.json');
export const LAMBDA = 1;
/** How much recall (on unseen sets, cross-validated) the likely list may give up for precision. */
const RECALL_GIVEN = 0.03;

const fit = (rows: TrainingRow[]) => fitLogistic(rows.map((r) => r.features), rows.map((r) => (r.right ? 1 : 0)), { lambda: LAMBDA });
const round = (x: number) => Math.round(x * 1e6) / 1e6;

interface Scored {
  set: string;
  score: number;
  right: boolean;
}

function figures(scored: Scored[], annotated: number, threshold: number) {
  const kept = scored.filter((s) => s.score >= threshold);
  const right = kept.filter((s) => s.right).length;
  const precision = kept.length === 0 ? 1 : right / kept.length;
  const recall = annotated === 0 ? 1 : right / annotated;
  return { kept: kept.length, right, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** Each set's candidates scored by a model fitted on the other sets. */
function crossValidated(rows: TrainingRow[]): Scored[] {
  const sets = [...new Set(rows.map((r) => r.set))];
  return sets.flatMap((set) => {
    const model = fit(rows.filter((r) => r.set !== set));
    return rows.filter((r) => r.set === set).map((r) => ({ set, score: predict(model, r.features), right: r.right }));
  });
}

/** The model as written: its numbers rounded, so that the file is stable and readable. */
export function modelFile(rows: TrainingRow[], model: LogisticModel, threshold: number, cv: ReturnType<typeof figures>, baseline: ReturnType<typeof figures>) {
  return {
    about: 'Event-candidate scorer: logistic regression over candidate-features.ts, fitted by test/bench/candidate-model/train.ts (npm run extract:train) to the first runs in test/fixtures/extract/first-runs/.',
    features: [...FEATURE_NAMES],
    mean: model.mean.map(round),
    scale: model.scale.map(round),
    weights: model.weights.map(round),
    bias: round(model.bias),
    threshold,
    trainedOn: { sets: [...new Set(rows.map((r) => r.set))].sort(), candidates: rows.length, right: rows.filter((r) => r.right).length },
    crossValidated: {
      all: { precision: round(baseline.precision), recall: round(baseline.recall) },
      likely: { precision: round(cv.precision), recall: round(cv.recall) },
    },
  };
}

/** Fits, cross-validates and returns the file's content (the test checks it against the file). */
export function trainCandidateModel(verbose = false) {
  const { rows, annotated } = trainingRows();
  const total = [...annotated.values()].reduce((a, b) => a + b, 0);
  const scored = crossValidated(rows);
  const grid = Array.from({ length: 18 }, (_, i) => round(0.05 * (i + 1)));
  // The highest threshold that costs at most RECALL_GIVEN of recall on sets the model had not seen:
  // the scorer is to put what is probably wrong below the rest, not to hide right events (F1 is
  // flat over a wide range of thresholds, so it does not choose one).
  const baseline = figures(scored, total, 0);
  const threshold = grid.filter((t) => figures(scored, total, t).recall >= baseline.recall - RECALL_GIVEN).at(-1) ?? 0;
  const cv = figures(scored, total, threshold);
  if (verbose) {
    const pct = (x: number) => x.toFixed(2);
    console.log(`${rows.length} candidates from ${annotated.size} sets' first runs, ${rows.filter((r) => r.right).length} right; ${total} events annotated.`);
    console.log('Leave-one-set-out, by threshold:');
    for (const t of grid) {
      const f = figures(scored, total, t);
      console.log(`  ${t.toFixed(2)}  kept ${String(f.kept).padStart(4)}  precision ${pct(f.precision)}  recall ${pct(f.recall)}  F1 ${pct(f.f1)}${t === threshold ? '  ← chosen' : ''}`);
    }
    console.log(`All candidates: precision ${pct(baseline.precision)} recall ${pct(baseline.recall)}; likely ones (score ≥ ${threshold}): precision ${pct(cv.precision)} recall ${pct(cv.recall)}.`);
    console.log('By set (all → likely):');
    for (const set of annotated.keys()) {
      const of = scored.filter((s) => s.set === set);
      const [a, l] = [figures(of, annotated.get(set)!, 0), figures(of, annotated.get(set)!, threshold)];
      console.log(`  ${set.padEnd(3)} ${pct(a.precision)}/${pct(a.recall)} → ${pct(l.precision)}/${pct(l.recall)}`);
    }
  }
  return modelFile(rows, fit(rows), threshold, cv, baseline);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = trainCandidateModel(true);
  writeFileSync(MODEL_FILE, `${JSON.stringify(file, null, 1)}\n`);
  console.log(`Wrote ${MODEL_FILE}`);
}
