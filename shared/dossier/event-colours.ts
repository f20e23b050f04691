import type { AcledEventType } from '../geo/acled';

/**
 * One colour per ACLED event type for the printed map and timeline: the same Okabe–Ito colours
 * as the app's map legend (renderer/features/map/event-style.ts), so print and screen agree and
 * stay apart for the common colour-vision deficiencies.
 */
export const EVENT_COLOURS: Readonly<Record<AcledEventType, string>> = {
  Battles: '#D55E00',
  'Explosions/Remote violence': '#E69F00',
  'Violence against civilians': '#CC79A7',
  Protests: '#0072B2',
  Riots: '#56B4E9',
  'Strategic developments': '#009E73',
};
