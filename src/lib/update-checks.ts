import type { ContentProblem } from './content-checks';
import { suggestFix } from './did-you-mean';
import { differingWords, excerptWords, foldText, passagesHolding, stillHoldsOldWords } from './change-text';
import { TIMELINE_PLACE_PREFIX } from './change-places';
import type { UpdateKind } from '../schemas/update';

/** What the checks read of one entry of the updates log. */
export interface CheckedUpdate {
  /** The file name without extension, which must be the entry's date. */
  id: string;
  file: string;
  data: {
    date: string;
    kind: UpdateKind;
    changes: readonly { in: string; before: string; after: string }[];
    claims: readonly string[];
  };
}

/** A place a change may name and its text as the site shows it now. */
export interface CheckedPlace {
  /** "opening", a section's slug, or "timeline/<event id>". */
  id: string;
  /** The file that holds the text. */
  file: string;
  /** Its passages: the body's paragraphs (and its title, standfirst, "In short"), or an event's date, title and summary. */
  passages: readonly string[];
}

/** A claim's dated history, as the checks read it. */
export interface CheckedClaimHistory {
  id: string;
  file: string;
  status: readonly { status: string; date: string }[];
}

/** Everything the updates log is checked against. */
export interface UpdatesToCheck {
  updates: readonly CheckedUpdate[];
  places: readonly CheckedPlace[];
  claims: readonly CheckedClaimHistory[];
}

/** A later change in the same place took up these words again, so they need not stand as they were left. */
function isSuperseded(
  updates: readonly CheckedUpdate[],
  after: CheckedUpdate,
  place: string,
  taken: (change: { before: string; after: string }) => string,
  words: string,
): boolean {
  const folded = foldText(words);
  return updates.some(
    (later) => later.data.date > after.data.date && later.data.changes.some((change) => change.in === place && foldText(taken(change)).includes(folded)),
  );
}

/**
 * Checks the updates log against the content: every entry is its file's date; the first is the
 * publication and changes nothing; every later one names what it changed; each change's new
 * words stand in one passage of the place it names and its old words are gone (unless a later
 * entry changed them again); every claim status after the first has an entry of its date that
 * names the claim, and every claim an entry names changed status that day.
 */
