/**
 * True unless the browser says a page script made the event (`dispatchEvent`, `el.click()`).
 *
 * The care-system page shares the DOM with our overlay and picker: it can synthesise a click on
 * its own elements while someone is pointing (a pick they never made), or an Escape. Only events
 * from the person at the keyboard and mouse carry `isTrusted: true`. Test DOMs that lack the
 * property (happy-dom) count as the user, so only an explicit `false` is refused.
 */
export const fromUser = (e: Event): boolean => e.isTrusted !== false;
