import { FrontierError } from '../../shared/ipc/errors';
import { normalizeTitle } from '../../shared/links';
import type { Session } from './session';

/** Lets the CLI take a title where it takes an id: `frontier note show "Kabul airport attack"`. */
export function resolveItem(s: Session, kind: 'notes' | 'sources' | 'events', idOrTitle: string): string {
  if (s.store.get(kind, idOrTitle)) return idOrTitle;
  const key = normalizeTitle(idOrTitle);
  const matches = [...s.store.all(kind)].filter((item) => normalizeTitle(item.title) === key);
  if (matches.length === 1) return matches[0]!.id;
  const what = kind.slice(0, -1);
  if (matches.length > 1) {
    throw new FrontierError('CONFLICT', `${matches.length} ${kind} are titled "${idOrTitle}"; use an id: ${matches.map((m) => m.id).join(', ')}.`);
  }
  throw new FrontierError('NOT_FOUND', `No ${what} with id or title "${idOrTitle}".`);
}
