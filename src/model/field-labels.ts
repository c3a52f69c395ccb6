/** The words a quality lead sees for each recipe field (builder, health warnings, previews). */
export const FIELD_LABELS: Record<string, string> = {
  text: 'note text',
  careAt: 'time of care',
  writtenAt: 'time written',
  authorName: 'author name',
  authorRole: 'author role',
  residentName: "resident's name",
  residentId: "resident's id",
  unit: 'unit',
  category: 'category',
  sourceId: "the care system's id for the record",
  section: 'section name',
  lastUpdated: 'last-updated date',
  reviewDue: 'review-due date',
  changeInNeed: 'change-in-need date',
  type: 'kind of event (update, review, change in need)',
  at: 'date',
  criterion: 'audit question',
  answer: 'answer (yes, partly, no, not applicable)',
  form: 'audit form name',
  auditorRole: "auditor's role",
};

/** "note.careAt" or "careAt" → "time of care". */
export const fieldLabel = (field: string): string => {
  const name = field.replace(/^[a-zA-Z]+\./, '');
  return FIELD_LABELS[name] ?? name;
};
