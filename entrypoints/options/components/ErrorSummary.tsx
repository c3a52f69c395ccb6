import { useEffect, useRef } from 'preact/hooks';
import type { FormErrors } from '@/src/recipes/recipe-form';
import { fieldLabel } from '@/src/model/field-labels';
import { controlId } from './Control';

/** "pages.1.fields.careAt.format" → "Page 2, time of care: " — the same words can occur on every page. */
function placeOf(key: string): string {
  const m = /^pages\.(\d+)(?:\.fields\.([^.]+))?/.exec(key);
  if (!m) return '';
  return `Page ${Number(m[1]) + 1}${m[2] ? `, ${fieldLabel(m[2])}` : ''}: `;
}

/**
 * Every reason a save was refused, at the top of the form, each linked to its control (the
 * GOV.UK error-summary pattern): on a long recipe the marked fields may be far down the page.
 */
export function ErrorSummary({ errors }: { errors: FormErrors }) {
  const items = Object.entries(errors).flatMap(([key, messages]) => messages.map((m) => ({ key, message: m })));
  const box = useRef<HTMLDivElement>(null);
  // Each refused save moves focus here, so keyboard users start from the list of what to fix.
  useEffect(() => {
    if (Object.keys(errors).length) box.current?.focus();
  }, [errors]);
  if (!items.length) return null;
  const focus = (e: Event, key: string) => {
    const target = document.getElementById(controlId(key));
    if (!target) return;
    e.preventDefault();
    target.focus();
  };
  return (
    <div role="alert" class="error-summary" data-testid="editor-errors" tabIndex={-1} ref={box}>
      <h3>The recipe was not saved: {items.length === 1 ? 'fix this problem' : `fix these ${items.length} problems`}</h3>
      <ul>
        {items.map(({ key, message }, i) => (
          <li key={i}>
            <a href={`#${controlId(key)}`} onClick={(e) => focus(e, key)}>
              {placeOf(key)}
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
