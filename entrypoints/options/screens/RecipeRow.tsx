import { useEffect, useRef, useState } from 'preact/hooks';
import type { RecipeEntry } from '@/src/model/recipe-entry';
import type { AccessState } from '@/src/permissions/site-access';

export interface RowActions {
  onToggle: (on: boolean) => void;
  onDuplicate: () => void;
  onEdit: () => void;
  onExport: () => void;
  onDelete: () => void;
  onGrant: () => void;
  onRevoke: () => void;
}

const ACCESS_WORDS: Record<AccessState, string> = { granted: 'Granted', partly: 'Some addresses only', none: 'Not granted' };

/** Words that only a screen reader hears, so every "Edit" button says which recipe it edits. */
const Hidden = ({ children }: { children: string }) => <span class="visually-hidden">{children}</span>;

/**
 * One recipe in the table. Delete asks in the row itself (never a browser dialog): a quality lead
 * may be sharing a screen, and a native confirm box cannot be styled, read or tested like the page.
 */
export function RecipeRow({ entry, access, actions }: { entry: RecipeEntry; access: AccessState | undefined; actions: RowActions }) {
  const { recipe, origin, enabled } = entry;
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    // Focus follows the question and returns to Delete on Cancel, so keyboard users stay in place.
    if (confirming) confirmButton.current?.focus();
    else if (asked.current) deleteButton.current?.focus();
    asked.current = confirming;
  }, [confirming]);
  const user = origin === 'user';

  return (
    <tr data-testid="recipe-row" data-recipe-id={recipe.id}>
      <th scope="row">
        {recipe.name} <span class="tag">{user ? 'Yours' : 'Built in'}</span>
      </th>
      <td>
        <code>{recipe.id}</code>
      </td>
      <td data-testid="recipe-version">{recipe.version}</td>
      <td>
        <ul class="plain">
          {recipe.origins.map((o) => (
            <li key={o}>
              <code>{o}</code>
            </li>
          ))}
        </ul>
      </td>
      <td>{recipe.pages.map((p) => p.id).join(', ')}</td>
      <td>
        <label class="switch">
          <input type="checkbox" checked={enabled} onChange={(e) => actions.onToggle((e.currentTarget as HTMLInputElement).checked)} />
          Reads pages
          <Hidden>{` with ${recipe.name}`}</Hidden>
        </label>
      </td>
      <td data-testid="recipe-access" data-access={access ?? 'unknown'}>
        {access && <span>{ACCESS_WORDS[access]}</span>}{' '}
        {access && access !== 'granted' && (
          <button type="button" class="secondary" onClick={actions.onGrant}>
            Grant access<Hidden>{` for ${recipe.name}`}</Hidden>
          </button>
        )}
        {access && access !== 'none' && (
          <button type="button" class="secondary" onClick={actions.onRevoke}>
            Take back access<Hidden>{` from ${recipe.name}`}</Hidden>
          </button>
        )}
      </td>
      <td class="actions">
        {confirming ? (
          <div role="group" aria-label={`Delete ${recipe.name}?`} class="confirm">
            <p>Delete {recipe.name}? Records it has already read stay.</p>
            <button type="button" class="danger" ref={confirmButton} onClick={actions.onDelete}>
              Yes, delete
            </button>
            <button type="button" class="secondary" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        ) : (
          <>
            <button type="button" class="secondary" onClick={actions.onDuplicate}>
              Duplicate<Hidden>{` ${recipe.name}`}</Hidden>
            </button>
            {user ? (
              <button type="button" class="secondary" onClick={actions.onEdit}>
                Edit<Hidden>{` ${recipe.name}`}</Hidden>
              </button>
            ) : (
              <span class="muted small">Built in: duplicate it to change it.</span>
            )}
            <button type="button" class="secondary" onClick={actions.onExport}>
              Export<Hidden>{` ${recipe.name}`}</Hidden>
            </button>
            {user && (
              <button type="button" class="secondary danger-text" ref={deleteButton} onClick={() => setConfirming(true)}>
                Delete<Hidden>{` ${recipe.name}`}</Hidden>
              </button>
            )}
          </>
        )}
      </td>
    </tr>
  );
}
