import { fieldLabel } from '@/src/model/field-labels';
import type { RecordType } from '@/src/model/extraction-problem';
import { isDateField, isRequiredField, type FieldForm, type FormErrors } from '@/src/recipes/recipe-form';
import { Control } from '../components/Control';

const DATE_FORMATS: Array<[FieldForm['format'], string]> = [
  ['', 'Not set: any UK date'],
  ['auto', 'Any UK date'],
  ['numeric-dmy', 'Numbers: 23/11/2026 14:05'],
  ['month-name', 'Month names: 23 Nov 2026'],
  ['relative', 'Relative: Yesterday at 09:12, 3 hours ago'],
  ['iso', 'Computer form: 2026-11-23T14:05'],
];

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const valueOf = (e: Event) => (e.currentTarget as HTMLInputElement).value;

interface Props {
  /** Form key of this field, e.g. "pages.0.fields.careAt". */
  at: string;
  name: string;
  recordType: RecordType;
  field: FieldForm;
  errors: FormErrors;
  onChange: (patch: Partial<FieldForm>) => void;
}

/** Where one field of a record is on the page, and how to read its value. */
export function FieldEditor({ at, name, recordType, field, errors, onChange }: Props) {
  const required = isRequiredField(recordType, name);
  const showFormat = isDateField(recordType, name) || field.format !== '';
  return (
    <fieldset class="field" data-field={name}>
      <legend>
        {capital(fieldLabel(name))} {required ? <span class="tag">required</span> : <span class="muted small">(optional)</span>}
      </legend>
      <Control
        name={`${at}.selectors`}
        label="Selectors, one per line"
        hint={required ? undefined : 'Leave empty if the care system does not show it.'}
        errors={errors[`${at}.selectors`]}
        render={(a) => <textarea {...a} rows={2} spellcheck={false} value={field.selectors} onInput={(e) => onChange({ selectors: valueOf(e) })} />}
      />
      <Control
        name={`${at}.scope`}
        label="Where to look"
        errors={errors[`${at}.scope`]}
        render={(a) => (
          <select {...a} value={field.scope} onChange={(e) => onChange({ scope: valueOf(e) as FieldForm['scope'] })}>
            <option value="record">Inside each record</option>
            <option value="page">Anywhere on the page (e.g. the heading)</option>
          </select>
        )}
      />
      {(field.values !== '' || (recordType === 'carePlanEvent' && name === 'type') || (recordType === 'auditAnswer' && name === 'answer')) && (
        <Control
          name={`${at}.values`}
          label={recordType === 'auditAnswer' ? 'Words on the page, one per line: words = yes, partly, no or na' : 'Words on the page, one kind per line: words = update, review or change-in-need'}
          hint={recordType === 'auditAnswer' ? 'For example: Partly met = partly' : 'For example: Reviewed = review'}
          errors={errors[`${at}.values`]}
          render={(a) => <textarea {...a} rows={3} spellcheck={false} value={field.values} onInput={(e) => onChange({ values: valueOf(e) })} />}
        />
      )}
      {showFormat && (
        <Control
          name={`${at}.format`}
          label="Date format"
          errors={errors[`${at}.format`]}
          render={(a) => (
            <select {...a} value={field.format} onChange={(e) => onChange({ format: valueOf(e) as FieldForm['format'] })}>
              {DATE_FORMATS.map(([value, words]) => (
                <option key={value} value={value}>
                  {words}
                </option>
              ))}
            </select>
          )}
        />
      )}
      <Control
        name={`${at}.attr`}
        label="Read an attribute instead of the text"
        errors={errors[`${at}.attr`]}
        render={(a) => <input {...a} type="text" spellcheck={false} value={field.attr} onInput={(e) => onChange({ attr: valueOf(e) })} />}
      />
      <Control
        name={`${at}.pattern`}
        label="Keep only the part matching this pattern"
        errors={errors[`${at}.pattern`]}
        render={(a) => <input {...a} type="text" spellcheck={false} value={field.pattern} onInput={(e) => onChange({ pattern: valueOf(e) })} />}
      />
      <Control
        name={`${at}.ownText`}
        label="Own text only (leave out text inside child elements)"
        inline
        errors={errors[`${at}.ownText`]}
        render={(a) => (
          <input {...a} type="checkbox" checked={field.ownText} onChange={(e) => onChange({ ownText: (e.currentTarget as HTMLInputElement).checked })} />
        )}
      />
    </fieldset>
  );
}
