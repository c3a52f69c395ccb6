import type { MarkModel } from './mark-model';

/** Fills the reasons popover. Every string goes in as textContent: page text is never parsed. */
export function fillTip(tip: HTMLElement, model: MarkModel, score: number): void {
  const doc = tip.ownerDocument;
  const head = doc.createElement('p');
  head.textContent = `Note quality ${Math.round(score)} of 100`;
  if (!model.reasons.length) {
    const none = doc.createElement('span');
    none.textContent = 'No weakness found by the checks.';
    tip.replaceChildren(head, none);
    return;
  }
  const list = doc.createElement('ul');
  for (const r of model.reasons) {
    const li = doc.createElement('li');
    const reason = doc.createElement('span');
    reason.textContent = `${r.rule}: ${r.reason}`;
    li.append(reason);
    if (r.explanation) {
      const why = doc.createElement('span');
      why.className = 'why';
      why.textContent = r.explanation;
      li.append(why);
    }
    list.append(li);
  }
  tip.replaceChildren(head, list);
}
