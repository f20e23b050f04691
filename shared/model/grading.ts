import { z } from 'zod';

/**
 * Admiralty (NATO STANAG 2511) source grading: the reliability of the source and the credibility
 * of the information are graded separately, so "B2" reads "usually reliable, probably true".
 */
export const RELIABILITY = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
} as const;

export const CREDIBILITY = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
} as const;

export const Reliability = z.enum(['A', 'B', 'C', 'D', 'E', 'F']);
export type Reliability = z.infer<typeof Reliability>;

export const Credibility = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
  z.literal(6),
]);
export type Credibility = z.infer<typeof Credibility>;

/** Parses a combined grade such as `B2` or `b 2`; undefined when it is not one. */
export function parseGrade(text: string): { reliability: Reliability; credibility: Credibility } | undefined {
  const m = /^\s*([A-Fa-f])\s*-?\s*([1-6])\s*$/.exec(text);
  if (!m || !m[1] || !m[2]) return undefined;
  return {
    reliability: m[1].toUpperCase() as Reliability,
    credibility: Number(m[2]) as Credibility,
  };
}

export const formatGrade = (r: Reliability, c: Credibility): string => `${r}${c}`;
