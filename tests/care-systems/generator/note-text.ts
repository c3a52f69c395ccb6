/**
 * Turns a template into a note about one resident at one time. Slot values are chosen at random
 * but cached per note, so "{relative}" names the same person twice in one note, and "{time}" is
 * the actual care time, which is what makes a copied-forward note give itself away.
 */
import { STORY } from '../story';
import type { Rng } from './prng';
import { pickStockPhrase } from './phrases';
import { NEAR_MISS_TEMPLATES, POOLS, TEMPLATES } from './templates';
import type { NoteCategory, Resident } from './types';

export interface TextContext {
  resident: Resident;
  category: NoteCategory;
  /** London wall-clock time of the care. */
  hour: number;
  minute: number;
  /** First names of other staff on the same unit and shift. */
  colleagues: readonly string[];
  /** First names of other residents on the same unit. */
  friends: readonly string[];
  weightKg: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const clock = (minutesOfDay: number): string => {
  const m = ((minutesOfDay % 1440) + 1440) % 1440;
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
};
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function medicineRound(hour: number): string {
  if (hour >= 5 && hour < 11) return 'morning';
  if (hour >= 11 && hour < 14) return 'lunchtime';
  if (hour >= 14 && hour < 17) return 'afternoon';
  if (hour >= 17 && hour < 20) return 'teatime';
  return 'night';
}

function mealPool(hour: number): readonly string[] {
  if (hour < 11) return POOLS.breakfast;
  if (hour < 15) return POOLS.lunch;
  return POOLS.tea;
}

/** Templates split once into literal text and slot names, so filling 130k notes stays cheap. */
type Compiled = readonly (string | { slot: string })[];
const compiled = new Map<string, Compiled>();
function compile(template: string): Compiled {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/).map((piece, i) => (i % 2 === 1 ? { slot: piece } : piece));
    compiled.set(template, parts);
  }
  return parts;
}

function slotValue(key: string, rng: Rng, ctx: TextContext): string {
  const she = ctx.resident.pronoun === 'she';
  const pool = (POOLS as Record<string, readonly string[] | undefined>)[key];
  if (pool) return rng.pick(pool);
  switch (key) {
    case 'name':
      return ctx.resident.firstName;
    case 'he':
      return she ? 'she' : 'he';
    case 'He':
      return she ? 'She' : 'He';
    case 'his':
      return she ? 'her' : 'his';
    case 'His':
      return she ? 'Her' : 'His';
    case 'him':
      return she ? 'her' : 'him';
    case 'himself':
      return she ? 'herself' : 'himself';
    case 'spouse':
      return she ? 'husband' : 'wife';
    case 'time':
      return clock(ctx.hour * 60 + ctx.minute);
    case 'time2':
      return clock(ctx.hour * 60 + ctx.minute + rng.int(15, 40));
    case 'staff':
      return ctx.colleagues.length > 0 ? rng.pick(ctx.colleagues) : 'the senior carer';
    case 'friend':
      return ctx.friends.length > 0 ? rng.pick(ctx.friends) : 'another resident';
    case 'meal':
      return rng.pick(mealPool(ctx.hour));
    case 'medslot':
      return medicineRound(ctx.hour);
    case 'weight':
      return (ctx.weightKg + rng.float(-0.4, 0.4)).toFixed(1);
    case 'score':
      return String(rng.int(4, 8));
    case 'score2':
      return String(rng.int(0, 3));
    default:
      throw new Error(`unknown template slot {${key}}`);
  }
}

export function fillTemplate(template: string, rng: Rng, ctx: TextContext): string {
  // One value per slot name per note: "{relative}" twice names the same person.
  const chosen: Record<string, string> = {};
  let out = '';
  for (const part of compile(template)) {
    if (typeof part === 'string') out += part;
    else out += chosen[part.slot] ??= slotValue(part.slot, rng, ctx);
  }
  return out;
}

/**
 * A specific note. About a fifth are near misses that start with a stock phrase and then give
 * details ("Settled after lunch, then asked to phone her daughter...").
 */
export function specificText(rng: Rng, ctx: TextContext): string {
  if (rng.chance(STORY.nearMissProbability)) {
    if (rng.chance(0.3)) return fillTemplate(rng.pick(NEAR_MISS_TEMPLATES[ctx.category]), rng, ctx);
    const phrase = pickStockPhrase(rng, ctx.category);
    const body = fillTemplate(rng.pick(TEMPLATES[ctx.category]), rng, ctx);
    // "Settled. Checked Margaret at 22:10: ..." or "No concerns, Margaret ate half ..."
    return rng.chance(0.6) ? `${phrase}. ${body}` : `${phrase}, ${body.startsWith(ctx.resident.firstName) ? body : body.charAt(0).toLowerCase() + body.slice(1)}`;
  }
  return capitalise(fillTemplate(rng.pick(TEMPLATES[ctx.category]), rng, ctx));
}
