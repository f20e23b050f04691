import { z } from 'zod';

/**
 * Item ids are a kind prefix and 12 lowercase base32 characters (`n_` notes, `s_` sources, `e_` events).
 * Short enough to type in a citation (`[@s_01j9x3k7q2mv]`), prefixed so that an id says what it
 * names. They are generated in main/core (shared/ has no random source it may rely on).
 */
export const ID_PREFIX = { note: 'n', source: 's', event: 'e', dossier: 'd' } as const;
export type ItemKind = keyof typeof ID_PREFIX;

const ID_BODY = '[0-9a-z]{12}';
export const ID_PATTERN = new RegExp(`^[nsed]_${ID_BODY}$`);

const idOf = (kind: ItemKind) =>
  z.string().regex(new RegExp(`^${ID_PREFIX[kind]}_${ID_BODY}$`), `not a ${kind} id`);

export const NoteId = idOf('note');
export const SourceId = idOf('source');
export const EventId = idOf('event');
export const DossierId = idOf('dossier');
export const AnyId = z.string().regex(ID_PATTERN, 'not a Frontier id');

export function kindOfId(id: string): ItemKind | undefined {
  if (!ID_PATTERN.test(id)) return undefined;
  const prefix = id[0];
  return (Object.keys(ID_PREFIX) as ItemKind[]).find((k) => ID_PREFIX[k] === prefix);
}
