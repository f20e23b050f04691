import type { AcledEventType } from './acled';

/**
 * One colour per ACLED event type, from the Okabe–Ito palette, which stays distinct for the
 * common forms of colour blindness. Violence is warm, protest blue, strategic developments green.
 * The app's map and the printed dossier both use these, so print and screen agree.
 */
export const EVENT_COLOURS: Readonly<Record<AcledEventType, string>> = {
  Battles: '#D55E00',
  'Explosions/Remote violence': '#E69F00',
  'Violence against civilians': '#CC79A7',
  Protests: '#0072B2',
  Riots: '#56B4E9',
  'Strategic developments': '#009E73',
};
