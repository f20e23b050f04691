import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES } from '../../../shared/security/csp';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
}

describe('CONTENT_SECURITY_POLICY', () => {
  const parsed = directives(CONTENT_SECURITY_POLICY);

  it('is the policy of ARCHITECTURE §7, plus the non-fetch directives', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; base-uri 'none'; " +
        "form-action 'none'; frame-ancestors 'none'; object-src 'none'",
    );
  });

  it.each([
    ['default-src', ["'none'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    ['object-src', ["'none'"]],
  ])('%s is %j', (name, sources) => {
    expect(parsed.get(name)).toEqual(sources);
  });

  it('names each directive once and matches CSP_DIRECTIVES', () => {
    expect(parsed.size).toBe(CONTENT_SECURITY_POLICY.split(';').length);
    expect([...parsed.keys()]).toEqual(Object.keys(CSP_DIRECTIVES));
  });

  it('never allows eval, inline script, or wasm eval', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|strict-dynamic/);
    expect(parsed.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('names no remote host, wildcard or network scheme', () => {
    const sources = [...parsed.values()].flat();
    const allowedTokens = new Set(["'none'", "'self'", "'unsafe-inline'", 'data:', 'blob:']);
    expect(sources.filter((source) => !allowedTokens.has(source))).toEqual([]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/\*|https?:|wss?:|\/\//);
  });

  it('is a valid header value (no newlines or commas)', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/[\r\n,]/);
  });
});
