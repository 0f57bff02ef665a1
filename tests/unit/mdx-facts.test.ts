import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/lib/reading-time';
import {
  MDX_FACTS_KEY,
  emptyMdxFacts,
  jsxAttribute,
  mdxFactsPlugin,
  readMdxFacts,
  type MdxFacts,
} from '../../src/lib/mdx-facts';

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

/** The words a reader sees in BODY, written out: what the count must match. */
const VISIBLE_TEXT = [
  'Steve Witkoff told CNN that Russia accepts guarantees.',
  'See the timeline and the short version.',
  'Reports indicate that Putin offered the Donbas.',
].join(' ');

const BODY = `Steve Witkoff told <Mention id="steve-witkoff">CNN</Mention> that Russia accepts guarantees.

{/* Editors: the old link [gone](/white-house/) stays out, and so do these seven words. <Mention id="mark-rutte">Rutte</Mention> */}

See [the timeline](/timeline/#event-alaska-summit "Timeline") and <a href="#in-short">the short version</a>.

<Claim source="reports">Reports indicate that <Mention id="vladimir-putin">Putin</Mention> offered the <Mention id="donbas">Donbas</Mention>.</Claim>
`;

describe('mdxFactsPlugin', () => {
  it('records Markdown links and <a href> in document order, without a link’s title', async () => {
    expect((await factsOf(BODY)).links).toEqual(['/timeline/#event-alaska-summit', '#in-short']);
  });

  it('records the id of every <Mention> in order', async () => {
    expect((await factsOf(BODY)).mentions).toEqual(['steve-witkoff', 'vladimir-putin', 'donbas']);
  });

  it('records each <Claim> with its source and the words it wraps', async () => {
    expect((await factsOf(BODY)).claims).toEqual([
      { source: 'reports', text: 'Reports indicate that Putin offered the Donbas.' },
    ]);
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
    const facts = await factsOf('<Claim source="cbs">\nTalks are set for Monday.\n</Claim>\n');
    expect(facts.claims).toEqual([{ source: 'cbs', text: 'Talks are set for Monday.' }]);
    expect(facts.wordCount).toBe(5);
  });

  it('records an empty id or source when the attribute is missing, so the checks can name it', async () => {
    const facts = await factsOf('<Mention>Someone</Mention> said <Claim>something</Claim>.');
    expect(facts.mentions).toEqual(['']);
    expect(facts.claims).toEqual([{ source: '', text: 'something' }]);
  });

  it('records facts for a body with none of them: no links, no marks, zero words', async () => {
    expect(await factsOf('')).toEqual(emptyMdxFacts());
  });

  it('starts every document afresh when one plugin instance compiles several', async () => {
    const plugin = mdxFactsPlugin();
    await factsOf('[a](/territory/) one two three', plugin);
    const second = await factsOf('[b](/read/) four', plugin);
    expect(second).toEqual({ links: ['/read/'], mentions: [], claims: [], wordCount: 2 });
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

describe('jsxAttribute', () => {
  const element = {
    name: 'Claim',
    attributes: [
      { type: 'mdxJsxExpressionAttribute' as const },
      { type: 'mdxJsxAttribute' as const, name: 'source', value: 'cbs' },
      { type: 'mdxJsxAttribute' as const, name: 'href', value: { type: 'mdxJsxAttributeValueExpression' } },
      { type: 'mdxJsxAttribute' as const, name: 'hidden' },
    ],
  };

  it('gives the string value of a named attribute', () => {
    expect(jsxAttribute(element, 'source')).toBe('cbs');
  });

  it('gives undefined for a missing attribute, an expression value or a bare attribute', () => {
    expect(jsxAttribute(element, 'id')).toBeUndefined();
    expect(jsxAttribute(element, 'href')).toBeUndefined();
    expect(jsxAttribute(element, 'hidden')).toBeUndefined();
  });
});

describe('readMdxFacts', () => {
  it('returns the facts the plugin stored', () => {
    const facts: MdxFacts = { links: ['/read/'], mentions: ['donbas'], claims: [], wordCount: 3 };
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
