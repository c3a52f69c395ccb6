import type { HelpText } from '../help/help-texts';

/** "What this means and what to do", folded beside the thing it explains (a native disclosure: keyboard and screen readers for free). */
export function Help({ parts, label = 'What this means and what to do' }: { parts: readonly (HelpText | undefined)[]; label?: string }) {
  const shown = parts.filter((p): p is HelpText => !!p);
  if (!shown.length) return null;
  return (
    <details class="help" data-testid="help">
      <summary>{label}</summary>
      {shown.map((p, i) => (
        <p key={i}>
          {p.means} <strong>What to do:</strong> {p.todo}
        </p>
      ))}
    </details>
  );
}
