import { useEffect, useState } from 'react';

/** useState that survives reloads (localStorage, per origin). Bad or missing stored values fall back to the default. */
export function useStoredState<T>(key: string, initial: T, valid: (v: unknown) => v is T): [T, (v: T) => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const raw = window.localStorage.getItem(key);
      const parsed: unknown = raw === null ? undefined : JSON.parse(raw);
      return valid(parsed) ? parsed : initial;
    } catch {
      return initial;
    }
  });
  useEffect(() => {
    try {
      window.localStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Storage full or disabled: the layout is simply not remembered.
    }
  }, [key, value]);
  return [value, setValue];
}
