import type { HelpPart } from '../help/help-texts';

/**
 * "What this means and what to do", folded beside the thing it explains (a native disclosure:
 * keyboard and screen readers for free). `label` names what it explains, so a screen reader's list
 * of a page's disclosures is not a column of identical names.
 */
export function Help({
  parts,
  label = 'What this means and what to do',
  class: extra,
  testId = 'help',
}: {
  parts: readonly (HelpPart | undefined | false | null | '')[];
  label?: string;
  class?: string;
  /** Distinct where one section holds several (the chart's verdict, the spread table, drift). */
  testId?: string;
}) {
  const shown = parts.filter((p): p is HelpPart => !!p);
  if (!shown.length) return null;
  return (
    <details class={extra ? `help ${extra}` : 'help'} data-testid={testId}>
      <summary>{label}</summary>
      {shown.map((p, i) => (
        <p key={i}>
          {p.title && <strong>{p.title}. </strong>}
          {p.means} <strong>What to do:</strong> {p.todo}
        </p>
      ))}
    </details>
  );
}
