import { describe, expect, it } from 'vitest';
import { panelToContent, parsePanelMessage } from './panel-protocol';

describe('messages from the side panel to the page', () => {
  it('accepts exactly our envelope and a valid payload', () => {
    expect(parsePanelMessage({ to: 'record-lens-page', type: 'showSampleNote', payload: { key: 'k', label: 'Sampling: note 1 of 5' } })).toEqual({
      type: 'showSampleNote',
      payload: { key: 'k', label: 'Sampling: note 1 of 5' },
    });
    expect(parsePanelMessage({ to: 'record-lens-page', type: 'pageNotes', payload: {} })?.type).toBe('pageNotes');
  });

  it('ignores anything else: other envelopes, unknown types, bad or oversized payloads', () => {
    expect(parsePanelMessage({ type: 'pageNotes', payload: {} })).toBeUndefined();
    expect(parsePanelMessage({ to: 'record-lens-page', type: 'deleteAll', payload: {} })).toBeUndefined();
    expect(parsePanelMessage({ to: 'record-lens-page', type: 'showSampleNote', payload: { key: 3 } })).toBeUndefined();
    expect(parsePanelMessage({ to: 'record-lens-page', type: 'showSampleNote', payload: { key: 'k', label: 'x'.repeat(500) } })).toBeUndefined();
    expect(parsePanelMessage('pageNotes')).toBeUndefined();
  });

  it('checks replies too, so the panel never trusts a malformed answer', () => {
    expect(panelToContent.pageNotes.response.safeParse({ system: 's', url: 'u', keys: ['a'] }).success).toBe(true);
    expect(panelToContent.pageNotes.response.safeParse({ system: 's', url: 'u', keys: [1] }).success).toBe(false);
  });
});
