import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';
import { SECURITY_HEADERS } from '../../../shared/security/headers';

describe('SECURITY_HEADERS', () => {
  it('carries the CSP and forbids MIME sniffing', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer');
  });

  it('is accepted by the Fetch API Headers class', () => {
    const headers = new Headers(SECURITY_HEADERS);
    expect(headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
