import { describe, expect, it } from 'vitest';
import { findUpdateProblems, type CheckedClaimHistory, type CheckedPlace, type CheckedUpdate, type UpdatesToCheck } from '../../src/lib/update-checks';

const OUTLOOK_FILE = 'content/sections/outlook.mdx';
const EVENT_FILE = 'content/timeline/vatican-meeting.yaml';
const CLAIM_FILE = 'content/claims/reports-peace-offer.yaml';

/** An entry of the log as the checks read it; `id` is its file name. */
function entry(date: string, data: Partial<CheckedUpdate['data']> = {}, id = date): CheckedUpdate {
  return { id, file: `content/updates/${id}.yaml`, data: { date, kind: 'update', changes: [], claims: [], ...data } };
}

/**
 * A consistent little story a few days on: published on 17 August; on 20 August a correction
 * changed a paragraph of outlook and an event's date, and a claim was denied. Each test breaks one thing.
 */
function goodLog(): UpdatesToCheck & { updates: CheckedUpdate[]; places: CheckedPlace[]; claims: CheckedClaimHistory[] } {
  return {
    updates: [
      entry('2025-08-17'),
      entry('2025-08-20', {
        kind: 'correction',
        claims: ['reports-peace-offer'],
        changes: [
          { in: 'outlook', before: 'could redefine Ukraine’s path', after: 'may redefine Ukraine’s path' },
          { in: 'timeline/vatican-meeting', before: '26 April 2025', after: '25 April 2025' },
        ],
      }),
    ],
    places: [
      { id: 'opening', file: 'content/opening.mdx', passages: ['In a surprising development, an envoy spoke.'] },
      {
        id: 'outlook',
        file: OUTLOOK_FILE,
        passages: ['As Zelensky prepares to meet Trump, the world awaits clarity.', 'The outcome of Monday’s talks may redefine Ukraine’s path toward peace.'],
      },
      { id: 'timeline/vatican-meeting', file: EVENT_FILE, passages: ['25 April 2025', '2025-04-25', 'Brief meeting in the Vatican'] },
    ],
    claims: [
      {
        id: 'reports-peace-offer',
        file: CLAIM_FILE,
        status: [
          { status: 'claimed', date: '2025-08-17' },
          { status: 'denied', date: '2025-08-20' },
        ],
      },
      { id: 'witkoff-article-5', file: 'content/claims/witkoff-article-5.yaml', status: [{ status: 'claimed', date: '2025-08-17' }] },
    ],
  };
}

/** The log with the 20 August entry's data replaced in part. */
function withCorrection(data: Partial<CheckedUpdate['data']>): UpdatesToCheck {
  const log = goodLog();
  const [first, correction] = log.updates;
  if (!first || !correction) throw new Error('the good log has two entries');
  return { ...log, updates: [first, { ...correction, data: { ...correction.data, ...data } }] };
}

