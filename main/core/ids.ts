import { randomBytes } from 'node:crypto';
import { ID_PREFIX, type ItemKind } from '../../shared/model';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford base32, lowercase: no i, l, o, u

/**
 * A new id: kind prefix, 9 characters of milliseconds (sorts by creation time until the year
 * 3084) and 3 random ones. Collisions inside one millisecond are caught by the services' checks.
 */
export function newId(kind: ItemKind, now = Date.now()): string {
  let time = '';
  let t = now;
  for (let i = 0; i < 9; i++) {
    time = ALPHABET[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const rand = randomBytes(3);
  let tail = '';
  for (const b of rand) tail += ALPHABET[b % 32];
  return `${ID_PREFIX[kind]}_${time}${tail}`;
}
