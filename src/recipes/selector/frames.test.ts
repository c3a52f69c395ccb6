// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fieldSelector, queryAllDeep, queryFirstDeep, recordSelector } from './generate';
import { all, groupedListPage, load } from './test-pages';

/** A same-origin iframe whose document we write ourselves (happy-dom loads `srcdoc` synchronously). */
function frame(id: string, html: string): Document {
  const iframe = document.createElement('iframe');
  iframe.id = id;
  iframe.setAttribute('srcdoc', '<!doctype html><html><body></body></html>');
  document.body.append(iframe);
  const doc = iframe.contentDocument!;
  doc.body.innerHTML = html;
  return doc;
}

/** An element with an open shadow root holding `html`. */
function shadowHost(parent: ParentNode & Node, tag: string, html: string): ShadowRoot {
  const host = document.createElement(tag);
  parent.appendChild(host);
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = html;
  return root;
}

describe('records behind an iframe', () => {
  it('hops into the frame and generalises inside it', () => {
    load('<header><h1>Resident</h1></header><dl class="notes"><div><dt>decoy</dt></div></dl>');
    const inner = frame('notes', groupedListPage(5));
    const groups = all(inner, 'dl.notes > div');
    const selector = recordSelector(document, [groups[1]!]);
    expect(selector).toBe('#notes >>> .notes > div');
    expect(queryAllDeep(document, selector!)).toEqual(groups);
  });

  it('names the right frame when two frames look alike', () => {
    load('');
    frame('care-plan', groupedListPage(2));
    const inner = frame('daily', groupedListPage(3));
    const groups = all(inner, 'dl.notes > div');
    const selector = recordSelector(document, [groups[0]!])!;
    expect(selector.startsWith('#daily >>> ')).toBe(true);
    expect(queryAllDeep(document, selector)).toEqual(groups);
  });

  it('finds a field inside a record that is inside a frame', () => {
    load('');
    const inner = frame('notes', groupedListPage(3));
    const groups = all(inner, 'dl.notes > div');
    const dd = groups[0]!.querySelector('dd')!;
    const selector = fieldSelector(groups[0]!, dd, groups);
    expect(selector).toBe('dd');
    groups.forEach((g) => expect(queryFirstDeep(g, selector!)).toBe(g.querySelector('dd')));
  });
});

describe('records inside an open shadow root', () => {
  it('hops through the host and generalises inside the shadow tree', () => {
    load('<main><ul><li class="note">page decoy</li></ul></main>');
    const root = shadowHost(document.querySelector('main')!, 'notes-list',
      '<ul class="feed"><li class="note"><b>Jo</b> a</li><li class="note"><b>Sam</b> b</li><li class="note"><b>Al</b> c</li></ul>');
    const notes = all(root, 'li.note');
    const selector = recordSelector(document, [notes[2]!]);
    expect(selector).toBe('notes-list >>> .note');
    expect(queryAllDeep(document, selector!)).toEqual(notes);
  });

  it('records that are shadow hosts themselves: fields read through `:scope >>>`', () => {
    load('<section class="feed"></section>');
    const feed = document.querySelector('section')!;
    const cards = [0, 1, 2].map((i) => {
      shadowHost(feed, 'note-card', `<header><span class="author">P${i}</span></header><p class="text">T${i}</p>`);
      return feed.lastElementChild!;
    });
    expect(recordSelector(document, [cards[1]!])).toBe('note-card');
    const author = cards[1]!.shadowRoot!.querySelector('.author')!;
    const selector = fieldSelector(cards[1]!, author, cards);
    expect(selector).toBe(':scope >>> .author');
    cards.forEach((c) => expect(queryFirstDeep(c, selector!)).toBe(c.shadowRoot!.querySelector('.author')));
  });

  it('one shadow tree per note: the hosts generalise too, and a rejected one is left out', () => {
    load('<main class="feed"></main><footer><note-card></note-card></footer>');
    const feed = document.querySelector('main')!;
    const roots = [0, 1, 2, 3].map((i) =>
      shadowHost(feed, 'note-card', `<article class="card"><b class="who">P${i}</b></article>`));
    document.querySelector('footer note-card')!.attachShadow({ mode: 'open' }).innerHTML = '<article class="card">ad</article>';
    const articles = roots.map((r) => r.querySelector('article')!);
    const selector = recordSelector(document, [articles[1]!]);
    expect(selector).toBe('.feed > note-card >>> .card');
    expect(queryAllDeep(document, selector!)).toEqual(articles);
    const narrowed = recordSelector(document, [articles[1]!], [articles[3]!])!;
    expect(queryAllDeep(document, narrowed)).toEqual(articles.slice(0, 3));
  });

  it('nested: a shadow root inside a frame', () => {
    load('');
    const inner = frame('app', '<div id="mount"></div>');
    const host = inner.createElement('care-notes');
    inner.getElementById('mount')!.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<article class="n">1</article><article class="n">2</article><aside class="n-help">?</aside>';
    const notes = all(root, 'article');
    const selector = recordSelector(document, [notes[0]!]);
    expect(selector).toBe('#app >>> care-notes >>> .n');
    expect(queryAllDeep(document, selector!)).toEqual(notes);
  });

  it('a closed shadow root cannot be reached, so no selector is proposed', () => {
    load('<div id="host"></div>');
    const root = document.getElementById('host')!.attachShadow({ mode: 'closed' });
    root.innerHTML = '<p class="note">hidden</p>';
    expect(recordSelector(document, [root.querySelector('p')!])).toBeUndefined();
  });
});
