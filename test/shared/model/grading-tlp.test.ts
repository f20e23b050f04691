import { describe, expect, it } from 'vitest';
import { CREDIBILITY, Credibility, formatGrade, parseGrade, RELIABILITY, Reliability } from '../../../shared/model/grading';
import { parseTlp, TLP_LABELS, TlpLabel } from '../../../shared/model/tlp';

describe('Admiralty grading', () => {
  it('reliability is A–F, nothing else', () => {
    expect(Reliability.options).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(Object.keys(RELIABILITY)).toEqual(Reliability.options);
    for (const r of Reliability.options) expect(Reliability.safeParse(r).success, r).toBe(true);
    for (const bad of ['G', 'a', 'f', '', 'AB', 1, null]) expect(Reliability.safeParse(bad).success, String(bad)).toBe(false);
  });

  it('credibility is the integers 1–6, nothing else', () => {
    for (const c of [1, 2, 3, 4, 5, 6]) expect(Credibility.safeParse(c).success, String(c)).toBe(true);
    expect(Object.keys(CREDIBILITY).map(Number)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const bad of [0, 7, -1, 1.5, '1', NaN, null]) expect(Credibility.safeParse(bad).success, String(bad)).toBe(false);
  });

  it('F and 6 are "cannot be judged", not the worst grade', () => {
    expect(RELIABILITY.F).toMatch(/cannot be judged/);
    expect(CREDIBILITY[6]).toMatch(/cannot be judged/);
    expect(RELIABILITY.E).toBe('Unreliable');
    expect(CREDIBILITY[5]).toBe('Improbable');
  });

  it.each([
    ['B2', 'B', 2],
    ['b2', 'B', 2],
    [' b 2 ', 'B', 2],
    ['A-1', 'A', 1],
    ['f6', 'F', 6],
  ])('parseGrade(%j) → %s%s', (text, reliability, credibility) => {
    expect(parseGrade(text)).toEqual({ reliability, credibility });
    expect(formatGrade(reliability as Reliability, credibility as Credibility)).toBe(`${reliability}${credibility}`);
  });

  it.each(['G1', 'A0', 'A7', 'B', '2', 'B22', 'BB2', '', 'B 2 x'])('parseGrade(%j) is no grade', (text) => {
    expect(parseGrade(text)).toBeUndefined();
  });
});

describe('TLP 2.0', () => {
  it('has exactly the five labels, strictest last', () => {
    expect(TLP_LABELS).toEqual(['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED']);
    for (const l of TLP_LABELS) expect(TlpLabel.safeParse(l).success).toBe(true);
    // TLP 1.0's WHITE is CLEAR in 2.0; lower case is not the stored form.
    for (const bad of ['WHITE', 'amber', 'AMBER STRICT', 'TLP:RED', '']) expect(TlpLabel.safeParse(bad).success, bad).toBe(false);
  });

  it.each([
    ['TLP:AMBER+STRICT', 'AMBER+STRICT'],
    ['amber+strict', 'AMBER+STRICT'],
    ['  red ', 'RED'],
    ['tlp: clear', 'CLEAR'],
    ['Green', 'GREEN'],
  ])('parseTlp(%j) → %s', (text, label) => {
    expect(parseTlp(text)).toBe(label);
  });

  it.each(['WHITE', 'TLP:WHITE', 'AMBER STRICT', 'AMBER+', 'AMBERSTRICT', 'ORANGE', ''])('parseTlp(%j) is no label', (text) => {
    expect(parseTlp(text)).toBeUndefined();
  });
});
