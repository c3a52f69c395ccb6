import { describe, expect, it } from 'vitest';
import { londonDayKey, londonWallClock, resolveLondonWallClock } from './london-time';
import { parseUkDate } from './parse-uk-date';

/** Parses and returns the ISO UTC instant, or the reason prefixed with "!". */
function read(text: string, anchorIso = '2026-11-23T12:00:00Z'): string {
  const result = parseUkDate(text, { anchor: Date.parse(anchorIso) });
  return result.ok ? new Date(result.epochMs).toISOString() : `!${result.reason}`;
}

describe('UK clock changes in written dates', () => {
  it('reads times either side of the spring-forward gap (29 March 2026)', () => {
    expect(read('28/03/2026 23:30')).toBe('2026-03-28T23:30:00.000Z');
    expect(read('29/03/2026 00:59')).toBe('2026-03-29T00:59:00.000Z');
    expect(read('29/03/2026 02:00')).toBe('2026-03-29T01:00:00.000Z');
    expect(read('29/03/2026 02:30')).toBe('2026-03-29T01:30:00.000Z');
  });

  it('rejects times inside the spring-forward gap', () => {
    for (const text of ['29/03/2026 01:00', '29/03/2026 01:30', '29 March 2026 1:59am', '2026-03-29T01:30']) {
      expect(read(text)).toMatch(/does not exist in UK time: the clocks go forward/);
    }
  });

  it('reads times either side of the fall-back overlap (25 October 2026)', () => {
    expect(read('25/10/2026 00:30')).toBe('2026-10-24T23:30:00.000Z');
    expect(read('25/10/2026 00:59')).toBe('2026-10-24T23:59:00.000Z');
    expect(read('25/10/2026 02:00')).toBe('2026-10-25T02:00:00.000Z');
    expect(read('25/10/2026 02:30')).toBe('2026-10-25T02:30:00.000Z');
  });

  it('rejects times that happen twice as ambiguous', () => {
    for (const text of ['25/10/2026 01:00', '25/10/2026 01:30', '25 Oct 2026 1:59:59am', '2026-10-25 01:15']) {
      expect(read(text)).toMatch(/is ambiguous: the clocks go back/);
    }
  });

  it('trusts an explicit offset even inside a gap or overlap', () => {
    expect(read('2026-03-29T01:30:00Z')).toBe('2026-03-29T01:30:00.000Z');
    expect(read('2026-10-25T01:30:00+01:00')).toBe('2026-10-25T00:30:00.000Z');
    expect(read('2026-10-25T01:30:00+00:00')).toBe('2026-10-25T01:30:00.000Z');
  });

  it('puts date-only values at London midnight on change days', () => {
    expect(read('29/03/2026')).toBe('2026-03-29T00:00:00.000Z');
    expect(read('30/03/2026')).toBe('2026-03-29T23:00:00.000Z');
    expect(read('25/10/2026')).toBe('2026-10-24T23:00:00.000Z');
    expect(read('26/10/2026')).toBe('2026-10-26T00:00:00.000Z');
  });
});

describe('UK clock changes in relative dates', () => {
  it('reads "Yesterday at 23:30" on the spring-forward day as GMT', () => {
    expect(read('Yesterday at 23:30', '2026-03-29T11:00:00Z')).toBe('2026-03-28T23:30:00.000Z');
  });

  it('reads "Today 00:15" on the fall-back day as BST, and refuses the repeated hour', () => {
    const anchor = '2026-10-25T12:00:00Z';
    expect(read('Today 00:15', anchor)).toBe('2026-10-24T23:15:00.000Z');
    expect(read('Today 01:30', anchor)).toMatch(/ambiguous/);
    expect(read('Today 02:15', anchor)).toBe('2026-10-25T02:15:00.000Z');
    expect(read('Today', anchor)).toBe('2026-10-24T23:00:00.000Z');
  });

  it('refuses "Today 01:30" on the spring-forward day', () => {
    expect(read('Today 01:30', '2026-03-29T11:00:00Z')).toMatch(/does not exist in UK time/);
  });

  it('keeps the London time of day for "N days ago" across a clock change', () => {
    // 31 March 09:00 BST, three days back is 28 March 09:00 GMT: 71 elapsed hours, not 72.
    expect(read('3 days ago', '2026-03-31T08:00:00Z')).toBe('2026-03-28T09:00:00.000Z');
    // 27 October 09:00 GMT, three days back is 24 October 09:00 BST: 73 elapsed hours.
    expect(read('3 days ago', '2026-10-27T09:00:00Z')).toBe('2026-10-24T08:00:00.000Z');
    expect(read('in 2 days', '2026-03-27T12:00:00Z')).toBe('2026-03-29T11:00:00.000Z');
    expect(read('1 week ago', '2026-04-02T11:00:00Z')).toBe('2026-03-26T12:00:00.000Z');
  });

  it('lands on the right London day where plain 24h subtraction would not', () => {
    // 30 March 00:30 BST. Minus 24h is 28 March 23:30 GMT, the wrong calendar day.
    const anchor = Date.parse('2026-03-29T23:30:00Z');
    const result = parseUkDate('1 day ago', { anchor });
    expect(result.ok && londonDayKey(result.epochMs)).toBe('2026-03-29');
    expect(result.ok && result.epochMs).toBe(Date.parse('2026-03-29T00:30:00Z'));
  });

  it('still gives an instant on the right day when the inherited time falls in a gap or overlap', () => {
    // 30 March 01:30 BST: 29 March 01:30 never happened, so it is read as 02:30 BST.
    expect(read('1 day ago', '2026-03-30T00:30:00Z')).toBe('2026-03-29T01:30:00.000Z');
    // 26 October 01:30 GMT: 25 October 01:30 happened twice; the GMT one is exactly 24h earlier.
    expect(read('1 day ago', '2026-10-26T01:30:00Z')).toBe('2026-10-25T01:30:00.000Z');
  });

  it('counts hours and minutes as elapsed time across a change', () => {
    expect(read('2 hours ago', '2026-03-29T02:00:00Z')).toBe('2026-03-29T00:00:00.000Z');
    expect(read('90 minutes ago', '2026-10-25T02:00:00Z')).toBe('2026-10-25T00:30:00.000Z');
  });
});

describe('round trip over many instants', () => {
  it('reads back every London wall-clock minute it is shown, or explains the repeated hour', () => {
    let seed = 20261123;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pad = (n: number) => String(n).padStart(2, '0');
    const start = Date.parse('1995-01-01T00:00:00Z');
    const span = Date.parse('2095-01-01T00:00:00Z') - start;
    // Weight the sample towards the clock-change hours, where bugs would hide.
    const changes = ['2026-03-29T00:30:00Z', '2026-10-25T00:30:00Z', '2031-10-26T00:30:00Z'].map(Date.parse);
    for (let i = 0; i < 1500; i += 1) {
      const base = i % 3 === 0 ? (changes[i % changes.length] ?? 0) + Math.floor(next() * 3) * 1_800_000 : start + next() * span;
      const epoch = Math.floor(base / 60_000) * 60_000;
      const w = londonWallClock(epoch);
      const text = `${pad(w.day)}/${pad(w.month)}/${w.year} ${pad(w.hour)}:${pad(w.minute)}`;
      const result = parseUkDate(text, { anchor: epoch });
      const kind = resolveLondonWallClock(w).kind;
      if (kind === 'overlap') {
        expect(result.ok ? 'ok' : result.reason).toContain('ambiguous');
      } else {
        expect(result.ok && result.epochMs, text).toBe(epoch);
      }
    }
  });
});
