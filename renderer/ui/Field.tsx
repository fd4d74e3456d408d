import { useId, type ComponentProps, type ReactNode } from 'react';

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

/** A Field whose control is an input; its id is the Field's, so it takes every other input prop. */
export function InputField({ label, ...input }: { label: ReactNode } & Omit<ComponentProps<'input'>, 'id'>) {
  return <Field label={label}>{(id) => <input id={id} {...input} />}</Field>;
}

/** A Field whose control is a textarea. */
export function TextAreaField({ label, ...textarea }: { label: ReactNode } & Omit<ComponentProps<'textarea'>, 'id'>) {
  return <Field label={label}>{(id) => <textarea id={id} {...textarea} />}</Field>;
}
