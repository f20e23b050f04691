import { afterEach, describe, expect, it } from 'vitest';
import { verifyNotebook } from '../../../../main/core/verify/verify';
import { openTempNotebook } from '../../../helpers/temp-notebook';

describe('verify and dossiers', () => {
  let nb: Awaited<ReturnType<typeof openTempNotebook>> | undefined;
  afterEach(async () => nb?.dispose());

  it('warns about a dossier that lists a deleted note (its exports leave it out), and stays ok', async () => {
    nb = await openTempNotebook();
    const kept = await nb.services.notes.create({ title: 'Kunduz', body: '' });
    const gone = await nb.services.notes.create({ title: 'Khanabad', body: '' });
    const dossier = await nb.services.dossiers.create({ title: 'Kunduz brief', selection: { kind: 'manual' }, noteIds: [kept.id, gone.id] });
    await nb.services.notes.delete(gone.id);
    await nb.store.close();

    const report = await verifyNotebook(nb.dir);
    expect(report.ok).toBe(true);
    expect(report.findings).toEqual([expect.objectContaining({ level: 'warning', code: 'DOSSIER_MISSING_NOTES', itemId: dossier.id, message: expect.stringContaining(gone.id) })]);
  });
});
