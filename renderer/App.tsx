import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { FrontierApi } from '../shared/ipc';
import { isMenuCommand, MENU_COMMAND_EVENT } from '../shared/ipc/menu-commands';
import { Layout } from './features/layout/Layout';
import { MainPane } from './features/layout/MainPane';
import { LinkedPanel } from './features/links/LinkedPanel';
import { MapSlot } from './features/map/MapSlot';
import { COMMANDS } from './features/palette/commands';
import { CommandPalette } from './features/palette/CommandPalette';
import { Sidebar } from './features/sidebar/Sidebar';
import { StatusBar } from './ui/StatusBar';
import { AppProvider, useApp } from './state/app-context';

/** Accepted by the import picker; the same list main accepts (sources/import-formats.ts). */
const IMPORT_ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,.xhtml,.pdf,.csv,.json';

export function App({ api }: { api: FrontierApi }) {
  const picker = useRef<HTMLInputElement>(null);
  return (
    <AppProvider api={api} filePicker={() => picker.current}>
      <Shell picker={picker} />
    </AppProvider>
  );
}

function Shell({ picker }: { picker: React.RefObject<HTMLInputElement | null> }) {
  const app = useApp();
  const [dragging, setDragging] = useState(false);
  const appRef = useRef(app);
  appRef.current = app;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = COMMANDS.find((c) => c.matches?.(e));
      if (!command) return;
      e.preventDefault();
      command.run(appRef.current);
    };
    // The application menu (Electron) raises its commands as a DOM event: shared/ipc/menu-commands.ts.
    const onMenu = (e: Event) => {
      const id = (e as CustomEvent<unknown>).detail;
      if (isMenuCommand(id)) COMMANDS.find((c) => c.id === id)?.run(appRef.current);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener(MENU_COMMAND_EVENT, onMenu);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener(MENU_COMMAND_EVENT, onMenu);
    };
  }, []);

  // Files dropped anywhere on the window are imported; nothing else dropped is opened or navigated to.
  const onDragOver = (e: DragEvent) => {
    e.preventDefault();
    if ([...e.dataTransfer.types].includes('Files')) setDragging(true);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    if (e.dataTransfer.files.length > 0) void app.importFiles([...e.dataTransfer.files]);
  };

  return (
    <div className={`app${dragging ? ' dragging' : ''}`} onDragOver={onDragOver} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
      <Layout sidebar={<Sidebar />} main={<MainPane />} linked={<LinkedPanel />} map={<MapSlot />} />
      <StatusBar />
      {app.state.paletteOpen && <CommandPalette />}
      <input
        ref={picker}
        type="file"
        multiple
        accept={IMPORT_ACCEPT}
        hidden
        aria-hidden="true"
        tabIndex={-1}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length) void app.importFiles(files);
        }}
      />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop files to import them as sources
        </div>
      )}
    </div>
  );
}
