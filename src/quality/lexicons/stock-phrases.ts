/**
 * Stock phrases that say nothing specific about the person (DOMAIN.md, "What makes a daily note
 * good or weak"). Data, not code: the provider will be able to adjust it (issue 4).
 */
export const STOCK_PHRASES: readonly string[] = [
  'all fine',
  'settled',
  'resident settled',
  'no concerns',
  'good day',
  'had a good day',
  'care given as per care plan',
  'care given as per plan',
  'nothing to report',
  'no issues',
  'slept well',
  'ate well',
  'no problems',
  'fine',
  'comfortable',
];
