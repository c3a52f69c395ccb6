/**
 * The shape of the synthetic care data. Everything a vendor page shows comes from here; `truth`
 * holds the labels the generator decided, which tests compare with what Record Lens measures.
 */
import type { SectionName, Unit } from '../story';

export type Shift = 'day' | 'night';
export type DayType = 'weekday' | 'weekend';
export type StaffRole = 'Care Assistant' | 'Senior Carer' | 'Nurse' | 'Team Leader' | 'Deputy Manager';
export type NoteCategory =
  | 'Personal care'
  | 'Nutrition'
  | 'Mood and wellbeing'
  | 'Activities'
  | 'Night check'
  | 'Medication'
  | 'Skin integrity';

export interface Resident {
  id: string; // 'R001'
  name: string;
  firstName: string;
  /** Used only to pick pronouns in note text. */
  pronoun: 'she' | 'he';
  unit: Unit;
  admittedAt: number;
}

export interface Staff {
  id: string; // 'S001'
  name: string;
  role: StaffRole;
  unit: Unit;
  shift: Shift;
}

export interface NoteTruth {
  vague: boolean;
  copiedForward: boolean;
  late: boolean;
  shift: Shift;
  dayType: DayType;
}

export interface Note {
  id: string; // 'N0000001', in careAt order
  residentId: string;
  authorId: string;
  unit: Unit;
  category: NoteCategory;
  careAt: number;
  writtenAt: number;
  text: string;
  truth: NoteTruth;
}

export type CarePlanEventType = 'review' | 'update' | 'change-in-need';

export interface CarePlanEvent {
  type: CarePlanEventType;
  at: number;
}

export interface CarePlanSection {
  /** Kebab-case slug used in markup: 'mobility', 'nutrition-and-hydration', ... */
  key: string;
  name: SectionName;
  /** Every event, oldest first, all at or before now. */
  events: CarePlanEvent[];
  /** Current state as of now. */
  lastUpdated: number;
  /** Last review + reviewIntervalDays. Before now means overdue. */
  reviewDue: number;
  /** The change in need reported and not yet reflected by an update, if any. */
  changeInNeed?: number;
}

export interface CarePlan {
  residentId: string;
  sections: CarePlanSection[];
}

export interface CareData {
  seed: number;
  now: number;
  residents: Resident[];
  staff: Staff[];
  /** Sorted by careAt (then residentId). */
  notes: Note[];
  carePlans: CarePlan[];
}
