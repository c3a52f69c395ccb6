import type { ComponentChildren } from 'preact';

/** The attributes that tie a control to its label, hint and error message. */
export interface ControlAttrs {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: 'true';
}

/** A form key such as "pages.0.fields.careAt.selectors" as an element id. */
export const controlId = (name: string) => `f-${name.replace(/[^a-zA-Z0-9]+/g, '-')}`;

interface Props {
  /** The form key; errors are looked up by it and the error summary links to it. */
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  /** Checkboxes read better with the box before the words. */
  inline?: boolean;
  render: (attrs: ControlAttrs) => ComponentChildren;
}

/**
 * One labelled control with its hint and error. The error sits next to the control and is
 * announced with it (aria-describedby), so a person using a screen reader hears why it was refused.
 */
export function Control({ name, label, hint, errors, inline, render }: Props) {
  const id = controlId(name);
  const invalid = !!errors?.length;
  const describedBy = [hint && `${id}-hint`, invalid && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const attrs: ControlAttrs = { id, 'aria-describedby': describedBy, ...(invalid && { 'aria-invalid': 'true' as const }) };
  return (
    <div class={`control${invalid ? ' invalid' : ''}${inline ? ' inline' : ''}`}>
      {inline && render(attrs)}
      <label for={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} class="hint">
          {hint}
        </span>
      )}
      {invalid && (
        <p id={`${id}-error`} class="error">
          {errors.join(' ')}
        </p>
      )}
      {!inline && render(attrs)}
    </div>
  );
}
