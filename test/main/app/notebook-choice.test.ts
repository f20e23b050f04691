import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectFolder } from '../../../main/app/folder-inspection';
import { decideNotebookChoice, titleForFolder, type FolderInspection } from '../../../main/app/notebook-choice';

const dir = '/home/ana/Notebooks/Kunduz';
const folder = (...names: string[]): FolderInspection => ({ kind: 'folder', names });

describe('decideNotebookChoice', () => {
  it.each<[string, FolderInspection]>([
    ['a notebook', folder('notebook.json', 'journal.ndjson', 'blobs', 'backups', '.lock')],
    ['a bare notebook.json', folder('notebook.json')],
    ['a notebook with Finder litter', folder('.DS_Store', 'notebook.json')],
  ])('Open on %s: opens it', (_name, inspection) => {
    expect(decideNotebookChoice(dir, inspection, 'open')).toEqual({ action: 'open', dir });
  });

  it('New on an empty folder: creates', () => {
    expect(decideNotebookChoice(dir, folder(), 'create')).toEqual({ action: 'create', dir });
    expect(decideNotebookChoice(dir, folder('.DS_Store', 'Thumbs.db', 'desktop.ini', '.localized'), 'create')).toEqual({ action: 'create', dir });
  });

  it('New on a folder that does not exist yet: creates', () => {
    expect(decideNotebookChoice(dir, { kind: 'missing' }, 'create')).toEqual({ action: 'create', dir });
  });

  it('Open on an empty folder: creates, after asking', () => {
    const choice = decideNotebookChoice(dir, folder('.DS_Store'), 'open');
    expect(choice).toMatchObject({ action: 'create', dir });
    expect(choice.action === 'create' && choice.confirm).toMatch(/is empty\. Create a new notebook in it\?/);
  });

  it('New on an existing notebook: never creates over it; offers to open it', () => {
    const choice = decideNotebookChoice(dir, folder('notebook.json', 'journal.ndjson'), 'create');
    expect(choice).toMatchObject({ action: 'open', dir });
    expect(choice.action === 'open' && choice.confirm).toMatch(/already holds a Frontier notebook.*Open this one instead\?/);
  });

  it.each(['open', 'create'] as const)('%s on a folder with other files: refuses', (intent) => {
    const choice = decideNotebookChoice(dir, folder('report.docx', 'photos', 'notes.txt', 'more.pdf'), intent);
    expect(choice.action).toBe('refuse');
    const message = choice.action === 'refuse' ? choice.message : '';
    expect(message).toContain('report.docx, photos, notes.txt, …');
    expect(message).toMatch(intent === 'create' ? /only in an empty folder/ : /has no notebook\.json/);
  });

  it('a lone .lock is not a notebook and not empty: refuses', () => {
    expect(decideNotebookChoice(dir, folder('.lock'), 'create').action).toBe('refuse');
  });

  it.each([
    ['journal and backups, notebook.json gone', ['journal.ndjson', 'backups', 'blobs', '.lock'], 'journal.ndjson, blobs, backups are'],
    ['only backups left', ['backups'], 'backups is'],
  ])('%s: a damaged notebook is never replaced; says to run frontier restore', (_name, names, listed) => {
    for (const intent of ['open', 'create'] as const) {
      const choice = decideNotebookChoice(dir, folder(...names), intent);
      expect(choice.action).toBe('refuse');
      const message = choice.action === 'refuse' ? choice.message : '';
      expect(message).toContain(`notebook.json is missing, but ${listed} there`);
      expect(message).toContain(`frontier --notebook ${dir} restore`);
    }
  });

  it('quotes a folder with spaces in the restore command', () => {
    const choice = decideNotebookChoice('/home/ana/My Notebooks/Panj "river"', folder('journal.ndjson'), 'open');
    expect(choice.action === 'refuse' && choice.message).toContain('frontier --notebook "/home/ana/My Notebooks/Panj \\"river\\"" restore');
  });

  it('refuses a file, and Open on a folder that does not exist', () => {
    expect(decideNotebookChoice(dir, { kind: 'not-a-folder' }, 'create')).toMatchObject({ action: 'refuse', message: expect.stringMatching(/is a file, not a folder/) });
    expect(decideNotebookChoice(dir, { kind: 'missing' }, 'open')).toMatchObject({ action: 'refuse', message: expect.stringMatching(/does not exist/) });
  });

  it('resolves the folder it returns', () => {
    expect(decideNotebookChoice('/home/ana/Notebooks/../Kunduz/', folder(), 'create')).toEqual({ action: 'create', dir: '/home/ana/Kunduz' });
  });
});

describe('titleForFolder', () => {
  it('names a new notebook after its folder', () => {
    expect(titleForFolder('/home/ana/Northern Afghanistan')).toBe('Northern Afghanistan');
    expect(titleForFolder('/home/ana/Душанбе/')).toBe('Душанбе');
    expect(titleForFolder('/')).toBe('My notebook');
  });
});

describe('inspectFolder', () => {
  let base: string;
  beforeAll(async () => {
    base = await mkdtemp(path.join(os.tmpdir(), 'frontier-inspect-'));
    await mkdir(path.join(base, 'empty'));
    await mkdir(path.join(base, 'nb', 'blobs'), { recursive: true });
    await writeFile(path.join(base, 'nb', 'notebook.json'), '{}');
    await writeFile(path.join(base, 'file.txt'), 'x');
  });
  afterAll(async () => {
    await rm(base, { recursive: true, force: true });
  });

  it('tells a missing path, a file and a folder with its names apart', async () => {
    expect(await inspectFolder(path.join(base, 'nope'))).toEqual({ kind: 'missing' });
    expect(await inspectFolder(path.join(base, 'file.txt'))).toEqual({ kind: 'not-a-folder' });
    expect(await inspectFolder(path.join(base, 'empty'))).toEqual({ kind: 'folder', names: [] });
    const nb = await inspectFolder(path.join(base, 'nb'));
    expect(nb.kind === 'folder' && [...nb.names].sort()).toEqual(['blobs', 'notebook.json']);
  });
});
