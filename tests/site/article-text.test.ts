import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { dictionaryFor } from '../../src/i18n/dictionary';
import { localeOfPath } from '../../src/i18n/locales';
import { kindOfPath } from '../../src/page-kinds';
import { SECTION_SLUGS, UK_OPENING } from '../support/content';
import { listHtmlFiles, loadPage, pathOfHtmlFile, requireDist } from '../support/dist';
import { collapseWhitespace, parseArticle, readArticle, splitSentences, type Article } from '../support/sentences';

// The site promises the article's text "as filed, in order". These tests hold it to that,
// sentence by sentence, against content/source/article.txt.

const article: Article = readArticle();
const opening = article.blocks[0];
const sections = article.blocks.slice(1);

/** The pages that split the story: home has the opening, each section page its own paragraphs. */
const SPLIT_PAGES = ['/', ...SECTION_SLUGS.map((slug) => `/${slug}/`)] as const;

const mainText = new Map<string, string>();
const pageDom = new Map<string, CheerioAPI>();

function textOf(path: string): string {
  const text = mainText.get(path);
  if (text === undefined) throw new Error(`No built page at ${path}`);
  return text;
}

/** How many times `needle` occurs in `haystack`. */
function count(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) n += 1;
  return n;
}

/** Finds each sentence after the previous one; returns the first that is missing or out of order. */
function firstOutOfOrder(text: string, sentences: readonly string[]): string | undefined {
  let from = 0;
  for (const sentence of sentences) {
    const at = text.indexOf(sentence, from);
    if (at === -1) return sentence;
    from = at + sentence.length;
  }
  return undefined;
}

beforeAll(() => {
  requireDist();
  for (const file of listHtmlFiles()) {
    const $ = loadPage(file);
    const path = pathOfHtmlFile(file);
    pageDom.set(path, $);
    // Who says a claim is marked after its words (.claim-mark) and in the margin (.claim-note), as is
    // who a first mention is (.mention-note):
    // annotations for the reader, not the article's text, so the sentences are read without them.
    const main = $('main').clone();
    main.find('.claim-mark, .claim-note, .mention-note').remove();
    mainText.set(path, collapseWhitespace(main.text()));
  }
});

describe('splitting content/source/article.txt', () => {
  it('reads the original headline from line 1', () => {
    expect(article.headline).toBe(
      'Ukraine Security Guarantees: Putin’s Shocking Concession! Robust Security Guarantees for Ukraine Revealed!',
    );
  });

  it('finds the opening and the five subheads, in order', () => {
    expect(opening?.subhead).toBeUndefined();
    expect(sections.map((block) => block.subhead)).toEqual([
      'Security Guarantees: A NATO-Like Commitment',
      'Coalition of the Willing: A United Front',
      'Territorial Tensions: Donetsk in Focus',
      'A Strained Relationship and New Dynamics',
      'Looking Ahead: A Critical Juncture',
    ]);
  });

  it('counts 30 sentences: 3 in the opening, then 7, 6, 6, 6 and 2', () => {
    expect(article.blocks.map((block) => block.sentences.length)).toEqual([3, 7, 6, 6, 6, 2]);
  });

  it('does not end a sentence at "U.S." before a capital, nor at "Sir"', () => {
    const all = article.blocks.flatMap((block) => block.sentences);
    expect(all).toContain(
      'Steve Witkoff, a special envoy appointed by U.S. President Donald Trump, told CNN that an agreement was reached at the Alaska summit, allowing the U.S. and European nations to offer Ukraine security assurances resembling NATO’s Article 5.',
    );
    expect(all.find((s) => s.includes('Sir Keir Starmer'))).toMatch(/^This coalition, .* Monday’s talks\.$/);
    expect(all.some((s) => /^(President|Keir)\b/.test(s))).toBe(false);
  });

  it('ends a sentence after a closing quote', () => {
    expect(splitSentences('He called it “fantastic.” Meanwhile, talks went on.')).toEqual([
      'He called it “fantastic.”',
      'Meanwhile, talks went on.',
    ]);
    expect(splitSentences('The offer was “historic,” he said.')).toEqual(['The offer was “historic,” he said.']);
  });

  it('treats a line without a closing stop as a subhead and skips blank lines', () => {
    const parsed = parseArticle('Headline!\nFirst. Second.\n\nA Subhead: Here\nThird “quoted.”\n');
    expect(parsed.blocks.map((b) => [b.subhead, b.sentences])).toEqual([
      [undefined, ['First.', 'Second.']],
      ['A Subhead: Here', ['Third “quoted.”']],
    ]);
  });
});

describe('the article text on the site', () => {
  it('has every body sentence verbatim on exactly one of home and the five section pages', () => {
    let checked = 0;
    for (const block of article.blocks) {
      for (const sentence of block.sentences) {
        const onPages = SPLIT_PAGES.filter((path) => textOf(path).includes(sentence));
        expect(onPages, sentence).toHaveLength(1);
        expect(count(textOf(onPages[0] ?? '/'), sentence), sentence).toBe(1);
        checked += 1;
      }
    }
    expect(checked).toBe(30);
  });

  it('puts the opening paragraphs on the home page, in order', () => {
    expect(opening?.sentences.length).toBeGreaterThan(0);
    expect(firstOutOfOrder(textOf('/'), opening?.sentences ?? [])).toBeUndefined();
  });

  it('puts each section’s paragraphs on its own page, in the article’s order', () => {
    expect(sections).toHaveLength(SECTION_SLUGS.length);
    SECTION_SLUGS.forEach((slug, index) => {
      const sentences = sections[index]?.sentences ?? [];
      expect(sentences.length, slug).toBeGreaterThan(0);
      expect(firstOutOfOrder(textOf(`/${slug}/`), sentences), `/${slug}/`).toBeUndefined();
    });
  });

  it('has the whole article on /read/, every sentence once and in order', () => {
    const all = article.blocks.flatMap((block) => block.sentences);
    const text = textOf('/read/');
    expect(firstOutOfOrder(text, all)).toBeUndefined();
    for (const sentence of all) expect(count(text, sentence), sentence).toBe(1);
  });

  it('gives /read/ the subheads in order, each before its own paragraphs', () => {
    const text = textOf('/read/');
    const sequence = sections.flatMap((block) => [block.subhead ?? '', ...block.sentences]);
    expect(firstOutOfOrder(text, sequence)).toBeUndefined();
  });

  it('titles each section page with the article’s subhead', () => {
    SECTION_SLUGS.forEach((slug, index) => {
      const $ = pageDom.get(`/${slug}/`);
      expect($, slug).toBeDefined();
      expect(collapseWhitespace($?.('h1').text() ?? ''), slug).toBe(sections[index]?.subhead);
    });
  });

  it('names the original headline in the source note on every page, as a title and not a quotation (in translation on the Ukrainian pages)', () => {
    for (const [path, $] of pageDom) {
      const t = dictionaryFor(kindOfPath(path)?.locale ?? localeOfPath(path));
      const headline = t === dictionaryFor('uk') ? UK_OPENING.originalHeadline : article.headline;
      // The words around the headline, as the edition's message puts them.
      const [before = '', , after = ''] = t.parts('footer.source', { provenance: '' }, ['headline', 'date']);
      const around = `${String(before).trim()} ${headline}${String(after).split(' ')[0]}`;
      const note = $('footer p')
        .filter((_, p) => collapseWhitespace($(p).text()).includes(String(before).trim()))
        .first();
      expect(collapseWhitespace(note.text()), path).toContain(around);
      expect(note.find('cite').text(), path).toBe(headline);
    }
  });
});
