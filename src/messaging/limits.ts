/** Most records one capture message may carry; the content script splits larger pages. */
export const MAX_BATCH = 500;
