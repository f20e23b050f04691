import type { ItemKind } from '../../../shared/model';
import { newId } from '../ids';

/**
 * Ids for many items made in one go. An id has three random characters per millisecond, so a
 * thousand events created at once would collide now and then; this remembers what it handed out
 * and asks the notebook what exists.
 */
export function idMaker(exists: (id: string) => boolean, now: number): (kind: ItemKind) => string {
  const taken = new Set<string>();
  return (kind) => {
    for (;;) {
      const id = newId(kind, now);
      if (!taken.has(id) && !exists(id)) {
        taken.add(id);
        return id;
      }
    }
  };
}
