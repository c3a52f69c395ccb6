/**
 * The one behaviour Chrome/Edge and Firefox give different APIs for: the toolbar button opens the
 * panel. Chrome and Edge have a side panel that opens itself when asked once; Firefox has a
 * sidebar that must be toggled from the click (a user gesture, so the call stays synchronous).
 * The browser object is passed in, so this holds no browser globals and is tested with fakes.
 */
export interface PanelApis {
  sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> };
  sidebarAction?: { toggle(): Promise<void> };
  action: { onClicked: { addListener(listener: () => void): void } };
}

export function toolbarOpensPanel(apis: PanelApis): 'side panel' | 'sidebar' | 'none' {
  if (apis.sidePanel) {
    void apis.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
    return 'side panel';
  }
  const sidebar = apis.sidebarAction;
  if (sidebar) {
    apis.action.onClicked.addListener(() => void sidebar.toggle().catch(() => undefined));
    return 'sidebar';
  }
  return 'none';
}
