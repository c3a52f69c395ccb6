/**
 * Residents and staff. Seeded by their own streams so they do not change with "now": the same
 * names and units appear in every demo run.
 */
import { STORY, type Unit } from '../story';
import { londonAddDays } from '../london-time';
import { createRng, deriveSeed, type Rng } from './prng';
import { LAST_NAMES, RESIDENT_FIRST_NAMES_F, RESIDENT_FIRST_NAMES_M, STAFF_FIRST_NAMES } from './names';
import type { Resident, Shift, Staff, StaffRole } from './types';

/**
 * Pick a "First Last" whose first name is not in `usedFirst` and whose full name is not in
 * `usedFull`: full names are unique (recipes group notes by name), and first names are unique
 * where notes would otherwise be ambiguous ("told Jane", "chatted with Vera").
 */
function uniqueName(rng: Rng, firsts: readonly string[], usedFirst: Set<string>, usedFull: Set<string>): [string, string] {
  for (;;) {
    const first = rng.pick(firsts);
    const name = `${first} ${rng.pick(LAST_NAMES)}`;
    if (!usedFirst.has(first) && !usedFull.has(name)) {
      usedFirst.add(first);
      usedFull.add(name);
      return [first, name];
    }
  }
}

export function generateResidents(seed: number, storyStart: number): Resident[] {
  const rng = createRng(deriveSeed(seed, 'residents'));
  const usedFull = new Set<string>();
  const usedFirstByUnit = new Map<string, Set<string>>();
  const residents: Resident[] = [];
  for (let i = 0; i < STORY.residentCount; i++) {
    const unit = STORY.units[Math.floor(i / STORY.residentsPerUnit) % STORY.units.length] as Unit;
    const female = rng.chance(0.65);
    const usedFirst = usedFirstByUnit.get(unit) ?? new Set<string>();
    usedFirstByUnit.set(unit, usedFirst);
    const [firstName, name] = uniqueName(rng, female ? RESIDENT_FIRST_NAMES_F : RESIDENT_FIRST_NAMES_M, usedFirst, usedFull);
    residents.push({
      id: `R${String(i + 1).padStart(3, '0')}`,
      name,
      firstName,
      pronoun: female ? 'she' : 'he',
      unit,
      // Everyone was admitted before the story starts, so every day has a full set of notes.
      admittedAt: londonAddDays(storyStart, -rng.int(45, 6 * 365)) + rng.int(10, 16) * 3_600_000,
    });
  }
  return residents;
}

/** Each unit's team, in order; one unit's day team has the Deputy Manager instead of a carer. */
const DAY_ROLES: StaffRole[] = ['Team Leader', 'Senior Carer', 'Nurse', 'Care Assistant', 'Care Assistant', 'Care Assistant'];
const NIGHT_ROLES: StaffRole[] = ['Senior Carer', 'Nurse', 'Care Assistant', 'Care Assistant'];

export function generateStaff(seed: number): Staff[] {
  const rng = createRng(deriveSeed(seed, 'staff'));
  const usedFirst = new Set<string>();
  const usedFull = new Set<string>();
  const staff: Staff[] = [];
  for (const [u, unit] of STORY.units.entries()) {
    const team: [StaffRole, Shift][] = [
      ...DAY_ROLES.map((r): [StaffRole, Shift] => [r, 'day']),
      ...NIGHT_ROLES.map((r): [StaffRole, Shift] => [r, 'night']),
    ];
    if (u === 0) team[5] = ['Deputy Manager', 'day'];
    for (const [role, shift] of team) {
      const [, name] = uniqueName(rng, STAFF_FIRST_NAMES, usedFirst, usedFull);
      staff.push({ id: `S${String(staff.length + 1).padStart(3, '0')}`, name, role, unit, shift });
    }
  }
  if (staff.length !== STORY.staffCount) throw new Error(`expected ${STORY.staffCount} staff, made ${staff.length}`);
  return staff;
}
