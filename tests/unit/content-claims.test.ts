// The claim checks over the real story: every claim file, every body as the MDX pipeline of
// astro.config.mjs reads it, and every summary the site writes. The build runs the same
// checks; this finds a broken claim or cite without a build.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { beforeAll, describe, expect, it } from 'vitest';
import { findClaimProblems, type CheckedBody, type CheckedSummary, type ClaimsToCheck } from '../../src/lib/claim-checks';
import { formatContentProblems } from '../../src/lib/content-checks';
import { mdxFactsPlugin, mdxParagraphsPlugin, readMdxFacts, type MdxFacts } from '../../src/lib/mdx-facts';
import { ClaimSchema } from '../../src/schemas/claim';
import { OpeningSchema } from '../../src/schemas/opening';
import { PersonSchema } from '../../src/schemas/person';
import { SectionSchema } from '../../src/schemas/section';
import { SourceSchema } from '../../src/schemas/source';
import { TermSchema } from '../../src/schemas/term';
import { TimelineEventSchema } from '../../src/schemas/timeline-event';
import { ROOT, contentIds, readFrontmatter, readProjectFile, readYaml, sectionSlugs } from './content-files';

/** The facts of one MDX file's body, compiled as astro.config.mjs compiles it (paragraph ids, then the facts). */
async function bodyFacts(path: string): Promise<MdxFacts> {
  const result = await mdxToJs(readProjectFile(path), {
    mdastPlugins: [...mdxParagraphsPlugin(), mdxFactsPlugin()],
    data: { astro: { frontmatter: {}, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
    jsxImportSource: 'astro',
    fileURL: pathToFileURL(join(ROOT, path)),
  });
  const astro = result.data['astro'] as { frontmatter: Record<string, unknown> } | undefined;
  return readMdxFacts(astro?.frontmatter, path);
}

/** Everything the claim checks read, from the content files, assembled as src/model/story/checks.ts assembles it. */
async function loadStory(): Promise<ClaimsToCheck & { bodies: CheckedBody[] }> {
  const opening = OpeningSchema.parse(readFrontmatter('content/opening.mdx'));
  const sections = sectionSlugs().map((id) => ({ id, file: `content/sections/${id}.mdx`, data: SectionSchema.parse(readFrontmatter(`content/sections/${id}.mdx`)) }));
  const events = contentIds('timeline', '.yaml').map((id) => ({
    file: `content/timeline/${id}.yaml`,
    data: TimelineEventSchema.parse(readYaml(`content/timeline/${id}.yaml`)),
  }));
  const bodies: CheckedBody[] = [];
  for (const { id, file } of [{ id: 'opening', file: 'content/opening.mdx' }, ...sections]) {
    const facts = await bodyFacts(file);
    bodies.push({ id, file, claims: facts.claims, paragraphs: facts.paragraphs });
  }
  // A person without attributedAs is attributed by the last word of their name, as the model does.
  const people = contentIds('people', '.yaml').map((id) => {
    const person = PersonSchema.parse(readYaml(`content/people/${id}.yaml`));
    return [id, person.attributedAs ?? [person.name.split(' ').at(-1) ?? person.name]] as const;
  });
  const sources = contentIds('sources', '.yaml').map((id) => [id, SourceSchema.parse(readYaml(`content/sources/${id}.yaml`)).attributedAs] as const);
  const summaries: CheckedSummary[] = [
    { file: 'content/opening.mdx', field: 'standfirst', text: opening.standfirst, cites: opening.standfirstCites },
    ...sections.flatMap(({ file, data }): CheckedSummary[] => [
      { file, field: 'standfirst', text: data.standfirst, cites: data.standfirstCites },
      ...data.inShort.map((point, index) => ({ file, field: `inShort[${index}]`, text: point.text, cites: point.cites })),
    ]),
    ...events.map(({ file, data }) => ({ file, field: 'summary', text: data.summary, cites: data.cites, mustCite: data.source === 'article' })),
  ];
  return {
    claims: contentIds('claims', '.yaml').map((id) => ({
      id,
      file: `content/claims/${id}.yaml`,
      data: ClaimSchema.parse(readYaml(`content/claims/${id}.yaml`)),
    })),
    bodies,
    speakers: new Map<string, readonly string[]>([...people, ...sources]),
    termNames: contentIds('terms', '.yaml').map((id) => TermSchema.parse(readYaml(`content/terms/${id}.yaml`)).term),
    summaries,
  };
}

describe('the story’s claims and summaries', () => {
  let story: Awaited<ReturnType<typeof loadStory>>;
  beforeAll(async () => {
    story = await loadStory();
  });

  it('pass every claim check: each claim marked once around its words, every quotation a claim, every summary citing and attributing', () => {
    const problems = findClaimProblems(story);
    expect(problems, formatContentProblems(problems)).toEqual([]);
  });

  it('mark every claim file in the text, and only those', () => {
    const marked = story.bodies.flatMap((body) => body.claims.map((claim) => claim.id)).sort();
    expect(marked).toEqual(contentIds('claims', '.yaml'));
  });

  it('give the opening and every section at least one paragraph to cite', () => {
    expect(story.bodies.map((body) => body.id)).toEqual(['opening', ...sectionSlugs()]);
    for (const body of story.bodies) expect(body.paragraphs.length, body.id).toBeGreaterThan(0);
  });
});
