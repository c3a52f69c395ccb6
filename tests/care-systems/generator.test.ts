import { describe, expect, it } from 'vitest';
import { generateCareData, type Note } from './generator/index';
import { londonParts } from './london-time';
import { STORY, storyDates } from './story';
import { TEST_NOW, testData } from './test-fixtures';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('generateCareData: determinism', () => {
  it('gives identical data for the same seed and now', () => {
    const t0 = performance.now();
    const a = generateCareData({ seed: STORY.seed, now: TEST_NOW });
    // Speed is not asserted here (a shared machine makes timed unit tests flaky); it is printed.
    console.log(`generated ${a.notes.length} notes in ${Math.round(performance.now() - t0)} ms`);
    const b = testData();
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('gives different records for a different seed, and the same people whatever now is', () => {
    const other = generateCareData({ seed: STORY.seed + 1, now: TEST_NOW });
    const data = testData();
    expect(other.notes.slice(0, 200).map((n) => n.text)).not.toEqual(data.notes.slice(0, 200).map((n) => n.text));
    expect(other.residents.map((r) => r.name)).not.toEqual(data.residents.map((r) => r.name));

    const later = generateCareData({ seed: STORY.seed, now: TEST_NOW + 40 * DAY });
    expect(later.residents.map((r) => [r.id, r.name, r.unit])).toEqual(data.residents.map((r) => [r.id, r.name, r.unit]));
    expect(later.staff).toEqual(data.staff);
  });
});

describe('generateCareData: people', () => {
  it('has 60 residents, 15 per unit, with unique names', () => {
    const { residents } = testData();
    expect(residents).toHaveLength(STORY.residentCount);
    expect(residents[0]?.id).toBe('R001');
    expect(residents[59]?.id).toBe('R060');
    for (const unit of STORY.units) expect(residents.filter((r) => r.unit === unit)).toHaveLength(STORY.residentsPerUnit);
    expect(new Set(residents.map((r) => r.name)).size).toBe(residents.length);
    const start = storyDates(TEST_NOW).start;
    for (const r of residents) expect(r.admittedAt).toBeLessThan(start);
  });

  it('has 40 staff across units and both shifts, with every role', () => {
    const { staff } = testData();
    expect(staff).toHaveLength(STORY.staffCount);
    expect(new Set(staff.map((s) => s.name)).size).toBe(staff.length);
    for (const unit of STORY.units) {
      for (const shift of ['day', 'night'] as const) {
        expect(staff.filter((s) => s.unit === unit && s.shift === shift).length).toBe(STORY.staffPerUnit[shift]);
      }
    }
    expect(new Set(staff.map((s) => s.role))).toEqual(
      new Set(['Care Assistant', 'Senior Carer', 'Nurse', 'Team Leader', 'Deputy Manager']),
    );
  });
});

describe('generateCareData: notes', () => {
  it('has ~6 notes per resident per day over a year (~130k)', () => {
    const { notes, residents } = testData();
    expect(notes.length).toBeGreaterThan(125_000);
    expect(notes.length).toBeLessThan(135_000);
    const days = (TEST_NOW - storyDates(TEST_NOW).start) / DAY;
    const perResidentPerDay = notes.length / residents.length / days;
    expect(perResidentPerDay).toBeGreaterThan(STORY.notesPerResidentPerDay - 0.15);
    expect(perResidentPerDay).toBeLessThan(STORY.notesPerResidentPerDay + 0.15);
  });

  it('is sorted by care time with sequential ids, all care at least 30 minutes old and written by now', () => {
    const { notes } = testData();
    const outOfOrder = notes.filter(
      (n, i) => n.id !== `N${String(i + 1).padStart(7, '0')}` || (i > 0 && n.careAt < (notes[i - 1] as Note).careAt),
    );
    expect(outOfOrder).toEqual([]);
    const start = storyDates(TEST_NOW).start;
    expect(notes.every((n) => n.careAt >= start && n.careAt <= TEST_NOW - 30 * 60_000 && n.writtenAt <= TEST_NOW)).toBe(true);
  });

  it('is written by staff of the resident\u2019s unit whose shift matches the care time', () => {
    const { notes, staff, residents } = testData();
    const byId = new Map(staff.map((s) => [s.id, s]));
    const unitOf = new Map(residents.map((r) => [r.id, r.unit]));
    const bad = notes.filter((n) => {
      const author = byId.get(n.authorId);
      return !author || author.unit !== n.unit || n.unit !== unitOf.get(n.residentId) || author.shift !== n.truth.shift;
    });
    expect(bad).toEqual([]);
  });

  it('labels shift and day type from the London clock, and avoids 00:00-02:29 local time', () => {
    const { notes } = testData();
    const problems: string[] = [];
    for (const n of notes) {
      const p = londonParts(n.careAt);
      const shift = p.hour >= 8 && p.hour < 20 ? 'day' : 'night';
      const dayType = p.weekday === 0 || p.weekday === 6 ? 'weekend' : 'weekday';
      if (shift !== n.truth.shift || dayType !== n.truth.dayType) problems.push(`${n.id} label`);
      if (p.hour < 2 || (p.hour === 2 && p.minute < 30)) problems.push(`${n.id} at ${p.hour}:${p.minute}`);
    }
    expect(problems).toEqual([]);
    // Both shifts and both day types are well represented.
    expect(notes.filter((n) => n.truth.shift === 'night').length / notes.length).toBeCloseTo(1 / 3, 1);
    expect(notes.filter((n) => n.truth.dayType === 'weekend').length / notes.length).toBeCloseTo(2 / 7, 1);
  });

  it('writes late notes 4-14 h after care and the rest 5-45 min after', () => {
    const { notes } = testData();
    const wrong = notes.filter((n) => {
      const lag = (n.writtenAt - n.careAt) / 60_000;
      return n.truth.late ? lag < 4 * 60 || lag > 14 * 60 : lag < 5 || lag > 45;
    });
    expect(wrong).toEqual([]);
  });

  it('copies forward exactly the text of an earlier note about the same resident from 1-7 days before', () => {
    const { notes } = testData();
    const byResident = new Map<string, Note[]>();
    for (const n of notes) {
      const list = byResident.get(n.residentId) ?? [];
      list.push(n);
      byResident.set(n.residentId, list);
    }
    let copied = 0;
    const problems: string[] = [];
    for (const list of byResident.values()) {
      list.forEach((n, i) => {
        // Earlier notes of this resident within 8 days (a copy of "the same slot 7 days ago" can be 7 days and a bit).
        const earlier: Note[] = [];
        for (let j = i - 1; j >= 0 && n.careAt - (list[j] as Note).careAt < 8 * DAY; j--) earlier.push(list[j] as Note);
        const same = earlier.filter((e) => e.text === n.text);
        if (n.truth.copiedForward) {
          copied++;
          const source = same.find((e) => n.careAt - e.careAt >= 20 * HOUR && n.careAt - e.careAt <= 7 * DAY + 4 * HOUR); // + 1 h when the clocks go back in between
          if (!source) problems.push(`${n.id}: no source`);
          else if (source.truth.vague !== n.truth.vague) problems.push(`${n.id}: vague label differs from source`);
        } else if (same.length > 0) {
          problems.push(`${n.id}: repeats an earlier text without being labelled copied`);
        }
      });
    }
    expect(problems.slice(0, 5)).toEqual([]);
    expect(copied).toBeGreaterThan(5000);
  });
});
