import { describe, expect, it } from 'vitest';
import { RECORD_PRINT_LENGTH, paragraphPrint, recordPrint } from '../../src/lib/paragraph-print';
import {
  TEXT_RECORD_COMMENT,
  checkTextRecord,
  compareText,
  describeRecording,
  formatTextRecord,
  readTextRecord,
  recordOf,
  type RecordLogEntry,
  type RecordedBody,
  type TextRecord,
  type TextRecordInput,
} from '../../src/lib/text-record';

const RECORD_FILE = 'content/published-text.lock.json';
const TERRITORY_FILE = 'content/sections/territory.mdx';

/** A little story as published on 17 August: an opening of one paragraph, a section of three. */
const PUBLISHED: RecordedBody[] = [
  { id: 'opening', file: 'content/opening.mdx', paragraphs: ['An envoy spoke on Sunday.'] },
  {
    id: 'territory',
    file: TERRITORY_FILE,
    paragraphs: ['Reports say Putin made an offer on Friday.', 'Zelensky rejects ceding land.', 'The constitution requires a referendum.'],
  },
];
const PUBLICATION: RecordLogEntry = { file: 'content/updates/2025-08-17.yaml', date: '2025-08-17', kind: 'update', changes: [] };
const RECORD = recordOf(PUBLISHED, [PUBLICATION]);

/** The story with the section's paragraphs replaced. */
function withTerritory(paragraphs: string[], extra: RecordedBody[] = []): RecordedBody[] {
  return [PUBLISHED[0]!, { ...PUBLISHED[1]!, paragraphs }, ...extra];
}

/** An entry of 20 August with these changes. */
function entry(changes: RecordLogEntry['changes'], kind: RecordLogEntry['kind'] = 'correction', date = '2025-08-20'): RecordLogEntry {
  return { file: `content/updates/${date}.yaml`, date, kind, changes };
}

/** Checks the text against a record (null: none yet). */
function check(bodies: RecordedBody[], updates: RecordLogEntry[] = [PUBLICATION], record: TextRecord | null = RECORD): ReturnType<typeof checkTextRecord> {
  const input: TextRecordInput = { record: record ?? undefined, bodies, updates, recordFile: RECORD_FILE, fileOfGoneBody: (id) => `content/sections/${id}.mdx` };
  return checkTextRecord(input);
}

const [P1, P2, P3] = PUBLISHED[1]!.paragraphs as [string, string, string];
const CHANGED_P2 = 'Zelensky firmly rejects ceding land.';

describe('the record of the published text', () => {
  it('fingerprints every paragraph by its id, with the latest date of the log', () => {
    expect(Object.keys(RECORD.prints)).toEqual(['opening-p1', 'territory-p1', 'territory-p2', 'territory-p3']);
    expect(RECORD.prints['territory-p2']).toBe(recordPrint(P2));
    expect(RECORD.log).toBe('2025-08-17');
  });

  it('uses a longer print of the same digest as data-print, so each page’s print is the start of its recorded one', () => {
    expect(recordPrint(P2)).toHaveLength(RECORD_PRINT_LENGTH);
    expect(RECORD_PRINT_LENGTH).toBeGreaterThan(paragraphPrint(P2).length);
    expect(recordPrint(P2).startsWith(paragraphPrint(P2))).toBe(true);
  });

  it('writes sorted JSON with the comment and the log date first, and reads it back as it was', () => {
    const text = formatTextRecord(RECORD);
    const keys = Object.keys(JSON.parse(text) as object);
    expect(keys.slice(0, 2)).toEqual(['$comment', '$log']);
    expect(keys.slice(2)).toEqual([...keys.slice(2)].sort());
    expect(text.endsWith('}\n')).toBe(true);
    expect(readTextRecord(text, RECORD_FILE)).toEqual({ record: RECORD, problems: [] });
    expect((JSON.parse(text) as Record<string, string>)['$comment']).toBe(TEXT_RECORD_COMMENT);
  });

  it('refuses a record that is not JSON, or holds a key or print the build never writes, saying to restore it', () => {
    const fix = `restore it from git (git checkout -- ${RECORD_FILE}); the build writes it, so never edit it by hand`;
    expect(readTextRecord('{', RECORD_FILE).problems.map((p) => [p.field, p.fix])).toEqual([['file', fix]]);
    expect(readTextRecord('{"territory": "x", "territory-p1": "short"}', RECORD_FILE).problems).toEqual([
      { file: RECORD_FILE, field: 'territory', problem: 'it is not a paragraph id such as "territory-p3"', fix },
      { file: RECORD_FILE, field: 'territory-p1', problem: `its fingerprint is not ${RECORD_PRINT_LENGTH} base64url characters`, fix },
    ]);
  });
});

