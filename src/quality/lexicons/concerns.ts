/**
 * Concerns that need a follow-up written down (who was told, what was done) and the words that
 * show one. From the CQC "concerns followed up" audit criterion.
 */
export const CONCERN_TERMS: readonly string[] = [
  'pain', 'painful', 'sore', 'aching', 'fall', 'fell', 'found on the floor', 'on the floor', 'slipped', 'tripped',
  'refused', 'declined', 'would not', "wouldn't", 'weight loss', 'lost weight', 'losing weight', 'distress',
  'distressed', 'agitated', 'agitation', 'aggressive', 'crying', 'tearful', 'bruise', 'bruising', 'bruised', 'skin tear',
  'red area', 'red mark', 'redness', 'pressure area', 'pressure sore', 'pressure ulcer', 'ulcer', 'broken skin', 'wound',
  'blister on', 'blistered', 'choking', 'choked', 'coughed and spluttered', 'spluttered', 'stings', 'stinging', 'burning',
  'throbbing', 'grimacing', 'groaning', 'wincing', 'swore', 'pushed', 'hit', 'hitting', 'kicked', 'scratched', 'bitten', 'bit her', 'bit him', 'bit me',
  'muddled', 'frightened', 'scared', 'hallucinating', "hasn't eaten", 'not eaten', 'getting loose', 'found on floor',
  'on floor', 'down from', 'head against',
  'coughing', 'breathless', 'short of breath', 'more confused', 'confusion', 'vomit', 'vomited', 'diarrhoea',
  'temperature', 'fever', 'rash', 'swollen', 'swelling', 'bleeding', 'not eating', 'poor appetite', 'dehydrated',
];

export const FOLLOW_UP_TERMS: readonly string[] = [
  'informed', 'told', 'reported', 'escalated', 'called', 'rang', 'phoned', 'contacted', 'referred', 'referral',
  'gp', 'doctor', 'nurse', '111', '999', 'paramedic', 'ambulance', 'district nurse', 'salt', 'dietitian',
  'team leader', 'senior', 'manager', 'on call', 'handed over', 'handover', 'body map', 'recorded on', 'recorded in',
  'incident form', 'incident report', 'datix', 'falls diary', 'monitor', 'monitoring', 'will check', 'will review',
  'will recheck', 'rechecked', 'checked again', 'prn', 'paracetamol given', 'pain relief given', 'given as prescribed',
  'cream applied', 'dressing', 'repositioned', 'observations', 'obs taken', 'reoffered', 're-offered', 'offered again',
  'tried again', 'try again', 'family informed', 'daughter informed', 'son informed', 'safeguarding', 'care plan updated',
  'as prescribed', 'asked to review', 'review', 'morphine', 'analgesia', 'pain relief', 'pain score', 'reassured',
  'reassurance', 'comforted', 'sat with', 'looked together', 'found it', 'weighed again', 'pain team', 'palliative',
  'risk assessment', 'mar chart', 'first aid', 'hoist', 'neuro obs', 'plan is', 'next steps', 'follow up', 'follow-up',
];
