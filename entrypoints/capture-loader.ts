/**
 * The only script the browser injects into a granted care-system page (registered per origin by
 * the background). It runs before the page's load event, which waits for it, so it does nothing
 * but ask the background for the capture script once the page has loaded. `chrome`, not WXT's
 * `browser`: the polyfill alone is larger than everything this script needs.
 */
export default defineUnlistedScript(() => {
  const start = () => void chrome.runtime.sendMessage({ type: 'startCapture', payload: {} }).catch(() => undefined);
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
});
