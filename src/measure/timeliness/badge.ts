/** What the toolbar shows for a care-system tab: the overdue count, and words for screen readers. */
export interface BacklogBadge {
  /** Empty when nothing is overdue: a quiet toolbar means nothing to do. */
  text: string;
  title: string;
}

export function backlogBadge(overdue: number, stale: number, systemName: string): BacklogBadge {
  const sections = (n: number) => `${n} care-plan ${n === 1 ? 'section' : 'sections'}`;
  const staleWords = stale ? `; ${sections(stale)} not seen recently` : '';
  return {
    text: overdue === 0 ? '' : overdue > 999 ? '999+' : String(overdue),
    title: `Record Lens: ${overdue === 0 ? 'no care-plan sections' : sections(overdue)} overdue for review in ${systemName}${staleWords}`,
  };
}
