import { foldName } from '../../geo';

/**
 * A name reduced to what its transliterations share, so Rahmon and Rakhmon, Shoigu and Shoygu,
 * Muhriddin and Mukhriddin are one person: folded (no accents, one case), kh→h, dzh/dj→j, y→i,
 * ou→u, doubled letters single.
 */
export function nameKey(name: string): string {
  return foldName(name)
    .replace(/kh/g, 'h')
    .replace(/dzh|dj/g, 'j')
    .replace(/ou/g, 'u')
    .replace(/y/g, 'i')
    .replace(/(\p{L})\1+/gu, '$1');
}
