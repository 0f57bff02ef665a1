import type { UpdateKind } from '../schemas/update';

// What readers are told of an entry of the updates log, by its kind. Every entry is listed on
// /changes/ (with the diff of its changes) and in the feed; these rules say what else shows it.

/**
 * Whether an entry of this kind is put before readers beyond /changes/: a note at the top of the
 * pages it touched, a mark beside each passage it changed ("Corrected 20 August"), and the
 * story's "Updated" date. A typo fixed is not: it changes no fact a reader needs to hear of.
 */
export function isNotedKind(kind: UpdateKind): boolean {
  return kind !== 'typo';
}

/** Whether an entry of this kind is a schema.org CorrectionComment of the pages it touched: corrections only. */
export function isCorrectionKind(kind: UpdateKind): boolean {
  return kind === 'correction';
}
