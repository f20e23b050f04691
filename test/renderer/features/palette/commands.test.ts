import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../../renderer/features/palette/commands';

/** The keydown a shortcut such as "Mod+Shift+E" gives on Linux or Windows. */
function keydown(shortcut: string): KeyboardEvent {
  const parts = shortcut.split('+');
  const letter = parts.at(-1)!;
  const shift = parts.includes('Shift');
  return {
    ctrlKey: parts.includes('Mod'),
    metaKey: false,
    altKey: parts.includes('Alt'),
    shiftKey: shift,
    key: shift ? letter.toUpperCase() : letter.toLowerCase(),
    code: `Key${letter.toUpperCase()}`,
  } as unknown as KeyboardEvent;
}

describe('the palette commands', () => {
  it('each has a shortcut, which runs it and no other command', () => {
    for (const command of COMMANDS) {
      expect(command.shortcut, command.id).toBeDefined();
      const matched = COMMANDS.filter((c) => c.matches?.(keydown(command.shortcut!))).map((c) => c.id);
      expect(matched, command.shortcut).toEqual([command.id]);
    }
  });

  it('include the main actions by the names the buttons have', () => {
    expect(COMMANDS.map((c) => c.label)).toEqual(expect.arrayContaining(['New note', 'New event', 'Import source', 'Export dossier', 'Search', 'Command palette']));
  });
});
