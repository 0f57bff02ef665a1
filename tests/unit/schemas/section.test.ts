import { describe, expect, it } from 'vitest';
import { SectionSchema } from '../../../src/schemas/section';
import { issuesOf } from './issues';

const GOOD = {
  title: 'Territorial Tensions: Donetsk in Focus',
  navLabel: 'Territory',
  order: 3,
  standfirst: 'Witkoff says Russia made “some concessions” on territory.',
  inShort: ['First point.', 'Second point.'],
};

function without(key: keyof typeof GOOD): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...GOOD };
  delete copy[key];
  return copy;
}

describe('SectionSchema', () => {
  it('accepts a complete section and defaults every list to empty', () => {
    expect(SectionSchema.parse(GOOD)).toEqual({
      ...GOOD,
      events: [],
      people: [],
      terms: [],
      sources: [],
      openQuestions: [],
    });
  });

  it('keeps the lists it is given', () => {
    const section = SectionSchema.parse({
      ...GOOD,
      events: ['alaska-summit'],
      people: ['steve-witkoff'],
      terms: ['donbas'],
      sources: ['reports'],
      openQuestions: [{ question: 'Will Ukraine cede territory?', section: 'territory' }],
    });
    expect(section.events).toEqual(['alaska-summit']);
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
    expect(issuesOf(SectionSchema, { ...GOOD, inShort: ['Only one.'] })[0]).toMatch(/^inShort: /);
    expect(issuesOf(SectionSchema, { ...GOOD, inShort: ['1', '2', '3', '4', '5'] })[0]).toMatch(/^inShort: /);
    expect(issuesOf(SectionSchema, { ...GOOD, inShort: ['One.', ''] })[0]).toMatch(/^inShort\.1: /);
    expect(SectionSchema.safeParse({ ...GOOD, inShort: ['1', '2', '3', '4'] }).success).toBe(true);
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