export function findUpdateProblems(input: UpdatesToCheck): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const places = new Map(input.places.map((place) => [place.id, place]));
  const claims = new Map(input.claims.map((claim) => [claim.id, claim]));
  const updates = [...input.updates].sort((a, b) => a.data.date.localeCompare(b.data.date));
  const first = updates[0];
  const bodyIds = input.places.filter((place) => !place.id.startsWith(TIMELINE_PLACE_PREFIX)).map((place) => place.id);
  const anEvent = input.places.find((place) => place.id.startsWith(TIMELINE_PLACE_PREFIX))?.id ?? `${TIMELINE_PLACE_PREFIX}<event id>`;

  for (const update of updates) {
    const { file, data } = update;
    if (update.id !== data.date) {
      problems.push({
        file,
        field: 'date',
        problem: `the date ${data.date} is not the file's name (${update.id})`,
        fix: `name the file content/updates/${data.date}.yaml (one entry per day), or correct the date`,
      });
    }
    if (update === first) {
      if (data.kind !== 'update') {
        problems.push({ file, field: 'kind', problem: `the first entry is the publication, not a ${data.kind}`, fix: 'set kind: update' });
      }
      if (data.changes.length > 0 || data.claims.length > 0) {
        problems.push({
          file,
          field: data.changes.length > 0 ? 'changes' : 'claims',
          problem: 'the first entry is the publication, so it cannot have changed anything',
          fix: 'leave changes and claims out of it; list them in an entry dated the day they were made',
        });
      }
      continue;
    }
    if (data.changes.length === 0 && data.claims.length === 0) {
      problems.push({
        file,
        field: 'changes',
        problem: 'the entry names no change',
        fix: 'list the changes it made to the text (in, before, after), or the claims whose status changed that day (claims: [id])',
      });
    }
    data.changes.forEach((change, index) => {
      const field = `changes[${index}]`;
      const place = places.get(change.in);
      if (!place) {
        problems.push({
          file,
          field: `${field}.in`,
          problem: `"${change.in}" is neither the opening, a section nor a timeline event`,
          fix: suggestFix(change.in, places.keys(), `use one of ${bodyIds.join(', ')}, or "${TIMELINE_PLACE_PREFIX}" and an event's file name, such as "${anEvent}"`),
        });
        return;
      }
      const before = foldText(change.before);
      const after = foldText(change.after);
      if (before === '' && after === '') {
        problems.push({ file, field, problem: 'the change has neither before nor after words', fix: 'copy the words that changed: before as they stood, after as they stand now' });
        return;
      }
      if (before === after) {
        problems.push({ file, field, problem: 'before and after are the same words', fix: 'copy the words as they stood into before and as they stand now into after' });
        return;
      }
      if (after !== '' && passagesHolding(place.passages, change.after).length === 0 && !isSuperseded(updates, update, change.in, (c) => c.before, change.after)) {
        // Say which of the words differ from the text, in full: a long quote is cut short, often before them.
        const differing = differingWords(place.passages, change.after);
        problems.push({
          file,
          field: `${field}.after`,
          problem: `the words "${excerptWords(change.after)}" are not in ${change.in} (${place.file})${differing === undefined ? '' : `; the words that differ from its text are "${differing}"`}`,
          fix: `copy them exactly as they now stand in one paragraph of ${place.file}, or make the change there`,
        });
      }
      if (
        before !== '' &&
        place.passages.some((passage) => stillHoldsOldWords(passage, change.before, change.after)) &&
        !isSuperseded(updates, update, change.in, (c) => c.after, change.before)
      ) {
        problems.push({
          file,
          field: `${field}.before`,
          problem: `the words "${excerptWords(change.before)}" are still in ${change.in} (${place.file})`,
          fix: `make the change in ${place.file}, or quote more of the old words, so that they are found only where they were changed`,
        });
      }
    });
    if (data.kind === 'typo' && data.claims.length > 0) {
      problems.push({
        file,
        field: 'claims',
        problem: 'a typo fix names claims, but a claim whose status changed is news readers must be told of',
        fix: 'name the claims in an entry of kind update (or correction), with a note for readers; keep the typo fix to its changes',
      });
    }
    data.claims.forEach((id, index) => {
      const claim = claims.get(id);
      if (!claim) {
        problems.push({
          file,
          field: `claims[${index}]`,
          problem: `unknown claim "${id}"`,
          fix: suggestFix(id, claims.keys(), `use a file name in content/claims/: ${[...claims.keys()].sort().join(', ')}`),
        });
      } else if (!claim.status.slice(1).some((entry) => entry.date === data.date)) {
        problems.push({
          file,
          field: `claims[${index}]`,
          problem: `${id} has no status change dated ${data.date}`,
          fix: `add { status: …, date: "${data.date}", note: … } to ${claim.file}, or take ${id} out of claims`,
        });
      }
    });
  }

  for (const claim of input.claims) {
    claim.status.forEach((entry, index) => {
      if (index === 0) return;
      const entryOfDay = updates.find((update) => update.data.date === entry.date);
      if (entryOfDay?.data.claims.includes(claim.id)) return;
      problems.push({
        file: claim.file,
        field: `status[${index}]`,
        problem: `the status became "${entry.status}" on ${entry.date}, but no entry of content/updates/ says so`,
        fix: entryOfDay
          ? `add ${claim.id} to claims in ${entryOfDay.file}`
          : `add content/updates/${entry.date}.yaml with date: "${entry.date}", kind, a note for readers and claims: [${claim.id}]`,
      });
    });
  }
  return problems;
}
