/** Words that say a task was done to or for the person: a note made of these needs an outcome. */
export const ACTION_TERMS: readonly string[] = [
  'assisted', 'assist', 'helped', 'supported', 'support given', 'given', 'gave', 'administered', 'applied', 'changed',
  'washed', 'showered', 'bathed', 'dressed', 'undressed', 'shaved', 'repositioned', 'turned', 'hoisted', 'transferred',
  'escorted', 'prompted', 'encouraged', 'offered', 'served', 'provided', 'fed', 'toileted', 'checks done',
  'personal care', 'pad changed', 'pad change', 'continence care', 'oral care', 'mouth care', 'creams applied',
  'meds given', 'medication given', 'tablets given', 'fluids given', 'care needs met', 'care given', 'washed and dressed',
  'catheter bag emptied', 'stoma bag changed', 'dressing changed', 'obs taken', 'weighed', 'emptied', 'cleaned',
  'prepared', 'lunch made', 'tea made', 'breakfast made', 'made with support', 'prompt done', 'feed started', 'flush',
  'chart signed', 'site checked', 'checked', 'left in reach',
];
