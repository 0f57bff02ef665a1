/**
 * The registry of page kinds: what each kind of page of the site is, declared once.
 * A kind is one template with many possible pages (every section is a "section" page).
 * The navigation and footer, the per-kind CSS and its hashes, the budgets, the sitemap,
 * the offline worker's plan, the _headers rules, the browser tests' choice of pages and the
 * content's link check (each page kind's anchors) read this list, so a new kind is one entry
 * here, one page builder, one template and its words.
 * Plain erasable TypeScript: the CLIs and bench scripts run this file on Node as is.
 */
import { LOCALES, isLocale, DEFAULT_LOCALE } from './i18n/locales.ts';
import {
  ANCHORS,
  EMBED_ROUTES,
  NOT_FOUND_ROUTE,
  OPENING_ID,
  PAGE_ROUTES,
  claimAnchor,
  claimPageSegment,
  eventAnchor,
  paragraphAnchor,
  rootPath,
  sourceAnchor,
  speakerAnchor,
  updateAnchor,
  yearAnchor,
} from './routes.ts';

/** Every kind of page the build writes. */
export const PAGE_KIND_IDS = [
  'home',
  'section',
  'read',
  'timeline',
  'glossary',
  'claims',
  'claim',
  'changes',
  'notFound',
  'embedTimeline',
  'embedSectionTimeline',
  'embedMap',
  'embedClaim',
] as const;
export type PageKindId = (typeof PAGE_KIND_IDS)[number];

/** Which first-render budget a kind is held to (tests/support/budgets.ts gives the bytes). */
export type BudgetClass =
  /** A page a reader lands on: at least 1 KiB under the first-render budget. */
  | 'page'
  /** A page that holds the whole story (the front page's list of parts, /read/): grows with the story, so it is held to the budget itself. */
  | 'wholeStory'
  /** An embeddable view: minimal chrome, no site script. */
  | 'embed';

/** How the browser tests choose a kind's pages: all of them, or the largest of each edition (one template, other words). */
export type BrowserSample = 'all' | 'largest';

/** What every kind declares. */
interface KindFields {
  id: PageKindId;
  /**
   * The route below an edition's segment, with ":name" for a path segment a content entry
   * gives ("" is the edition's home, ":section/" a section, "claims/:claim/" a claim page).
   * Pages end in "/" except files ("404.html").
   */
  route: string;
  /** Whether translated editions have this kind too, or only the original. */
  editions: 'every' | 'original';
  /** Place in the site header's navigation (1 first), or undefined when the header does not link it. */
  nav?: number;
  /** Place in the footer's list of links (the kinds the header does not link: the footer does not repeat the navigation), or undefined. */
  footer?: number;
  /** Whether the kind has its own social card per page, shares the home page's, or has none (embeds). */
  card: 'own' | 'home' | 'none';
  budget: BudgetClass;
  /** Listed in the sitemap and indexable (when its words are reviewed). */
  indexable: boolean;
  browserSample: BrowserSample;
  /** The file of content/pages/ that holds the page's title, heading and description, for the kinds whose words are not a content entry's own. */
  words?: string;
}

/** What the kinds' anchors are worked out from: what the story holds, as ids and counts. */
export interface AnchorFacts {
  /** Sections in order: slug, headings, speakers, claims, paragraphs, and whether it has open questions and events. */
  sections: readonly {
    id: string;
    headings: readonly string[];
    /** Ids of the people and sources whose claims the section holds (its Sources list). */
    sources: readonly string[];
    claims: readonly string[];
    paragraphCount: number;
    hasOpenQuestions: boolean;
    hasEvents: boolean;
  }[];
  /** The opening's claims and number of paragraphs (on the home page and /read/). */
  opening: { claims: readonly string[]; paragraphCount: number };
  /** Every claim's speaker, for the claims page. */
  speakers: readonly string[];
  /** Timeline events by id, with their ISO dates. */
  events: readonly { id: string; date: string }[];
  /** Ids of the people and terms in the glossary. */
  people: readonly string[];
  terms: readonly string[];
  /** ISO dates of the entries of the updates log, each an entry on the changes page. */
  updates: readonly string[];
}

/** The pages of one kind that a link in the content may lead to: each page's segment with the anchor ids its template renders (besides those every page has). */
export type KindAnchors = (facts: AnchorFacts) => readonly (readonly [segment: string, anchors: readonly string[]])[];

/** A kind of the site's own pages: it declares the anchors its template renders, which the links in the content are checked against. */
export interface SitePageKind extends KindFields {
  /** Other sites may not frame it. */
  framable: false;
  anchors: KindAnchors;
}

/** An embeddable view (all under /embed/): other sites may frame it, and no link in the content leads to it. */
export interface EmbedKind extends KindFields {
  framable: true;
}

export type PageKind = SitePageKind | EmbedKind;

/** A body's anchors: its claims' and each paragraph's. */
function bodyAnchors(id: string, body: { claims: readonly string[]; paragraphCount: number }): string[] {
  return [...body.claims.map(claimAnchor), ...Array.from({ length: body.paragraphCount }, (_, i) => paragraphAnchor(id, i + 1))];
}