describe('comparing the text with the record', () => {
  it('finds nothing to do when the text is as published, white space aside', () => {
    const outcome = check(withTerritory([P1, `  ${P2.replace(' ', '\n ')}`, P3]));
    expect(outcome).toEqual({ differences: [], problems: [], coveredBy: [], renamed: [], next: undefined });
    expect(describeRecording(outcome, true, RECORD_FILE)).toBeUndefined();
  });

  it('records the whole text when there is no record yet', () => {
    const outcome = check(PUBLISHED, [PUBLICATION], null);
    expect(outcome.next).toEqual(RECORD);
    expect(describeRecording(outcome, false, RECORD_FILE)).toBe(`[published-text] recorded the text as published (4 paragraphs) in ${RECORD_FILE}; commit it`);
  });

  it('lines paragraphs up, so a paragraph taken out or put in is one difference, not one for every later paragraph', () => {
    expect(compareText(RECORD, withTerritory([P2, P3])).differences).toEqual([{ kind: 'removed', body: 'territory', id: 'territory-p1', goneBody: false }]);
    expect(compareText(RECORD, withTerritory(['A new first paragraph.', P1, P2, P3])).differences).toEqual([
      { kind: 'added', body: 'territory', id: 'territory-p1', text: 'A new first paragraph.', newBody: false },
    ]);
    expect(compareText(RECORD, withTerritory([P1, CHANGED_P2, P3])).differences).toEqual([{ kind: 'changed', body: 'territory', id: 'territory-p2', text: CHANGED_P2 }]);
  });

  it('takes a section with the same paragraphs under a new file name for a rename, not a change', () => {
    const renamed: RecordedBody = { ...PUBLISHED[1]!, id: 'land', file: 'content/sections/land.mdx' };
    const outcome = check([PUBLISHED[0]!, renamed]);
    expect(outcome.differences).toEqual([]);
    expect(outcome.renamed).toEqual(['territory → land']);
    expect(Object.keys(outcome.next?.prints ?? {})).toContain('land-p3');
    expect(describeRecording(outcome, true, RECORD_FILE)).toBe(`[published-text] recorded the section territory → land, its words unchanged in ${RECORD_FILE}; commit it with the change`);
  });
});

describe('a change the log does not name (a silent edit)', () => {
  it('stops the build, naming the section file, the paragraph and the fix', () => {
    const outcome = check(withTerritory([P1, CHANGED_P2, P3]));
    expect(outcome.problems).toEqual([
      {
        file: TERRITORY_FILE,
        field: 'paragraph 2 (territory-p2)',
        problem: `its words are not as published (${RECORD_FILE}), and no entry of content/updates/ names the change`,
        fix:
          "add an entry to content/updates/ whose changes name this paragraph's new words (in: territory, before: the words as they stood, after: as they stand now), " +
          'of kind update, correction or clarification with a note for readers; or, for a typo that needs no note for readers, kind: typo',
      },
    ]);
    expect(outcome.next, 'the record stays as it was').toBeUndefined();
  });

  it('is not accounted for by a change in another place, or words that stand in another paragraph', () => {
    const elsewhere = entry([
      { in: 'opening', before: 'rejects', after: 'firmly rejects' },
      { in: 'territory', before: 'made', after: 'made an offer' },
    ]);
    expect(check(withTerritory([P1, CHANGED_P2, P3]), [PUBLICATION, elsewhere]).problems.map((p) => p.field)).toEqual(['paragraph 2 (territory-p2)']);
  });

  it('is not accounted for by an entry older than the record, whose words were recorded already', () => {
    const record = { ...RECORD, log: '2025-08-20' };
    const older = entry([{ in: 'territory', before: 'rejects', after: 'firmly rejects' }], 'correction', '2025-08-19');
    expect(check(withTerritory([P1, CHANGED_P2, P3]), [PUBLICATION, older], record).problems).toHaveLength(1);
    expect(check(withTerritory([P1, CHANGED_P2, P3]), [PUBLICATION, { ...older, date: '2025-08-20' }], record).problems).toEqual([]);
  });

  it('needs a change of its own for each paragraph: one change cannot account for two edits', () => {
    const both = withTerritory([`${P1} Land.`, 'Zelensky rejects ceding land. Land.', P3]);
    const one = entry([{ in: 'territory', before: '', after: 'Land.' }]);
    expect(check(both, [PUBLICATION, one]).problems.map((p) => p.field)).toEqual(['paragraph 2 (territory-p2)']);
    const two = entry([...one.changes, { in: 'territory', before: '', after: 'land. Land.' }]);
    expect(check(both, [PUBLICATION, two]).problems).toEqual([]);
  });

  it('stops on a paragraph added or removed with no entry, and on a section added or gone', () => {
    const added = check(withTerritory([P1, P2, P3, 'A new paragraph.']));
    expect(added.problems.map((p) => [p.field, p.problem])).toEqual([
      ['paragraph 4 (territory-p4)', `it is a new paragraph, not in the published text (${RECORD_FILE}), and no entry of content/updates/ names it`],
    ]);
    const removed = check(withTerritory([P1, P3]));
    expect(removed.problems.map((p) => [p.file, p.field, p.problem])).toEqual([
      [TERRITORY_FILE, 'paragraph 2 (territory-p2)', `a paragraph of the published text (${RECORD_FILE}) is gone, and no entry of content/updates/ names its removal`],
    ]);
    const section: RecordedBody = { id: 'ceasefire', file: 'content/sections/ceasefire.mdx', paragraphs: ['Talks ended.', 'No statement.'] };
    expect(check(withTerritory([P1, P2, P3], [section])).problems.map((p) => [p.file, p.field])).toEqual([
      ['content/sections/ceasefire.mdx', 'paragraph 1 (ceasefire-p1)'],
      ['content/sections/ceasefire.mdx', 'paragraph 2 (ceasefire-p2)'],
    ]);
    const gone = check([PUBLISHED[0]!]);
    expect(gone.problems.map((p) => [p.file, p.field])).toEqual([1, 2, 3].map((n) => [TERRITORY_FILE, `paragraph ${n} (territory-p${n})`]));
    expect(gone.problems[0]?.problem).toBe(`the section territory was published (${RECORD_FILE} records this paragraph), and its file is gone`);
  });
});

