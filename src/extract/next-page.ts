import type { RecipePage } from '../model/recipe';
import { queryFirst, selectorList } from './read-field';

/**
 * The absolute URL of the page a history capture should open after this one, from the recipe's
 * next-page link or its URL template; undefined at the last page.
 */
export function nextPageUrl(root: ParentNode, page: RecipePage, currentUrl: string, pageNumber = 1): string | undefined {
  const history = page.history;
  if (!history) return undefined;
  try {
    if (history.nextPage) {
      const link = queryFirst(root, null, selectorList(history.nextPage));
      const href = link?.getAttribute('href');
      return href ? new URL(href, link?.ownerDocument?.baseURI ?? currentUrl).href : undefined;
    }
    if (history.urlTemplate) return new URL(history.urlTemplate.replaceAll('{page}', String(pageNumber + 1)), currentUrl).href;
  } catch {
    return undefined;
  }
  return undefined;
}
