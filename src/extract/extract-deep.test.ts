// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { RecipePageSchema } from '../model/recipe';
import { extractPage } from './extract-page';
import { observedRoots } from './observed-roots';

const NOW = Date.parse('2026-11-27T12:00:00Z');
const page = (root: string) =>
  RecipePageSchema.parse({
    id: 'p', match: '.*',
    note: { root, fields: { text: { selector: '.body' }, careAt: { selector: 'time' }, residentName: { selector: 'h1', scope: 'page' } } },
  });

describe('records behind shadow roots and frames', () => {
  it('reads notes rendered inside open shadow roots, one per card', () => {
    document.body.innerHTML = '<h1>Ann Lee</h1><div id="feed"></div>';
    for (const text of ['Walked to the shop with Sam at 10:00.', 'Chose fish for lunch.']) {
      const host = document.createElement('note-card');
      host.attachShadow({ mode: 'open' }).innerHTML = `<article><time>23/11/2026 10:00</time><p class="body">${text}</p></article>`;
      document.getElementById('feed')!.append(host);
    }
    const out = extractPage(document, page('#feed note-card >>> article'), NOW);
    expect(out.problems).toEqual([]);
    expect(out.notes.map((n) => [n.residentName, n.text])).toEqual([
      ['Ann Lee', 'Walked to the shop with Sam at 10:00.'],
      ['Ann Lee', 'Chose fish for lunch.'],
    ]);
    // The capture script also watches those shadow roots for new notes.
    expect(observedRoots(document, ['#feed note-card >>> article'])).toHaveLength(3);
  });

  it('reads notes inside a same-origin iframe', () => {
    document.body.innerHTML = '<h1>Ann Lee</h1><iframe id="journal" srcdoc="<p>x</p>"></iframe>';
    const frame = document.getElementById('journal') as HTMLIFrameElement;
    frame.contentDocument!.body.innerHTML = '<dl><div class="entry"><time>23/11/2026 10:00</time><dd class="body">Had a bath.</dd></div></dl>';
    const out = extractPage(document, page('#journal >>> div.entry'), NOW);
    expect(out.notes.map((n) => n.text)).toEqual(['Had a bath.']);
    expect(out.notes[0]?.careAt).toBe(Date.parse('2026-11-23T10:00:00Z'));
  });
});
