/** What a publisher pastes to show one embeddable view: every URL absolute, every text plain (it is escaped here). */
export interface EmbedSnippetInput {
  /** Absolute URL of the embeddable view, the iframe's src. */
  src: string;
  /** Absolute URL of the full page (with its anchor) the view comes from: the fallback link. */
  href: string;
  /** What the view shows, with the site's name: the iframe's accessible name and the fallback link's words. */
  title: string;
  /** Height the iframe starts at, in CSS pixels; it scrolls inside until a resizer fits it. */
  height: number;
  /** Absolute URL of the optional resizer script (embed/resize.js); undefined leaves the line out. */
  resizerSrc?: string | undefined;
  /**
   * False when the view is no quotation of anyone (reported speech): the fallback link is then a
   * plain paragraph, because hosts style a blockquote as a quotation. Default true.
   */
  quotable?: boolean | undefined;
}

import { scanQuotations } from './quotations';

/**
 * A text with the double quotation marks taken off its quotations, the words kept: the name of
 * a view that quotes no one, which a host page may show as a link, a frame title or a card.
 */
export function withoutQuotationMarks(text: string): string {
  const { quotations } = scanQuotations(text);
  // Outermost first; a quotation inside one is found on the next pass.
  return quotations.length === 0 ? text : withoutQuotationMarks(quotations.reduce((result, quotation) => result.split(quotation.text).join(quotation.inner), text));
}

/**
 * A text cut to at most `max` characters at a word boundary, "…" marking the cut; whole when it
 * fits. Its quotation marks go when it is cut, so no cut can leave a quotation open.
 */
export function fitWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const plain = withoutQuotationMarks(text);
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max).replace(/\s+\S*$/, '').replace(/[\s,;:·—-]+$/, '');
  return `${cut}…`;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for an HTML attribute or element. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/**
 * The embed code: the iframe, then a blockquote (a paragraph for reported speech) whose link to the full page stays when a
 * CMS, a feed reader or an e-mail strips the iframe, and otherwise credits it; then,
 * optionally, the one script line that fits the iframe's height to its content. Without
 * that script (or without JavaScript) the iframe keeps its starting height and scrolls.
 * The iframe sits beside the blockquote, not in it, so a host's pull-quote style (indent,
 * rule, large italics) never squeezes the frame. Only attributes size the iframe, because
 * a host's CSP may block inline styles; `style="border:0"` is cosmetic and harmless where blocked.
 */
export function buildEmbedSnippet(input: EmbedSnippetInput): string {
  if (!Number.isInteger(input.height) || input.height <= 0) {
    throw new Error(`An embed's starting height must be a whole number of pixels above 0; got ${input.height}.`);
  }
  for (const [name, url] of [['src', input.src], ['href', input.href], ['resizerSrc', input.resizerSrc]] as const) {
    if (url !== undefined && !/^https?:\/\//.test(url)) throw new Error(`An embed snippet needs absolute URLs; ${name} is "${url}".`);
  }
  const title = escapeHtml(input.title);
  const href = escapeHtml(input.href);
  const link = `<p><a href="${href}">${title}</a></p>`;
  const lines = [
    `<iframe src="${escapeHtml(input.src)}" title="${title}" width="100%" height="${input.height}" loading="lazy" style="border:0"></iframe>`,
    input.quotable === false ? link : `<blockquote cite="${href}">${link}</blockquote>`,
  ];
  if (input.resizerSrc !== undefined) lines.push(`<script async src="${escapeHtml(input.resizerSrc)}"></script>`);
  return lines.join('\n');
}
