import { describe, expect, it } from 'vitest';
import type { FolderInspection, NotebookIntent } from '../../../main/app/notebook-choice';
import { runNotebookCommand, runStartup, type NotebookCommandDeps, type StartupDeps } from '../../../main/app/notebook-command';
import type { SwitchResult } from '../../../main/app/notebook-session';
import type { OpenMode } from '../../../main/app/settings';

interface Script {
  folder?: string;
  inspection?: FolderInspection;
  confirm?: boolean;
  switchResult?: SwitchResult;
  switchError?: Error;
  afterSwitchError?: Error;
}

function commandDeps(script: Script) {
  const log: string[] = [];
  const deps: NotebookCommandDeps = {
    chooseFolder: async (intent: NotebookIntent) => (log.push(`choose ${intent}`), script.folder),
    inspect: async (dir) => (log.push(`inspect ${dir}`), script.inspection ?? { kind: 'folder', names: [] }),
    confirm: async (message) => (log.push(`confirm ${message}`), script.confirm ?? false),
    warn: async (title, message) => void log.push(`warn ${title}: ${message}`),
    switchTo: async (dir, mode: OpenMode) => {
      log.push(`switch ${dir} ${mode}`);
      if (script.switchError) throw script.switchError;
      return script.switchResult ?? { changed: true };
    },
    afterSwitch: async (dir) => {
      log.push(`after ${dir}`);
      if (script.afterSwitchError) throw script.afterSwitchError;
    },
  };
  return { deps, log };
}

const notebook: FolderInspection = { kind: 'folder', names: ['notebook.json', 'journal.ndjson'] };

describe('runNotebookCommand', () => {
  it('does nothing when the dialog is cancelled', async () => {
    const { deps, log } = commandDeps({});
    expect(await runNotebookCommand('open', deps)).toBe('cancelled');
    expect(log).toEqual(['choose open']);
  });

  it('opens a notebook, then remembers it', async () => {
    const { deps, log } = commandDeps({ folder: '/n/kunduz', inspection: notebook });
    expect(await runNotebookCommand('open', deps)).toBe('switched');
    expect(log).toEqual(['choose open', 'inspect /n/kunduz', 'switch /n/kunduz open', 'after /n/kunduz']);
  });

  it('creates in an empty folder without asking', async () => {
    const { deps, log } = commandDeps({ folder: '/n/new', inspection: { kind: 'folder', names: [] } });
    expect(await runNotebookCommand('create', deps)).toBe('switched');
    expect(log).toEqual(['choose create', 'inspect /n/new', 'switch /n/new create', 'after /n/new']);
  });

  it('refuses a folder with other files, switching nothing', async () => {
    const { deps, log } = commandDeps({ folder: '/home/ana', inspection: { kind: 'folder', names: ['Documents'] } });
    expect(await runNotebookCommand('create', deps)).toBe('refused');
    expect(log.at(-1)).toMatch(/^warn New notebook: \/home\/ana already holds other files \(Documents\)/);
    expect(log.some((l) => l.startsWith('switch'))).toBe(false);
  });

  it('refuses a damaged notebook and names frontier restore', async () => {
    const { deps, log } = commandDeps({ folder: '/n/broken', inspection: { kind: 'folder', names: ['journal.ndjson', 'backups'] } });
    expect(await runNotebookCommand('open', deps)).toBe('refused');
    expect(log.at(-1)).toMatch(/frontier --notebook \/n\/broken restore/);
    expect(log.some((l) => l.startsWith('switch'))).toBe(false);
  });

  it('asks before opening a notebook chosen with New notebook…, and stops on no', async () => {
    const no = commandDeps({ folder: '/n/kunduz', inspection: notebook, confirm: false });
    expect(await runNotebookCommand('create', no.deps)).toBe('cancelled');
    expect(no.log).toEqual(['choose create', 'inspect /n/kunduz', expect.stringMatching(/^confirm .*Open this one instead\?/)]);
    const yes = commandDeps({ folder: '/n/kunduz', inspection: notebook, confirm: true });
    expect(await runNotebookCommand('create', yes.deps)).toBe('switched');
    expect(yes.log.slice(-2)).toEqual(['switch /n/kunduz open', 'after /n/kunduz']);
  });

  it('says why a notebook could not be opened, and keeps the current one', async () => {
    const { deps, log } = commandDeps({ folder: '/n/locked', inspection: notebook, switchError: new Error('The notebook is open in another process (pid 4242).') });
    expect(await runNotebookCommand('open', deps)).toBe('failed');
    expect(log.at(-1)).toBe('warn Open notebook: The notebook is open in another process (pid 4242).');
    expect(log.some((l) => l.startsWith('after'))).toBe(false);
  });

  it('neither reloads nor remembers when the folder is the notebook already open', async () => {
    const { deps, log } = commandDeps({ folder: '/n/kunduz', inspection: notebook, switchResult: { changed: false } });
    expect(await runNotebookCommand('open', deps)).toBe('unchanged');
    expect(log.some((l) => l.startsWith('after'))).toBe(false);
  });

  it('reports a dirty close of the old notebook but still completes the switch', async () => {
    const { deps, log } = commandDeps({ folder: '/n/b', inspection: notebook, switchResult: { changed: true, closeError: new Error('disk full') } });
    expect(await runNotebookCommand('open', deps)).toBe('switched');
    expect(log.slice(-2)).toEqual([expect.stringMatching(/^warn Open notebook: The previous notebook was not closed cleanly: disk full/), 'after /n/b']);
  });

  it('a failure after the switch (remembering it) is reported, not turned into a failed switch', async () => {
    const { deps, log } = commandDeps({ folder: '/n/b', inspection: notebook, afterSwitchError: new Error('EACCES settings.json') });
    expect(await runNotebookCommand('open', deps)).toBe('switched');
    expect(log.at(-1)).toBe('warn Open notebook: The notebook is open, but: EACCES settings.json');
  });

  it('reports an inspection failure', async () => {
    const { deps, log } = commandDeps({ folder: '/root/x' });
    deps.inspect = async () => {
      throw new Error('EACCES: permission denied');
    };
    expect(await runNotebookCommand('open', deps)).toBe('failed');
    expect(log.at(-1)).toBe('warn Open notebook: EACCES: permission denied');
  });
});

