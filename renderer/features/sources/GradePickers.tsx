import { useId } from 'react';
import { CREDIBILITY, RELIABILITY, type Credibility, type Reliability } from '../../../shared/model';

const RELIABILITIES = Object.keys(RELIABILITY) as Reliability[];
const CREDIBILITIES = Object.keys(CREDIBILITY).map(Number) as Credibility[];

/** The Admiralty grade as two pickers whose options say what each grade means. */
export function GradePickers({
  reliability,
  credibility,
  disabled,
  onChange,
}: {
  reliability: Reliability;
  credibility: Credibility;
  disabled?: boolean;
  onChange(patch: { reliability?: Reliability; credibility?: Credibility }): void;
}) {
  const id = useId();
  return (
    <div className="source-grade" role="group" aria-label="Grade">
      <span className="source-grade-badge" title={`${RELIABILITY[reliability]}; ${CREDIBILITY[credibility]}`} aria-hidden="true">
        {reliability}
        {credibility}
      </span>
      <div className="source-grade-field">
        <label htmlFor={`${id}-r`}>Reliability</label>
        <select id={`${id}-r`} value={reliability} disabled={disabled} onChange={(e) => onChange({ reliability: e.target.value as Reliability })}>
          {RELIABILITIES.map((r) => (
            <option key={r} value={r}>
              {r} — {RELIABILITY[r]}
            </option>
          ))}
        </select>
      </div>
      <div className="source-grade-field">
        <label htmlFor={`${id}-c`}>Credibility</label>
        <select id={`${id}-c`} value={credibility} disabled={disabled} onChange={(e) => onChange({ credibility: Number(e.target.value) as Credibility })}>
          {CREDIBILITIES.map((c) => (
            <option key={c} value={c}>
              {c} — {CREDIBILITY[c]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
