import { z } from 'zod';

/**
 * The home an install captures for. Its id is made once per install (16 characters of Crockford
 * base 32, 80 random bits) and never changes, so a renamed home is still the same home; its name
 * is what the group's quality lead reads in the organisational view.
 */
export const HomeIdSchema = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{16}$/, 'A home id is 16 characters of Crockford base 32.');

export const HomeNameSchema = z
  .string()
  .trim()
  .min(1, 'Give the home a name, e.g. Oak Lodge.')
  .max(80, 'Keep the home’s name to 80 characters.')
  // Control characters and bidi overrides would let a name hide or reorder the words beside it.
  .refine((n) => !/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(n), 'Use letters, digits and punctuation only.');
