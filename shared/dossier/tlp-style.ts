import type { TlpLabel } from '../model';

/**
 * How FIRST's TLP 2.0 standard says a label is shown: `TLP:` and the label, in the label's colour
 * on a black background (the colours are given as RGB in the standard; TLP:CLEAR is white on
 * black, AMBER and AMBER+STRICT share the amber).
 */
export const TLP_COLOURS: Readonly<Record<TlpLabel, string>> = {
  CLEAR: '#FFFFFF',
  GREEN: '#33FF00',
  AMBER: '#FFC000',
  'AMBER+STRICT': '#FFC000',
  RED: '#FF2B2B',
};
export const TLP_BACKGROUND = '#000000';

/** The standard's one-line summaries of what a recipient may do with the document. */
export const TLP_DEFINITIONS: Readonly<Record<TlpLabel, string>> = {
  CLEAR: 'Recipients can spread this to the world; there is no limit on disclosure.',
  GREEN: 'Limited disclosure: recipients can spread this within their community.',
  AMBER: 'Limited disclosure: recipients can only spread this on a need-to-know basis within their organization and its clients.',
  'AMBER+STRICT': 'Limited disclosure: restricted to the organization only.',
  RED: 'For the eyes and ears of individual recipients only; no further disclosure.',
};

export const tlpText = (label: TlpLabel): string => `TLP:${label}`;