function startupDeps(failing: string[], acceptDefault: boolean) {
  const log: string[] = [];
  const deps: StartupDeps = {
    switchTo: async (dir, mode) => {
      log.push(`switch ${dir} ${mode}`);
      if (failing.includes(dir)) throw new Error(`${dir} is gone`);
      return { changed: true };
    },
    remember: async (dir) => void log.push(`remember ${dir}`),
    offerDefault: async (dir, message) => (log.push(`offer ${dir}: ${message}`), acceptDefault),
    fail: (message) => void log.push(`fail ${message}`),
    log: () => undefined,
  };
  return { deps, log };
}

describe('runStartup', () => {
  const defaultDir = '/u/Frontier/notebook';

  it('first run: opens or creates the default notebook and remembers it', async () => {
    const { deps, log } = startupDeps([], true);
    expect(await runStartup({}, defaultDir, deps)).toBe(true);
    expect(log).toEqual([`switch ${defaultDir} open-or-create`, `remember ${defaultDir}`]);
  });

  it('reopens the remembered notebook without rewriting settings', async () => {
    const { deps, log } = startupDeps([], true);
    expect(await runStartup({ lastNotebook: '/media/usb/Kunduz' }, defaultDir, deps)).toBe(true);
    expect(log).toEqual(['switch /media/usb/Kunduz open']);
  });

  it('a remembered notebook that is gone: offers the default one, and remembers it when taken', async () => {
    const { deps, log } = startupDeps(['/media/usb/Kunduz'], true);
    expect(await runStartup({ lastNotebook: '/media/usb/Kunduz' }, defaultDir, deps)).toBe(true);
    expect(log).toEqual([
      'switch /media/usb/Kunduz open',
      'offer /media/usb/Kunduz: /media/usb/Kunduz is gone',
      `switch ${defaultDir} open-or-create`,
      `remember ${defaultDir}`,
    ]);
  });

  it('quits when the user declines the default one', async () => {
    const { deps, log } = startupDeps(['/media/usb/Kunduz'], false);
    expect(await runStartup({ lastNotebook: '/media/usb/Kunduz' }, defaultDir, deps)).toBe(false);
    expect(log.some((l) => l.startsWith('remember'))).toBe(false);
  });

  it('quits with the reason when the default notebook cannot be opened', async () => {
    const { deps, log } = startupDeps([defaultDir], true);
    expect(await runStartup({}, defaultDir, deps)).toBe(false);
    expect(log).toEqual([`switch ${defaultDir} open-or-create`, `fail ${defaultDir} is gone`]);
  });

  it('quits with the reason when the fallback fails too', async () => {
    const { deps, log } = startupDeps(['/media/usb/Kunduz', defaultDir], true);
    expect(await runStartup({ lastNotebook: '/media/usb/Kunduz' }, defaultDir, deps)).toBe(false);
    expect(log.at(-1)).toBe(`fail ${defaultDir} is gone`);
  });
});