/** A timeline grouped by year: each year's heading once, then every event. */
function timelineAnchors(facts: AnchorFacts): string[] {
  return [...new Set(facts.events.map((event) => yearAnchor(event.date.slice(0, 4))))].concat(facts.events.map((event) => eventAnchor(event.id)));
}

/** Every claim of the story, the opening's first. */
function allClaims(facts: AnchorFacts): string[] {
  return [...facts.opening.claims, ...facts.sections.flatMap((section) => section.claims)];
}

/** A Sources list of some speakers, when there are any. */
function sourcesAnchors(speakers: readonly string[]): string[] {
  return speakers.length > 0 ? [ANCHORS.sources, ...speakers.map(sourceAnchor)] : [];
}

/**
 * The kinds, in the order a path is matched against them: fixed routes before patterns,
 * so "read/" is the whole story, never a section called "read" (src/routes.ts reserves the slugs).
 */
export const PAGE_KINDS = [
  {
    id: 'home', route: PAGE_ROUTES.home, editions: 'every', nav: 1, card: 'own', budget: 'wholeStory', framable: false, indexable: true, browserSample: 'all',
    anchors: (facts) => [[PAGE_ROUTES.home, [...bodyAnchors(OPENING_ID, facts.opening), ANCHORS.storySections, ANCHORS.where, ANCHORS.timeline, ...timelineAnchors(facts)]]],
  },
  {
    id: 'read', route: `${PAGE_ROUTES.read}/`, editions: 'every', nav: 2, card: 'own', budget: 'wholeStory', framable: false, indexable: true, browserSample: 'all', words: PAGE_ROUTES.read,
    anchors: (facts) => [[
      PAGE_ROUTES.read,
      [
        // The legend only: the speakers are listed on the claims page (src/model/pages/body-views.ts, sourcesLegend).
        ...(allClaims(facts).length > 0 ? [ANCHORS.sources] : []),
        ...bodyAnchors(OPENING_ID, facts.opening),
        ...facts.sections.flatMap((section) => [section.id, ...section.headings, ...bodyAnchors(section.id, section)]),
      ],
    ]],
  },
  {
    id: 'timeline', route: `${PAGE_ROUTES.timeline}/`, editions: 'every', nav: 3, card: 'own', budget: 'page', framable: false, indexable: true, browserSample: 'all', words: PAGE_ROUTES.timeline,
    anchors: (facts) => [[PAGE_ROUTES.timeline, timelineAnchors(facts)]],
  },
  {
    id: 'glossary', route: `${PAGE_ROUTES.glossary}/`, editions: 'every', nav: 4, card: 'own', budget: 'page', framable: false, indexable: true, browserSample: 'all', words: PAGE_ROUTES.glossary,
    anchors: (facts) => [[PAGE_ROUTES.glossary, [ANCHORS.people, ANCHORS.terms, ...facts.people, ...facts.terms]]],
  },
  {
    id: 'claims', route: `${PAGE_ROUTES.claims}/`, editions: 'every', nav: 5, card: 'own', budget: 'page', framable: false, indexable: true, browserSample: 'all', words: PAGE_ROUTES.claims,
    anchors: (facts) => [[PAGE_ROUTES.claims, [...facts.speakers.map(speakerAnchor), ...allClaims(facts).map(claimAnchor)]]],
  },
  {
    id: 'changes', route: `${PAGE_ROUTES.changes}/`, editions: 'every', footer: 1, card: 'own', budget: 'page', framable: false, indexable: true, browserSample: 'all', words: PAGE_ROUTES.changes,
    anchors: (facts) => [[PAGE_ROUTES.changes, facts.updates.map(updateAnchor)]],
  },
  {
    id: 'notFound', route: `${NOT_FOUND_ROUTE}.html`, editions: 'every', card: 'home', budget: 'page', framable: false, indexable: false, browserSample: 'all', words: NOT_FOUND_ROUTE,
    // No link in the content may lead to the page that says a link led nowhere.
    anchors: () => [],
  },
  {
    id: 'claim', route: `${PAGE_ROUTES.claims}/:claim/`, editions: 'every', card: 'own', budget: 'page', framable: false, indexable: true, browserSample: 'largest',
    anchors: (facts) => allClaims(facts).map((id) => [claimPageSegment(id), []]),
  },
  {
    id: 'section', route: ':section/', editions: 'every', card: 'own', budget: 'page', framable: false, indexable: true, browserSample: 'largest',
    anchors: (facts) =>
      facts.sections.map((section) => [
        section.id,
        [
          ANCHORS.inShort,
          ...(section.hasEvents ? [ANCHORS.sectionTimeline] : []),
          ...sourcesAnchors(section.sources),
          ...(section.hasOpenQuestions ? [ANCHORS.openQuestions] : []),
          ...section.headings,
          ...bodyAnchors(section.id, section),
        ],
      ]),
  },
  { id: 'embedTimeline', route: `${EMBED_ROUTES.timeline}/`, editions: 'every', card: 'none', budget: 'embed', framable: true, indexable: false, browserSample: 'all' },
  { id: 'embedMap', route: `${EMBED_ROUTES.map}/`, editions: 'every', card: 'none', budget: 'embed', framable: true, indexable: false, browserSample: 'all' },
  { id: 'embedSectionTimeline', route: `${EMBED_ROUTES.timeline}/:section/`, editions: 'every', card: 'none', budget: 'embed', framable: true, indexable: false, browserSample: 'largest' },
  { id: 'embedClaim', route: `${EMBED_ROUTES.claims}/:claim/`, editions: 'every', card: 'none', budget: 'embed', framable: true, indexable: false, browserSample: 'largest' },
] as const satisfies readonly PageKind[];

