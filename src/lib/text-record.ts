import { holdsWords } from './change-text';
import type { ContentProblem } from './content-checks';
import { RECORD_PRINT_LENGTH, recordPrint } from './paragraph-print';
import type { UpdateKind } from '../schemas/update';

// The record of the story's text as published (content/published-text.lock.json): a fingerprint
// of every paragraph of the opening and the sections, by paragraph id. The updates log cannot
// claim a change the text does not show (src/lib/update-checks.ts); this record keeps the text
// from changing without the log. Each build compares the text with the record: every paragraph
// changed, added or removed since needs a change of its own in a recent entry of the log, or the
// build stops; once every difference is logged, the build writes the new record, to be committed
// with the change. The record holds ids and hashes only, never editorial words.

/** The record's file name in the content folder. */
export const TEXT_RECORD_FILE = 'published-text.lock.json';

/** What the record's "$comment" tells whoever opens the file. */
export const TEXT_RECORD_COMMENT =
  'The story as published: a fingerprint of each paragraph of the opening and the sections (SHA-256 of its words). ' +
  'Written by the build (npm run build) once every change to the text has an entry in content/updates/; commit it with the change. ' +
  'Do not edit it by hand: a changed paragraph with no entry stops the build (docs/updating.md). ' +
  '"$log" is the latest entry of content/updates/ when it was written: only entries of that date or later can account for a change.';

/** The record of the published text. */
export interface TextRecord {
  /** The date of the latest entry of the log when the record was written; entries of that date or later may account for a difference. */
  log: string | undefined;
  /** Fingerprint of every paragraph, by paragraph id ("territory-p3"). */
  prints: Readonly<Record<string, string>>;
}

/** A body of text as the site shows it now: the opening or a section, its file and its paragraphs in order. */
export interface RecordedBody {
  /** "opening" or the section's slug. */
  id: string;
  file: string;
  paragraphs: readonly string[];
}

/** An entry of the updates log, as the record reads it. */
export interface RecordLogEntry {
  file: string;
  date: string;
  kind: UpdateKind;
  changes: readonly { in: string; before: string; after: string }[];
}

/** How the text differs from the record: one paragraph changed, added or removed. */
export type TextDifference =
  | { kind: 'changed'; body: string; id: string; text: string }
  | { kind: 'added'; body: string; id: string; text: string; newBody: boolean }
  | { kind: 'removed'; body: string; id: string; goneBody: boolean };

/** Everything the comparison needs. */
export interface TextRecordInput {
  /** The record as read from the file; undefined when there is none yet. */
  record: TextRecord | undefined;
  /** The opening and the sections, in story order. */
  bodies: readonly RecordedBody[];
  updates: readonly RecordLogEntry[];
  /** The record's path, as messages name it. */
  recordFile: string;
  /** The file a section gone from the story was in, as messages name it. */
  fileOfGoneBody: (bodyId: string) => string;
}

/** What the comparison decided. */
export interface TextRecordOutcome {
  /** Every difference between the record and the text, in story order. */
  differences: TextDifference[];
  /** The differences no change of the log accounts for: each stops the build. */
  problems: ContentProblem[];
  /** The entries whose changes account for the differences, by file. */
  coveredBy: string[];
  /** Sections whose file name changed with their words unchanged: "old → new". */
  renamed: string[];
  /** The record to write: undefined when the file should stay as it is (nothing differs, or something is not logged). */
  next: TextRecord | undefined;
}

const PARAGRAPH_ID = /^(.+)-p([1-9]\d*)$/;
const PRINT = new RegExp(`^[A-Za-z0-9_-]{${RECORD_PRINT_LENGTH}}$`);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The id of the n-th paragraph (from 1) of a body: the same as its anchor on the page. */
function paragraphId(bodyId: string, n: number): string {
  return `${bodyId}-p${n}`;
}

/** Reads the record's file; problems name the file and the key at fault. */
export function readTextRecord(json: string, file: string): { record: TextRecord | undefined; problems: ContentProblem[] } {
  const fix = `restore it from git (git checkout -- ${file}); the build writes it, so never edit it by hand`;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { record: undefined, problems: [{ file, field: 'file', problem: `it is not JSON (${error instanceof Error ? error.message : String(error)})`, fix }] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { record: undefined, problems: [{ file, field: 'file', problem: 'it is not a JSON object of paragraph ids and fingerprints', fix }] };
  }
  const problems: ContentProblem[] = [];
  const prints: Record<string, string> = {};
  let log: string | undefined;
  for (const [key, value] of Object.entries(data)) {
    if (key === '$comment') continue;
    if (key === '$log') {
      if (typeof value === 'string' && ISO_DATE.test(value)) log = value;
      else problems.push({ file, field: key, problem: 'it is not an ISO date', fix });
      continue;
    }
    if (!PARAGRAPH_ID.test(key)) problems.push({ file, field: key, problem: 'it is not a paragraph id such as "territory-p3"', fix });
    else if (typeof value !== 'string' || !PRINT.test(value)) problems.push({ file, field: key, problem: `its fingerprint is not ${RECORD_PRINT_LENGTH} base64url characters`, fix });
    else prints[key] = value;
  }
  return problems.length > 0 ? { record: undefined, problems } : { record: { log, prints }, problems };
}

