/**
 * The note a person last picked in a tab's page (clicked its mark), kept in `storage.session` per
 * tab: in memory only, gone when the browser closes, never readable by the page. Only the stored
 * key is kept; the panel reads the note from the store.
 */
export const pickedNoteKey = (tabId: number): string => `pickedNote:${tabId}`;

export interface PickedNote {
  key: string;
  at: number;
}