/** The kinds, as their declared type: PAGE_KINDS keeps its literal types for PageTextFile. */
const KINDS: readonly PageKind[] = PAGE_KINDS;

/** The names of content/pages/ files: one per kind that takes its words from there. */
export const PAGE_TEXT_FILES = KINDS.flatMap((kind) => (kind.words === undefined ? [] : [kind.words])) as PageTextFile[];
/** One of PAGE_TEXT_FILES. */
export type PageTextFile = Extract<(typeof PAGE_KINDS)[number], { words: string }>['words'];

/** The kind of one id. */
export function pageKind(id: PageKindId): PageKind {
  const kind = KINDS.find((entry) => entry.id === id);
  if (!kind) throw new Error(`No page kind "${id}" in src/page-kinds.ts.`);
  return kind;
}

/** The route's segments as matchers: a literal, or any one segment for ":name". */
function routeMatches(route: string, path: string): boolean {
  const want = route.split('/');
  const have = path.split('/');
  return want.length === have.length && want.every((segment, i) => (segment.startsWith(':') ? (have[i] ?? '') !== '' : segment === have[i]));
}

/** True for a route inside the embeds' folder, the one place other sites may frame. */
function isEmbedRoute(route: string): boolean {
  return route.split('/')[0] === EMBED_ROUTES.root;
}

/** The edition a path belongs to and the path as that edition's routes read it ("uk/territory/" is "territory/" in Ukrainian). */
function editionOfPath(path: string): { locale: (typeof LOCALES)[number]; below: string; isEmbed: boolean } {
  const [first, ...rest] = path.split('/');
  const isEmbed = first === EMBED_ROUTES.root;
  // A translation's embeddable views sit inside the embeds' folder: "embed/uk/map/" is the Ukrainian "embed/map/".
  const [segment, ...after] = isEmbed ? rest : [first, ...rest];
  if (isLocale(segment) && segment !== DEFAULT_LOCALE && after.length > 0) {
    return { locale: segment, below: (isEmbed ? [first, ...after] : after).join('/'), isEmbed };
  }
  return { locale: DEFAULT_LOCALE, below: path, isEmbed };
}

/**
 * The kind and edition of a built page, from its path below the base ("uk/territory/",
 * "claims/witkoff-article-5/", "404.html", "embed/map/", "embed/uk/map/"), or undefined for what
 * is not a page. A translation's embeddable views are below "embed/<edition>/", and nowhere else:
 * "uk/embed/map/" is no page.
 */
export function kindOfPath(pathBelowBase: string): { kind: PageKind; locale: (typeof LOCALES)[number] } | undefined {
  const path = pathBelowBase.replace(/^\/+/, '').replace(/index\.html$/, '');
  const { locale, below, isEmbed } = editionOfPath(path);
  const kind = KINDS.find(
    (entry) => (locale === DEFAULT_LOCALE || entry.editions === 'every') && isEmbedRoute(entry.route) === isEmbed && routeMatches(entry.route, below),
  );
  return kind ? { kind, locale } : undefined;
}

/**
 * A route in an edition, below the base: a page's below the edition's segment ("uk/territory/"),
 * an embeddable view's below it inside the embeds' folder ("embed/uk/map/"), as kindOfPath reads them.
 */
export function routeInEdition(route: string, locale: (typeof LOCALES)[number]): string {
  if (locale === DEFAULT_LOCALE) return route;
  if (isEmbedRoute(route)) return `${EMBED_ROUTES.root}/${locale}${route.slice(EMBED_ROUTES.root.length)}`;
  return `${locale}/${route}`;
}

/** The kinds the header's navigation links, in order. */
export function navKinds(): PageKind[] {
  return KINDS.filter((kind) => kind.nav !== undefined).sort((a, b) => (a.nav ?? 0) - (b.nav ?? 0));
}

/** The kinds the footer links, in order. */
export function footerKinds(): PageKind[] {
  return KINDS.filter((kind) => kind.footer !== undefined).sort((a, b) => (a.footer ?? 0) - (b.footer ?? 0));
}

/**
 * Every page path of the original edition ("/", "/territory/") with the anchor ids its template
 * renders, from each kind's declaration: what a link written in the content may point at.
 */
export function listPageAnchors(facts: AnchorFacts): Map<string, Set<string>> {
  const always = [ANCHORS.main, ANCHORS.updatesLog];
  return new Map(
    KINDS.flatMap((kind) => (kind.framable ? [] : kind.anchors(facts))).map(([segment, anchors]) => [rootPath(segment), new Set([...always, ...anchors])] as const),
  );
}
