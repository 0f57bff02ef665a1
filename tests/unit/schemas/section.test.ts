import { describe, expect, it } from 'vitest';
import { SectionSchema } from '../../../src/schemas/section';
import { readFrontmatter, sectionSlugs } from '../content-files';
import { issuesOf } from './issues';

const GOOD = {
  title: 'Territorial Tensions: Donetsk in Focus',
  navLabel: 'Territory',
  order: 3,
  standfirst: 'Witkoff says Russia made “some concessions” on territory.',
  inShort: [
    { text: 'Witkoff says Russia made “some concessions” on territory.', cites: ['witkoff-concessions'] },
    { text: 'Zelensky rejects ceding the Donbas.', cites: ['territory/2'] },
  ],
};

/** `n` "In short" points with text and no cites. */
function points(n: number): { text: string }[] {
  return Array.from({ length: n }, (_, i) => ({ text: `Point ${i + 1}.` }));
}

function without(key: keyof typeof GOOD): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...GOOD };
  delete copy[key];
  return copy;
}

describe('SectionSchema', () => {
  it('accepts a complete section and defaults every list to empty', () => {
    expect(SectionSchema.parse(GOOD)).toEqual({
      ...GOOD,
      standfirstCites: [],
      events: [],
      people: [],
      terms: [],
      openQuestions: [],
    });
  });

  it('accepts the frontmatter of every section in content/sections/', () => {
    const slugs = sectionSlugs();
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs) expect(issuesOf(SectionSchema, readFrontmatter(`content/sections/${slug}.mdx`)), slug).toEqual([]);
  });

  it('defaults the cites of an "In short" point to none', () => {
    const section = SectionSchema.parse({ ...GOOD, inShort: points(2) });
    expect(section.inShort).toEqual([
      { text: 'Point 1.', cites: [] },
      { text: 'Point 2.', cites: [] },
    ]);
  });

  it('keeps the lists it is given', () => {
    const section = SectionSchema.parse({
      ...GOOD,
      events: ['alaska-summit'],
      people: ['steve-witkoff'],
      terms: ['donbas'],
      standfirstCites: ['witkoff-concessions', 'territory/1'],
      openQuestions: [{ question: 'Will Ukraine cede territory?', section: 'territory' }],
    });
    expect(section.events).toEqual(['alaska-summit']);
    expect(section.people).toEqual(['steve-witkoff']);
    expect(section.terms).toEqual(['donbas']);
    expect(section.standfirstCites).toEqual(['witkoff-concessions', 'territory/1']);
    expect(section.openQuestions).toEqual([{ question: 'Will Ukraine cede territory?', section: 'territory' }]);
  });

  it('requires a title, and says it is the article’s subhead', () => {
    expect(issuesOf(SectionSchema, without('title'))).toEqual(['title: title is required: the section’s subhead from the article']);
  });

  it('refuses an empty title', () => {
    expect(issuesOf(SectionSchema, { ...GOOD, title: '' })).toHaveLength(1);
    expect(issuesOf(SectionSchema, { ...GOOD, title: '' })[0]).toMatch(/^title: /);
  });

  it('requires navLabel, order and standfirst, each with a message saying what to write', () => {
    expect(issuesOf(SectionSchema, without('navLabel'))).toEqual(['navLabel: navLabel is required: one or two words for the navigation']);
    expect(issuesOf(SectionSchema, without('order'))).toEqual(['order: order is required: a whole number, 1 for the first section']);
    expect(issuesOf(SectionSchema, without('standfirst'))).toEqual(['standfirst: standfirst is required: one sentence from the section’s facts']);
  });

  it('refuses a navigation label longer than 16 characters', () => {
    expect(SectionSchema.safeParse({ ...GOOD, navLabel: 'Sixteen chars ok' }).success).toBe(true);
    expect(issuesOf(SectionSchema, { ...GOOD, navLabel: 'Seventeen chars!!' })[0]).toMatch(/^navLabel: /);
  });

  it('wants order to be a positive whole number', () => {
    for (const order of [0, -1, 1.5, '3']) {
      expect(issuesOf(SectionSchema, { ...GOOD, order })[0], String(order)).toMatch(/^order: /);
    }
  });

  it('wants two to four "In short" points, none empty', () => {
    expect(issuesOf(SectionSchema, { ...GOOD, inShort: points(1) })[0]).toMatch(/^inShort: /);
    expect(issuesOf(SectionSchema, { ...GOOD, inShort: points(5) })[0]).toMatch(/^inShort: /);
    expect(issuesOf(SectionSchema, { ...GOOD, inShort: [{ text: 'One.' }, { text: '' }] })[0]).toMatch(/^inShort\.1\.text: /);
    expect(SectionSchema.safeParse({ ...GOOD, inShort: points(4) }).success).toBe(true);
  });

  it('refuses an "In short" point written as bare text, without its cites', () => {
    expect(issuesOf(SectionSchema, { ...GOOD, inShort: ['First point.', 'Second point.'] })[0]).toMatch(/^inShort\.0: /);
  });

  it('refuses unknown keys in an "In short" point and empty cites', () => {
    expect(issuesOf(SectionSchema, { ...GOOD, inShort: [{ text: 'One.', source: 'cbs' }, { text: 'Two.' }] })).toHaveLength(1);
    expect(issuesOf(SectionSchema, { ...GOOD, inShort: [{ text: 'One.', cites: [''] }, { text: 'Two.' }] })[0]).toMatch(/^inShort\.0\.cites\.0: /);
    expect(issuesOf(SectionSchema, { ...GOOD, standfirstCites: [''] })[0]).toMatch(/^standfirstCites\.0: /);
  });

  it('no longer takes a sources list: the claims say who speaks', () => {
    const issues = issuesOf(SectionSchema, { ...GOOD, sources: ['reports'] });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toContain('sources');
  });

  it('refuses unknown keys, such as a misspelt field', () => {
    const issues = issuesOf(SectionSchema, { ...GOOD, peoples: ['steve-witkoff'] });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toContain('peoples');
  });

  it('refuses unknown keys inside an open question, and questions without a section', () => {
    expect(SectionSchema.safeParse({ ...GOOD, openQuestions: [{ question: 'Q?', section: 'x', answer: 'A' }] }).success).toBe(false);
    expect(issuesOf(SectionSchema, { ...GOOD, openQuestions: [{ question: 'Q?' }] })[0]).toMatch(/^openQuestions\.0\.section: /);
  });

  it('wants id lists to be lists of strings', () => {
    expect(issuesOf(SectionSchema, { ...GOOD, people: 'steve-witkoff' })[0]).toMatch(/^people: /);
    expect(issuesOf(SectionSchema, { ...GOOD, events: [42] })[0]).toMatch(/^events\.0: /);
  });
});
