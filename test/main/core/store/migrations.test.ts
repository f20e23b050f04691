import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../../../main/core/store/migrations';
import { SCHEMA_VERSION } from '../../../../shared/model';

describe('migrations', () => {
  it('has a step for every older version up to the current one', () => {
    for (let v = 1; v < SCHEMA_VERSION; v++) expect(MIGRATIONS[v], `missing migration ${v} → ${v + 1}`).toBeTypeOf('function');
  });

  it('runs steps in order and stamps each new version', () => {
    const steps = {
      1: (d: Record<string, unknown>) => ({ ...d, trail: ['1→2'] }),
      2: (d: Record<string, unknown>) => ({ ...d, trail: [...(d['trail'] as string[]), '2→3'] }),
    };
    expect(migrate({ schemaVersion: 1 }, 'nb.json', 3, steps)).toEqual({ schemaVersion: 3, trail: ['1→2', '2→3'] });
    expect(migrate({ schemaVersion: 3, x: 1 }, 'nb.json', 3, steps)).toEqual({ schemaVersion: 3, x: 1 });
  });

  it('refuses a newer format, a missing version and non-objects, naming the file', () => {
    expect(() => migrate({ schemaVersion: SCHEMA_VERSION + 1 }, '/n/notebook.json')).toThrow(/\/n\/notebook.json was written by a newer Frontier/);
    expect(() => migrate({ schemaVersion: SCHEMA_VERSION + 1 }, 'f')).toThrowError(expect.objectContaining({ code: 'TOO_NEW' }));
    expect(() => migrate({}, 'f')).toThrowError(expect.objectContaining({ code: 'CORRUPT' }));
    expect(() => migrate([], 'f')).toThrowError(expect.objectContaining({ code: 'CORRUPT' }));
    expect(() => migrate({ schemaVersion: 1 }, 'f', 2, {})).toThrowError(expect.objectContaining({ code: 'INTERNAL' }));
  });
});
