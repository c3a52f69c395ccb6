/**
 * Words that show the person in a note (their choice, words, mood, wellbeing) and words that show
 * an outcome (how they responded, what changed). Data, not code: providers can extend them.
 */
export const PERSON_MARKERS: readonly string[] = [
  'said', 'says', 'told me', 'told us', 'asked', 'asking', 'chose', 'chosen', 'choice', 'choose', 'decided', 'wanted',
  'wants', 'wished', 'preferred', 'prefers', 'preference', 'likes', 'liked', 'enjoyed', 'enjoys', 'laughed', 'smiled',
  'smiling', 'happy', 'content', 'cheerful', 'relaxed', 'calm', 'calmer', 'anxious', 'worried', 'upset', 'tearful',
  'low in mood', 'mood', 'frustrated', 'agitated', 'distressed', 'confused', 'comfortable', 'uncomfortable',
  'in pain', 'felt', 'feels', 'feeling', 'seemed', 'appeared', 'engaged', 'chatted', 'talked', 'sang', 'joked',
  'declined', 'refused', 'agreed', 'consented', 'requested', 'offered', 'thanked', 'reminisced', 'spoke', 'replied',
  'told', 'shared', 'responded', 'nodded', 'gestured', 'pointed',
];

export const OUTCOME_MARKERS: readonly string[] = [
  'said', 'responded', 'response', 'smiled', 'laughed', 'relaxed', 'settled after', 'calmer', 'calmed', 'seemed',
  'appeared', 'felt', 'enjoyed', 'thanked', 'happier', 'improved', 'reduced', 'eased', 'better', 'worse', 'no change',
  'afterwards', 'after this', 'as a result', 'which helped', 'this helped', 'helped her', 'helped him', 'helped them',
  'managed', 'was able', 'able to', 'ate all', 'ate half', 'ate most', 'ate some', 'drank', 'finished', 'declined',
  'refused', 'accepted', 'agreed', 'chose', 'asked for', 'fell asleep', 'slept', 'comfortable', 'content', 'pleased',
  'told', 'reported', 'nodded', 'went back to', 'joined in', 'took part', 'skin intact', 'intact', 'clean and dry',
  'asleep', 'faded', 'smaller', 'larger', 'healed', 'healing', 'less', 'more', 'taken', 'tolerated', 'took',
];
