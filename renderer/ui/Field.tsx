import { cloneElement, useId, type ReactElement } from 'react';

/**
 * A labelled form control with an optional hint, tied to it by aria-describedby (so the hint is
 * read as a description, not as part of its name). The forms give their own class names.
 */
export function Field({
  label,
  hint,
  children,
  className,
  labelClassName,
}: {
  label: string;
  hint?: string | undefined;
  children: ReactElement<{ id?: string; 'aria-describedby'?: string }>;
  className: string;
  labelClassName?: string;
}) {
  const id = useId();
  const control = cloneElement(children, { id, ...(hint ? { 'aria-describedby': `${id}-hint` } : {}) });
  return (
    <div className={className}>
      <label className={labelClassName} htmlFor={id}>
        {label}
      </label>
      {control}
      {hint && (
        <small id={`${id}-hint`} className="muted">
          {hint}
        </small>
      )}
    </div>
  );
}