describe('findUpdateProblems', () => {
  it('finds nothing wrong with a log whose every change stands in the text', () => {
    expect(findUpdateProblems(goodLog())).toEqual([]);
  });

  it('finds nothing wrong with the publication alone', () => {
    expect(findUpdateProblems({ ...goodLog(), updates: [entry('2025-08-17')], claims: [] })).toEqual([]);
  });

  it('refuses an entry whose date is not its file name', () => {
    const log = goodLog();
    expect(findUpdateProblems({ ...log, updates: [entry('2025-08-17', {}, '2025-08-16'), ...log.updates.slice(1)] })).toEqual([
      {
        file: 'content/updates/2025-08-16.yaml',
        field: 'date',
        problem: "the date 2025-08-17 is not the file's name (2025-08-16)",
        fix: 'name the file content/updates/2025-08-17.yaml (one entry per day), or correct the date',
      },
    ]);
  });

  it('refuses a first entry that is not an update', () => {
    const log = goodLog();
    expect(findUpdateProblems({ ...log, updates: [entry('2025-08-17', { kind: 'correction' }), ...log.updates.slice(1)] })).toEqual([
      { file: 'content/updates/2025-08-17.yaml', field: 'kind', problem: 'the first entry is the publication, not a correction', fix: 'set kind: update' },
    ]);
  });

  it('refuses changes or claims in the first entry, the publication', () => {
    const log = goodLog();
    const changed = entry('2025-08-17', { changes: [{ in: 'outlook', before: '', after: 'may redefine' }] });
    const claimed = entry('2025-08-17', { claims: ['witkoff-article-5'] });
    const fix = 'leave changes and claims out of it; list them in an entry dated the day they were made';
    const problem = 'the first entry is the publication, so it cannot have changed anything';
    expect(findUpdateProblems({ ...log, updates: [changed, ...log.updates.slice(1)] })).toEqual([
      { file: 'content/updates/2025-08-17.yaml', field: 'changes', problem, fix },
    ]);
    expect(findUpdateProblems({ ...log, updates: [claimed, ...log.updates.slice(1)] })).toEqual([
      { file: 'content/updates/2025-08-17.yaml', field: 'claims', problem, fix },
    ]);
  });

  it('takes the earliest entry as the publication, whatever order the files come in', () => {
    const log = goodLog();
    expect(findUpdateProblems({ ...log, updates: [...log.updates].reverse() })).toEqual([]);
  });

  it('refuses a later entry that names no change', () => {
    const log = goodLog();
    expect(findUpdateProblems({ ...log, updates: [...log.updates, entry('2025-08-21')] })).toEqual([
      {
        file: 'content/updates/2025-08-21.yaml',
        field: 'changes',
        problem: 'the entry names no change',
        fix: 'list the changes it made to the text (in, before, after), or the claims whose status changed that day (claims: [id])',
      },
    ]);
  });

  it('refuses a change in a place that is neither the opening, a section nor an event', () => {
    expect(findUpdateProblems(withCorrection({ changes: [{ in: 'timeline', before: '', after: 'x' }] }))).toEqual([
      {
        file: 'content/updates/2025-08-20.yaml',
        field: 'changes[0].in',
        problem: '"timeline" is neither the opening, a section nor a timeline event',
        fix: 'use one of opening, outlook, or "timeline/" and an event\'s file name, such as "timeline/vatican-meeting"',
      },
    ]);
  });

  it('refuses a change with neither before nor after words', () => {
    expect(findUpdateProblems(withCorrection({ changes: [{ in: 'outlook', before: ' ', after: '' }] }))).toEqual([
      {
        file: 'content/updates/2025-08-20.yaml',
        field: 'changes[0]',
        problem: 'the change has neither before nor after words',
        fix: 'copy the words that changed: before as they stood, after as they stand now',
      },
    ]);
  });

  it('refuses a change whose before and after are the same words', () => {
    expect(findUpdateProblems(withCorrection({ changes: [{ in: 'outlook', before: 'may redefine', after: 'may  redefine' }] }))).toEqual([
      {
        file: 'content/updates/2025-08-20.yaml',
        field: 'changes[0]',
        problem: 'before and after are the same words',
        fix: 'copy the words as they stood into before and as they stand now into after',
      },
    ]);
  });

  it('refuses "after" words that are not in the text of the place named', () => {
    expect(findUpdateProblems(withCorrection({ changes: [{ in: 'outlook', before: 'could redefine', after: 'might redefine' }] }))).toEqual([
      {
        file: 'content/updates/2025-08-20.yaml',
        field: 'changes[0].after',
        problem: `the words "might redefine" are not in outlook (${OUTLOOK_FILE}); the words that differ from its text are "might"`,
        fix: `copy them exactly as they now stand in one paragraph of ${OUTLOOK_FILE}, or make the change there`,
      },
    ]);
  });

  it('looks for "after" words in the place named only, not elsewhere in the story', () => {
    const problems = findUpdateProblems(withCorrection({ changes: [{ in: 'opening', before: '', after: 'may redefine' }] }));
    expect(problems.map((p) => p.field)).toEqual(['changes[0].after']);
  });

  it('refuses "after" words that run across two paragraphs', () => {
    const across = 'awaits clarity. The outcome';
    expect(findUpdateProblems(withCorrection({ changes: [{ in: 'outlook', before: '', after: across }] })).map((p) => p.field)).toEqual(['changes[0].after']);
  });

  it('refuses "before" words still in the text of the place named', () => {
    const log = withCorrection({ changes: [{ in: 'outlook', before: 'the world awaits clarity', after: 'may redefine' }] });
    expect(findUpdateProblems(log)).toEqual([
      {
        file: 'content/updates/2025-08-20.yaml',
        field: 'changes[0].before',
        problem: `the words "the world awaits clarity" are still in outlook (${OUTLOOK_FILE})`,
        fix: `make the change in ${OUTLOOK_FILE}, or quote more of the old words, so that they are found only where they were changed`,
      },
    ]);
  });

  it('accepts old words that stand only inside the new ones, as when words are added to a sentence', () => {
    const log = withCorrection({ changes: [{ in: 'outlook', before: 'Monday’s talks', after: 'Monday’s talks may redefine' }] });
    expect(findUpdateProblems(log)).toEqual([]);
  });

  it('accepts an added paragraph (no before) and a removed one (no after)', () => {
    const log = withCorrection({
      changes: [
        { in: 'outlook', before: '', after: 'The outcome of Monday’s talks may redefine Ukraine’s path toward peace.' },
        { in: 'outlook', before: 'A paragraph that was taken out.', after: '' },
      ],
    });
    expect(findUpdateProblems(log)).toEqual([]);
  });

  it('compares words with white space collapsed and curly and straight quotes alike', () => {
    const log = withCorrection({ changes: [{ in: 'outlook', before: '', after: "Monday's talks\n  may redefine" }] });
    expect(findUpdateProblems(log)).toEqual([]);
  });

  it('accepts an older change whose words a later entry changed again', () => {
    const log = goodLog();
    const earlier = entry('2025-08-19', { changes: [{ in: 'outlook', before: 'will redefine', after: 'could redefine' }] });
    expect(findUpdateProblems({ ...log, updates: [log.updates[0]!, earlier, log.updates[1]!] })).toEqual([]);
  });

  it('accepts an older change whose old words a later entry put back', () => {
    const log = goodLog();
    const earlier = entry('2025-08-19', { changes: [{ in: 'outlook', before: 'the world awaits clarity', after: 'the world waits' }] });
    const later = entry('2025-08-21', { changes: [{ in: 'outlook', before: 'the world waits', after: 'the world awaits clarity' }] });
    expect(findUpdateProblems({ ...log, updates: [...log.updates, earlier, later] })).toEqual([]);
  });

  it('checks an event change against its date as readers see it', () => {
    expect(findUpdateProblems(withCorrection({ changes: [{ in: 'timeline/vatican-meeting', before: '', after: '24 April 2025' }] }))).toEqual([
      {
        file: 'content/updates/2025-08-20.yaml',
        field: 'changes[0].after',
        problem: `the words "24 April 2025" are not in timeline/vatican-meeting (${EVENT_FILE}); the words that differ from its text are "24"`,
        fix: `copy them exactly as they now stand in one paragraph of ${EVENT_FILE}, or make the change there`,
      },
    ]);
  });

  it('shortens long words in a message at a word, with an ellipsis, and names in full the words that differ', () => {
    const long = 'The outcome of the talks on Monday could redefine the path of Ukraine toward peace and its place in the world';
    const [problem] = findUpdateProblems(withCorrection({ changes: [{ in: 'outlook', before: '', after: long }] }));
    expect(problem?.problem).toBe(
      `the words "The outcome of the talks on Monday could redefine the path…" are not in outlook (${OUTLOOK_FILE}); ` +
        'the words that differ from its text are "the talks on Monday could redefine the path of Ukraine toward peace and its place in the world"',
    );
  });

  it('names the differing words of a long quote that differs only past the cut, between the words that do stand', () => {
    const after = 'The outcome of Monday’s talks may redefine Ukraine’s path toward a lasting peace.';
    const [problem] = findUpdateProblems(withCorrection({ changes: [{ in: 'outlook', before: '', after }] }));
    expect(problem?.problem).toBe(
      `the words "The outcome of Monday’s talks may redefine Ukraine’s path…" are not in outlook (${OUTLOOK_FILE}); the words that differ from its text are "a lasting"`,
    );
  });

  it('quotes the words alone when none of them stand at either end of a passage', () => {
    const [problem] = findUpdateProblems(withCorrection({ changes: [{ in: 'outlook', before: '', after: 'Nothing like this' }] }));
    expect(problem?.problem).toBe(`the words "Nothing like this" are not in outlook (${OUTLOOK_FILE})`);
  });

  it('accepts a typo fix that names its changes, and refuses one that names claims: a status change is news', () => {
    const typo = withCorrection({ kind: 'typo', claims: [], changes: [{ in: 'outlook', before: 'may redefin', after: 'may redefine' }] });
    expect(findUpdateProblems({ ...typo, claims: typo.claims.map((claim) => ({ ...claim, status: claim.status.slice(0, 1) })) })).toEqual([]);
    expect(findUpdateProblems(withCorrection({ kind: 'typo' }))).toEqual([
      {
        file: 'content/updates/2025-08-20.yaml',
        field: 'claims',
        problem: 'a typo fix names claims, but a claim whose status changed is news readers must be told of',
        fix: 'name the claims in an entry of kind update (or correction), with a note for readers; keep the typo fix to its changes',
      },
    ]);
  });

  it('refuses a claim status change that no entry of its date names', () => {
    const log = withCorrection({ claims: [] });
    expect(findUpdateProblems(log)).toEqual([
      {
        file: CLAIM_FILE,
        field: 'status[1]',
        problem: 'the status became "denied" on 2025-08-20, but no entry of content/updates/ says so',
        fix: 'add reports-peace-offer to claims in content/updates/2025-08-20.yaml',
      },
    ]);
  });

  it('asks for a new entry when no entry has the date of a claim status change', () => {
    const log = goodLog();
    expect(findUpdateProblems({ ...log, updates: log.updates.slice(0, 1) })).toEqual([
      {
        file: CLAIM_FILE,
        field: 'status[1]',
        problem: 'the status became "denied" on 2025-08-20, but no entry of content/updates/ says so',
        fix: 'add content/updates/2025-08-20.yaml with date: "2025-08-20", kind, a note for readers and claims: [reports-peace-offer]',
      },
    ]);
  });

  it('refuses an unknown claim in an entry, suggesting the closest claim', () => {
    expect(findUpdateProblems(withCorrection({ claims: ['reports-peace-offer', 'witkoff-article-6'] }))).toEqual([
      {
        file: 'content/updates/2025-08-20.yaml',
        field: 'claims[1]',
        problem: 'unknown claim "witkoff-article-6"',
        fix: 'did you mean "witkoff-article-5"? Otherwise use a file name in content/claims/: reports-peace-offer, witkoff-article-5',
      },
    ]);
  });

  it('refuses a claim in an entry whose status did not change that day', () => {
    expect(findUpdateProblems(withCorrection({ claims: ['reports-peace-offer', 'witkoff-article-5'] }))).toEqual([
      {
        file: 'content/updates/2025-08-20.yaml',
        field: 'claims[1]',
        problem: 'witkoff-article-5 has no status change dated 2025-08-20',
        fix: 'add { status: …, date: "2025-08-20", note: … } to content/claims/witkoff-article-5.yaml, or take witkoff-article-5 out of claims',
      },
    ]);
  });

  it('does not count a claim’s first status, the day the article reports it, as a change', () => {
    const claims = [{ id: 'witkoff-article-5', file: 'content/claims/witkoff-article-5.yaml', status: [{ status: 'claimed', date: '2025-08-20' }] }];
    expect(findUpdateProblems({ ...withCorrection({ claims: [] }), claims })).toEqual([]);
  });
});
