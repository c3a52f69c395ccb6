import type { RecordType } from '@/src/model/extraction-problem';
import { withRecordType, type FieldForm, type FormErrors, type PageForm } from '@/src/recipes/recipe-form';
import { Control } from '../components/Control';
import { FieldEditor } from './FieldEditor';

const valueOf = (e: Event) => (e.currentTarget as HTMLInputElement).value;

interface Props {
  index: number;
  page: PageForm;
  errors: FormErrors;
  onChange: (page: PageForm) => void;
  onRemove?: () => void;
}

/** One kind of care-system page: which URLs it is, where each record is, and its fields. */
export function PageEditor({ index, page, errors, onChange, onRemove }: Props) {
  const at = `pages.${index}`;
  const set = (patch: Partial<PageForm>) => onChange({ ...page, ...patch });
  const setField = (name: string, patch: Partial<FieldForm>) =>
    onChange({ ...page, fields: { ...page.fields, [name]: { ...page.fields[name]!, ...patch } } });
  const text = (key: 'id' | 'match' | 'observe' | 'urlTemplate', label: string, hint?: string) => (
    <Control
      name={`${at}.${key}`}
      label={label}
      hint={hint}
      errors={errors[`${at}.${key}`]}
      render={(a) => <input {...a} type="text" spellcheck={false} value={page[key]} onInput={(e) => set({ [key]: valueOf(e) })} />}
    />
  );
  const lines = (key: 'root' | 'nextPage', label: string, hint?: string) => (
    <Control
      name={`${at}.${key}`}
      label={label}
      hint={hint}
      errors={errors[`${at}.${key}`]}
      render={(a) => <textarea {...a} rows={2} spellcheck={false} value={page[key]} onInput={(e) => set({ [key]: valueOf(e) })} />}
    />
  );

  return (
    <fieldset class="page" data-testid={`page-${index}`}>
      <legend>
        Page {index + 1}
        {page.id && `: ${page.id}`}
      </legend>
      <div class="grid">
        {text('id', 'Page id', 'A short name, e.g. daily-notes.')}
        {text('match', 'URL pattern', 'A regular expression for the path, e.g. ^/residents/[^/]+/notes')}
        <Control
          name={`${at}.recordType`}
          label="What the page holds"
          render={(a) => (
            <select {...a} value={page.recordType} onChange={(e) => onChange(withRecordType(page, valueOf(e) as RecordType))}>
              <option value="note">Daily notes</option>
              <option value="carePlanSection">Care-plan sections</option>
              <option value="carePlanEvent">Care-plan history (updates, reviews, changes in need)</option>
              <option value="auditAnswer">The care system's own audit answers</option>
            </select>
          )}
        />
        {lines('root', 'Record selectors, one per line', 'The element each record lives in; later lines are fallbacks.')}
        {text('observe', 'Element to watch for new records (optional)', 'For lists that load as you scroll.')}
        {lines('nextPage', 'Link to older pages (optional)', 'For history capture; one selector per line.')}
        {text('urlTemplate', 'URL template for older pages (optional)', 'Instead of a link, e.g. ?page={page}')}
      </div>
      <h4>Fields of each {page.recordType === 'note' ? 'note' : 'care-plan section'}</h4>
      <div class="fields">
        {Object.entries(page.fields).map(([name, field]) => (
          <FieldEditor
            key={name}
            at={`${at}.fields.${name}`}
            name={name}
            recordType={page.recordType}
            field={field}
            errors={errors}
            onChange={(patch) => setField(name, patch)}
          />
        ))}
      </div>
      {onRemove && (
        <button type="button" class="secondary" onClick={onRemove}>
          Remove page {index + 1}
        </button>
      )}
    </fieldset>
  );
}
