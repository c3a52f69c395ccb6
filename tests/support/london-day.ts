/**
 * The London calendar day of an instant, as yyyy-mm-dd. Tests work this out with Intl on purpose,
 * independently of the product's own date code, so they can catch its mistakes.
 */
export const londonDay = (ms: number): string => new Date(ms).toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
