import { render, type CollectionEntry } from 'astro:content';
import { formatContentProblems, type ContentProblem } from '../../lib/content-checks';
import { readMdxFacts, type MdxFacts } from '../../lib/mdx-facts';
import { readingMinutes } from '../../lib/reading-time';
import { sortSections } from '../../lib/sections';
import type { PageText } from '../../schemas/page-text';
import { DEFAULT_LOCALE, LANGUAGE_TAGS, type Locale } from '../../i18n/locales';
import { getTranslatedEntries, loadEnglishEntries, type StoryEntries, type TranslatedEntries } from '../translation';
import { FIXED_PAGES, type FixedPage, type RenderedContent, type StorySection } from './types';

// Reading an edition's content: its entries (a translation's words laid over the English), its
// bodies rendered, its sections in order. Only what stops the reading itself is checked here: a
// missing single file, an empty log; what the words say is for checks.ts.

/** An edition's content as read: the entries, the rendered opening and the sections in story order. */
export interface LoadedEdition {
  /** A translated edition's files and their states; undefined for the original. */
  translated: TranslatedEntries | undefined;
  /** The edition's entries, by collection. */
  entries: StoryEntries;
  opening: CollectionEntry<'opening'>;
  map: CollectionEntry<'map'>;
  OpeningContent: RenderedContent;
  openingFacts: MdxFacts;
  openingShowsMap: boolean;
  sections: StorySection[];
}

/** The file an entry was read from, or where it would be. */
export function fileOf(entry: { id: string; filePath?: string | undefined }, folder: string): string {
  return entry.filePath ?? `content/${folder}${entry.id}`;
}

/** Whether an MDX body places the locator map (<LocatorMap>, which shows content/map.yaml's words). */
function placesMap(body: string | undefined): boolean {
  return /<LocatorMap\b/.test(body ?? '');
}

/** The one entry of a single-file collection; a missing file stops the build as a content problem (no stack trace). */
function requireOne<T extends { id: string }>(entries: T[], file: string, holds: string): T {
  const [entry] = entries;
  if (!entry) throw new Error(formatContentProblems([{ file, field: '(the file)', problem: 'the file is missing', fix: `add it: it holds ${holds}` }]));
  return entry;
}

/** Each fixed page's words by page, and the files of content/pages/ that are no fixed page or missing. */
export function readPageText(entries: CollectionEntry<'pages'>[]): { text: Partial<Record<FixedPage, PageText>>; problems: ContentProblem[] } {
  const text: Partial<Record<FixedPage, PageText>> = {};
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    if ((FIXED_PAGES as readonly string[]).includes(entry.id)) text[entry.id as FixedPage] = entry.data;
    else {
      problems.push({
        file: fileOf(entry, 'pages/'),
        field: 'file name',
        problem: `"${entry.id}" is not a fixed page of the site`,
        fix: `name the file after one of: ${FIXED_PAGES.join(', ')}`,
      });
    }
  }
  for (const page of FIXED_PAGES) {
    if (!text[page]) {
      problems.push({
        file: `content/pages/${page}.yaml`,
        field: 'file',
        problem: `the ${page} page has no words`,
        fix: 'add the file with a title and a description',
      });
    }
  }
  return { text, problems };
}

/** Reads an edition's entries and renders its bodies. */
export async function loadEdition(locale: Locale): Promise<LoadedEdition> {
  const english = await loadEnglishEntries();
  const translated = locale === DEFAULT_LOCALE ? undefined : await getTranslatedEntries(locale);
  const entries = translated?.entries ?? english;
  const opening = requireOne(entries.opening, 'content/opening.mdx', 'the headline, standfirst and the paragraphs before the first subhead');
  const map = requireOne(entries.map, 'content/map.yaml', 'the locator map’s places and notes');
  if (entries.updates.length === 0) {
    throw new Error(
      formatContentProblems([{ file: 'content/updates/', field: '(the folder)', problem: 'the folder has no entry', fix: 'add an entry for the first publication (date and note)' }]),
    );
  }
  const renderedOpening = await render(translated?.bodies.opening ?? opening);
  const openingFacts = readMdxFacts(renderedOpening.remarkPluginFrontmatter, fileOf(opening, ''));

  const ordered = sortSections(entries.sections.map((entry) => ({ id: entry.id, order: entry.data.order, entry })));
  const sections: StorySection[] = await Promise.all(
    ordered.map(async ({ entry }, index) => {
      const rendered = await render(translated?.bodies.sections.get(entry.id) ?? entry);
      const facts = readMdxFacts(rendered.remarkPluginFrontmatter, fileOf(entry, 'sections/'));
      return {
        id: entry.id,
        position: index + 1,
        data: entry.data,
        Content: rendered.Content,
        headings: rendered.headings.map((heading) => heading.slug),
        facts,
        readingMinutes: readingMinutes(facts.wordCount),
        lang: translated?.files.find((file) => file.key === `sections/${entry.id}`)?.state === 'missing' ? LANGUAGE_TAGS[DEFAULT_LOCALE].lang : undefined,
        showsMap: placesMap((translated?.bodies.sections.get(entry.id) ?? entry).body),
      };
    }),
  );
  return {
    translated,
    entries,
    opening,
    map,
    OpeningContent: renderedOpening.Content,
    openingFacts,
    openingShowsMap: placesMap((translated?.bodies.opening ?? opening).body),
    sections,
  };
}
