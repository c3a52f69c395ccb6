import { describe, expect, it } from 'vitest';
import { DEFAULT_QUALITY_CONFIG } from '../config';
import { isVague, stockPhraseShare } from './vague';

describe('vague rule', () => {
  it.each([
    'All fine.',
    'Settled. No concerns.',
    'Care given as per care plan. All fine.',
    'nothing to report',
    'Resident settled, slept well, no issues',
  ])('flags a note made only of stock phrases: %s', (text) => {
    expect(isVague(text)).toBe(true);
  });

  it.each([
    'Settled after lunch, then asked to phone her daughter; we called at 14:30 and she was smiling afterwards.',
    'Helped Margaret to wash and dress at 08:10; she chose her blue cardigan and said her knee felt better.',
    'No concerns raised by Tom today but he refused his 12:00 tablets twice; GP informed at 13:15.',
  ])('does not flag a note that says what happened, even with a stock phrase in it: %s', (text) => {
    expect(isVague(text)).toBe(false);
  });

  it('measures the share of the note, and names the phrases it found', () => {
    const r = stockPhraseShare('All fine. Ate well.', DEFAULT_QUALITY_CONFIG.lexicons.stockPhrases);
    expect(r).toEqual({ share: 1, found: ['all fine', 'ate well'] });
    expect(stockPhraseShare('', DEFAULT_QUALITY_CONFIG.lexicons.stockPhrases).share).toBe(0);
  });

  it('follows the configured threshold', () => {
    const strict = { ...DEFAULT_QUALITY_CONFIG, vagueShare: 0.2 };
    const text = 'Settled after tea, then watched the snooker with Bill.';
    expect(isVague(text)).toBe(false);
    expect(isVague(text, strict)).toBe(false);
    expect(isVague('Settled. Watched TV.', strict)).toBe(true);
  });
});
