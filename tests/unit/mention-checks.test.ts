import { describe, expect, it } from 'vitest';
import { findAnnotationProblems, findComponentAttribute } from '../../src/lib/mention-checks';

const base = {
  file: 'content/sections/territory.mdx',
  people: ['vladimir-putin'],
  terms: ['donbas'],
  sources: ['reports'],
  knownSources: ['reports', 'cbs'],
};
const goodBody =
  '<Claim source="reports">Reports indicate that <Mention id="vladimir-putin">Putin</Mention> offered the <Mention id="donbas">Donbas</Mention>.</Claim>';

describe('findComponentAttribute', () => {
  it('lists the attribute of every use of a component, in order', () => {
    expect(findComponentAttribute(goodBody, 'Mention', 'id')).toEqual(['vladimir-putin', 'donbas']);
    expect(findComponentAttribute(goodBody, 'Claim', 'source')).toEqual(['reports']);
  });

  it('ignores components inside MDX comments', () => {
    expect(findComponentAttribute('{/* <Mention id="x">X</Mention> */}', 'Mention', 'id')).toEqual([]);
  });
});

describe('findAnnotationProblems', () => {
  it('accepts a section that marks each listed person, term and source once', () => {
    expect(findAnnotationProblems({ ...base, body: goodBody })).toEqual([]);
  });

  it('names a listed person whose first mention is not marked, with the markup to add', () => {
    const problems = findAnnotationProblems({ ...base, people: ['vladimir-putin', 'donald-trump'], body: goodBody });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: base.file, field: 'people[1]' });
    expect(problems[0]?.fix).toContain('<Mention id="donald-trump">');
  });

  it('refuses a mention of someone the frontmatter does not list', () => {
    const body = `${goodBody} <Mention id="mark-rutte">Rutte</Mention>`;
    const [problem] = findAnnotationProblems({ ...base, body });
    expect(problem?.field).toBe('body <Mention>');
    expect(problem?.problem).toContain('mark-rutte');
  });

  it('refuses marking the same person twice', () => {
    const body = `${goodBody} <Mention id="donbas">Donbas</Mention>`;
    expect(findAnnotationProblems({ ...base, body }).map((p) => p.problem)).toEqual(['"donbas" is marked more than once']);
  });

  it('refuses a claim whose source is not listed, and a listed source with no claim', () => {
    const body = goodBody.replace('source="reports"', 'source="cbs"');
    const fields = findAnnotationProblems({ ...base, body }).map((p) => p.field);
    expect(fields).toEqual(['body <Claim>', 'sources[0]']);
  });

  it('refuses a source that does not exist in content/sources', () => {
    const body = goodBody.replace('source="reports"', 'source="bbc"');
    const problems = findAnnotationProblems({ ...base, sources: ['bbc'], body });
    expect(problems.map((p) => p.problem)).toContain('unknown source "bbc"');
  });
});
