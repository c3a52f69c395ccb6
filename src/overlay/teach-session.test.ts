// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractPage } from '../extract/extract-page';
import { TeachSession } from './teach-session';

const NOW = Date.parse('2026-11-27T12:00:00Z');
const entry = (i: number) => `
  <div class="entry" id="e-N${1000 + i}">
    <dt><span class="stamp">Mon ${20 + (i % 3)}th November 2026, 2:0${i}pm</span> · <span class="kind">Nutrition</span></dt>
    <dd class="what">Ate soup number ${i} and chose the garden seat.</dd>
    <dd class="who">Jane Smith <em>(Senior Carer)</em></dd>
    <dd class="entered">Entered 23/11/2026 14:2${i}</dd>
  </div>`;

function page() {
  document.body.innerHTML = `<div class="banner"><span class="res-name">Margaret Ellis</span> | Unit: <span class="ward">Oak</span></div>
    <dl class="journal">${[0, 1, 2, 3, 4].map(entry).join('')}</dl><p class="footer">Journal footer</p>`;
  return (sel: string) => document.querySelectorAll(sel);
}

describe('teaching a page by pointing', () => {
  it('proposes every record from one click, and reads the fields the user clicks', () => {
    const q = page();
    const s = new TeachSession(document, 'note', () => NOW);
    s.clickRecord(q('dd.what')[0]!);
    expect(s.matches()).toHaveLength(5);
    s.clickField('text', q('dd.what')[0]!);
    s.clickField('careAt', q('span.stamp')[0]!);
    s.clickField('writtenAt', q('dd.entered')[0]!);
    s.clickField('authorName', q('dd.who')[0]!);
    s.clickField('authorRole', q('dd.who em')[0]!);
    s.clickField('residentName', q('span.res-name')[0]!);
    s.clickField('unit', q('span.ward')[0]!);
    const state = s.state('http://127.0.0.1/meadow/people/R001');
    expect(state.samples).toMatchObject({ authorName: 'Jane Smith', authorRole: 'Senior Carer', writtenAt: '23/11/2026 14:20', unit: 'Oak' });
    expect(state.preview.problems).toEqual([]);
    const read = extractPage(document, s.draftPage()!, NOW);
    expect(read.notes).toHaveLength(5);
    expect(read.notes[1]).toMatchObject({
      residentName: 'Margaret Ellis', unit: 'Oak', authorName: 'Jane Smith', authorRole: 'Senior Carer',
      text: 'Ate soup number 1 and chose the garden seat.', careAt: Date.parse('2026-11-21T14:01:00Z'), writtenAt: Date.parse('2026-11-23T14:21:00Z'),
    });
  });

  it('shows which required fields are still to pick, as problems in the preview', () => {
    const q = page();
    const s = new TeachSession(document, 'note', () => NOW);
    s.clickRecord(q('dd.what')[2]!);
    s.clickField('text', q('dd.what')[2]!);
    const state = s.state('http://x/');
    expect(state.preview.rows).toEqual([]);
    expect(state.preview.problems[0]?.field).toBe('careAt');
  });

  it('drops a rejected record and takes back a missed one', () => {
    document.body.innerHTML = `<table><tbody><tr class="row head"><td>Time</td><td>Note</td></tr>${'<tr class="row"><td>1</td><td class="t">x</td></tr>'.repeat(4)}</tbody></table>`;
    const s = new TeachSession(document, 'note', () => NOW);
    s.clickRecord(document.querySelector('td.t')!);
    expect(s.matches()).toHaveLength(5);
    s.clickRecord(document.querySelector('tr.head td')!);
    expect(s.matches()).toHaveLength(4);
    expect(s.matches()).not.toContain(document.querySelector('tr.head'));
  });
});
