import { describe, expect, it, vi } from 'vitest';
import { builtinRecipes } from '../recipes/builtin';
import { handleMessage, type Handlers } from './handle';
import { batchFitsSender, isOurContentScript, isOurExtensionPage } from './sender-check';

const handlers = (): Handlers => ({
  syncRecipes: vi.fn(async () => ({ origins: [] })),
  historyStart: vi.fn(async () => ({ ok: true as const, jobId: 1 })),
  historyCancel: vi.fn(async () => ({ ok: true as const })),
  notePicked: vi.fn(async () => ({ ok: true })),
  recipesForPage: vi.fn(async () => ({ recipes: [] })),
  capture: vi.fn(async () => ({ ok: true as const, result: { added: 0, updated: 0, unchanged: 0 } })),
});
const allowAll = () => true;
const sender = { id: 'ours', url: 'http://127.0.0.1:4810/harbour/residents/R001/notes', tab: { id: 3 } };

describe('message handling', () => {
  it('routes a valid message to its handler', async () => {
    const h = handlers();
    const r = await handleMessage({ type: 'recipesForPage', payload: { url: sender.url } }, sender, h, allowAll);
    expect(r).toEqual({ ok: true, response: { recipes: [] } });
    expect(h.recipesForPage).toHaveBeenCalledWith({ url: sender.url }, sender);
  });

  it.each([
    [null],
    ['capture'],
    [{ type: 'deleteEverything', payload: {} }],
    [{ type: 'capture' }],
    [{ type: 'capture', payload: { url: 'not a url' } }],
    // zod's url() alone takes these: a page must never hand us a script or data address.
    [{ type: 'recipesForPage', payload: { url: 'javascript:alert(1)' } }],
    [{ type: 'capture', payload: { url: 'data:text/html,<script>alert(1)</script>', capturedAt: 1, recipeId: 'x', recipeVersion: 1, pageId: 'p', matched: {}, notes: [], sections: [], problems: [] } }],
    [{ type: 'capture', payload: { url: sender.url, capturedAt: 1, recipeId: 'x', recipeVersion: 1, pageId: 'p', matched: {}, notes: [], sections: [], problems: [], nextPageUrl: 'javascript:window.x=1' } }],
    [{ type: 'capture', payload: { url: sender.url, capturedAt: 1, recipeId: 'x', recipeVersion: 1, pageId: 'p', matched: {}, notes: [{ text: '' }], sections: [], problems: [] } }],
  ])('rejects %j without running any handler', async (message) => {
    const h = handlers();
    const r = await handleMessage(message, sender, h, allowAll);
    expect(r.ok).toBe(false);
    expect(h.capture).not.toHaveBeenCalled();
    expect(h.recipesForPage).not.toHaveBeenCalled();
  });

  it('rejects a message from a sender that is not allowed', async () => {
    const h = handlers();
    const r = await handleMessage({ type: 'recipesForPage', payload: { url: sender.url } }, sender, h, () => false);
    expect(r).toEqual({ ok: false, error: 'Message recipesForPage not allowed from this sender.' });
  });
});

describe('sender checks', () => {
  it('accepts our content script on a recipe origin only', () => {
    expect(isOurContentScript(sender, 'ours', builtinRecipes)).toBe(true);
    expect(isOurContentScript({ ...sender, id: 'other-extension' }, 'ours', builtinRecipes)).toBe(false);
    expect(isOurContentScript({ ...sender, url: 'https://evil.example/' }, 'ours', builtinRecipes)).toBe(false);
    expect(isOurContentScript({ id: 'ours', url: sender.url }, 'ours', builtinRecipes)).toBe(false);
  });

  it('accepts privileged messages only from our own pages, never from a content script', () => {
    const own = 'chrome-extension://ours/';
    expect(isOurExtensionPage({ id: 'ours', url: `${own}sidepanel.html` }, 'ours', own)).toBe(true);
    expect(isOurExtensionPage({ id: 'ours', url: `${own}options.html`, tab: { id: 1 } }, 'ours', own)).toBe(true);
    // Our own content script on a care-system page: same extension id, but the page's URL.
    expect(isOurExtensionPage({ id: 'ours', url: 'http://127.0.0.1/harbour/', tab: { id: 1 } }, 'ours', own)).toBe(false);
    expect(isOurExtensionPage({ id: 'other', url: `${own}sidepanel.html` }, 'ours', own)).toBe(false);
  });

  it('stores a capture only under the page and recipe it came from', () => {
    const batch = { url: sender.url, recipeId: 'harbour-demo' };
    expect(batchFitsSender(batch, sender, builtinRecipes)).toBe(true);
    // Claims another origin than the frame that sent it.
    expect(batchFitsSender({ ...batch, url: 'https://care.example.com/residents' }, sender, builtinRecipes)).toBe(false);
    // Claims a recipe that does not cover the sending page (filing records under another care system).
    const elsewhere = { ...builtinRecipes.find((r) => r.id === 'willow-demo')!, origins: ['https://care.example.com/*'] };
    const recipes = [builtinRecipes.find((r) => r.id === 'harbour-demo')!, elsewhere];
    expect(batchFitsSender(batch, sender, recipes)).toBe(true);
    expect(batchFitsSender({ ...batch, recipeId: 'willow-demo' }, sender, recipes)).toBe(false);
    expect(batchFitsSender({ ...batch, recipeId: 'no-such-recipe' }, sender, builtinRecipes)).toBe(false);
    expect(batchFitsSender(batch, { id: 'ours', tab: { id: 1 } }, builtinRecipes)).toBe(false);
  });
});
