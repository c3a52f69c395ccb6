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
  'appeared settled',
  'appears settled',
  'seemed settled',
  'seemed comfortable',
  'left comfortable',
  'settled night',
  'all care needs met',
  'care needs met',
  'no concerns to report',
  'no concerns noted',
  'no problems noted',
  'no issues noted',
  'checks done as required',
  'all checks done',
  'had a good night',
  'good night',
  'quiet day',
  'quiet night',
  'in good spirits',
  'happy in himself',
  'happy in herself',
];

/**
 * Words that carry nothing either way ("today", "at this time", a resident's name): they do not
 * count for or against a note being vague.
 */
export const FILLER_WORDS: readonly string[] = [
  'today', 'tonight', 'this', 'morning', 'afternoon', 'evening', 'at', 'time', 'throughout', 'the', 'and', 'has', 'had',
  'was', 'is', 'been', 'very', 'all', 'day', 'a', 'to', 'report', 'as', 'required', 'he', 'she', 'they', 'remains',
  'remained', 'shift', 'during', 'over', 'in', 'of',
];
