import { stableHash } from '../store/stable-hash';

/**
 * A resident's stand-in name: the same on every screen and device for the same resident key,
 * and says nothing about the person. Four characters from 36⁴ keep a home's residents apart.
 */
export function pseudonym(residentKey: string): string {
  return `Resident ${stableHash(`record-lens|${residentKey}`).slice(-4).toUpperCase().padStart(4, '0')}`;
}
