import { useId, type ReactNode } from 'react';

type Props = {
  label: ReactNode;
  /** Renders the control, given the id its label points at: the control must take it as its `id`. */
  children: (id: string) => ReactNode;
};

/** A form row: a label tied to its control by id, so a click on the label focuses it and screen readers name it. */
export function Field({ label, children }: Props) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {children(id)}
    </div>
  );
}
