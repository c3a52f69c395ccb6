import type { Recipe } from '../model/recipe';
import { findRecipePage, recipesForUrl } from '../recipes/find-page';

/** Why nothing has been captured from the tab the side panel describes. */
export type ThisPageEmpty = 'no-tab' | 'no-recipe-on' | 'site-not-read' | 'page-not-known' | 'not-read-yet';

/** Every message starts with the same words, so a reader (and a test) knows the section is empty. */
const NOTHING = 'Nothing captured from this tab yet';

/**
 * Says why the current tab shows nothing, and what to do next. `url` is the tab's address when the
 * browser lets Record Lens see it (only on sites it has access to), `undefined` otherwise.
 */
export function thisPageEmpty(enabled: readonly Recipe[], tab: { id?: number; url?: string }): { why: ThisPageEmpty; text: string } {
  if (tab.id === undefined) {
    return { why: 'no-tab', text: `${NOTHING}. Open a resident's daily notes or care plan in your care system and Record Lens reads them here.` };
  }
  if (!enabled.length) {
    return {
      why: 'no-recipe-on',
      text: `${NOTHING}: Record Lens is not reading any care system. Switch yours on in Record Lens settings, Recipes, or teach this page (below).`,
    };
  }
  if (!tab.url || !recipesForUrl(enabled, tab.url).length) {
    return {
      why: 'site-not-read',
      text: `${NOTHING}: Record Lens does not read this website. If it is your care system, switch its recipe on in Record Lens settings, or teach this page (below).`,
    };
  }
  if (!findRecipePage(enabled, tab.url)) {
    return {
      why: 'page-not-known',
      text: `${NOTHING}: Record Lens does not know this page of your care system. Open a resident's daily notes or care plan; if this page shows records, teach it (below).`,
    };
  }
  return {
    why: 'not-read-yet',
    text: `${NOTHING}. If nothing appears in a few seconds, reload the page: a page opened before Record Lens could read it is read after a reload.`,
  };
}
