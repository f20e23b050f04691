import type { z } from 'zod';

const DEFAULT_MESSAGE = /^(Too small|Too big|Invalid|Expected|Required)\b/;

const FORMATS: Record<string, string> = {
  date: 'a date YYYY-MM-DD',
  datetime: 'a date and time (ISO 8601)',
  email: 'an e-mail address',
  url: 'a URL',
};

/**
 * What is wrong with one input field, as the end of a sentence ("must be 0 or more"), or the
 * schema's own words when it has them ("a title is required"). For the messages people read —
 * the CLI names the option — where zod's defaults ("Too small: expected number to be >=0") speak
 * of types and operators.
 */
export function describeIssue(issue: z.core.$ZodIssue): { reason: string; custom: boolean } {
  if (!DEFAULT_MESSAGE.test(issue.message)) return { reason: issue.message, custom: true };
  const phrase = ((): string | undefined => {
    switch (issue.code) {
      case 'too_small': {
        const min = Number(issue.minimum);
        if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') return issue.inclusive === false ? `must be more than ${min}` : `must be ${min} or more`;
        if (issue.origin === 'string') return min <= 1 ? 'must not be empty' : `must be at least ${min} characters long`;
        if (issue.origin === 'array' || issue.origin === 'set') return `needs at least ${min}`;
        return undefined;
      }
      case 'too_big': {
        const max = Number(issue.maximum);
        if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') return issue.inclusive === false ? `must be less than ${max}` : `must be ${max} or less`;
        if (issue.origin === 'string') return `must be at most ${max} characters long`;
        if (issue.origin === 'array' || issue.origin === 'set') return `takes at most ${max}`;
        return undefined;
      }
      case 'invalid_format':
        return FORMATS[issue.format] ? `must be ${FORMATS[issue.format]}` : undefined;
      case 'invalid_type':
        if (issue.expected === 'int') return 'must be a whole number';
        if (issue.expected === 'number') return 'must be a number';
        if (issue.expected === 'string') return 'must be text';
        if (issue.expected === 'boolean') return 'must be true or false';
        return undefined;
      case 'invalid_value':
        return issue.values.length === 1 ? `must be ${String(issue.values[0])}` : `must be one of: ${issue.values.map(String).join(', ')}`;
      default:
        return undefined;
    }
  })();
  return { reason: phrase ?? issue.message, custom: phrase === undefined };
}
