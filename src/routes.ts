/**
 * The route table: the one place a path segment or an anchor id is written.
 * Pages, templates, the content link check, the reserved slugs, the sitemap
 * filter, the offline worker and the _headers rules all read it, so a renamed
 * route or anchor changes everywhere at once or fails the type check.
 */
import { TRANSLATED_LOCALES, localeSegment } from './i18n/locales.ts';

/** Page segments below the base path ("" is home); every section adds its slug beside them. */
export const PAGE_ROUTES = {
  home: '',
  read: 'read',
  timeline: 'timeline',
  glossary: 'glossary',
  claims: 'claims',
  changes: 'changes',
} as const;

/** Segment of the not-found page, written as 404.html: never canonical, indexed or in the sitemap. */
export const NOT_FOUND_ROUTE = '404';

/** Where a body of text lives: "opening" (the home page) or a section's slug. */
export const OPENING_ID = 'opening';

/** Id of the home page's social card, also used by pages without a card of their own (404); section cards take their slug. */
export const HOME_CARD_ID = 'home';

/** Files and folders the build writes besides pages, relative to the base path. */
export const FILE_ROUTES = {
  /** Hashed build assets (scripts, styles Astro does not inline). */
  assets: '_astro',
  /** Social cards, one PNG per card id. */
  socialCards: 'og',
  /** The locator map, one SVG per colour scheme. */
  map: 'map',
  /** The RSS feed. */
  feed: 'rss.xml',
  /** The sitemap index @astrojs/sitemap writes. */
  sitemap: 'sitemap-index.xml',
  /** The offline worker, written after the build. */
  worker: 'sw.js',
  /** The site icon. */
  favicon: 'favicon.svg',
  /** The print stylesheet (src/pages/print.css.ts): linked with media="print" in embeds, added by the page script after the first paint on site pages. */
  printStyles: 'print.css',
  /** Rules for crawlers. */
  robots: 'robots.txt',
  /** The optional script a host page loads so that embedded views size themselves (docs/embedding.md). */
  embedResizer: 'embed/resize.js',
} as const;

/**
 * Embeddable views: pages with minimal chrome that other sites may put in an iframe.
 * They all live under one folder, the only path _headers lets other sites frame.
 */
export const EMBED_ROUTES = {
  /** The folder of every embeddable view and its oEmbed file. */
  root: 'embed',
  /** The whole timeline; a section's slice of it sits one level below (sectionTimelineEmbed). */
  timeline: 'embed/timeline',
  /** The locator map. */
  map: 'embed/map',
  /** The claims, one view each (claimEmbed). */
  claims: 'embed/claims',
} as const;

/** Name of the oEmbed file written beside each embeddable view. */
export const OEMBED_FILE_NAME = 'oembed.json';

/** The translated editions' segments (src/i18n/locales.ts): a section named after one would hide that edition. */
export const PLANNED_ROUTES: readonly string[] = TRANSLATED_LOCALES.map(localeSegment);

/** Every first path segment a section slug may not use. */
export const RESERVED_SLUGS: readonly string[] = [
  ...Object.values(PAGE_ROUTES).filter((segment) => segment !== ''),
  NOT_FOUND_ROUTE,
  HOME_CARD_ID,
  OPENING_ID,
  ...Object.values(FILE_ROUTES).map((file) => file.split('/')[0] ?? file),
  EMBED_ROUTES.root,
  ...PLANNED_ROUTES,
]
  .filter((slug, index, all) => all.indexOf(slug) === index)
  .sort();

/** Anchor ids the templates render, by what they mark. */
export const ANCHORS = {
  /** The main landmark, target of the skip link, on every page. */
  main: 'main',
  /** A section page's "In short" box. */
  inShort: 'in-short',
  /** A section page's own timeline. */
  sectionTimeline: 'section-timeline',
  /** The Sources list (section pages with attributed claims, and /read/). */
  sources: 'sources',
  /** A section page's open questions. */
  openQuestions: 'open-questions',
  /** Home: the list of sections. */
  storySections: 'story-sections',
  /** Home: the locator map. */
  where: 'where',
  /** Home: the timeline. */
  timeline: 'timeline',
  /** Glossary: the people. */
  people: 'people',
  /** Glossary: the terms. */
  terms: 'terms',
  /** Footer: the updates log, on every page. */
  updatesLog: 'updates-log',
} as const;

