// Types for render.js (plain JS served to the browser as-is), so TypeScript tests can import it.

export interface WillowResident {
  id: string;
  name: string;
  unit: string;
}
export interface WillowNote {
  id: string;
  careAt: number;
  writtenAt: number;
  category: string;
  unit?: string;
  text: string;
  author: { name: string; role: string };
}
export interface WillowPlanSection {
  key: string;
  name: string;
  lastUpdated: number;
  reviewDue: number;
  changeInNeed?: number | null;
}
export type SentinelState = 'idle' | 'loading' | 'done' | 'error';

export function londonParts(ms: number): { year: number; month: number; day: number; hour: number; minute: number };
export function formatWhen(careAt: number, now: number): string;
export function formatLogged(writtenAt: number, now: number): string;
export function formatPlanDate(ms: number): string;
export function residentPath(id: string): string;
export function renderResidentList(doc: Document, residents: readonly WillowResident[]): HTMLElement;
export function renderResidentHeader(doc: Document, resident: WillowResident): HTMLElement;
export function renderTabs(doc: Document, residentId: string, active: 'notes' | 'care-plan'): HTMLElement;
export function renderNoteCard(doc: Document, note: WillowNote, now: number): HTMLElement;
export function renderFeed(doc: Document, notes: readonly WillowNote[], now: number): HTMLElement;
export function renderSentinel(doc: Document, state?: SentinelState): HTMLElement;
export function renderNotesView(
  doc: Document,
  resident: WillowResident,
  notes: readonly WillowNote[],
  now: number,
  done?: boolean,
): DocumentFragment;
export function renderCarePlan(doc: Document, sections: readonly WillowPlanSection[]): HTMLElement;
export function renderCarePlanView(doc: Document, resident: WillowResident, sections: readonly WillowPlanSection[]): DocumentFragment;
export function renderMessage(doc: Document, text: string): HTMLElement;
