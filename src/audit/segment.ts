import { dayTypeOf, shiftOf } from '../measure/segments';
import type { AuditSegment, ShiftHours } from '../model/audit';

/**
 * The segment a record falls in: its unit and, when `byTime`, the shift and day type of its time
 * (London). Daily notes are segmented by time; care-plan sections by unit only.
 */
export function segmentOf(record: { at: number; unit?: string | undefined }, shifts: ShiftHours, byTime = true): AuditSegment {
  const segment: AuditSegment = byTime ? { shift: shiftOf(record.at, shifts), dayType: dayTypeOf(record.at) } : {};
  if (record.unit) segment.unit = record.unit;
  return segment;
}

/** A string that names the segment exactly, for maps and sorting (by unit, then day before night, weekday before weekend). */
export function segmentKey(segment: AuditSegment): string {
  const shift = segment.shift === undefined ? '-' : segment.shift === 'day' ? '0' : '1';
  const dayType = segment.dayType === undefined ? '-' : segment.dayType === 'weekday' ? '0' : '1';
  return `${segment.unit ?? ''}\u0000${shift}${dayType}`;
}

/** The segment on screen and in sentences, e.g. "Cedar · night · weekend" (or "Cedar" for a care-plan segment). */
export function segmentLabel(segment: AuditSegment): string {
  return [segment.unit ?? 'No unit', segment.shift, segment.dayType].filter(Boolean).join(' · ');
}

/** The three dimensions an inspector checks spread across (DOMAIN.md: "Is it broad?"). */
export type SegmentDimension = 'unit' | 'shift' | 'dayType';
export const SEGMENT_DIMENSIONS: readonly SegmentDimension[] = ['unit', 'shift', 'dayType'];

export interface DimensionValue {
  dimension: SegmentDimension;
  /** The unit's name ('' for records with no unit), 'day' / 'night', or 'weekday' / 'weekend'. */
  value: string;
  label: string;
}

/** A segment split into its dimension values, the rows of the spread table. */
export function dimensionsOf(segment: AuditSegment): DimensionValue[] {
  const values: DimensionValue[] = [{ dimension: 'unit', value: segment.unit ?? '', label: segment.unit ?? 'No unit' }];
  if (segment.shift) values.push({ dimension: 'shift', value: segment.shift, label: segment.shift === 'day' ? 'Day shift' : 'Night shift' });
  if (segment.dayType) values.push({ dimension: 'dayType', value: segment.dayType, label: segment.dayType === 'weekday' ? 'Weekdays' : 'Weekends' });
  return values;
}

/** Spread-table order: units, then shifts, then day types; alphabetical within each. */
export function compareDimensionValues(a: DimensionValue, b: DimensionValue): number {
  return SEGMENT_DIMENSIONS.indexOf(a.dimension) - SEGMENT_DIMENSIONS.indexOf(b.dimension) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
}
