import { z } from 'zod';
import { RecipeSchema } from './recipe';

/**
 * A recipe as the store keeps it: built-in ones are shipped in code and stored only as an on/off
 * switch; a user's own recipes (taught, imported or duplicated) are stored whole.
 */
export const RecipeRowSchema = z.discriminatedUnion('origin', [
  z.object({ id: z.string().min(1), origin: z.literal('builtin'), enabled: z.boolean(), updatedAt: z.number() }),
  z.object({
    id: z.string().min(1),
    origin: z.literal('user'),
    enabled: z.boolean(),
    updatedAt: z.number(),
    recipe: RecipeSchema,
  }),
]);
export type RecipeRow = z.infer<typeof RecipeRowSchema>;

export interface RecipeEntry {
  recipe: z.infer<typeof RecipeSchema>;
  origin: 'builtin' | 'user';
  enabled: boolean;
}
