import { describe, expect, it } from 'vitest';
import { OpeningSchema } from '../../../src/schemas/opening';
import { PersonSchema } from '../../../src/schemas/person';
import { SourceSchema } from '../../../src/schemas/source';
import { TermSchema } from '../../../src/schemas/term';
import { UpdateSchema } from '../../../src/schemas/update';
import { contentIds, readFrontmatter, readYaml } from '../content-files';
import { issuesOf } from './issues';

describe('OpeningSchema', () => {
  const GOOD = {
    headline: 'U.S. envoy says Russia accepts guarantees',
    standfirst: 'Steve Witkoff told CNN that Russia agreed at the Alaska summit.',
    standfirstCites: ['witkoff-article-5', 'outlook/1'],
    provenance: 'The article’s text is reproduced as filed; the summaries are written for this site.',
    originalHeadline: 'Ukraine Security Guarantees: Putin’s Shocking Concession!',
  };

  it('accepts a headline, a standfirst with its cites, the provenance and the original headline', () => {
    expect(OpeningSchema.parse(GOOD)).toEqual(GOOD);
  });

  it('defaults the standfirst’s cites to none', () => {
    const uncited: Record<string, unknown> = { ...GOOD };
    delete uncited['standfirstCites'];
    expect(OpeningSchema.parse(uncited).standfirstCites).toEqual([]);
  });

  it('accepts the frontmatter of content/opening.mdx', () => {
    expect(issuesOf(OpeningSchema, readFrontmatter('content/opening.mdx'))).toEqual([]);
  });

  it('says what each missing field is for, in the words of the schema', () => {
    expect(issuesOf(OpeningSchema, {})).toEqual([
      'headline: headline is required: the site’s own headline for the story',
      'standfirst: standfirst is required: one or two sentences from the article’s facts',
      'provenance: provenance is required: one or two sentences on what is the article’s and what the site’s',
      'originalHeadline: originalHeadline is required: the headline the report was filed under',
    ]);
  });

  it('refuses empty text, an empty cite and unknown keys', () => {
    expect(issuesOf(OpeningSchema, { ...GOOD, headline: '' })[0]).toMatch(/^headline: /);
    expect(issuesOf(OpeningSchema, { ...GOOD, provenance: '' })[0]).toMatch(/^provenance: /);
    expect(issuesOf(OpeningSchema, { ...GOOD, standfirstCites: [''] })[0]).toMatch(/^standfirstCites\.0: /);
    expect(issuesOf(OpeningSchema, { ...GOOD, title: 'Opening' })).toHaveLength(1);
  });
});

describe('PersonSchema', () => {
  const GOOD = { name: 'Steve Witkoff', role: 'Special envoy appointed by U.S. President Donald Trump.' };

  it('accepts a name and role, with optional background', () => {
    expect(PersonSchema.parse(GOOD)).toEqual(GOOD);
    expect(PersonSchema.parse({ ...GOOD, background: 'A property developer.' }).background).toBe('A property developer.');
  });

  it('requires a non-empty name and role', () => {
    expect(issuesOf(PersonSchema, { role: GOOD.role })[0]).toMatch(/^name: /);
    expect(issuesOf(PersonSchema, { ...GOOD, role: '' })[0]).toMatch(/^role: /);
  });

  it('refuses unknown keys and an empty background', () => {
    expect(issuesOf(PersonSchema, { ...GOOD, title: 'Envoy' })).toHaveLength(1);
    expect(issuesOf(PersonSchema, { ...GOOD, background: '' })[0]).toMatch(/^background: /);
  });

  it('keeps optional words that carry the attribution, none of them empty', () => {
    expect(PersonSchema.parse({ ...GOOD, attributedAs: ['Witkoff', 'envoy'] }).attributedAs).toEqual(['Witkoff', 'envoy']);
    expect(PersonSchema.parse(GOOD).attributedAs).toBeUndefined();
    expect(issuesOf(PersonSchema, { ...GOOD, attributedAs: [''] })[0]).toMatch(/^attributedAs\.0: /);
  });

  it('accepts every file in content/people/', () => {
    const people = contentIds('people', '.yaml');
    expect(people.length).toBeGreaterThan(0);
    for (const person of people) expect(issuesOf(PersonSchema, readYaml(`content/people/${person}.yaml`)), person).toEqual([]);
  });
});

describe('TermSchema', () => {
  const GOOD = { term: 'Article 5', meaning: 'An attack on one member is an attack on all.' };

  it('accepts a term and meaning, with optional background', () => {
    expect(TermSchema.parse(GOOD)).toEqual(GOOD);
    expect(TermSchema.safeParse({ ...GOOD, background: 'Invoked once, after 9/11.' }).success).toBe(true);
  });

  it('requires the term and its meaning', () => {
    expect(issuesOf(TermSchema, { term: 'Donbas' })[0]).toMatch(/^meaning: /);
    expect(issuesOf(TermSchema, { ...GOOD, term: '' })[0]).toMatch(/^term: /);
  });

  it('refuses unknown keys', () => {
    expect(issuesOf(TermSchema, { ...GOOD, definition: 'x' })).toHaveLength(1);
  });
});

