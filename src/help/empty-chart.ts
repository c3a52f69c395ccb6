import type { Measure } from '../measure/registry';

/** What to do when a measure has too few periods for a chart: where more of its records come from. */
export const CHART_EMPTY_NEXT: Readonly<Record<Measure['source'], string>> = {
  notes: 'Open residents\u2019 daily notes in your care system; on a page of notes, Capture history reads older weeks.',
  'care plans': 'Open residents\u2019 care plans every week or so; a history table on the page fills in the past.',
  audits: 'Close an audit cycle each month (Documentation audit, below).',
  samples: 'Sample a few notes each month (Sample this page, above).',
};
