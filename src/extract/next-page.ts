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
      // A link inside a frame is relative to the frame's document, not to the page.
      const inFrame = link?.ownerDocument && link.ownerDocument !== root && link.ownerDocument !== (root as Node).ownerDocument;
      return href ? new URL(href, inFrame ? link.ownerDocument.baseURI : currentUrl).href : undefined;
    }
    if (history.urlTemplate) return new URL(history.urlTemplate.replaceAll('{page}', String(pageNumber + 1)), currentUrl).href;
  } catch {
    return undefined;
  }
  return undefined;
}
