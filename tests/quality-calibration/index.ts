import { CARE_HOME_NOTES } from './care-home';
import { NURSING_HOME_NOTES } from './nursing-home';
import { HOME_CARE_NOTES } from './home-care';
import { SUPPORTED_LIVING_NOTES } from './supported-living';
import { DEMENTIA_CARE_NOTES } from './dementia-care';
import type { CalibrationNote } from './types';

export type { CalibrationNote, FlagId, Category, Setting } from './types';
export { FLAG_IDS } from './types';

/** All calibration notes, setting by setting; within a resident, notes are in time order. */
export const CALIBRATION_NOTES: readonly CalibrationNote[] = [
  ...CARE_HOME_NOTES,
  ...NURSING_HOME_NOTES,
  ...HOME_CARE_NOTES,
  ...SUPPORTED_LIVING_NOTES,
  ...DEMENTIA_CARE_NOTES,
];
