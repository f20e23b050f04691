/**
 * The CLI's errors are sentences about what the user typed: the command and its options, never
 * the contract's method names or zod's wording; file system errors name the path in words, not
 * errno codes. Through the built CLI, as a shell runs it.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-notebook';

describe('CLI error messages', () => {
  const tmp = tempDir();
  const nb = join(tmp.dir, 'notebook');
  const cli = (...args: string[]) => runCli(nb, args);
  afterAll(() => tmp.cleanup());
  beforeAll(() => {
    expect(cli('init').code).toBe(0);
  });

  const event = (...extra: string[]) =>
    cli('event', 'add', '--title', 'Clash', '--date', '2021-10-04', '--place', 'Kunduz', '--lat', '36.7', '--lng', '68.9', '--type', 'battles', '--sub-type', 'armed clash', ...extra);

  /** Exit 1 with exactly this error line on stderr (after any progress lines), and none of the internals. */
  const fails = (r: ReturnType<typeof cli>, line: string) => {
    expect(r.code, r.stdout).toBe(1);
    expect(r.stderr.trim().split('\n').filter((l) => !l.startsWith('export: '))).toEqual([`frontier: ${line}`]);
    expect(r.stderr).not.toMatch(/\b(events|notes|sources|dossiers)\.\w+:|Too small|Too big|Invalid|E[A-Z]{3,}:/);
  };

  it.each([
    [['--fatalities', '-3'], 'event add: --fatalities must be 0 or more'],
    [['--injured', '-1'], 'event add: --injured must be 0 or more'],
    [['--end-date', '2021-10-01'], 'event add: --end-date: the end date is before the start date'],
    [['--tag', 'two words'], 'event add: --tag: a tag is one word without spaces, commas, # or brackets'],
  ])('event add %j → %s', (extra, line) => fails(event(...extra), line));

  it('names the option of a nested field (--lat, --lng) and says what the bound is', () => {
    fails(cli('event', 'add', '--title', 'Clash', '--date', '2021-10-04', '--place', 'K', '--lat', '91', '--lng', '68.9', '--type', 'battles', '--sub-type', 'armed clash'), 'event add: --lat must be 90 or less');
    fails(cli('event', 'add', '--title', 'Clash', '--date', '2021-10-04', '--place', 'K', '--lat', '36', '--lng', '-181', '--type', 'battles', '--sub-type', 'armed clash'), 'event add: --lng must be -180 or more');
    fails(cli('event', 'add', '--title', 'Clash', '--date', '2021-13-04', '--place', 'K', '--lat', '36', '--lng', '68', '--type', 'battles', '--sub-type', 'armed clash'), 'event add: --date must be a date YYYY-MM-DD');
  });

  it('note add: the title, and a part of --place', () => {
    fails(cli('note', 'add', '--title', '  '), 'note add: --title: a title is required');
    fails(cli('note', 'add', '--title', 'Somewhere', '--place', 'Kunduz,100,68'), 'note add: --place (latitude) must be 90 or less');
  });

  it('files that are not there, or not files, are named in words', () => {
    fails(cli('import', join(tmp.dir, 'nonexistent.txt')), `No such file: ${join(tmp.dir, 'nonexistent.txt')}`);
    fails(cli('note', 'add', '--title', 'From a file', '--body-file', join(tmp.dir, 'missing.md')), `No such file: ${join(tmp.dir, 'missing.md')}`);
    const folder = join(tmp.dir, 'a-folder');
    mkdirSync(folder);
    fails(cli('note', 'add', '--title', 'From a folder', '--body-file', folder), `${folder} is a folder, not a file.`);
    fails(cli('init', '--from-backup', join(tmp.dir, 'nope.json')), `No such file: ${join(tmp.dir, 'nope.json')}`);
  });

  it('--notebook pointing at a file, or below one', () => {
    for (const args of [['info'], ['note', 'list'], ['note', 'add', '--title', 'x'], ['init']]) {
      fails(runCli('/etc/passwd', args), '/etc/passwd is a file, not a folder.');
    }
    fails(runCli('/etc/passwd/nb', ['init']), '/etc/passwd is a file, not a folder.');
  });

  it.skipIf(process.platform !== 'linux')('init where the file system refuses a folder (procfs) fails at once instead of looping', () => {
    const started = Date.now();
    fails(runCli('/proc/frontier-cannot-be-here', ['init']), 'Cannot create the folder /proc/frontier-cannot-be-here.');
    // The same for the folders an export or `backup --to` makes.
    fails(cli('export', 'json', '/proc/frontier-cannot-be-here/backup.json'), 'Cannot create the folder /proc/frontier-cannot-be-here.');
    fails(cli('export', 'markdown', '/proc/frontier-cannot-be-here/bundle'), 'Cannot create the folder /proc/frontier-cannot-be-here.');
    fails(cli('backup', '--to', '/proc/frontier-cannot-be-here'), 'Cannot create the folder /proc/frontier-cannot-be-here.');
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
