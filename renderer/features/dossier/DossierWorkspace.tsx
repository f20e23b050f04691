import { useEffect, useState } from 'react';
import { TLP_COLOURS, tlpText } from '../../../shared/dossier/tlp-style';
import type { Dossier } from '../../../shared/model';
import { useApp } from '../../state/app-context';
import { DossierEditor } from './DossierEditor';
import './dossier.css';

/**
 * The main pane for dossiers ("Export dossier"): the saved dossiers to pick from, and the editor
 * of the one picked — or of a new one. The editor is keyed by what was picked, not by what it has
 * saved, so saving a new dossier (which an export does first) does not reset the form mid-export.
 */
export function DossierWorkspace({ id }: { id?: string }) {
  const { call, state, report } = useApp();
  const [dossiers, setDossiers] = useState<Dossier[]>();
  const [current, setCurrent] = useState<{ key: string; dossier?: Dossier }>({ key: id ?? 'new' });

  useEffect(() => {
    let stale = false;
    call('dossiers.list', {}).then(
      (list) => {
        if (stale) return;
        setDossiers(list);
        // Opened without a choice: the most recent dossier, or a new one when there is none.
        setCurrent((c) => {
          if (c.dossier) return c;
          const wanted = c.key === 'new' ? (id ? undefined : list[0]) : list.find((d) => d.id === c.key);
          return wanted ? { key: wanted.id, dossier: wanted } : c;
        });
      },
      (err) => !stale && report(err),
    );
    return () => {
      stale = true;
    };
  }, [call, report, id, state.revision]);

  if (!dossiers) return <p className="muted pad">Loading dossiers…</p>;

  return (
    <div className="dossier-workspace">
      <nav className="dossier-list" aria-label="Dossiers">
        <button type="button" onClick={() => setCurrent({ key: `new-${Date.now()}` })}>
          New dossier
        </button>
        <ul>
          {dossiers.map((d) => (
            <li key={d.id}>
              <button type="button" className={`dossier-list-item${current.dossier?.id === d.id ? ' selected' : ''}`} aria-current={current.dossier?.id === d.id} onClick={() => setCurrent({ key: d.id, dossier: d })}>
                <span className="dossier-list-title" dir="auto">
                  {d.title}
                </span>
                <span className="dossier-list-meta">
                  <span className="dossier-tlp-badge" style={{ color: TLP_COLOURS[d.tlp] }}>
                    {tlpText(d.tlp)}
                  </span>{' '}
                  {d.date}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <DossierEditor
        key={current.key}
        {...(current.dossier ? { dossier: current.dossier } : {})}
        onSaved={(d) => setDossiers((list) => [d, ...(list ?? []).filter((x) => x.id !== d.id)])}
        onDeleted={() => {
          setDossiers((list) => (list ?? []).filter((x) => x.id !== current.dossier?.id));
          setCurrent({ key: `new-${Date.now()}` });
        }}
      />
    </div>
  );
}
