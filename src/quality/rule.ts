import type { DatePrecision } from '../extract/dates/parse-uk-date';
import type { RuleId } from '../model/quality-flag';
import type { QualityConfig } from './config';
import type { CopyIndex } from './copy-index';

/** What a rule needs to know about a note: its words and the facts around them. */
export interface QualityNote {
  key: string;
  residentKey: string;
  text: string;
  careAt?: number;
  writtenAt?: number;
  /** How exactly each date was shown: a day-only date ("1 day ago") is a whole day wide. */
  careAtPrecision?: DatePrecision;
  writtenAtPrecision?: DatePrecision;
  authorName?: string;
  authorRole?: string;
  category?: string;
}

export type { Flag } from '../model/quality-flag';
import type { Flag } from '../model/quality-flag';

export interface RuleContext {
  config: QualityConfig;
  copies: CopyIndex;
}

export interface Rule {
  id: RuleId;
  /** What the rule means and what to do about it, for the help text beside every flag. */
  explanation: string;
  check(note: QualityNote, ctx: RuleContext): Flag | undefined;
}
