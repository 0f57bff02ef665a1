import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/lib/reading-time';
import { pathToFileURL } from 'node:url';
import {
  INLINE_COMPONENTS,
  MDX_FACTS_KEY,
  bodyIdOf,
  emptyMdxFacts,
  jsxAttribute,
  mdxFactsPlugin,
  mdxParagraphsPlugin,
  readMdxFacts,
  type MdxFacts,
} from '../../src/lib/mdx-facts';
import { paragraphAnchor } from '../../src/routes';
import { ROOT } from './content-files';

/** Compiles an MDX body the way @astrojs/markdown-satteri does, with the plugin, and returns the frontmatter it filled. */
async function compile(source: string, plugin = mdxFactsPlugin()): Promise<Record<string, unknown>> {
  const result = await mdxToJs(source, {
    mdastPlugins: [plugin],
    data: { astro: { frontmatter: {}, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
    jsxImportSource: 'astro',
  });
  const astro = result.data['astro'] as { frontmatter: Record<string, unknown> } | undefined;
  if (!astro) throw new Error('the compiler gave back no astro data');
  return astro.frontmatter;
}

async function factsOf(source: string, plugin = mdxFactsPlugin()): Promise<MdxFacts> {
  return readMdxFacts(await compile(source, plugin), 'test.mdx');
}

/** The URL of a content file, as Astro hands it to the processor. */
function contentURL(path: string): URL {
  return pathToFileURL(`${ROOT}${path}`);
}

/** One <p> of the compiled output: its id (if any), its text and whether it stands at the top level. */
interface RenderedParagraph {
  id: unknown;
  text: string;
  topLevel: boolean;
}

/**
 * Compiles an MDX body as astro.config.mjs does (paragraph ids, then the facts) and returns
 * every <p> of the HTML tree it produces, with the facts recorded. `fileURL: null` compiles with no file.
 */
async function render(
  source: string,
  fileURL: URL | null = contentURL('content/sections/territory.mdx'),
  paragraphs = mdxParagraphsPlugin(),
): Promise<{ ps: RenderedParagraph[]; facts: MdxFacts }> {
  const ps: RenderedParagraph[] = [];
  const result = await mdxToJs(source, {
    mdastPlugins: [...paragraphs, mdxFactsPlugin()],
    hastPlugins: [
      {
        name: 'paragraph-probe',
        element: {
          filter: ['p'],
          visit: (node, ctx) => {
            ps.push({ id: node.properties['id'], text: ctx.textContent(node), topLevel: ctx.parent(node)?.type === 'root' });
          },
        },
      },
    ],
    data: { astro: { frontmatter: {}, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
    jsxImportSource: 'astro',
    ...(fileURL ? { fileURL } : {}),
  });
  const astro = result.data['astro'] as { frontmatter: Record<string, unknown> } | undefined;
  return { ps, facts: readMdxFacts(astro?.frontmatter, 'test.mdx') };
}

/** The words a reader sees in BODY, written out: what the count must match. */
const VISIBLE_TEXT = [
  'Steve Witkoff told CNN that Russia accepts guarantees.',
  'See the timeline and the short version.',
  'Reports indicate that Putin offered the Donbas.',
].join(' ');

const BODY = `Steve Witkoff told <Mention id="steve-witkoff">CNN</Mention> that Russia accepts guarantees.

{/* Editors: the old link [gone](/white-house/) stays out, and so do these seven words. <Mention id="mark-rutte">Rutte</Mention> */}

See [the timeline](/timeline/#event-alaska-summit "Timeline") and <a href="#in-short">the short version</a>.

<Claim id="reports-peace-offer">Reports indicate that <Mention id="vladimir-putin">Putin</Mention> offered the <Mention id="donbas">Donbas</Mention>.</Claim>
`;

describe('mdxFactsPlugin', () => {
  it('records Markdown links and <a href> in document order, without a link’s title', async () => {
    expect((await factsOf(BODY)).links).toEqual(['/timeline/#event-alaska-summit', '#in-short']);
  });

  it('records the id of every <Mention> in order', async () => {
    expect((await factsOf(BODY)).mentions).toEqual(['steve-witkoff', 'vladimir-putin', 'donbas']);
  });

  it('records each <Claim> with its id and the words it wraps', async () => {
    expect((await factsOf(BODY)).claims).toEqual([
      { id: 'reports-peace-offer', text: 'Reports indicate that Putin offered the Donbas.' },
    ]);
  });

  it('records the text of each top-level paragraph in order, without the comment', async () => {
    expect((await factsOf(BODY)).paragraphs).toEqual([
      'Steve Witkoff told CNN that Russia accepts guarantees.',
      'See the timeline and the short version.',
    ]);
  });

  it('records only top-level paragraphs, not those in a quote or a list, though their words count', async () => {
    const facts = await factsOf('First one.\n\n> Quoted words.\n\n- A listed point.\n\nLast one.\n');
    expect(facts.paragraphs).toEqual(['First one.', 'Last one.']);
    expect(facts.wordCount).toBe(countWords('First one. Quoted words. A listed point. Last one.'));
  });

  it('counts the words a reader sees, not tags, attributes or the comment', async () => {
    const facts = await factsOf(BODY);
    expect(facts.wordCount).toBe(countWords(VISIBLE_TEXT));
    expect(facts.wordCount).toBeGreaterThan(0);
  });

  it('leaves out everything inside an MDX comment: links, mentions and words', async () => {
    const facts = await factsOf('{/* [gone](/white-house/) <Mention id="mark-rutte">Rutte</Mention> many words here */}\n');
    expect(facts).toEqual(emptyMdxFacts());
  });

  it('keeps repeated mentions, so the check can report them', async () => {
    const facts = await factsOf('<Mention id="donbas">Donbas</Mention> and <Mention id="donbas">Donbas</Mention> again.');
    expect(facts.mentions).toEqual(['donbas', 'donbas']);
  });

  it('records a claim written as a block, with its text', async () => {
    const facts = await factsOf('<Claim id="cbs-european-concern">\nTalks are set for Monday.\n</Claim>\n');
    expect(facts.claims).toEqual([{ id: 'cbs-european-concern', text: 'Talks are set for Monday.' }]);
    expect(facts.wordCount).toBe(countWords('Talks are set for Monday.'));
  });

  it('counts the words a block component holds outside any paragraph', async () => {
    const facts = await factsOf('<Figure>Caption words here</Figure>\n');
    expect(facts.wordCount).toBe(countWords('Caption words here'));
    expect(facts.paragraphs).toEqual([]);
  });

  it('records an empty id when the attribute is missing, so the checks can name it', async () => {
    const facts = await factsOf('<Mention>Someone</Mention> said <Claim>something</Claim>.');
    expect(facts.mentions).toEqual(['']);
    expect(facts.claims).toEqual([{ id: '', text: 'something' }]);
  });

  it('records facts for a body with none of them: no links, no marks, zero words', async () => {
    expect(await factsOf('')).toEqual(emptyMdxFacts());
  });

  it('starts every document afresh when one plugin instance compiles several', async () => {
    const plugin = mdxFactsPlugin();
    await factsOf('[a](/territory/) one two three', plugin);
    const second = await factsOf('[b](/read/) four', plugin);
    expect(second).toEqual({ links: ['/read/'], mentions: [], claims: [], paragraphs: ['b four'], wordCount: 2 });
  });

  it('stores the facts under the mdxFacts frontmatter key', async () => {
    const frontmatter = await compile('Hello [x](/read/).');
    expect(Object.keys(frontmatter)).toEqual([MDX_FACTS_KEY]);
    expect(MDX_FACTS_KEY).toBe('mdxFacts');
  });

  it('fails when the pipeline gives it nowhere to record', async () => {
    // Wrapped so a synchronous throw and a rejected promise are both caught.
    await expect(async () => mdxToJs('Text.', { mdastPlugins: [mdxFactsPlugin()], jsxImportSource: 'astro' })).rejects.toThrow(
      /mdxFactsPlugin: the MDX pipeline gave no ctx\.data\.astro/,
    );
  });
});

describe('mdxParagraphsPlugin', () => {
  it('gives each top-level paragraph the id <body>-p<n>, from 1, named after the file', async () => {
    const { ps } = await render('First.\n\nSecond.\n\nThird.\n');
    expect(ps.map((p) => p.id)).toEqual([1, 2, 3].map((n) => paragraphAnchor('territory', n)));
    expect(ps.map((p) => p.id)).toEqual(['territory-p1', 'territory-p2', 'territory-p3']);
  });

  it('names the opening’s paragraphs after opening.mdx', async () => {
    const { ps } = await render('Only one.\n', contentURL('content/opening.mdx'));
    expect(ps.map((p) => p.id)).toEqual(['opening-p1']);
  });

  it('falls back to "body" when the processor is given no file', async () => {
    const { ps } = await render('Only one.\n', null);
    expect(ps.map((p) => p.id)).toEqual(['body-p1']);
  });

  it('leaves paragraphs in a quote or a list without an id, and does not count them', async () => {
    const { ps } = await render('First.\n\n> Quoted.\n\n- Listed.\n\nLast.\n');
    expect(ps.filter((p) => p.topLevel).map((p) => [p.id, p.text])).toEqual([
      ['territory-p1', 'First.'],
      ['territory-p2', 'Last.'],
    ]);
    expect(ps.filter((p) => !p.topLevel).map((p) => p.id)).toEqual([undefined]);
  });

  it('wraps a <Claim> or <Mention> alone on its line in a numbered paragraph', async () => {
    const { ps, facts } = await render(
      'Before.\n\n<Claim id="no10-praise">A spokesperson said so.</Claim>\n\n<Mention id="donbas">Donbas</Mention>\n\nAfter.\n',
    );
    expect(ps.map((p) => [p.id, p.text])).toEqual([
      ['territory-p1', 'Before.'],
      ['territory-p2', 'A spokesperson said so.'],
      ['territory-p3', 'Donbas'],
      ['territory-p4', 'After.'],
    ]);
    expect(facts.paragraphs).toEqual(['Before.', 'A spokesperson said so.', 'Donbas', 'After.']);
  });

  it('counts the words of a claim alone on its line once, as its paragraph', async () => {
    const { facts } = await render('<Claim id="no10-praise">A spokesperson said so.</Claim>\n');
    expect(facts.claims).toEqual([{ id: 'no10-praise', text: 'A spokesperson said so.' }]);
    expect(facts.wordCount).toBe(countWords('A spokesperson said so.'));
  });

  it('leaves a component that is not inline, such as a figure, outside any paragraph', async () => {
    const { ps, facts } = await render('<Figure>Caption words here</Figure>\n\nText.\n');
    expect(ps.map((p) => [p.id, p.text])).toEqual([['territory-p1', 'Text.']]);
    expect(facts.wordCount).toBe(countWords('Caption words here Text.'));
  });

  it('numbers the same paragraphs the facts record, so every cited paragraph has its anchor', async () => {
    const { ps, facts } = await render(`{/* A note for editors. */}\n\n${BODY}\n> Quoted.\n`);
    const numbered = ps.filter((p) => p.id !== undefined);
    expect(numbered.map((p) => p.text)).toEqual(facts.paragraphs);
    expect(numbered.map((p) => p.id)).toEqual(facts.paragraphs.map((_, i) => paragraphAnchor('territory', i + 1)));
  });

  it('starts every document at p1 when one plugin instance compiles several', async () => {
    const plugins = mdxParagraphsPlugin();
    await render('One.\n\nTwo.\n', contentURL('content/sections/territory.mdx'), plugins);
    const { ps } = await render('Three.\n', contentURL('content/sections/outlook.mdx'), plugins);
    expect(ps.map((p) => p.id)).toEqual(['outlook-p1']);
  });
});

describe('INLINE_COMPONENTS', () => {
  it('holds the components that carry a sentence’s words: Claim and Mention', () => {
    expect([...INLINE_COMPONENTS].sort()).toEqual(['Claim', 'Mention']);
  });
});

describe('bodyIdOf', () => {
  it('names a section after its file, and the opening "opening"', () => {
    expect(bodyIdOf(contentURL('content/sections/territory.mdx'))).toBe('territory');
    expect(bodyIdOf(contentURL('content/opening.mdx'))).toBe('opening');
  });

  it('drops a .md extension too, and says "body" when there is no file', () => {
    expect(bodyIdOf(new URL('file:///notes/draft.md'))).toBe('draft');
    expect(bodyIdOf(undefined)).toBe('body');
  });
});

describe('jsxAttribute', () => {
  const element = {
    name: 'Claim',
    attributes: [
      { type: 'mdxJsxExpressionAttribute' as const },
      { type: 'mdxJsxAttribute' as const, name: 'id', value: 'cbs-european-concern' },
      { type: 'mdxJsxAttribute' as const, name: 'href', value: { type: 'mdxJsxAttributeValueExpression' } },
      { type: 'mdxJsxAttribute' as const, name: 'hidden' },
    ],
  };

  it('gives the string value of a named attribute', () => {
    expect(jsxAttribute(element, 'id')).toBe('cbs-european-concern');
  });

  it('gives undefined for a missing attribute, an expression value or a bare attribute', () => {
    expect(jsxAttribute(element, 'source')).toBeUndefined();
    expect(jsxAttribute(element, 'href')).toBeUndefined();
    expect(jsxAttribute(element, 'hidden')).toBeUndefined();
  });
});

describe('readMdxFacts', () => {
  it('returns the facts the plugin stored', () => {
    const facts: MdxFacts = { links: ['/read/'], mentions: ['donbas'], claims: [], paragraphs: ['One two three.'], wordCount: 3 };
    expect(readMdxFacts({ [MDX_FACTS_KEY]: facts, title: 'x' }, 'content/sections/territory.mdx')).toBe(facts);
  });

  it('throws a message naming the file and the plugin when the facts are missing', () => {
    for (const frontmatter of [undefined, {}, { title: 'Territory' }]) {
      expect(() => readMdxFacts(frontmatter, 'content/sections/territory.mdx')).toThrow(
        /^content\/sections\/territory\.mdx: no MDX facts were recorded; is mdxFactsPlugin\(\) in the satteri processor/,
      );
    }
  });
});
