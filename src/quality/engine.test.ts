import { describe, expect, it } from 'vitest';
import { DEFAULT_QUALITY_CONFIG, QualityConfigSchema } from './config';
import { assessNotes } from './engine';
import type { QualityNote } from './rule';

const T = Date.parse('2026-11-23T09:00:00Z');
let n = 0;
const note = (text: string, over: Partial<QualityNote> = {}): QualityNote => ({
  key: `n${++n}`, residentKey: 'r1', text, careAt: T, writtenAt: T + 600_000, authorName: 'Jane Smith', authorRole: 'Carer', category: 'Personal care', ...over,
});
const rules = (notes: QualityNote[]) => assessNotes(notes).map((a) => a.flags.map((f) => f.rule).sort());

describe('quality engine', () => {
  it('gives a specific, person-centred note no flags and a full score', () => {
    const [a] = assessNotes([note('Helped Margaret to shower at 08:10; she chose the lavender soap and said the water was just right. She smiled and dressed herself.')]);
    expect(a).toMatchObject({ score: 100, flags: [], rulesVersion: DEFAULT_QUALITY_CONFIG.version });
  });

  it('explains each flag with a reason and its evidence, and lowers the score by its weight', () => {
    const [a] = assessNotes([note('All fine. Settled.', { category: 'Mood and wellbeing' })]);
    expect(a!.flags.map((f) => f.rule)).toEqual(['vague', 'too-short']);
    expect(a!.flags[0]).toMatchObject({ reason: '100% of this note is stock phrases with nothing specific.', evidence: ['all fine', 'settled'] });
    expect(a!.score).toBe(100 - 30 - 15);
  });

  it('flags a concern with no follow-up, but not a negated one or one that was acted on', () => {
    expect(rules([note('Complained of pain in her left hip when standing up this morning after breakfast, walked slowly.')])[0]).toContain('concern-without-follow-up');
    expect(rules([note('No pain reported today; walked to the lounge with her frame and chose to sit by the window, smiling.')])[0]).not.toContain('concern-without-follow-up');
    expect(rules([note('Complained of pain in her left hip; PRN paracetamol given at 10:20 and nurse Jo informed, she said it eased.')])[0]).not.toContain('concern-without-follow-up');
  });

  it('flags tasks with nothing of the person, and tasks with no outcome', () => {
    const [flags] = rules([note('Pad changed. Repositioned to left side. Fluids given 200ml. Creams applied to sacrum as per chart.')]);
    expect(flags).toEqual(expect.arrayContaining(['task-not-person', 'no-outcome']));
  });

  it('flags a late entry and missing attribution from the fields, not the words', () => {
    const [flags] = rules([note('Helped Tom wash and shave at 07:30; he chose his blue shirt and said he felt rested.', { writtenAt: T + 5 * 3_600_000, authorRole: undefined })]);
    expect(flags).toEqual(['late-entry', 'missing-attribution']);
  });

  it('calls a note late only when it is certain: a day-only "logged" date is a whole day wide', () => {
    const text = 'Helped Tom wash and shave at 07:30; he chose his blue shirt and said he felt rested.';
    const day = 'day' as const;
    // Care at 07:30, "logged today" read as the capture's time (21:00): the note may have been written at 07:45.
    expect(rules([note(text, { writtenAt: T + 13.5 * 3_600_000, writtenAtPrecision: day, careAtPrecision: 'minute' })])[0]).not.toContain('late-entry');
    // "Logged 1 day ago", read at 10:00 the next day: 24 to 48 hours back, so possibly minutes after the care.
    expect(rules([note(text, { writtenAt: T + 25 * 3_600_000, writtenAtPrecision: day })])[0]).not.toContain('late-entry');
    // Logged on a day three days on: at least 39 hours after care at 09:00, whatever the hour.
    const [flag] = assessNotes([note(text, { writtenAt: T + 72 * 3_600_000, writtenAtPrecision: day, careAtPrecision: 'minute' })])[0]!.flags.filter((f) => f.rule === 'late-entry');
    expect(flag?.reason).toMatch(/^Written at least \d+(\.\d)? hours after the care/);
    // Exact times keep the exact wording.
    expect(assessNotes([note(text, { writtenAt: T + 5 * 3_600_000 })])[0]!.flags.find((f) => f.rule === 'late-entry')?.reason).toBe('Written 5 hours after the care (the limit is 4).');
  });

  it('finds notes copied forward from an earlier note of the same resident, naming the source and author', () => {
    const yesterday = note('Supported Margaret with a full wash in the bathroom, she chose her floral dress and said she wanted to go to the garden later.', { careAt: T - 86_400_000, writtenAt: T - 86_000_000, authorName: 'Sam' });
    const today = note('Supported Margaret with a full wash in the bathroom, she chose her floral dress and said she wanted to go to the garden later.');
    const otherResident = note(today.text, { residentKey: 'r2' });
    const [, copied, other] = assessNotes([yesterday, today, otherResident]);
    const flag = copied!.flags.find((f) => f.rule === 'copied-forward');
    expect(flag?.source).toEqual({ key: yesterday.key, sameAuthor: false });
    expect(other!.flags.map((f) => f.rule)).not.toContain('copied-forward');
  });

  it('finds a copy with a few words changed, but not a different note on the same topic', () => {
    const base = 'Margaret had porridge with honey at breakfast in the dining room and drank a full cup of tea, chatting with Joan about her grandson visiting on Sunday.';
    const edited = base.replace('honey', 'jam').replace('Sunday', 'Saturday').replace('full cup', 'large cup');
    const different = 'Margaret had toast in her room this morning because her knee was stiff; she asked for a hot water bottle and the nurse was told at 09:15.';
    const [, near, diff] = assessNotes([note(base, { careAt: T - 1 }), note(edited), note(different, { careAt: T + 1 })]);
    expect(near!.flags.map((f) => f.rule)).toContain('copied-forward');
    expect(diff!.flags.map((f) => f.rule)).not.toContain('copied-forward');
  });

  it('keeps its configuration as validated data', () => {
    expect(QualityConfigSchema.parse(DEFAULT_QUALITY_CONFIG)).toEqual(DEFAULT_QUALITY_CONFIG);
    expect(QualityConfigSchema.safeParse({ ...DEFAULT_QUALITY_CONFIG, lateHours: -1 }).success).toBe(false);
  });
});
