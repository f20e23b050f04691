import { CONTENT_SECURITY_POLICY } from './csp';

/**
 * Response headers for every page and asset Frontier serves, in Electron (app://) and in browser
 * mode (http://127.0.0.1). One list, so both hosts harden the same way.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  // Never guess a type: an uploaded-looking file must not turn into a script or a page.
  'X-Content-Type-Options': 'nosniff',
  // Links out (after the user confirms) must not tell the world which note they came from.
  'Referrer-Policy': 'no-referrer',
  // No other window keeps a handle on ours.
  'Cross-Origin-Opener-Policy': 'same-origin',
};
