const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 64;

/**
 * Finds a key that could pollute prototypes if some code merged the input into an object
 * (`__proto__`, `constructor`, `prototype`) — JSON.parse creates `__proto__` as an own key, so
 * input from the HTTP bridge can carry one. Also refuses absurd nesting, which no contract needs.
 */
export function findForbiddenKey(value: unknown, depth = 0): string | undefined {
  if (depth > MAX_DEPTH) return '(nesting too deep)';
  if (typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findForbiddenKey(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key !== 'string') return '(symbol key)';
    if (FORBIDDEN.has(key)) return key;
    const found = findForbiddenKey((value as Record<string, unknown>)[key], depth + 1);
    if (found) return found;
  }
  return undefined;
}