describe('a change the log names', () => {
  it('is accounted for by a change whose after words stand in the changed paragraph, and the record follows', () => {
    const correction = entry([{ in: 'territory', before: 'Zelensky rejects', after: 'Zelensky firmly rejects' }]);
    const outcome = check(withTerritory([P1, CHANGED_P2, P3]), [PUBLICATION, correction]);
    expect(outcome.problems).toEqual([]);
    expect(outcome.coveredBy).toEqual([correction.file]);
    expect(outcome.next).toEqual({ log: '2025-08-20', prints: { ...RECORD.prints, 'territory-p2': recordPrint(CHANGED_P2) } });
    expect(describeRecording(outcome, true, RECORD_FILE)).toBe(
      `[published-text] recorded 1 changed paragraph (territory-p2) covered by ${correction.file} in ${RECORD_FILE}; commit it with the change`,
    );
  });

  it('accounts for words taken out of a paragraph, or a paragraph removed, by a change with before words and no after', () => {
    const cut = entry([{ in: 'territory', before: ' on Friday', after: '' }]);
    expect(check(withTerritory(['Reports say Putin made an offer.', P2, P3]), [PUBLICATION, cut]).problems).toEqual([]);
    const removal = entry([{ in: 'territory', before: P2, after: '' }]);
    expect(check(withTerritory([P1, P3]), [PUBLICATION, removal]).problems).toEqual([]);
  });

  it('accounts for an added paragraph by a change whose after words stand in it', () => {
    const update = entry([{ in: 'territory', before: '', after: 'The talks resume on Monday.' }], 'update');
    expect(check(withTerritory([P1, P2, P3, 'The talks resume on Monday.']), [PUBLICATION, update]).problems).toEqual([]);
  });

  it('accounts for a new section only by an entry of kind update naming each of its paragraphs', () => {
    const section: RecordedBody = { id: 'ceasefire', file: 'content/sections/ceasefire.mdx', paragraphs: ['Talks ended.', 'No statement.'] };
    const changes = [
      { in: 'ceasefire', before: '', after: 'Talks ended.' },
      { in: 'ceasefire', before: '', after: 'No statement.' },
    ];
    expect(check(withTerritory([P1, P2, P3], [section]), [PUBLICATION, entry(changes, 'update')]).problems).toEqual([]);
    const clarification = check(withTerritory([P1, P2, P3], [section]), [PUBLICATION, entry(changes, 'clarification')]);
    expect(clarification.problems.map((p) => p.fix)).toEqual([
      'content/updates/2025-08-20.yaml names it but is a clarification: a new section is new facts, so name its paragraphs in an entry of kind: update',
      'content/updates/2025-08-20.yaml names it but is a clarification: a new section is new facts, so name its paragraphs in an entry of kind: update',
    ]);
  });

  it('takes a typo fix for words mended in a paragraph, but not for a paragraph added or removed', () => {
    const typo = entry([{ in: 'territory', before: 'Zelensky rejects', after: 'Zelensky firmly rejects' }], 'typo');
    expect(check(withTerritory([P1, CHANGED_P2, P3]), [PUBLICATION, typo]).problems).toEqual([]);
    const addedByTypo = entry([{ in: 'territory', before: '', after: 'A new paragraph.' }], 'typo');
    expect(check(withTerritory([P1, P2, P3, 'A new paragraph.']), [PUBLICATION, addedByTypo]).problems.map((p) => p.fix)).toEqual([
      'content/updates/2025-08-20.yaml names it but is a typo fix, which only mends words: name it in an entry of kind update, correction or clarification',
    ]);
  });
});
