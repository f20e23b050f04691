import { z } from 'zod';

/** FIRST Traffic Light Protocol 2.0 labels, strictest last. */
export const TLP_LABELS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const;
export const TlpLabel = z.enum(TLP_LABELS);
export type TlpLabel = z.infer<typeof TlpLabel>;

/** Parses `TLP:AMBER+STRICT`, `amber+strict` or `AMBER`; undefined when it is none of the labels. */
export function parseTlp(text: string): TlpLabel | undefined {
  const label = text.trim().toUpperCase().replace(/^TLP:\s*/, '');
  return (TLP_LABELS as readonly string[]).includes(label) ? (label as TlpLabel) : undefined;
}
