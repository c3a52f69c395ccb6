import { describe, expect, it } from 'vitest';
import { backlogBadge } from './badge';

describe('the toolbar badge', () => {
  it('shows the overdue count with a title that says what it counts', () => {
    expect(backlogBadge(12, 0, 'Harbour')).toEqual({ text: '12', title: 'Record Lens: 12 care-plan sections overdue for review in Harbour' });
    expect(backlogBadge(1, 2, 'Harbour').title).toBe('Record Lens: 1 care-plan section overdue for review in Harbour; 2 care-plan sections not seen recently');
  });

  it('shows nothing for zero, and never more than four characters', () => {
    expect(backlogBadge(0, 0, 'Harbour')).toEqual({ text: '', title: 'Record Lens: no care-plan sections overdue for review in Harbour' });
    expect(backlogBadge(12_345, 0, 'Harbour').text).toBe('999+');
  });
});
