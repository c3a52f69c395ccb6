import type { BacklogNow } from '../measure/timeliness';
import type { HelpText } from './help-texts';

/**
 * The states a care-plan section can be shown in by the backlog: the two lists of BacklogNow
 * (overdue, not seen lately), sections read from pages with no history table, and the update lag.
 */
export type BacklogState = Extract<keyof BacklogNow, 'overdue' | 'stale'> | 'latestOnly' | 'updateLag';

/** For the registered manager checking the backlog at a glance (DOMAIN.md). */
export const BACKLOG_HELP: Readonly<Record<BacklogState, HelpText>> = {
  overdue: {
    means: 'Overdue: the section\u2019s review date has passed (the day after it is due), by the care system\u2019s own date or the review interval in settings.',
    todo: 'Work down the list, most overdue first: open each resident\u2019s plan from the list, review the section with the person, and give each reviewer a date.',
  },
  stale: {
    means: 'Not seen lately: Record Lens has not read these sections for a while, so it cannot say whether they were reviewed since. They are not counted as fine.',
    todo: 'Open each one from the list: reading the plan again updates it, and it moves to the backlog or off it.',
  },
  latestOnly: {
    means: 'These pages show only the latest dates, with no history table: their history starts when Record Lens first read them, and nothing is guessed in between.',
    todo: 'Open care plans regularly (weekly is enough) so each review and update is seen soon after it happens.',
  },
  updateLag: {
    means: 'Days from a recorded change in need (a fall, a hospital stay, a new medicine) to the care plan being updated, against the target.',
    todo: 'Agree who updates the plan when a need changes and by when; look at the unit with the longest median first.',
  },
};
