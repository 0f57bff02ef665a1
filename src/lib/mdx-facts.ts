import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';
import { paragraphAnchor } from '../routes';
import { countWords } from './reading-time';

/** What one pass over an MDX body's syntax tree records: everything the checks and the reading time need. */
export interface MdxFacts {
  /** Link targets as written: Markdown links and `<a href>`, in document order. */
  links: string[];
  /** The `id` of every `<Mention>`, in document order (repeats kept, so the check can see them). */
  mentions: string[];
  /** Every `<Claim>`: its `id` and the words it wraps, in document order. */
  claims: { id: string; text: string }[];
  /** The text of each top-level paragraph, in order: what `<body>-p<n>` anchors and citations point at. */
  paragraphs: string[];
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
  return { links: [], mentions: [], claims: [], paragraphs: [], wordCount: 0 };
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
      facts.claims.push({ id: jsxAttribute(node, 'id') ?? '', text: ctx.textContent(node as never) });
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
      const facts = factsOf(ctx.data as Record<string, unknown>);
      const text = ctx.textContent(node);
      facts.wordCount += countWords(text);
      if (ctx.parent(node)?.type === 'root') facts.paragraphs.push(text);
    },
    heading: (node, ctx) => {
      factsOf(ctx.data as Record<string, unknown>).wordCount += countWords(ctx.textContent(node));
    },
    mdxJsxTextElement: (node, ctx) => visitElement(node as JsxElement, ctx as never),
    mdxJsxFlowElement: (node, ctx) => {
      visitElement(node as JsxElement, ctx as never);
      // A block component (a figure) may hold words of its own outside any paragraph.
      if (ctx.parent(node)?.type === 'paragraph') return;
      const phrasing = node.children.filter((child) => !BLOCK_TYPES.has(child.type));
      const words = phrasing.map((child) => ctx.textContent(child)).join('');
      factsOf(ctx.data as Record<string, unknown>).wordCount += countWords(words);
    },
  };
}

/** Components that hold a sentence's words and so belong inside a paragraph, even alone on their line. */
export const INLINE_COMPONENTS: ReadonlySet<string> = new Set(['Claim', 'Mention']);

/** The id of a body of text from its file: "territory" for sections/territory.mdx, "opening" for opening.mdx. */
export function bodyIdOf(fileURL: URL | undefined): string {
  return fileURL ? basename(fileURLToPath(fileURL)).replace(/\.mdx?$/, '') : 'body';
}

/**
 * A Sätteri mdast plugin that makes the paragraphs of a body linkable: an inline component
 * alone on its line (MDX would render `<Claim>…</Claim>` bare, running into the next
 * paragraph) is wrapped in a paragraph, and each top-level paragraph gets the id
 * `<body>-p<n>` that summaries cite and readers can link to.
 */
export function mdxParagraphsPlugin(): MdastPluginDefinition[] {
  return [
    {
      name: 'mdx-inline-components',
      mdxJsxFlowElement: (node, ctx) => {
        // Only when it holds a sentence's words itself: written as a block, its text is already a paragraph.
        const holdsPhrasing = node.children.every((child) => child.type !== 'paragraph');
        if (node.name && INLINE_COMPONENTS.has(node.name) && holdsPhrasing && ctx.parent(node)?.type === 'root') {
          ctx.wrapNode(node, { type: 'paragraph', children: [] });
        }
      },
    },
    {
      name: 'mdx-paragraph-ids',
      // The count lives in the document's own data bag: documents may compile side by side.
      paragraph: (node, ctx) => {
        if (ctx.parent(node)?.type !== 'root') return;
        const data = ctx.data as Record<string, unknown>;
        const count = ((data['paragraphCount'] as number | undefined) ?? 0) + 1;
        data['paragraphCount'] = count;
        ctx.setProperty(node, 'data', { hProperties: { id: paragraphAnchor(bodyIdOf(ctx.fileURL), count) } });
      },
    },
  ];
}

/** Punctuation that closes a claim's sentence or clause, up to a space or the end: never a word's own ("’s"). */
const CLOSING_PUNCTUATION = /^[.,;:!?…)\]»”’"']+(?=\s|$)/u;