describe('SourceSchema', () => {
  const GOOD = {
    label: 'CBS',
    who: 'European officials, as reported by CBS',
    how: 'Officials’ concern as reported by CBS.',
    attributedAs: ['CBS', 'European officials'],
  };

  it('accepts a label, who, how and the words that carry its attribution', () => {
    expect(SourceSchema.parse(GOOD)).toEqual(GOOD);
  });

  it('keeps the label short enough to sit after a sentence (12 characters at most)', () => {
    expect(SourceSchema.safeParse({ ...GOOD, label: 'Twelve chars' }).success).toBe(true);
    expect(issuesOf(SourceSchema, { ...GOOD, label: 'Thirteen char' })[0]).toMatch(/^label: /);
  });

  it('requires every field and refuses unknown ones', () => {
    expect(issuesOf(SourceSchema, { label: 'CNN', who: 'Witkoff', attributedAs: ['CNN'] })[0]).toMatch(/^how: /);
    expect(issuesOf(SourceSchema, { label: 'CNN', who: 'Witkoff', how: 'Told CNN.' })[0]).toMatch(/^attributedAs: /);
    expect(issuesOf(SourceSchema, { ...GOOD, url: 'https://cnn.com' })).toHaveLength(1);
  });

  it('wants at least one word that carries the attribution, and says why', () => {
    expect(issuesOf(SourceSchema, { ...GOOD, attributedAs: [] })).toEqual([
      'attributedAs: attributedAs needs at least one name or hedge that a summary must use',
    ]);
    expect(issuesOf(SourceSchema, { ...GOOD, attributedAs: ['CBS', ''] })[0]).toMatch(/^attributedAs\.1: /);
  });

  it('accepts every file in content/sources/', () => {
    const sources = contentIds('sources', '.yaml');
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(issuesOf(SourceSchema, readYaml(`content/sources/${source}.yaml`)), source).toEqual([]);
  });
});

describe('UpdateSchema', () => {
  it('accepts the publication: a quoted date, a kind and a note, with no changes and no claims by default', () => {
    expect(UpdateSchema.parse({ date: '2025-08-17', kind: 'update', note: 'First published.' })).toEqual({
      date: '2025-08-17',
      kind: 'update',
      note: 'First published.',
      changes: [],
      claims: [],
    });
  });

  it('accepts a correction with its changes and claims; before or after may be left out', () => {
    const correction = {
      date: '2025-08-20',
      kind: 'correction',
      note: 'The meeting was on 25 April.',
      changes: [
        { in: 'timeline/vatican-meeting', before: '26 April 2025', after: '25 April 2025' },
        { in: 'outlook', after: 'A new paragraph.' },
        { in: 'outlook', before: 'An old paragraph.' },
      ],
      claims: ['reports-peace-offer'],
    };
    expect(UpdateSchema.parse(correction).changes).toEqual([
      { in: 'timeline/vatican-meeting', before: '26 April 2025', after: '25 April 2025' },
      { in: 'outlook', before: '', after: 'A new paragraph.' },
      { in: 'outlook', before: 'An old paragraph.', after: '' },
    ]);
  });

  it('refuses an impossible or unquoted date', () => {
    expect(issuesOf(UpdateSchema, { date: '2025-02-30', kind: 'update', note: 'x' })[0]).toMatch(/^date: expected a quoted ISO date/);
    expect(issuesOf(UpdateSchema, { date: new Date('2025-08-17'), kind: 'update', note: 'x' })[0]).toMatch(/^date: /);
  });

  it('requires a kind of the four, and says which', () => {
    expect(issuesOf(UpdateSchema, { date: '2025-08-17', note: 'x' })).toEqual(['kind: kind is required: one of update, correction, clarification, typo']);
    expect(issuesOf(UpdateSchema, { date: '2025-08-17', kind: 'erratum', note: 'x' })).toEqual(['kind: kind is required: one of update, correction, clarification, typo']);
  });

  it('requires where each change was made', () => {
    expect(issuesOf(UpdateSchema, { date: '2025-08-20', kind: 'update', note: 'x', changes: [{ after: 'y' }] })).toEqual([
      'changes.0.in: in is required: "opening", a section’s slug, or "timeline/<event id>"',
    ]);
  });

  it('requires a note and refuses unknown keys', () => {
    expect(issuesOf(UpdateSchema, { date: '2025-08-17', kind: 'update' })[0]).toMatch(/^note: /);
    expect(issuesOf(UpdateSchema, { date: '2025-08-17', kind: 'update', note: 'x', author: 'Desk' })).toHaveLength(1);
    expect(issuesOf(UpdateSchema, { date: '2025-08-20', kind: 'update', note: 'x', changes: [{ in: 'outlook', was: 'y' }] })).toHaveLength(1);
  });
});