/** The record's file as the build writes it: "$comment", "$log", then every paragraph id, sorted, one key a line. */
export function formatTextRecord(record: TextRecord): string {
  const entries: [string, string][] = [['$comment', TEXT_RECORD_COMMENT], ...(record.log ? [['$log', record.log] as [string, string]] : [])];
  const ids = Object.keys(record.prints).sort();
  const sorted = Object.fromEntries([...entries, ...ids.map((id): [string, string] => [id, record.prints[id] ?? ''])]);
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

/** The record of the text as it stands, accounting for the log up to its latest entry. */
export function recordOf(bodies: readonly RecordedBody[], updates: readonly RecordLogEntry[]): TextRecord {
  const prints: Record<string, string> = {};
  for (const body of bodies) body.paragraphs.forEach((text, index) => (prints[paragraphId(body.id, index + 1)] = recordPrint(text)));
  const log = updates.map((entry) => entry.date).sort().at(-1);
  return { log, prints };
}

/** The recorded fingerprints of each body, in paragraph order. */
function recordedBodies(record: TextRecord): Map<string, string[]> {
  const bodies = new Map<string, string[]>();
  for (const [id, print] of Object.entries(record.prints)) {
    const match = PARAGRAPH_ID.exec(id);
    if (!match) continue;
    const [, body = '', n = '0'] = match;
    const prints = bodies.get(body) ?? [];
    prints[Number(n) - 1] = print;
    bodies.set(body, prints);
  }
  return bodies;
}

/**
 * Lines two lists of fingerprints up (their longest common subsequence): which paragraphs stayed
 * as they were, so that a paragraph taken out or put in does not count every later one as changed.
 * Returns the pairs of indexes that match, in order.
 */
function alignPrints(old: readonly (string | undefined)[], now: readonly string[]): [number, number][] {
  const lengths = Array.from({ length: old.length + 1 }, () => new Array<number>(now.length + 1).fill(0));
  for (let i = old.length - 1; i >= 0; i -= 1) {
    for (let j = now.length - 1; j >= 0; j -= 1) {
      const row = lengths[i] as number[];
      row[j] = old[i] === now[j] ? (lengths[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(lengths[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < old.length && j < now.length) {
    if (old[i] === now[j]) {
      pairs.push([i, j]);
      i += 1;
      j += 1;
    } else if ((lengths[i + 1]?.[j] ?? 0) >= (lengths[i]?.[j + 1] ?? 0)) i += 1;
    else j += 1;
  }
  return pairs;
}

/**
 * How the text differs from the record, body by body in story order, then the sections gone.
 * Within a body, paragraphs that match are lined up first; between two that match, the
 * paragraphs of the record and of the text pair up as changed, and the rest are added or removed.
 * A section whose paragraphs are all as recorded under another name was renamed: no difference.
 */
export function compareText(record: TextRecord, bodies: readonly RecordedBody[]): { differences: TextDifference[]; renamed: string[] } {
  const recorded = recordedBodies(record);
  const current = new Set(bodies.map((body) => body.id));
  const gone = [...recorded.keys()].filter((id) => !current.has(id));
  const renamed: string[] = [];
  const differences: TextDifference[] = [];
  for (const body of bodies) {
    const now = body.paragraphs.map(recordPrint);
    let old = recorded.get(body.id);
    if (!old) {
      const was = gone.find((id) => (recorded.get(id) ?? []).join() === now.join() && now.length > 0);
      if (was) {
        gone.splice(gone.indexOf(was), 1);
        renamed.push(`${was} → ${body.id}`);
        continue;
      }
      old = [];
    }
    const newBody = !recorded.has(body.id);
    // Both lists end with a match past their ends, so the last run of differences is paired too.
    const pairs = [...alignPrints(old, now), [old.length, now.length] as [number, number]];
    let i = 0;
    let j = 0;
    for (const [oi, nj] of pairs) {
      const olds = Array.from({ length: oi - i }, (_, k) => i + k);
      const nows = Array.from({ length: nj - j }, (_, k) => j + k);
      nows.forEach((index, k) => {
        const id = paragraphId(body.id, index + 1);
        const text = body.paragraphs[index] ?? '';
        differences.push(k < olds.length ? { kind: 'changed', body: body.id, id, text } : { kind: 'added', body: body.id, id, text, newBody });
      });
      for (const index of olds.slice(nows.length)) differences.push({ kind: 'removed', body: body.id, id: paragraphId(body.id, index + 1), goneBody: false });
      i = oi + 1;
      j = nj + 1;
    }
  }
  for (const id of gone) {
    (recorded.get(id) ?? []).forEach((_, index) => differences.push({ kind: 'removed', body: id, id: paragraphId(id, index + 1), goneBody: true }));
  }
  return { differences, renamed };
}

/** One change of a recent entry of the log, as a candidate to account for a difference. */
interface Candidate {
  entry: RecordLogEntry;
  change: RecordLogEntry['changes'][number];
}

/** Whether a change's words account for a difference, whatever the entry's kind. */
function wordsAccountFor(change: Candidate['change'], difference: TextDifference): boolean {
  if (change.in !== difference.body) return false;
  switch (difference.kind) {
    case 'changed':
      // New words that stand in the paragraph now, or old words taken out of it (no after).
      return change.after.trim() === '' ? change.before.trim() !== '' : holdsWords(difference.text, change.after);
    case 'added':
      return holdsWords(difference.text, change.after);
    case 'removed':
      return change.before.trim() !== '' && change.after.trim() === '';
  }
}

/** Whether an entry's kind may account for a difference: a typo fix only mends words; a new section is news (update). */
function kindAccountsFor(kind: UpdateKind, difference: TextDifference): boolean {
  if (difference.kind === 'changed') return true;
  if (difference.kind === 'added' && difference.newBody) return kind === 'update';
  return kind !== 'typo';
}

/**
 * Pairs each difference with a change of its own (a maximum bipartite matching): one change of
 * the log accounts for one paragraph, so words such as "the", found in many paragraphs, cannot
 * account for every edit of a section. Returns, for each difference, its change's index or -1.
 */
function matchChanges(differences: readonly TextDifference[], candidates: readonly Candidate[]): number[] {
  const fits = differences.map((difference) =>
    candidates.flatMap((candidate, index) => (wordsAccountFor(candidate.change, difference) && kindAccountsFor(candidate.entry.kind, difference) ? [index] : [])),
  );
  const owner = new Array<number>(candidates.length).fill(-1);
  const assign = (d: number, seen: Set<number>): boolean => {
    for (const c of fits[d] ?? []) {
      if (seen.has(c)) continue;
      seen.add(c);
      const holder = owner[c] ?? -1;
      if (holder === -1 || assign(holder, seen)) {
        owner[c] = d;
        return true;
      }
    }
    return false;
  };
  differences.forEach((_, d) => assign(d, new Set()));
  const matched = new Array<number>(differences.length).fill(-1);
  owner.forEach((d, c) => {
    if (d !== -1) matched[d] = c;
  });
  return matched;
}

/** "paragraph 3 (territory-p3)": how a message names a paragraph. */
function paragraphField(id: string): string {
  return `paragraph ${PARAGRAPH_ID.exec(id)?.[2] ?? '?'} (${id})`;
}

/** The problem a difference no change accounts for makes; `wrongKind` is an entry whose words fit but whose kind does not. */
function problemOf(difference: TextDifference, input: TextRecordInput, wrongKind: Candidate | undefined): ContentProblem {
  const { recordFile } = input;
  const file = input.bodies.find((body) => body.id === difference.body)?.file ?? input.fileOfGoneBody(difference.body);
  const field = paragraphField(difference.id);
  const where = `in: ${difference.body}`;
  switch (difference.kind) {
    case 'changed':
      return {
        file,
        field,
        problem: `its words are not as published (${recordFile}), and no entry of content/updates/ names the change`,
        fix:
          `add an entry to content/updates/ whose changes name this paragraph's new words (${where}, before: the words as they stood, after: as they stand now), ` +
          'of kind update, correction or clarification with a note for readers; or, for a typo that needs no note for readers, kind: typo',
      };
    case 'added':
      if (difference.newBody) {
        return {
          file,
          field,
          problem: `${difference.body} is a new section, not in the published text (${recordFile}), and no entry of content/updates/ of kind update names this paragraph`,
          fix: wrongKind
            ? `${wrongKind.entry.file} names it but is a ${wrongKind.entry.kind}: a new section is new facts, so name its paragraphs in an entry of kind: update`
            : `add an entry of kind: update to content/updates/ with a note for readers and, for each paragraph of the section, a change (${where}, no before, after: words of the paragraph)`,
        };
      }
      return {
        file,
        field,
        problem: `it is a new paragraph, not in the published text (${recordFile}), and no entry of content/updates/ names it`,
        fix: wrongKind
          ? `${wrongKind.entry.file} names it but is a typo fix, which only mends words: name it in an entry of kind update, correction or clarification`
          : `add an entry to content/updates/ (kind update, correction or clarification, with a note for readers) whose changes name this paragraph's words (${where}, no before, after: words of the paragraph)`,
      };
    case 'removed':
      if (difference.goneBody) {
        return {
          file,
          field,
          problem: `the section ${difference.body} was published (${recordFile} records this paragraph), and its file is gone`,
          fix:
            'put the file back: a published section keeps its address, and a renamed one its words (with a line in public/_redirects); ' +
            `to withdraw it, take its paragraphs out of ${recordFile} in the same commit and say why in the commit message`,
        };
      }
      return {
        file,
        field,
        problem: `a paragraph of the published text (${recordFile}) is gone, and no entry of content/updates/ names its removal`,
        fix: wrongKind
          ? `${wrongKind.entry.file} names it but is a typo fix, which only mends words: name it in an entry of kind update, correction or clarification`
          : `add an entry to content/updates/ (kind update, correction or clarification, with a note for readers) whose changes name the removed words (${where}, before: the paragraph's words, no after), or put the paragraph back`,
      };
  }
}

/**
 * Compares the text with the record. With no record yet, the text as it stands becomes the
 * record. Otherwise every difference needs a change of its own in an entry dated on or after the
 * record's "$log" (older entries were accounted for when the record was written): in the same
 * body, with `after` words that stand in the changed or added paragraph, or, for words or a
 * paragraph taken out, with `before` words and no `after` (src/lib/update-checks.ts has made sure
 * those words are gone from the text). A typo fix only mends words of a paragraph; a new section's
 * paragraphs need an entry of kind update. When every difference is accounted for, `next` is the
 * record to write; when nothing differs, there is nothing to write.
 */
export function checkTextRecord(input: TextRecordInput): TextRecordOutcome {
  const current = recordOf(input.bodies, input.updates);
  if (!input.record) return { differences: [], problems: [], coveredBy: [], renamed: [], next: current };
  const { differences, renamed } = compareText(input.record, input.bodies);
  const since = input.record.log ?? '';
  const candidates = input.updates.filter((entry) => entry.date >= since).flatMap((entry) => entry.changes.map((change) => ({ entry, change })));
  const matched = matchChanges(differences, candidates);
  const problems = differences.flatMap((difference, index) => {
    if (matched[index] !== -1) return [];
    const wrongKind = candidates.find((candidate) => wordsAccountFor(candidate.change, difference) && !kindAccountsFor(candidate.entry.kind, difference));
    return [problemOf(difference, input, wrongKind)];
  });
  const coveredBy = [...new Set(matched.flatMap((c) => (c === -1 ? [] : [candidates[c]?.entry.file ?? ''])))].sort();
  const same = differences.length === 0 && renamed.length === 0;
  return { differences, problems, coveredBy, renamed, next: problems.length > 0 || same ? undefined : current };
}

/** The one line the build prints when it writes the record; undefined when it writes nothing. */
export function describeRecording(outcome: TextRecordOutcome, hadRecord: boolean, recordFile: string): string | undefined {
  if (!outcome.next) return undefined;
  if (!hadRecord) {
    const count = Object.keys(outcome.next.prints).length;
    return `[published-text] recorded the text as published (${count} paragraph${count === 1 ? '' : 's'}) in ${recordFile}; commit it`;
  }
  const parts = (['changed', 'added', 'removed'] as const).flatMap((kind) => {
    const ids = outcome.differences.filter((difference) => difference.kind === kind).map((difference) => difference.id);
    return ids.length === 0 ? [] : [`${ids.length} ${kind} paragraph${ids.length === 1 ? '' : 's'} (${ids.join(', ')})`];
  });
  const renames = outcome.renamed.map((rename) => `the section ${rename}, its words unchanged`);
  const covered = outcome.coveredBy.length > 0 ? ` covered by ${outcome.coveredBy.join(', ')}` : '';
  return `[published-text] recorded ${[...parts, ...renames].join(', ')}${covered} in ${recordFile}; commit it with the change`;
}
