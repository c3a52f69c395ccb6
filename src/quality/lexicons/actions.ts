/** Words that say a task was done to or for the person: a note made of these needs an outcome. */
export const ACTION_TERMS: readonly string[] = [
  'assisted', 'assist', 'helped', 'supported', 'support given', 'given', 'gave', 'administered', 'applied', 'changed',
  'washed', 'showered', 'bathed', 'dressed', 'undressed', 'shaved', 'repositioned', 'turned', 'hoisted', 'transferred',
  'escorted', 'walked', 'prompted', 'encouraged', 'offered', 'served', 'provided', 'fed', 'toileted', 'checked',
  'personal care', 'pad changed', 'pad change', 'continence care', 'oral care', 'mouth care', 'creams', 'cream',
  'medication', 'meds', 'tablets', 'fluids', 'drink', 'breakfast', 'lunch', 'dinner', 'tea', 'supper', 'snack',
  'bed', 'hair', 'teeth', 'nails', 'catheter', 'stoma', 'dressing', 'observations', 'obs', 'weighed', 'made',
];
