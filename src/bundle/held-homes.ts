import { z } from 'zod';
import { HomeIdSchema, HomeNameSchema } from '../model/home';
import type { HomeNames } from '../measure/segments';
import type { RecordLensDb } from '../store/db';
import { BundleRecipeSchema } from './bundle-schema';
import { UNNAMED_HOME } from './this-home';

/** Settings rows `importedHome:<id>`, one per home whose bundle is held. Never exported. */
export const HELD_PREFIX = 'importedHome:';

/** What this browser holds of another home: which bundle, when it came, and what it brought. */
export const HeldHomeSchema = z.object({
  id: HomeIdSchema,
  name: HomeNameSchema,
  exportedAt: z.number().int(),
  importedAt: z.number().int(),
  pseudonymised: z.boolean(),
  counts: z.object({
    notes: z.number().int().nonnegative(),
    sections: z.number().int().nonnegative(),
    carePlanEvents: z.number().int().nonnegative(),
    careSystemAudits: z.number().int().nonnegative(),
    samples: z.number().int().nonnegative(),
    auditCycles: z.number().int().nonnegative(),
  }),
  /** The recipes (and versions) that read its records, kept as provenance only: they never read a page here. */
  recipes: z.array(BundleRecipeSchema),
});
export type HeldHome = z.infer<typeof HeldHomeSchema>;

export const heldKey = (id: string) => `${HELD_PREFIX}${id}`;

/** Every imported home, by name. A row that no longer parses is skipped, never guessed at. */
export async function heldHomes(db: RecordLensDb): Promise<HeldHome[]> {
  const rows = await db.settings.where('key').startsWith(HELD_PREFIX).toArray();
  return rows.flatMap((r) => {
    const parsed = HeldHomeSchema.safeParse(r.value);
    return parsed.success ? [parsed.data] : [];
  }).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The names the organisational view shows. Two homes may share a name (two "Rose Court"s of one
 * group): the later ones get the start of their id, so a segment never stands for two homes.
 */
export function homeNames(here: string | undefined, held: readonly Pick<HeldHome, 'id' | 'name'>[]): HomeNames {
  const hereName = here ?? UNNAMED_HOME;
  const taken = new Set([hereName.toLowerCase()]);
  const imported: Record<string, string> = {};
  for (const h of [...held].sort((a, b) => a.id.localeCompare(b.id))) {
    const name = taken.has(h.name.toLowerCase()) ? `${h.name} (${h.id.slice(0, 4)})` : h.name;
    taken.add(name.toLowerCase());
    imported[h.id] = name;
  }
  return { here: hereName, imported };
}
