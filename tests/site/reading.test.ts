// How the built pages read: citations a reader parses at a glance (each speaker once, paragraphs
// in words, every link named on its own), claim marks after their stop, and the page script
// loaded by the inline loader after the first paint rather than by a parser-found <script src>.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllHeaders } from '@netlify/headers-parser';
import type { CheerioAPI } from 'cheerio';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { dictionaryFor } from '../../src/i18n/dictionary';
import { hashSource, parseCsp } from '../../src/lib/csp';
import { splitClosingPunctuation } from '../../src/lib/mdx-facts';
import { brotliBytes, measurePage } from '../bench/page-weight.mjs';
import { CLAIMS, CONTENT, speakerOf } from '../support/content';
import { DIST, editionOfFile, isEmbedFile, listHtmlFiles, loadPage, pathOfHtmlFile, requireDist } from '../support/dist';
import { detectBase } from '../support/host';

const dist = requireDist(DIST);
const BASE = detectBase(dist);
const PAGES = listHtmlFiles(dist).map((file) => ({ file, $: loadPage(file, dist), locale: editionOfFile(file) }));
const SPEAKERS = [...new Set(CLAIMS.map((claim) => claim.speaker))];

/** Every way a speaker is named in an edition: full name and short label, English and translated. */
function speakerNames(id: string): string[] {
  const english = speakerOf(id);
  const names = [english.name, english.label];
  for (const folder of ['people', 'sources']) {
    const file = join(CONTENT, 'uk', folder, `${id}.yaml`);
    if (!existsSync(file)) continue;
    const data = parse(readFileSync(file, 'utf8')) as { name?: string; label?: string; who?: string };
    for (const name of [data.name, data.name?.split(' ').at(-1), data.label, data.who]) if (name) names.push(name);
  }
  return [...new Set(names)];
}

/** The words a reader sees: screen-reader-only text left out, whitespace collapsed. */
function visibleText($: CheerioAPI, element: Parameters<CheerioAPI>[0]): string {
  const copy = $(element).clone();
  copy.find('.sr-only').remove();
  return copy.text().replace(/\s+/g, ' ').trim();
}

