import type { z } from 'zod';
import type { RecipeSchema } from '../../model/recipe';

/**
 * Harbour (demo vendor): server-rendered tables, 50 notes a page, dd/mm/yyyy dates.
 * Served by tests/care-systems on loopback.
 */
export const harbourRecipe: z.input<typeof RecipeSchema> = {
  schemaVersion: 1,
  id: 'harbour-demo',
  version: 1,
  name: 'Harbour Care Records (demo)',
  origins: ['http://127.0.0.1/*', 'http://localhost/*'],
  pages: [
    {
      id: 'daily-notes',
      match: '^/harbour/residents/[^/]+/notes',
      history: { nextPage: 'nav.pager a[rel="next"]' },
      note: {
        root: 'table.notes-table tbody tr.note-row',
        fields: {
          sourceId: { selector: ':scope', attr: 'data-note-id' },
          residentName: { selector: 'h1.resident-name', scope: 'page' },
          residentId: { selector: 'h1.resident-name', scope: 'page', attr: 'data-resident-id' },
          careAt: { selector: 'td.col-care-time', format: 'numeric-dmy' },
          writtenAt: { selector: 'td.col-written', format: 'numeric-dmy' },
          authorName: { selector: '.col-author .author-name' },
          authorRole: { selector: '.col-author .author-role' },
          category: { selector: 'td.col-category' },
          unit: { selector: 'td.col-unit' },
          text: { selector: 'td.col-text' },
        },
      },
    },
    {
      id: 'care-plan',
      match: '^/harbour/residents/[^/]+/care-plan',
      carePlanSection: {
        root: 'table.care-plan tr.cp-section',
        fields: {
          residentName: { selector: 'h1.resident-name', scope: 'page' },
          residentId: { selector: 'h1.resident-name', scope: 'page', attr: 'data-resident-id' },
          unit: { selector: 'p.resident-unit', scope: 'page', pattern: 'Unit:\\s*(.+)' },
          section: { selector: 'th.cp-name' },
          lastUpdated: { selector: 'td.cp-updated', format: 'numeric-dmy' },
          reviewDue: { selector: 'td.cp-review', format: 'numeric-dmy' },
          changeInNeed: { selector: 'td.cp-change', format: 'numeric-dmy' },
        },
      },
      carePlanEvent: {
        root: 'table.cp-history tbody tr.cp-event',
        fields: {
          residentName: { selector: 'h1.resident-name', scope: 'page' },
          residentId: { selector: 'h1.resident-name', scope: 'page', attr: 'data-resident-id' },
          unit: { selector: 'p.resident-unit', scope: 'page', pattern: 'Unit:\\s*(.+)' },
          section: { selector: 'td.ev-section' },
          type: { selector: 'td.ev-what', values: { 'change in need': 'change-in-need', reviewed: 'review', updated: 'update' } },
          at: { selector: 'td.ev-at', format: 'numeric-dmy' },
        },
      },
    },
    {
      id: 'audits',
      match: '^/harbour/audits',
      auditAnswer: {
        root: 'table.audit-results tbody tr.audit-row',
        fields: {
          at: { selector: 'td.au-date', format: 'numeric-dmy' },
          form: { selector: 'td.au-form' },
          unit: { selector: 'td.au-unit' },
          criterion: { selector: 'td.au-question' },
          // "Not met" before "met": the first match wins and "not met" contains "met".
          answer: { selector: 'td.au-answer', values: { 'not met': 'no', 'partly met': 'partly', 'n/a': 'na', met: 'yes' } },
          auditorRole: { selector: 'td.au-by' },
        },
      },
    },
  ],
};