/** The anchor id of a timeline event: "event-" plus its id. */
export function eventAnchor(eventId: string): string {
  return `event-${eventId}`;
}

/** The anchor id of a year heading in a timeline grouped by year. */
export function yearAnchor(year: number | string): string {
  return `year-${year}`;
}

/** The anchor id of a claim: its words in the text, and its entry on the claims page. */
export function claimAnchor(claimId: string): string {
  return `claim-${claimId}`;
}

/** The anchor id of the n-th paragraph (from 1) of the opening or a section, unique on /read/ too. */
export function paragraphAnchor(bodyId: string, n: number): string {
  return `${bodyId}-p${n}`;
}

/** The page a body of text is read on: the home page for the opening, else the section's page. */
export function bodyPageSegment(bodyId: string): string {
  return bodyId === OPENING_ID ? PAGE_ROUTES.home : bodyId;
}

/** The page of one claim ("claims/witkoff-article-5"), the URL its share control and quote card stand for. */
export function claimPageSegment(claimId: string): string {
  return `${PAGE_ROUTES.claims}/${claimId}`;
}

/** The social card id of a claim's quote card. */
export function claimCardId(claimId: string): string {
  return `claim-${claimId}`;
}

/** The anchor id of an entry of the updates log on the changes page: "update-" plus its ISO date. */
export function updateAnchor(date: string): string {
  return `update-${date}`;
}

/** The anchor id of a speaker's group on the claims page. */
export function speakerAnchor(speakerId: string): string {
  return `speaker-${speakerId}`;
}

/** The anchor id of a source in a Sources list. */
export function sourceAnchor(sourceId: string): string {
  return `source-${sourceId}`;
}

/** The id of the who's-who popover card of a person or term. */
export function mentionCardAnchor(entryId: string): string {
  return `card-${entryId}`;
}

/** The file of a social card, relative to the base ("og/territory.png"). */
export function socialCardFile(cardId: string): string {
  return `${FILE_ROUTES.socialCards}/${cardId}.png`;
}

/** The page segment of one section's slice of the timeline, as an embeddable view ("embed/timeline/territory"). */
export function sectionTimelineEmbed(sectionId: string): string {
  return `${EMBED_ROUTES.timeline}/${sectionId}`;
}

/** The page segment of one claim as an embeddable view ("embed/claims/witkoff-article-5"). */
export function claimEmbed(claimId: string): string {
  return `${EMBED_ROUTES.claims}/${claimId}`;
}

/**
 * An embeddable view in an edition: a translation's views sit below its segment inside the embeds'
 * folder ("embed/uk/map"), never beside its pages ("uk/…"), because only that folder may be framed.
 * `edition` is the edition's segment ("" for the original).
 */
export function embedInEdition(embedSegment: string, edition: string): string {
  if (edition === '') return embedSegment;
  return `${EMBED_ROUTES.root}/${edition}${embedSegment.slice(EMBED_ROUTES.root.length)}`;
}

/** The oEmbed file of an embeddable view, beside its page ("embed/map/oembed.json"). */
export function oembedFile(embedSegment: string): string {
  return `${embedSegment}/${OEMBED_FILE_NAME}`;
}

/** True for a URL path below the base ("embed/map/", "/embed/timeline/territory/") inside the embeds' folder. */
export function isEmbedPath(pathBelowBase: string): boolean {
  const [first] = pathBelowBase.replace(/^\/+/, '').split('/');
  return first === EMBED_ROUTES.root;
}

/** The file of the locator map in one colour scheme, relative to the base ("map/light.svg"). */
export function locatorMapFile(scheme: string): string {
  return `${FILE_ROUTES.map}/${scheme}.svg`;
}

/** Site-root path of a page segment: "" is "/", "territory" is "/territory/". */
export function rootPath(segment: string): string {
  return segment === '' ? '/' : `/${segment}/`;
}