/** Splits the punctuation that closes a clause off the text after a claim: [".", " His comments"], or ["", text]. */
export function splitClosingPunctuation(text: string): [string, string] {
  const closing = CLOSING_PUNCTUATION.exec(text)?.[0] ?? '';
  return [closing, text.slice(closing.length)];
}

/** Punctuation that opens a quotation or aside right before a word ("“", "(", "«"), from a space or the start. */
const OPENING_PUNCTUATION = /(?<=^|\s)[“«(\["‘']+$/u;

type JsxTextNode = Parameters<NonNullable<MdastPluginDefinition['mdxJsxTextElement']>>[0];
type JsxTextContext = Parameters<NonNullable<MdastPluginDefinition['mdxJsxTextElement']>>[1];

/**
 * Keeps a `<Mention>` with the punctuation around it. The opening punctuation right before it
 * ("“") goes into its `before` attribute, so its margin note goes before the quote. What follows it
 * up to a space (".", "’s", "»") is wrapped with it in a nowrap span: its button is an atomic
 * inline, and a line may break after one, which would start a line with the stop.
 */
function keepMentionTogether(node: JsxTextNode, ctx: JsxTextContext): void {
  const parent = ctx.parent(node);
  const index = ctx.indexOf(node);
  if (!parent || index === undefined) return;
  let mention: JsxTextNode = node;
  let changed = false;
  const previous = parent.children[index - 1];
  // Text between a claim and a mention is the claim's to change.
  const beforePrevious = parent.children[index - 2];
  const afterClaim = beforePrevious?.type === 'mdxJsxTextElement' && beforePrevious.name === 'Claim';
  const opening = previous?.type === 'text' && !afterClaim ? OPENING_PUNCTUATION.exec(previous.value)?.[0] : undefined;
  if (previous?.type === 'text' && opening) {
    mention = { ...mention, attributes: [...mention.attributes, { type: 'mdxJsxAttribute', name: 'before', value: opening }] };
    changed = true;
    const rest = previous.value.slice(0, -opening.length);
    if (rest) ctx.setProperty(previous, 'value', rest);
    else ctx.removeNode(previous);
  }
  const next = parent.children[index + 1];
  const tail = next?.type === 'text' ? /^\S+/u.exec(next.value)?.[0] : undefined;
  if (next?.type === 'text' && tail) {
    const rest = next.value.slice(tail.length);
    if (rest) ctx.setProperty(next, 'value', rest);
    else ctx.removeNode(next);
    ctx.replaceNode(node, { type: 'keepTogether', data: { hName: 'span', hProperties: { className: ['keep-together'] } }, children: [mention, { type: 'text', value: tail }] } as never);
    return;
  }
  if (changed) ctx.replaceNode(node, mention);
}

/**
 * A Sätteri mdast plugin, run after the facts are recorded, that moves the punctuation after a
 * `<Claim>` ("…Article 5</Claim>.") into its `after` attribute, so the claim renders its words,
 * then the stop, then its mark and margin note: the mark stands after the punctuation, and
 * nothing sits between a word and its stop for a line to break at. A `<Mention>` is kept with the
 * punctuation around it (keepMentionTogether).
 */
export function mdxClaimPunctuationPlugin(): MdastPluginDefinition {
  return {
    name: 'mdx-claim-punctuation',
    mdxJsxTextElement: (node, ctx) => {
      if (node.name === 'Mention') {
        keepMentionTogether(node, ctx);
        return;
      }
      if (node.name !== 'Claim') return;
      const parent = ctx.parent(node);
      const index = ctx.indexOf(node);
      if (!parent || index === undefined) return;
      const next = parent.children[index + 1];
      if (next?.type !== 'text') return;
      const [closing, rest] = splitClosingPunctuation(next.value);
      if (!closing) return;
      // Attributes cannot be set in place; the element is rebuilt around its own children.
      ctx.replaceNode(node, { ...node, attributes: [...node.attributes, { type: 'mdxJsxAttribute', name: 'after', value: closing }] });
      if (rest) ctx.setProperty(next, 'value', rest);
      else ctx.removeNode(next);
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
