import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** An inline `<script>` or `<style>` of a page: its attributes, its text, and where the text sits in the source. */
export interface InlineElement {
  tag: 'script' | 'style';
  /** Attribute name (lower case) to decoded value. */
  attributes: Readonly<Record<string, string>>;
  /** The element's text as written: what a browser hashes for CSP. */
  text: string;
  /** Offsets of the text in the page's source, end exclusive. */
  start: number;
  end: number;
}

/** A page's `<meta http-equiv="content-security-policy">`: its decoded policy and where the whole content attribute sits. */
export interface MetaPolicy {
  policy: string;
  start: number;
  end: number;
}

/** What the build reads of a page's inline code. */
export interface PageInlines {
  elements: InlineElement[];
  /** The first CSP meta tag (the build writes one per page), or undefined. */
  metaPolicy?: MetaPolicy | undefined;
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function* walk(node: Node): Generator<Element> {
  if (isElement(node)) yield node;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* walk(child);
  // A <template>'s children live in its content fragment.
  if (isElement(node) && node.tagName === 'template' && 'content' in node) yield* walk((node as DefaultTreeAdapterMap['template']).content);
}

/**
 * Reads a page with an HTML parser (parse5, the algorithm browsers follow), so what counts as a
 * style or script element, or as the policy's meta tag, is what a browser would take for one;
 * offsets point into the source, so edits leave every other byte as it was.
 */
export function readInlines(html: string): PageInlines {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const elements: InlineElement[] = [];
  let metaPolicy: MetaPolicy | undefined;
  for (const element of walk(document)) {
    const attributes = Object.fromEntries(element.attrs.map((attribute) => [attribute.name.toLowerCase(), attribute.value]));
    const location = element.sourceCodeLocation;
    if (!location) continue;
    if (element.tagName === 'script' || element.tagName === 'style') {
      const text = element.childNodes[0];
      const start = text?.sourceCodeLocation?.startOffset ?? location.startTag?.endOffset ?? location.startOffset;
      const end = text?.sourceCodeLocation?.endOffset ?? start;
      elements.push({ tag: element.tagName, attributes, text: html.slice(start, end), start, end });
    } else if (element.tagName === 'meta' && metaPolicy === undefined && attributes['http-equiv']?.toLowerCase() === 'content-security-policy') {
      const content = location.attrs?.['content'];
      if (content && attributes['content'] !== undefined) metaPolicy = { policy: attributes['content'], start: content.startOffset, end: content.endOffset };
    }
  }
  return { elements, metaPolicy };
}

/** One replacement of a stretch of a page's source. */
export interface SourceEdit {
  start: number;
  end: number;
  text: string;
}

/** Applies edits that do not overlap to a page's source, whatever their order. */
export function applyEdits(html: string, edits: readonly SourceEdit[]): string {
  let out = html;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = `${out.slice(0, edit.start)}${edit.text}${out.slice(edit.end)}`;
  return out;
}

/** A content attribute holding a value, quoted so any parser reads the value back. */
export function contentAttribute(value: string): string {
  return `content="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
}
