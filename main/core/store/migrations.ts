import { FrontierError } from '../../../shared/ipc/errors';
import { SCHEMA_VERSION } from '../../../shared/model';

/** One step from version `from` to `from + 1`, on the raw parsed JSON (before schema validation). */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * MIGRATIONS[v] upgrades a version-v document to v+1; a format change adds its step here and bumps
 * SCHEMA_VERSION. Steps work on raw JSON and must not trust it: the schema validates afterwards.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  /**
   * 1 → 2: dossiers became a collection. A version-1 document cannot hold any (its schema had no
   * such key), so the step adds an empty one; a stray `dossiers` key in a version-1 file is not a
   * dossier list this build wrote, and is refused rather than trusted.
   */
  1: (doc) => {
    if ('dossiers' in doc) throw new FrontierError('CORRUPT', 'A format-1 notebook has a "dossiers" key, which that format did not have.');
    return { ...doc, dossiers: [] };
  },
  /**
   * 2 → 3: sources gained an optional `review`; a format-2 document has none, so nothing changes.
   * The version still moves, so that a format-2 build refuses this notebook instead of opening it
   * and dropping the review decisions it does not know on its next save.
   */
  2: (doc) => doc,
};

export function migrate(
  raw: unknown,
  file: string,
  target: number = SCHEMA_VERSION,
  steps: Readonly<Record<number, Migration>> = MIGRATIONS,
): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new FrontierError('CORRUPT', `${file} does not hold a notebook (expected a JSON object).`);
  }
  let doc = raw as Record<string, unknown>;
  const version = doc['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new FrontierError('CORRUPT', `${file} has no valid schemaVersion.`);
  }
  if (version > target) {
    throw new FrontierError(
      'TOO_NEW',
      `${file} was written by a newer Frontier (format ${version}; this build reads up to ${target}). Update Frontier to open it.`,
    );
  }
  for (let v = version; v < target; v++) {
    const step = steps[v];
    if (!step) throw new FrontierError('INTERNAL', `No migration from notebook format ${v} to ${v + 1}.`);
    doc = { ...step(doc), schemaVersion: v + 1 };
  }
  return doc;
}
