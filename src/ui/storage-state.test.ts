import { describe, expect, it } from 'vitest';
import { storageState } from './storage-state';

describe('storage state in words', () => {
  it('says how much is used and that the browser keeps it', () => {
    expect(storageState({ usage: 12_300_000, quota: 2_100_000_000, persisted: true })).toEqual({
      text: 'Records use 12.3 MB of the 2.1 GB this device allows. The browser keeps it permanently (it will not clear it to free space).',
      warning: false,
    });
  });

  it('says when the browser may clear the store, and warns when it is nearly full', () => {
    expect(storageState({ usage: 1e6, quota: 1e9, persisted: false }).text).toContain('has not marked this storage as persistent');
    const full = storageState({ usage: 950e6, quota: 1e9, persisted: true });
    expect(full.warning).toBe(true);
    expect(full.text).toContain('Storage is nearly full: capture will pause when it is.');
  });

  it('still says where records live when the browser gives no figures', () => {
    expect(storageState({ persisted: true }).text).toMatch(/^Records are stored on this device only\./);
  });
});
