import { describe, expect, it, vi } from 'vitest';
import { toolbarOpensPanel } from './toolbar-opens-panel';

function clicks() {
  const listeners: (() => void)[] = [];
  return { onClicked: { addListener: (l: () => void) => listeners.push(l) }, click: () => listeners.forEach((l) => l()), listeners };
}

describe('the toolbar button opens the panel on every browser', () => {
  it('Chrome and Edge: the side panel is told to open on a click, no click handler needed', () => {
    const action = clicks();
    const setPanelBehavior = vi.fn(async () => undefined);
    expect(toolbarOpensPanel({ sidePanel: { setPanelBehavior }, action })).toBe('side panel');
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
    expect(action.listeners).toHaveLength(0);
  });

  it('Firefox: a click toggles the sidebar, synchronously inside the click', () => {
    const action = clicks();
    const toggle = vi.fn(async () => undefined);
    expect(toolbarOpensPanel({ sidebarAction: { toggle }, action })).toBe('sidebar');
    expect(toggle).not.toHaveBeenCalled();
    action.click();
    expect(toggle).toHaveBeenCalledTimes(1);
  });

  it('a browser with neither is left alone', () => {
    const action = clicks();
    expect(toolbarOpensPanel({ action })).toBe('none');
    expect(action.listeners).toHaveLength(0);
  });
});
