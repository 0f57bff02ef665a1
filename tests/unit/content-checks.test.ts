import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import {
  checkInternalLink,
  findContentProblems,
  formatContentProblems,
  isInternalLink,
  type BodyFacts,
  type ContentProblem,
  type ContentToCheck,
} from '../../src/lib/content-checks';
import { mdxFactsPlugin, readMdxFacts } from '../../src/lib/mdx-facts';
import { RESERVED_SLUGS } from '../../src/routes';

const PAGES = new Map<string, Set<string>>([
  ['/', new Set(['main', 'timeline'])],
  ['/guarantees/', new Set(['main'])],
  ['/territory/', new Set(['main', 'in-short'])],
  ['/timeline/', new Set(['main', 'event-alaska-summit'])],
]);

/** What the syntax-tree pass would record of a body with these links and some words. */
function body(links: string[] = [], wordCount = 12): BodyFacts {
  return { links, wordCount };
}

/** The facts the real MDX pass records of a body. */
async function factsOf(source: string): Promise<BodyFacts> {
  const result = await mdxToJs(source, {
    mdastPlugins: [mdxFactsPlugin()],
    data: { astro: { frontmatter: {}, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
    jsxImportSource: 'astro',
  });
  const astro = result.data['astro'] as { frontmatter: Record<string, unknown> };
  return readMdxFacts(astro.frontmatter, 'test.mdx');
}

/** A consistent little story; each test breaks one thing in a copy. */
function goodContent(): ContentToCheck {
  return {
    sections: [
      {
        id: 'guarantees',
        file: 'content/sections/guarantees.mdx',
        data: { order: 1, events: ['alaska-summit'], people: ['steve-witkoff'], terms: ['article-5'] },
        body: body(['/timeline/#event-alaska-summit', 'https://edition.cnn.com/']),
      },
      {
        id: 'territory',
        file: 'content/sections/territory.mdx',
        data: { order: 2, events: ['white-house-meeting'], people: [], terms: [] },
        body: body(['#in-short']),
      },
    ],
    events: [
      {
        id: 'alaska-summit',
        file: 'content/timeline/alaska-summit.yaml',
        data: { date: '2025-08-15', section: 'territory', status: 'happened', people: ['steve-witkoff'], terms: [] },
      },
      {
        id: 'white-house-meeting',
        file: 'content/timeline/white-house-meeting.yaml',
        data: { date: '2025-08-18', section: 'territory', status: 'scheduled', people: [], terms: ['article-5'] },
      },
    ],
    people: [{ id: 'steve-witkoff' }, { id: 'donald-trump' }],
    terms: [{ id: 'article-5' }],
    otherBodies: [{ file: 'content/opening.mdx', body: body(['#timeline']) }],
    storyDate: '2025-08-17',
    pages: PAGES,
  };
}

/** The content with one more section, named `slug`. */
function withSection(slug: string, extra: Partial<ContentToCheck['sections'][number]> = {}): ContentToCheck {
  const content = goodContent();
  const section = {
    id: slug,
    file: `content/sections/${slug}.mdx`,
    data: { order: 3, events: [], people: [], terms: [] },
    body: body(),
    ...extra,
  };
  return { ...content, sections: [...content.sections, section] };
}

function only(problems: ContentProblem[]): ContentProblem {
  expect(problems).toHaveLength(1);
  return problems[0] as ContentProblem;
}

describe('isInternalLink', () => {
  it('takes site-root paths and same-page anchors as links the site must resolve', () => {
    for (const href of ['/territory/', '/timeline/#event-x', '#in-short', '/']) expect(isInternalLink(href), href).toBe(true);
  });

  it('leaves external, protocol-relative, relative and mail links alone', () => {
    for (const href of ['https://example.org/', '//cdn.example/x.js', 'territory/', 'mailto:x@example.org', '']) {
      expect(isInternalLink(href), href).toBe(false);
    }
  });
});

describe('checkInternalLink', () => {
  it('accepts a page that exists and an anchor on it', () => {
    expect(checkInternalLink('/territory/', '/', PAGES)).toBeUndefined();
    expect(checkInternalLink('/timeline/#event-alaska-summit', '/', PAGES)).toBeUndefined();
  });

  it('resolves a bare anchor against the page the link is on', () => {
    expect(checkInternalLink('#in-short', '/territory/', PAGES)).toBeUndefined();
    expect(checkInternalLink('#in-short', '/', PAGES)?.problem).toBe(
      'links to "#in-short", but / has no element with id "in-short"',
    );
  });

  it('reports a page the site does not have and lists the pages there are', () => {
    expect(checkInternalLink('/white-house/', '/', PAGES)).toEqual({
      problem: 'links to "/white-house/", a page the site does not have',
      fix: 'link to one of: /, /guarantees/, /territory/, /timeline/',
    });
  });

  it('suggests the trailing slash when only that is missing, keeping the anchor', () => {
    expect(checkInternalLink('/territory', '/', PAGES)?.fix).toBe('write "/territory/" (pages end with a slash)');
    expect(checkInternalLink('/territory#in-short', '/', PAGES)?.fix).toBe(
      'write "/territory/#in-short" (pages end with a slash)',
    );
  });

  it('reports an anchor missing from the target page and lists the anchors it has', () => {
    expect(checkInternalLink('/timeline/#event-white-house-talks', '/', PAGES)).toEqual({
      problem: 'links to "/timeline/#event-white-house-talks", but /timeline/ has no element with id "event-white-house-talks"',
      fix: 'use one of the anchors on /timeline/: event-alaska-summit, main',
    });
  });
});

describe('findContentProblems', () => {
  it('finds nothing wrong in consistent content', () => {
    expect(findContentProblems(goodContent())).toEqual([]);
  });

  it('reports two sections sharing an order on the second, naming the first', () => {
    const content = goodContent();
    const territory = content.sections[1];
    if (!territory) throw new Error('fixture changed');
    const sections = [content.sections[0]!, { ...territory, data: { ...territory.data, order: 1 } }];
    expect(only(findContentProblems({ ...content, sections }))).toEqual({
      file: 'content/sections/territory.mdx',
      field: 'order',
      problem: 'order 1 is also used by content/sections/guarantees.mdx',
      fix: 'give every section its own order (1, 2, 3, …)',
    });
  });

  it('refuses every reserved slug as a section name, naming the file and the fix', () => {
    for (const slug of RESERVED_SLUGS) {
      const problem = only(findContentProblems(withSection(slug)));
      expect(problem.field, slug).toBe('file name');
      expect(problem.file, slug).toBe(`content/sections/${slug}.mdx`);
      expect(problem.fix, slug).toContain('rename the file');
    }
  });

  it('reports a section named map as a route the site already uses, listing the taken slugs', () => {
    expect(only(findContentProblems(withSection('map')))).toEqual({
      file: 'content/sections/map.mdx',
      field: 'file name',
      problem: 'the slug "map" is a route the site already uses (or has reserved)',
      fix: `rename the file to a slug of its own; these are taken: ${RESERVED_SLUGS.join(', ')}`,
    });
  });

  it('reports a section named embed, a route reserved for later, the same way', () => {
    const problem = only(findContentProblems(withSection('embed')));
    expect(problem).toMatchObject({ file: 'content/sections/embed.mdx', field: 'file name' });
    expect(problem.problem).toBe('the slug "embed" is a route the site already uses (or has reserved)');
    expect(problem.fix).toMatch(/^rename the file to a slug of its own; these are taken: .*\bembed\b/);
    expect(problem.fix).toContain('map');
  });

  it('accepts a slug that merely contains a reserved one', () => {
    expect(findContentProblems(withSection('mapping'))).toEqual([]);
    expect(findContentProblems(withSection('og-history'))).toEqual([]);
  });

  it('reports a section body without a word of text', () => {
    const problem = only(findContentProblems(withSection('outlook', { body: body([], 0) })));
    expect(problem).toMatchObject({ file: 'content/sections/outlook.mdx', field: 'body', problem: 'the section has no text' });
    expect(problem.fix).toMatch(/add the section’s paragraphs/);
  });

  it('reports an empty section body, and one holding only MDX comments, as the MDX pass records them', async () => {
    for (const source of ['', '  \n\n ', '{/* TODO: paste the paragraphs from the article */}\n']) {
      const problem = only(findContentProblems(withSection('outlook', { body: await factsOf(source) })));
      expect(problem, JSON.stringify(source)).toMatchObject({ field: 'body', problem: 'the section has no text' });
    }
  });

  it('accepts a body of a single word', () => {
    expect(findContentProblems(withSection('outlook', { body: body([], 1) }))).toEqual([]);
  });

  it('reports unknown events, people and terms in a section with the index and the known ids', () => {
    const content = goodContent();
    const guarantees = content.sections[0]!;
    const sections = [
      { ...guarantees, data: { ...guarantees.data, events: ['alaska-summit', 'yalta'], people: ['jd-vance'], terms: ['article-5', 'art-5'] } },
      content.sections[1]!,
    ];
    const problems = findContentProblems({ ...content, sections });
    expect(problems).toEqual([
      {
        file: 'content/sections/guarantees.mdx',
        field: 'events[1]',
        problem: 'unknown timeline event "yalta"',
        fix: 'use the file name of an entry in content/timeline/: alaska-summit, white-house-meeting',
      },
      {
        file: 'content/sections/guarantees.mdx',
        field: 'people[0]',
        problem: 'unknown person "jd-vance"',
        fix: 'use the file name of an entry in content/people/: donald-trump, steve-witkoff',
      },
      {
        file: 'content/sections/guarantees.mdx',
        field: 'terms[1]',
        problem: 'unknown term "art-5"',
        fix: 'use the file name of an entry in content/terms/: article-5',
      },
    ]);
  });

  it('suggests the closest known id for a misspelt person, term, event or section', () => {
    const content = goodContent();
    const guarantees = content.sections[0]!;
    const [summit, meeting] = content.events;
    const sections = [{ ...guarantees, data: { ...guarantees.data, events: ['alaska-sumit'], people: ['donald-trunp'], terms: ['article5'] } }, content.sections[1]!];
    const events = [{ ...summit!, data: { ...summit!.data, section: 'guarantee' } }, meeting!];
    const problems = findContentProblems({ ...content, sections, events });
    expect(problems.map((p) => [p.field, p.fix])).toEqual([
      ['events[0]', 'did you mean "alaska-summit"? Otherwise use the file name of an entry in content/timeline/: alaska-summit, white-house-meeting'],
      ['people[0]', 'did you mean "donald-trump"? Otherwise use the file name of an entry in content/people/: donald-trump, steve-witkoff'],
      ['terms[0]', 'did you mean "article-5"? Otherwise use the file name of an entry in content/terms/: article-5'],
      ['section', 'did you mean "guarantees"? Otherwise use the file name of a section in content/sections/: guarantees, territory'],
    ]);
  });

  it('reports an event whose section does not exist, listing the sections', () => {
    const content = goodContent();
    const [summit, meeting] = content.events;
    const events = [{ ...summit!, data: { ...summit!.data, section: 'diplomacy' } }, meeting!];
    expect(only(findContentProblems({ ...content, events }))).toEqual({
      file: 'content/timeline/alaska-summit.yaml',
      field: 'section',
      problem: 'unknown section "diplomacy"',
      fix: 'use the file name of a section in content/sections/: guarantees, territory',
    });
  });

  it('reports unknown people and terms in an event', () => {
    const content = goodContent();
    const [summit, meeting] = content.events;
    const events = [
      { ...summit!, data: { ...summit!.data, people: ['steve-witkoff', 'jd-vance'] } },
      { ...meeting!, data: { ...meeting!.data, terms: ['ceasefire-line'] } },
    ];
    const problems = findContentProblems({ ...content, events });
    expect(problems.map((p) => [p.file, p.field, p.problem])).toEqual([
      ['content/timeline/alaska-summit.yaml', 'people[1]', 'unknown person "jd-vance"'],
      ['content/timeline/white-house-meeting.yaml', 'terms[0]', 'unknown term "ceasefire-line"'],
    ]);
  });

  it('requires events after the story date to be scheduled and the rest happened', () => {
    const content = goodContent();
    const [summit, meeting] = content.events;
    const events = [
      { ...summit!, data: { ...summit!.data, status: 'scheduled' as const } },
      { ...meeting!, data: { ...meeting!.data, status: 'happened' as const } },
    ];
    expect(findContentProblems({ ...content, events })).toEqual([
      {
        file: 'content/timeline/alaska-summit.yaml',
        field: 'status',
        problem: 'status is "scheduled" but the date 2025-08-15 is on or before the story date 2025-08-17',
        fix: 'set status: happened',
      },
      {
        file: 'content/timeline/white-house-meeting.yaml',
        field: 'status',
        problem: 'status is "happened" but the date 2025-08-18 is after the story date 2025-08-17',
        fix: 'set status: scheduled',
      },
    ]);
  });

  it('counts an event on the story date itself as happened', () => {
    const content = goodContent();
    const [summit, meeting] = content.events;
    const events = [{ ...summit!, data: { ...summit!.data, date: '2025-08-17' } }, meeting!];
    expect(findContentProblems({ ...content, events })).toEqual([]);
  });

  it('reports dead links in section bodies, resolving bare anchors on the section’s own page', () => {
    const content = goodContent();
    const sections = [{ ...content.sections[0]!, body: body(['/white-house/', '#in-short']) }, content.sections[1]!];
    const problems = findContentProblems({ ...content, sections });
    expect(problems.map((p) => [p.file, p.field, p.problem])).toEqual([
      ['content/sections/guarantees.mdx', 'body link', 'links to "/white-house/", a page the site does not have'],
      ['content/sections/guarantees.mdx', 'body link', 'links to "#in-short", but /guarantees/ has no element with id "in-short"'],
    ]);
  });

  it('does not check external, relative or mail links', () => {
    const content = goodContent();
    const links = ['https://example.org/gone/', '//cdn.example/x', 'territory/', 'mailto:desk@example.org'];
    const sections = [{ ...content.sections[0]!, body: body(links) }, content.sections[1]!];
    expect(findContentProblems({ ...content, sections })).toEqual([]);
  });

  it('reports a dead link each time it is written', () => {
    const content = goodContent();
    const sections = [{ ...content.sections[0]!, body: body(['/gone/', '/gone/']) }, content.sections[1]!];
    expect(findContentProblems({ ...content, sections })).toHaveLength(2);
  });

  it('checks links in the other bodies too, against the home page', () => {
    const content = goodContent();
    const problem = only(
      findContentProblems({ ...content, otherBodies: [{ file: 'content/opening.mdx', body: body(['#story']) }] }),
    );
    expect(problem).toMatchObject({ file: 'content/opening.mdx', field: 'body link' });
    expect(problem.problem).toBe('links to "#story", but / has no element with id "story"');
  });

  it('does not ask the other bodies for text: an opening without words is not a problem', () => {
    const content = goodContent();
    expect(findContentProblems({ ...content, otherBodies: [{ file: 'content/opening.mdx', body: body([], 0) }] })).toEqual([]);
  });
});

describe('formatContentProblems', () => {
  it('names the count, and for each problem its file, field, problem and fix', () => {
    const message = formatContentProblems([
      { file: 'content/a.yaml', field: 'date', problem: 'bad date', fix: 'quote it' },
      { file: 'content/b.mdx', field: 'body', problem: 'empty', fix: 'add text' },
    ]);
    expect(message).toBe(
      [
        'The content has 2 problems:',
        '  content/a.yaml',
        '    field:   date',
        '    problem: bad date',
        '    fix:     quote it',
        '  content/b.mdx',
        '    field:   body',
        '    problem: empty',
        '    fix:     add text',
      ].join('\n'),
    );
  });

  it('uses the singular for one problem', () => {
    expect(formatContentProblems([{ file: 'f', field: 'x', problem: 'p', fix: 'f' }])).toMatch(/^The content has 1 problem:\n/);
  });
});
