import { load } from 'cheerio';
import { scanQuotations } from '../../src/lib/quotations';
import { describe, expect, it } from 'vitest';
import { buildEmbedSnippet, escapeHtml, fitWords, withoutQuotationMarks, type EmbedSnippetInput } from '../../src/lib/embed-snippet';

const INPUT: EmbedSnippetInput = {
  src: 'https://example.org/embed/timeline/',
  href: 'https://example.org/timeline/',
  title: 'Timeline · Ukraine security guarantees explained',
  height: 640,
  resizerSrc: 'https://example.org/embed/resize.js',
};

describe('buildEmbedSnippet', () => {
  const $ = load(buildEmbedSnippet(INPUT), null, false);

  it('follows the iframe with a blockquote whose link to the full page survives when the iframe is stripped', () => {
    expect($.root().children().first().is('iframe')).toBe(true);
    expect($('iframe').next().is('blockquote')).toBe(true);
    // Beside it, not around it: a host's blockquote style must not squeeze the frame.
    expect($('blockquote iframe')).toHaveLength(0);
    expect($('blockquote').attr('cite')).toBe(INPUT.href);
    const link = $('blockquote > p > a');
    expect(link.attr('href')).toBe(INPUT.href);
    expect(link.text()).toBe(INPUT.title);
    const stripped = load(buildEmbedSnippet(INPUT), null, false);
    stripped('iframe').remove();
    expect(stripped('a').attr('href')).toBe(INPUT.href);
  });

  it('makes the fallback a plain paragraph, never a blockquote, for a view that quotes no one', () => {
    const plain = load(buildEmbedSnippet({ ...INPUT, quotable: false }), null, false);
    expect(plain('blockquote')).toHaveLength(0);
    expect(plain('iframe').next().is('p')).toBe(true);
    expect(plain('iframe + p > a').attr('href')).toBe(INPUT.href);
    expect(plain('iframe + p > a').text()).toBe(INPUT.title);
    expect(load(buildEmbedSnippet({ ...INPUT, quotable: true }), null, false)('blockquote')).toHaveLength(1);
  });

  it('names the iframe, starts it at the given height across the column, and loads it lazily', () => {
    const frame = $('iframe');
    expect(frame.attr('src')).toBe(INPUT.src);
    expect(frame.attr('title')).toBe(INPUT.title);
    expect(frame.attr('height')).toBe('640');
    expect(frame.attr('width')).toBe('100%');
    expect(frame.attr('loading')).toBe('lazy');
  });

  it('never turns off the iframe’s scroll bar: without the resizer the reader scrolls inside it', () => {
    expect($('iframe').attr('scrolling')).toBeUndefined();
  });

  it('ends with the optional resizer as one async script line, and leaves it out when not asked', () => {
    const lines = buildEmbedSnippet(INPUT).split('\n');
    expect(lines.at(-1)).toBe(`<script async src="${INPUT.resizerSrc}"></script>`);
    expect(buildEmbedSnippet({ ...INPUT, resizerSrc: undefined })).not.toContain('<script');
  });

  it('escapes the title, so a quote or an angle bracket cannot break out of the markup', () => {
    const snippet = buildEmbedSnippet({ ...INPUT, title: 'A "quoted" <b>title</b> & more' });
    const parsed = load(snippet, null, false);
    expect(parsed('iframe').attr('title')).toBe('A "quoted" <b>title</b> & more');
    expect(parsed('a').text()).toBe('A "quoted" <b>title</b> & more');
    expect(parsed('b')).toHaveLength(0);
  });

  it('throws for a relative URL or a height that is not whole pixels above 0', () => {
    expect(() => buildEmbedSnippet({ ...INPUT, src: '/embed/timeline/' })).toThrow(/absolute URLs; src is "\/embed\/timeline\/"/);
    expect(() => buildEmbedSnippet({ ...INPUT, height: 0 })).toThrow(/whole number of pixels above 0; got 0/);
    expect(() => buildEmbedSnippet({ ...INPUT, height: 12.5 })).toThrow(/got 12.5/);
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('withoutQuotationMarks', () => {
  it('takes the marks off every quotation in both editions’ kinds, and keeps the words and apostrophes', () => {
    expect(withoutQuotationMarks('Zelensky called the offer “historic”')).toBe('Zelensky called the offer historic');
    expect(withoutQuotationMarks('Віткофф повідомив про «деякі поступки» і «сили заспокоєння»')).toBe('Віткофф повідомив про деякі поступки і сили заспокоєння');
    expect(withoutQuotationMarks('Він сказав «це „історичний“ день»')).toBe('Він сказав це історичний день');
    expect(withoutQuotationMarks('Trump’s envoy said we’re close')).toBe('Trump’s envoy said we’re close');
  });
});

describe('fitWords', () => {
  it('keeps a text that fits, and cuts a longer one at a word, marking the cut', () => {
    expect(fitWords('Zelensky called the offer historic', 40)).toBe('Zelensky called the offer historic');
    expect(fitWords('Zelensky called the offer historic', 20)).toBe('Zelensky called the…');
    expect(fitWords('Zelensky called the offer historic', 20).length).toBeLessThanOrEqual(21);
    expect(fitWords('Embed: Witkoff, the envoy, said', 16)).toBe('Embed: Witkoff…');
  });

  it('never leaves a quotation open: a cut text loses its marks', () => {
    expect(fitWords('Macron: “If we’re not strong today, we’ll pay dearly tomorrow.”', 30)).toBe('Macron: If we’re not strong…');
    expect(fitWords('Macron: “If we’re not strong.”', 29)).toBe('Macron: If we’re not strong.');
    expect(scanQuotations(fitWords('Він сказав: «Ми не будемо сильними сьогодні»', 25)).isUnbalanced).toBe(false);
  });
});
