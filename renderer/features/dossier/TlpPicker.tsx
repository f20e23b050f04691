import { TLP_COLOURS, TLP_DEFINITIONS, tlpText } from '../../../shared/dossier/tlp-style';
import { TLP_LABELS, type TlpLabel } from '../../../shared/model';

/** The TLP 2.0 label as a radio group, each label in its standard colours, with what it allows. */
export function TlpPicker({ value, onChange }: { value: TlpLabel; onChange(label: TlpLabel): void }) {
  return (
    <fieldset className="dossier-tlp">
      <legend>Handling (TLP 2.0)</legend>
      {TLP_LABELS.map((label) => (
        <label key={label} className="dossier-tlp-option">
          <input type="radio" name="dossier-tlp" value={label} checked={value === label} onChange={() => onChange(label)} />
          <span className="dossier-tlp-badge" style={{ color: TLP_COLOURS[label] }}>
            {tlpText(label)}
          </span>
        </label>
      ))}
      <p className="muted dossier-tlp-definition">{TLP_DEFINITIONS[value]}</p>
    </fieldset>
  );
}