function occurrences(text: string, word: string): number {
  return text.split(new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u')).length - 1;
}

const CITATIONS = PAGES.flatMap(({ file, $, locale }) => $('.cites').map((_, cites) => ({ file, $, locale, cites })).get());

describe('citations', () => {
  it('are on the pages, in both editions', () => {
    expect(new Set(CITATIONS.map((citation) => citation.locale))).toEqual(new Set(PAGES.map((page) => page.locale)));
  });

  it('name each speaker at most once, show no pilcrow, and name paragraphs in words', () => {
    const problems: string[] = [];
    for (const { file, $, locale, cites } of CITATIONS) {
      const text = visibleText($, cites);
      if (text.includes('¶')) problems.push(`${file}: a pilcrow in "${text}"`);
      for (const id of SPEAKERS) {
        // A label inside its own full name ("Witkoff" in "Steve Witkoff") is one naming, not two.
        const names = speakerNames(id);
        const count = Math.max(...names.map((name) => occurrences(text, name) - names.filter((other) => other !== name && other.includes(name)).reduce((sum, other) => sum + occurrences(text, other), 0)));
        if (count > 1) problems.push(`${file}: ${id} named ${count} times in "${text}"`);
      }
      const paragraphWords = dictionaryFor(locale).cite.paragraph.replace('{n}', '');
      $(cites)
        .find('a[href*="-p"]')
        .each((_, link) => {
          if (!/#[a-z0-9-]+-p\d+$/.test($(link).attr('href') ?? '')) return;
          if (!$(link).text().includes(paragraphWords.trim())) problems.push(`${file}: paragraph link "${$(link).text()}" does not say "${paragraphWords.trim()}"`);
        });
    }
    expect(problems).toEqual([]);
  });

  it('give every link a name that says what it is out of context: who says the claim, which section the paragraph is in', () => {
    const problems: string[] = [];
    for (const { file, $, cites } of CITATIONS) {
      $(cites)
        .find('a')
        .each((_, link) => {
          const words = $(link).text().trim();
          const name = $(link).attr('aria-label') ?? words;
          // WCAG 2.5.3: the visible words are part of the name.
          if (!name.includes(words)) problems.push(`${file}: "${words}" is not in its name "${name}"`);
          const claimId = /#claim-([a-z0-9-]+)$/.exec($(link).attr('href') ?? '')?.[1];
          const claim = CLAIMS.find((candidate) => candidate.id === claimId);
          if (claim && !speakerNames(claim.speaker).some((speaker) => name.includes(speaker))) problems.push(`${file}: "${name}" does not say who says ${claim.id}`);
          // A paragraph of this page is named by its number; one of another page also by its section.
          const elsewhere = ($(link).attr('href') ?? '').split('#')[0] !== `${BASE}${pathOfHtmlFile(file).slice(1)}`;
          if (!claim && elsewhere && name === words) problems.push(`${file}: "${words}" does not say which section it is in`);
        });
    }
    expect(problems).toEqual([]);
  });
});

describe('margin notes', () => {
  it('never stand between a word and the punctuation after it', () => {
    const problems: string[] = [];
    for (const { file, $ } of PAGES) {
      $('main .mention-note, main .claim-note').each((_, note) => {
        const after = note.next;
        const [stop] = splitClosingPunctuation(after?.type === 'text' ? after.data : '');
        if (stop || (after?.type === 'text' && /^’s/.test(after.data))) problems.push(`${file}: “${$(note).text().slice(0, 30)}…” is followed by “${stop || '’s'}”`);
      });
    }
    expect(problems).toEqual([]);
  });
});

describe('claim marks', () => {
  const withClaims = PAGES.filter(({ $ }) => $('main .claim[id]').length > 0);

  it('stand after their stop, each holding its margin note in its link', () => {
    expect(withClaims.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const { file, $ } of withClaims) {
      $('main .claim[id]').each((_, claim) => {
        const mark = $(claim).nextAll('.claim-mark').first();
        if (mark.find('> a > .claim-note').length !== 1) problems.push(`${file}: #${$(claim).attr('id')} has no margin note in its mark's link`);
        const after = mark[0]?.next;
        const text = after?.type === 'text' ? after.data : '';
        const [stop] = splitClosingPunctuation(text);
        if (stop) problems.push(`${file}: #${$(claim).attr('id')} is followed by "${stop}" after its mark`);
      });
    }
    expect(problems).toEqual([]);
  });
});

describe('the page script', () => {
  const pages = PAGES.filter(({ file }) => !isEmbedFile(file));
  const headers = parseAllHeaders({ headersFiles: [join(dist, '_headers')], configHeaders: [], minimal: true });

  it('is imported by an inline loader whose hash each page’s policy and the host’s carry, not by a parser-found script', async () => {
    const rules = (await headers).headers;
    for (const { file, $ } of pages) {
      expect($('script[src]').length, `${file} has a parser-found script`).toBe(0);
      const loaders = $('script:not([src]):not([type])')
        .map((_, script) => $(script).html() ?? '')
        .get()
        .filter((text) => /\bimport\(/.test(text));
      expect(loaders.length, file).toBe(1);
      const loader = loaders[0] ?? '';
      const target = /import\("([^"]+)"\)/.exec(loader)?.[1] ?? '';
      expect(target.startsWith(`${BASE}_astro/`), `${file} imports ${target}`).toBe(true);
      expect(existsSync(join(dist, target.slice(BASE.length))), target).toBe(true);
      expect(parseCsp($('meta[http-equiv="content-security-policy"]').attr('content') ?? '').get('script-src'), file).toContain(hashSource(loader));
      const path = `${BASE}${pathOfHtmlFile(file).slice(1)}`;
      const policies = rules.filter((rule) => rule.for === path || rule.for === '/*').map((rule) => rule.values['Content-Security-Policy'] ?? '');
      expect(policies.some((policy) => parseCsp(policy).get('script-src')?.includes(hashSource(loader))), `${path}: the host’s policy lacks the loader`).toBe(true);
    }
  });

  // tests/site/budgets.test.ts holds every page to the script budget through the same measure.
  it('is measured, loader and module together, by the page-weight measure the budgets use', () => {
    const home = pages.find((page) => pathOfHtmlFile(page.file) === '/');
    if (!home) throw new Error('no home page in the build');
    const inline = home.$('script:not([src]):not([type])').map((_, script) => home.$(script).html() ?? '').get();
    const target = inline.map((text) => /import\("([^"]+)"\)/.exec(text)?.[1]).find(Boolean) ?? '';
    const expected = inline.reduce((sum, text) => sum + brotliBytes(text), 0) + brotliBytes(readFileSync(join(dist, target.slice(BASE.length))));
    expect(measurePage(dist, home.file, BASE).scriptBytes).toBe(expected);
  });
});
