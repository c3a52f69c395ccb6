import type { z } from 'zod';
import type { RecipeSchema } from '../../model/recipe';

/**
 * Willow (demo vendor): a single-page app whose card feed loads as you scroll; times are
 * relative ("Today 09:12", "logged 3 hours ago"), the care plan is a tab.
 */
export const willowRecipe: z.input<typeof RecipeSchema> = {
  schemaVersion: 1,
  id: 'willow-demo',
  version: 1,
  name: 'Willow Care (demo)',
  origins: ['http://127.0.0.1/*', 'http://localhost/*'],
  pages: [
    {
      id: 'notes-feed',
      match: '^/willow/residents/[^/]+/?$',
      observe: 'main#app',
      note: {
        root: 'section.wl-feed article.wl-card',
        fields: {
          sourceId: { selector: ':scope', attr: 'data-entry' },
          residentName: { selector: '[data-testid="resident-name"]', scope: 'page' },
          residentId: { selector: '[data-testid="resident-name"]', scope: 'page', attr: 'data-resident' },
          unit: { selector: '.wl-unit-chip', scope: 'page' },
          careAt: { selector: 'time.wl-when', format: 'auto' },
          writtenAt: { selector: '.wl-logged', format: 'relative' },
          authorName: { selector: '.wl-person .wl-person__name' },
          authorRole: { selector: '.wl-person .wl-person__role' },
          category: { selector: '.wl-tag' },
          text: { selector: 'p.wl-body' },
        },
      },
    },
    {
      id: 'care-plan-tab',
      match: '^/willow/residents/[^/]+/care-plan',
      observe: 'main#app',
      carePlanSection: {
        root: 'ul.wl-plan li.wl-plan-item',
        fields: {
          residentName: { selector: '[data-testid="resident-name"]', scope: 'page' },
          residentId: { selector: '[data-testid="resident-name"]', scope: 'page', attr: 'data-resident' },
          unit: { selector: '.wl-unit-chip', scope: 'page' },
          section: { selector: 'h3.wl-plan-title' },
          lastUpdated: { selector: 'dd.wl-updated', format: 'month-name' },
          changeInNeed: { selector: 'dd.wl-change', format: 'month-name' },
        },
      },
    },
  ],
};
