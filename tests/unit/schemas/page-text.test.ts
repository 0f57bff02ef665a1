import { describe, expect, it } from 'vitest';
import { PageTextSchema } from '../../../src/schemas/page-text';
import { contentIds, readYaml } from '../content-files';
import { issuesOf } from './issues';

const GOOD = { title: 'Timeline', description: '{eventCount} dated events behind the story.' };

describe('PageTextSchema', () => {
  it('accepts a title and a description, leaving heading and intro out', () => {
    expect(PageTextSchema.parse(GOOD)).toEqual(GOOD);
  });

  it('accepts an optional heading and intro', () => {
    const full = { ...GOOD, heading: 'This page does not exist', intro: 'The story is still here:' };
    expect(PageTextSchema.parse(full)).toEqual(full);
  });

  it('says what a missing title or description is for, in the words of the schema', () => {
    expect(issuesOf(PageTextSchema, { description: GOOD.description })).toEqual(['title: title is required: the page’s heading']);
    expect(issuesOf(PageTextSchema, { title: GOOD.title })).toEqual([
      'description: description is required: one or two sentences about the page',
    ]);
  });

  it('refuses empty text, an empty heading and unknown keys', () => {
    expect(issuesOf(PageTextSchema, { ...GOOD, title: '' })[0]).toMatch(/^title: /);
    expect(issuesOf(PageTextSchema, { ...GOOD, heading: '' })[0]).toMatch(/^heading: /);
    expect(issuesOf(PageTextSchema, { ...GOOD, intro: '' })[0]).toMatch(/^intro: /);
    expect(issuesOf(PageTextSchema, { ...GOOD, standfirst: 'x' })).toHaveLength(1);
  });

  it('accepts every file in content/pages/', () => {
    const pages = contentIds('pages', '.yaml');
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(issuesOf(PageTextSchema, readYaml(`content/pages/${page}.yaml`)), page).toEqual([]);
  });
});
