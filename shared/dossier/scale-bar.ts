/** The longest "round" length (1, 2 or 5 × 10ⁿ) not longer than `maxKm`, for a scale bar. */
export function niceScaleLength(maxKm: number): number {
  if (!(maxKm > 0) || !Number.isFinite(maxKm)) return 1;
  const power = 10 ** Math.floor(Math.log10(maxKm));
  for (const step of [5, 2, 1]) if (step * power <= maxKm) return step * power;
  return power;
}
