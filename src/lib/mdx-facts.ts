import type { MdastPluginDefinition } from 'satteri';
import { countWords } from './reading-time';

/** What one pass over an MDX body's syntax tree records: everything the checks and the reading time need. */
export interface MdxFacts {
  /** Link targets as written: Markdown links and `<a href>`, in document order. */
  links: string[];
  /** The `id` of every `<Mention>`, in document order (repeats kept, so the check can see them). */
  mentions: string[];
  /** Every `<Claim>`: its `source` and the words it wraps, in document order. */
  claims: { source: string; text: string }[];
  /** Words of readable text; MDX comments and tags do not count. */
  wordCount: number;
}

/** The frontmatter key the facts are stored under; `render(entry).remarkPluginFrontmatter[MDX_FACTS_KEY]`. */
export const MDX_FACTS_KEY = 'mdxFacts';

/** An MDX JSX element as the visitor sees it: a name and its attributes. */
interface JsxElement {
  name: string | null;
  attributes: readonly ({ type: 'mdxJsxAttribute'; name: string; value?: unknown } | { type: 'mdxJsxExpressionAttribute' })[];
}

/** The string value of a JSX attribute, or undefined when it is missing or an expression. */
export function jsxAttribute(element: JsxElement, name: string): string | undefined {
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name === name && typeof attribute.value === 'string') {
      return attribute.value;
    }
  }
  return undefined;
}

/** Node types that hold their own paragraphs, counted where they are visited. */
const BLOCK_TYPES = new Set(['paragraph', 'heading', 'list', 'blockquote', 'code', 'table', 'thematicBreak', 'html', 'mdxJsxFlowElement', 'mdxFlowExpression']);

/** An empty record, the start of every document's pass. */
export function emptyMdxFacts(): MdxFacts {
  return { links: [], mentions: [], claims: [], wordCount: 0 };
}

/**
 * A Sätteri mdast plugin that walks each MDX body once and stores its links,
 * mentions, claims and word count in the entry's rendered frontmatter, so no
 * regular expression ever has to read MDX.
 */
export function mdxFactsPlugin(): MdastPluginDefinition {
  const factsOf = (data: Record<string, unknown>): MdxFacts => {
    const astro = data['astro'] as { frontmatter: Record<string, unknown> } | undefined;
    if (!astro) throw new Error('mdxFactsPlugin: the MDX pipeline gave no ctx.data.astro to record into.');
    astro.frontmatter[MDX_FACTS_KEY] ??= emptyMdxFacts();
    return astro.frontmatter[MDX_FACTS_KEY] as MdxFacts;
  };
  const visitElement = (node: JsxElement, ctx: { data: Record<string, unknown>; textContent: (n: never) => string }) => {
    const facts = factsOf(ctx.data);
    if (node.name === 'a') {
      const href = jsxAttribute(node, 'href');
      if (href !== undefined) facts.links.push(href);
    } else if (node.name === 'Mention') {
      facts.mentions.push(jsxAttribute(node, 'id') ?? '');
    } else if (node.name === 'Claim') {
      facts.claims.push({ source: jsxAttribute(node, 'source') ?? '', text: ctx.textContent(node as never) });
    }
  };
  return {
    name: 'mdx-facts',
    before: (_root, ctx) => {
      factsOf(ctx.data as Record<string, unknown>);
    },
    link: (node, ctx) => {
      factsOf(ctx.data as Record<string, unknown>).links.push(node.url);
    },
    // Whole paragraphs and headings, so a word split by a tag ("<Mention>Putin</Mention>’s") counts once.
    paragraph: (node, ctx) => {
      factsOf(ctx.data as Record<string, unknown>).wordCount += countWords(ctx.textContent(node));
    },
    heading: (node, ctx) => {
      factsOf(ctx.data as Record<string, unknown>).wordCount += countWords(ctx.textContent(node));
    },
    mdxJsxTextElement: (node, ctx) => visitElement(node as JsxElement, ctx as never),
    mdxJsxFlowElement: (node, ctx) => {
      visitElement(node as JsxElement, ctx as never);
      // A component alone on its line (<Claim>…</Claim>) holds its words directly, with no paragraph.
      const phrasing = node.children.filter((child) => !BLOCK_TYPES.has(child.type));
      const words = phrasing.map((child) => ctx.textContent(child)).join('');
      factsOf(ctx.data as Record<string, unknown>).wordCount += countWords(words);
    },
  };
}

/** Reads the facts the plugin stored, failing clearly when the plugin did not run. */
export function readMdxFacts(frontmatter: Record<string, unknown> | undefined, file: string): MdxFacts {
  const facts = frontmatter?.[MDX_FACTS_KEY] as MdxFacts | undefined;
  if (!facts) {
    throw new Error(`${file}: no MDX facts were recorded; is mdxFactsPlugin() in the satteri processor of astro.config.mjs?`);
  }
  return facts;
}
