import type { QualityConfig, RuleId } from './config';
import type { CopyIndex } from './copy-index';

/** What a rule needs to know about a note: its words and the facts around them. */
export interface QualityNote {
  key: string;
  residentKey: string;
  text: string;
  careAt?: number;
  writtenAt?: number;
  authorName?: string;
  authorRole?: string;
  category?: string;
}

/** One reason a note is weak: which rule, in a sentence a care worker understands, and what triggered it. */
export interface Flag {
  rule: RuleId;
  reason: string;
  evidence: string[];
  /** For copied-forward: the earlier note, and whether its author wrote this one too. */
  source?: { key: string; sameAuthor: boolean };
}

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
