import { describe, expect, it } from 'vitest';
import { findAnnotationProblems, type AnnotatedSection } from '../../src/lib/mention-checks';

/** A section that marks Putin and the Donbas once each. */
const GOOD: AnnotatedSection = {
  file: 'content/sections/territory.mdx',
  mentions: ['vladimir-putin', 'donbas'],
  people: ['vladimir-putin'],
  terms: ['donbas'],
};

describe('findAnnotationProblems', () => {
  it('accepts a section that marks each listed person and term once', () => {
    expect(findAnnotationProblems(GOOD)).toEqual([]);
  });

  it('names a listed person whose first mention is not marked, with the markup to add', () => {
    const problems = findAnnotationProblems({ ...GOOD, people: ['vladimir-putin', 'donald-trump'] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: GOOD.file, field: 'people[1]' });
    expect(problems[0]?.problem).toBe('"donald-trump" is listed but its first mention is not marked');
    expect(problems[0]?.fix).toContain('<Mention id="donald-trump">');
  });

  it('names a listed term whose first mention is not marked, by its place in terms', () => {
    const problems = findAnnotationProblems({ ...GOOD, mentions: ['vladimir-putin'] });
    expect(problems.map((p) => [p.field, p.problem])).toEqual([['terms[0]', '"donbas" is listed but its first mention is not marked']]);
  });

  it('refuses a mention of someone the frontmatter does not list', () => {
    const [problem, ...rest] = findAnnotationProblems({ ...GOOD, mentions: [...GOOD.mentions, 'mark-rutte'] });
    expect(rest).toEqual([]);
    expect(problem?.field).toBe('body <Mention>');
    expect(problem?.problem).toContain('<Mention id="mark-rutte">');
    expect(problem?.fix).toBe('add "mark-rutte" to people or terms in the frontmatter, or fix the id');
  });

  it('refuses marking the same person twice', () => {
    const problems = findAnnotationProblems({ ...GOOD, mentions: [...GOOD.mentions, 'donbas'] });
    expect(problems.map((p) => p.problem)).toEqual(['"donbas" is marked more than once']);
    expect(problems[0]?.fix).toBe('mark only the first mention in the section');
  });
});
