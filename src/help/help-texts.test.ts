import { describe, expect, it } from 'vitest';
import { MEASURES } from '../measure/registry';
import { RULES } from '../quality/engine';
import { ASSURANCE_HELP, MEASURE_HELP, VARIATION_HELP } from './help-texts';

describe('help where it is shown', () => {
  it('every measure, verdict and flag says what it means and what to do', () => {
    for (const m of MEASURES) {
      expect(m.definition.length, m.id).toBeGreaterThan(20);
      expect(MEASURE_HELP[m.id]?.means.length, m.id).toBeGreaterThan(20);
      expect(MEASURE_HELP[m.id]?.todo.length, m.id).toBeGreaterThan(20);
    }
    for (const h of [...Object.values(VARIATION_HELP), ...Object.values(ASSURANCE_HELP)]) {
      expect(h.means.length).toBeGreaterThan(20);
      expect(h.todo.length).toBeGreaterThan(20);
    }
    expect(Object.keys(VARIATION_HELP).sort()).toEqual(['common-cause', 'special-cause-concern', 'special-cause-improvement']);
    expect(Object.keys(ASSURANCE_HELP).sort()).toEqual(['consistently-meeting', 'consistently-missing', 'hit-and-miss']);
    // A flag's explanation (shown in the page mark and the panel) says what it looks for and what to do.
    for (const r of RULES) expect(r.explanation.length, r.id).toBeGreaterThan(40);
  });
});
