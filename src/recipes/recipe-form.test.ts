import { describe, expect, it } from 'vitest';
import { RecipeSchema, type Recipe } from '../model/recipe';
import { builtinRecipes } from './builtin';
import { blankPage, fieldNames, recipeToForm, validateForm, withRecordType, type RecipeForm } from './recipe-form';

const harbour = builtinRecipes[0]!;
const willow = builtinRecipes[1]!;
const errorsOf = (form: RecipeForm) => {
  const r = validateForm(form);
  return r.ok ? {} : r.errors;
};

describe('recipe form: a recipe as the editor shows it, and back', () => {
  it.each(builtinRecipes.map((r) => [r.id, r] as const))('%s comes back unchanged', (_id, recipe) => {
    expect(validateForm(recipeToForm(recipe))).toEqual({ ok: true, recipe });
  });

  it('shows each selector list one per line, and every field of the record type', () => {
    const form = recipeToForm(harbour);
    expect(form.origins).toBe('http://127.0.0.1/*\nhttp://localhost/*');
    expect(form.pages.map((p) => [p.id, p.recordType])).toEqual([['daily-notes', 'note'], ['care-plan', 'carePlanSection'], ['care-plan', 'carePlanEvent'], ['audits', 'auditAnswer']]);
    expect(Object.keys(form.pages[0]!.fields)).toEqual(fieldNames('note'));
    expect(form.pages[0]!.fields.careAt).toEqual({ selectors: 'td.col-care-time', scope: 'record', attr: '', pattern: '', format: 'numeric-dmy', ownText: false, values: '' });
    expect(form.pages[0]!.nextPage).toBe('nav.pager a[rel="next"]');

    form.pages[0]!.fields.text!.selectors = '  td.col-text\n\n td.note-body ';
    form.pages[0]!.fields.text!.ownText = true;
    const r = validateForm(form);
    expect(r.ok && r.recipe.pages[0]!.note!.fields.text).toEqual({ selector: ['td.col-text', 'td.note-body'], scope: 'record', ownText: true });
  });

  it('keeps a page that holds notes and care-plan sections as one page', () => {
    const both = structuredClone(harbour) as Recipe;
    both.pages = [{ ...both.pages[0]!, carePlanSection: both.pages[1]!.carePlanSection }];
    const form = recipeToForm(both);
    expect(form.pages.map((p) => [p.id, p.recordType])).toEqual([['daily-notes', 'note'], ['daily-notes', 'carePlanSection']]);
    expect(validateForm(form)).toEqual({ ok: true, recipe: RecipeSchema.parse(both) });
  });

  it('drops fields left blank, and keeps shared fields when the record type changes', () => {
    const form = recipeToForm(willow);
    form.pages[0]!.fields.category = { ...form.pages[0]!.fields.category!, selectors: '' };
    const r = validateForm(form);
    expect(r.ok && 'category' in r.recipe.pages[0]!.note!.fields).toBe(false);

    const switched = withRecordType(form.pages[0]!, 'carePlanSection');
    expect(Object.keys(switched.fields)).toEqual(fieldNames('carePlanSection'));
    expect(switched.fields.residentName).toEqual(form.pages[0]!.fields.residentName);
    expect(switched.fields.section!.selectors).toBe('');
  });
});

describe('recipe form: mistakes are put next to the control they belong to', () => {
  it('maps recipe-level mistakes to name and origins', () => {
    const form = { ...recipeToForm(harbour), name: '  ', origins: 'harbour.example\nhttps://care.example.com/*' };
    expect(errorsOf(form)).toEqual({
      name: ['The name must not be empty.'],
      origins: ['The origin "harbour.example" must look like https://care.example.com/*.'],
    });
    expect(errorsOf({ ...form, name: 'ok', origins: '' })).toEqual({ origins: ['The list of origins must have at least one entry.'] });
  });

  it('maps page and field mistakes to their controls, asking for required selectors by name', () => {
    const form = recipeToForm(harbour);
    const notes = form.pages[0]!;
    notes.match = '^/notes/(';
    notes.root = '';
    notes.fields.careAt = { ...notes.fields.careAt!, selectors: '' , format: '' };
    notes.fields.unit!.pattern = '(';
    form.pages[1]!.nextPage = '';
    form.pages[1]!.urlTemplate = '/care-plan?page=2';
    expect(errorsOf(form)).toEqual({
      'pages.0.match': ['The URL pattern is not a valid regular expression.'],
      'pages.0.root': ['The note record selector must not be empty.'],
      'pages.0.fields.careAt.selectors': ['Give a selector for the time of care: every note needs one.'],
      'pages.0.fields.unit.pattern': ['The pattern is not a valid regular expression.'],
      'pages.1.urlTemplate': ['The URL template must contain {page}.'],
    });
  });

  it('asks for what a new page needs, and points at the right form page when one recipe page has two', () => {
    const form = recipeToForm(harbour);
    form.pages.push(blankPage('carePlanSection'));
    const errors = errorsOf(form);
    expect(errors['pages.4.id']).toEqual(['The page id must not be empty.']);
    expect(errors['pages.4.root']).toEqual(['The care-plan section record selector must not be empty.']);
    expect(errors['pages.4.fields.section.selectors']).toEqual(['Give a selector for the section name: every care-plan section needs one.']);

    const both = recipeToForm(harbour);
    Object.assign(both.pages[1]!, { id: 'daily-notes', match: both.pages[0]!.match });
    both.pages[1]!.fields.lastUpdated!.format = 'american' as never;
    expect(errorsOf(both)).toEqual({
      'pages.1.fields.lastUpdated.format': ['The date format must be one of auto, numeric-dmy, month-name, relative, iso.'],
    });
  });

  it('edits the words a history table uses for each kind of event, and refuses a kind it does not know', () => {
    const form = recipeToForm(harbour);
    const history = form.pages.findIndex((p) => p.recordType === 'carePlanEvent');
    expect(form.pages[history]!.fields.type!.values).toBe('change in need = change-in-need\nreviewed = review\nupdated = update');
    const back = validateForm(form);
    expect(back.ok && back.recipe.pages[1]!.carePlanEvent?.fields.type.values).toEqual({ 'change in need': 'change-in-need', reviewed: 'review', updated: 'update' });

    form.pages[history]!.fields.type!.values = 'Reviewed = looked at';
    expect(errorsOf(form)[`pages.${history}.fields.type.values`]).toEqual(['Each value must be one of: update, review, change-in-need.']);
    form.pages[history]!.fields.type!.values = '';
    expect(errorsOf(form)[`pages.${history}.fields.type.values`]).toEqual(['Say which words on the page mean an update, a review and a change in need.']);
  });
});
