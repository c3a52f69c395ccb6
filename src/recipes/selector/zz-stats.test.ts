// @vitest-environment happy-dom
import { it } from 'vitest';
import { recordSelector } from './generate';
it('stats', () => {
  const TAGS = ['div', 'span', 'ul', 'li', 'p'];
  const CLASSES = ['note', 'row', 'css-1a2b3c'];
  const rnd = (n: number) => Math.floor(Math.random() * n);
  let shown = 0, d = 0, u = 0;
  for (let run = 0; run < 300; run++) {
    document.body.innerHTML = '';
    const els: Element[] = [];
    const grow = (parent: Element, depth: number) => { if (depth > 3 || els.length > 12) return; const k = rnd(4); for (let i = 0; i < k; i++) { const e = document.createElement(TAGS[rnd(TAGS.length)]!); if (rnd(2)) e.className = CLASSES[rnd(CLASSES.length)]!; parent.append(e); els.push(e); grow(e, depth + 1); } };
    grow(document.body, 0);
    if (els.length < 3) continue;
    const p = [els[rnd(els.length)]!, els[rnd(els.length)]!]; const n = [els[rnd(els.length)]!].filter(x => !p.includes(x));
    const s = recordSelector(document, p, n);
    if (s) d++; else u++; if (!s && shown < 3) { shown++; p.forEach((x, i) => x.setAttribute('data-p', String(i))); n.forEach(x => x.setAttribute('data-n', '')); console.log(document.body.innerHTML); }
  }
  console.log({ d, u });
}, 60000);
