import model from '../../../../assets/extract/candidate-model.json';
import { candidateFeatures, FEATURE_NAMES, type CandidateContext, type CandidateView } from './candidate-features';
import { predict } from './logistic';

export interface CandidateScore {
  /** 0–1: how likely the candidate is an event told with the right date and place. */
  confidence: number;
  /** At or above the threshold chosen by cross-validation: offered first for review. */
  likely: boolean;
}

/** The model file is fitted to one list of features; a list changed since would score nonsense. */
const fitted = model.features.length === FEATURE_NAMES.length && model.features.every((f, i) => f === FEATURE_NAMES[i]);

/**
 * Scores a report's event candidates with the model fitted to what the rules found in reports they
 * had not seen (test/bench/candidate-model/train.ts). The rules find more than is right: about four
 * in ten of their candidates on new text have the wrong date or place, or are no event (a reaction,
 * the same event told again); the score ranks those below the rest.
 */
export function scoreCandidates(ctx: CandidateContext): CandidateScore[] {
  if (!fitted) throw new Error('assets/extract/candidate-model.json was fitted to other features than candidate-features.ts computes: run npm run extract:train');
  return ctx.candidates.map((c: CandidateView, i) => {
    const confidence = Math.round(predict(model, candidateFeatures(c, i, ctx)) * 1000) / 1000;
    return { confidence, likely: confidence >= model.threshold };
  });
}
