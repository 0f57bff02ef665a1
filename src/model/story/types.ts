import type { render, CollectionEntry } from 'astro:content';
import type { ContentProblem } from '../../lib/content-checks';
import type { MdxFacts } from '../../lib/mdx-facts';
import type { TimelineEntry } from '../../lib/timeline';
import { PAGE_TEXT_FILES, type PageTextFile } from '../../page-kinds';
import type { PageText } from '../../schemas/page-text';
import type { Dictionary } from '../../i18n/dictionary';
import type { Locale } from '../../i18n/locales';
import type { EditionUrls } from '../../urls';
import type { TranslatedFile } from '../translation';

/** The rendered body of an MDX entry: what a page puts in its article. */
export type RenderedContent = Awaited<ReturnType<typeof render>>['Content'];

/** A section ready for pages, in story order. */
export interface StorySection {
  /** URL slug and anchor id, from the file name. */
  id: string;
  /** 1 for the first section in story order, whatever the `order` values are. */
  position: number;
  /** Validated frontmatter. */
  data: CollectionEntry<'sections'>['data'];
  /** The rendered body. */
  Content: RenderedContent;
  /** Slugs of the headings in the body. */
  headings: string[];
  /** Links, mentions, claims and word count from the body's syntax tree. */
  facts: MdxFacts;
  /** Minutes an unhurried reader needs for the section's text. */
  readingMinutes: number;
  /** The language of its words when they are not the edition's (a section not yet translated shows the English): a BCP 47 tag; else undefined. */
  lang: string | undefined;
  /** True when its body places the locator map, whose words (content/map.yaml) it then shows. */
  showsMap: boolean;
}

/** The pages whose words are a file of content/pages/, from the registry of page kinds. */
export const FIXED_PAGES: readonly PageTextFile[] = PAGE_TEXT_FILES;
/** One of FIXED_PAGES. */
export type FixedPage = PageTextFile;

/** Who says a claim: a person of the who's-who or a source (an office, an outlet, unnamed reports). */
export interface Speaker {
  id: string;
  /** Full name ("Steve Witkoff") or who the source is ("The White House"). */
  name: string;
  /** Short label for the mark after the words ("Witkoff", "CBS"). */
  label: string;
  /** The words that carry the attribution in a summary. */
  attributedAs: string[];
  /** "person" links to the glossary; "source" says how the article attributes it. */
  kind: 'person' | 'source';
}

/** A claim with its id, its speaker looked up and where it stands. */
export interface StoryClaim {
  id: string;
  data: CollectionEntry<'claims'>['data'];
  speaker: Speaker;
}

/** The whole story of one edition, checked: every page model builds from this. */
export interface Story {
  /** The edition: "en", the original, or a translation of it. */
  locale: Locale;
  /** The edition's interface words. */
  t: Dictionary;
  /** URLs of the edition's pages and files. */
  url: EditionUrls;
  /** For a translated edition, the English story it translates (the updates log quotes its words). */
  original: Story | undefined;
  /** Where each translated edition's files stand, for every page's language switch and hreflang links. */
  editions: ReadonlyMap<Locale, readonly TranslatedFile[]>;
  /** For a translated edition: where each of its files stands against the English, and structure warnings for those behind. */
  translation: { files: TranslatedFile[]; warnings: ContentProblem[] } | undefined;
  /** Headline, standfirst and original headline, from content/opening.mdx. */
  opening: CollectionEntry<'opening'>['data'];
  /** The paragraphs before the first subhead. */
  OpeningContent: RenderedContent;
  /** Each fixed page's title and description. */
  pageText: Record<FixedPage, PageText>;
  /** The locator map's words and places. */
  map: CollectionEntry<'map'>['data'];
  sections: StorySection[];
  events: TimelineEntry[];
  /** People and terms, each sorted by name. */
  people: CollectionEntry<'people'>[];
  terms: CollectionEntry<'terms'>[];
  sources: CollectionEntry<'sources'>[];
  /** Every claim, in the order it stands in the story (opening, then sections). */
  claims: StoryClaim[];
  /** Every speaker of a claim, by id. */
  speakers: Map<string, Speaker>;
  /** Facts of the opening's body (its paragraphs and claims). */
  openingFacts: MdxFacts;
  /** True when the opening's body places the locator map. */
  openingShowsMap: boolean;
  /** The updates log, oldest first: each entry's kind, note, changes to the text and claims whose status changed. */
  updates: CollectionEntry<'updates'>['data'][];
  /** First publication and latest update, ISO dates, from the updates log (a typo fixed is no update). */
  published: string;
  modified: string;
}
