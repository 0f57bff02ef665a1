import type { AnyNode, Element } from 'domhandler';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { kindOfPath } from '../../src/page-kinds';
import { join } from 'node:path';
import { DIST, ROOT, listHtmlFiles, loadPage } from '../support/dist';
import { PSEUDO_EDITIONS, namesKeptInEnglish } from '../support/pseudo-locale';
import { PSEUDO_LOCALES, pseudoBuild, type PseudoBuild } from '../support/pseudo-build';

// Pseudo-locale editions (tests/support/pseudo-locale.ts): every word of the English accented and
// longer. A plain ASCII word on a pseudo page skipped the dictionaries and the content.

let builds: PseudoBuild[];
beforeAll(async () => {
  builds = await Promise.all(PSEUDO_LOCALES.map(pseudoBuild));
}, 400_000);

/** A word of three or more plain ASCII letters: what no pseudo text holds. */
const PLAIN_WORD = /[A-Za-z]{3,}/g;

/** Month names as the dictionaries' date locale writes them: a date is data, not a word to translate. */
const MONTHS = Array.from({ length: 12 }, (_, month) => new Intl.DateTimeFormat(en.dateLocale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2025, month, 1)));

/** What may stay plain in pseudo text: URLs, e-mail addresses and dates. */
const NOT_WORDS = new RegExp(`https?://\\S+|[\\w.-]+\\.(?:org|com|net|xml|html|svg|png)\\b|\\b\\d{1,2} (?:${MONTHS.join('|')}) \\d{4}\\b`, 'g');

/** Proper names, which every edition keeps as the English has them. */
const NAMES = namesKeptInEnglish(join(ROOT, 'content'));

/** The pages of one edition in a build, as paths below it ("en-XA/territory/index.html"). */
function editionFiles(dist: string, locale: string): string[] {
  return listHtmlFiles(dist).filter((file) => file.startsWith(`${locale}/`));
}

/** The words of a page that are plain ASCII: in text nodes and the attributes read aloud, outside any element another language is marked on. */
function plainWords(dist: string, file: string, lang: string): string[] {
  const $ = loadPage(file, dist);
  const found: string[] = [];
  const check = (text: string, where: string) => {
    for (const word of text.replace(NOT_WORDS, ' ').match(PLAIN_WORD) ?? []) if (!NAMES.has(word)) found.push(`${where}: "${word}" in "${text.trim().slice(0, 80)}"`);
  };
  const walk = (node: AnyNode, inLang: boolean) => {
    if (node.type === 'text') {
      if (inLang) check(node.data, 'text');
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root') return;
    const element = node as Element;
    if (['script', 'style', 'template'].includes(element.name)) return;
    const marked = element.attribs?.['lang'];
    const here = marked === undefined ? inLang : marked === lang;
    if (here) for (const name of ['aria-label', 'alt', 'title', 'placeholder']) if (element.attribs?.[name]) check(element.attribs[name], `${element.name}[${name}]`);
    for (const child of element.children ?? []) walk(child, here);
  };
  walk($.root()[0] as AnyNode, false);
  return found;
}

describe('the pseudo editions', () => {
  it('build every page the Ukrainian edition has, below their own segment, in their language and direction', () => {
    const ukPages = listHtmlFiles(DIST).filter((file) => file.startsWith('uk/')).map((file) => file.slice('uk/'.length));
    expect(ukPages.length).toBeGreaterThan(0);
    for (const build of builds) {
      const pages = editionFiles(build.dist, build.locale).map((file) => file.slice(build.locale.length + 1));
      expect(pages.sort(), build.locale).toEqual(ukPages.sort());
      const $ = loadPage(`${build.locale}/index.html`, build.dist);
      expect($('html').attr('lang')).toBe(PSEUDO_EDITIONS[build.locale].lang);
      expect($('html').attr('dir')).toBe(PSEUDO_EDITIONS[build.locale].dir);
    }
  });

  it('show no word that bypassed the dictionary or the content on any page', () => {
    const bypassed: string[] = [];
    for (const build of builds) {
      const { lang } = PSEUDO_EDITIONS[build.locale];
      for (const file of editionFiles(build.dist, build.locale)) {
        // Every page is a page of a kind (src/page-kinds.ts), read as the English page at the same place.
        expect(kindOfPath(file.slice(build.locale.length + 1)), file).toBeDefined();
        for (const word of plainWords(build.dist, file, lang)) bypassed.push(`${file}: ${word}`);
      }
    }
    expect(bypassed).toEqual([]);
    // The same walk over an English page finds its words: the check can fail.
    expect(plainWords(DIST, 'index.html', 'en').length).toBeGreaterThan(0);
  });
});
