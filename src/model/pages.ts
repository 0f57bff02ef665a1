import { SITE } from '../config';
import { buildPageMeta, type PageMetaInput } from '../lib/page-meta';
import { formatReadingTime } from '../lib/reading-time';
import { buildBreadcrumbList, buildNewsArticle, type JsonLd } from '../lib/structured-data';
import { fillTemplate } from '../lib/template';
import { groupEventsByYear, selectEvents, type TimelineEntry } from '../lib/timeline';
import { locatorMapSize } from '../lib/map/render';
import { UKRAINE_REGIONS } from '../lib/map/regions';
import { SCHEMES } from '../lib/palette';
import type { SocialCard } from '../lib/social-card';
import {
  ANCHORS,
  FILE_ROUTES,
  HOME_CARD_ID,
  NOT_FOUND_ROUTE,
  PAGE_ROUTES,
  eventAnchor,
  locatorMapFile,
  mentionCardAnchor,
  socialCardFile,
  sourceAnchor,
  yearAnchor,
} from '../routes';
import { BASE_PATH, SITE_ORIGIN, absoluteUrl, fileUrl, pageUrl } from '../urls';
import { embedOffer, hasTimelineSlice, mapEmbed, oembedLink, sectionTimelineEmbedSpec, timelineEmbed, type EmbedSpec } from './embeds';
import type { FixedPage, Story, StorySection } from './story';
import type {
  ArticleHeaderView,
  ContentData,
  LinkView,
  MapFigureView,
  MentionCardView,
  PageChrome,
  ShareView,
  SourceView,
  TimelineEventView,
  TimelineYearView,
} from './view';

// One builder per route: each gives its page everything it renders, already looked up,
// so components take props and never reach back into the story.

/** The navigation labels of the pages that are not sections (interface words, not editorial text). */
const NAV_LABELS = { read: 'Whole story', timeline: 'Timeline', glossary: 'Who & what' } as const;

/** A fixed page's title and description with its placeholders filled from the story. */
function fixedPageText(story: Story, page: FixedPage): { title: string; heading: string; description: string; intro?: string | undefined } {
  const text = story.pageText[page];
  const years = story.events.map((event) => event.date.slice(0, 4));
  const values = {
    partCount: story.sections.length,
    partList: story.sections.map((s) => s.data.navLabel.toLowerCase()).join(', '),
    eventCount: story.events.length,
    firstYear: years[0] ?? '',
    lastYear: years.at(-1) ?? '',
    peopleCount: story.people.length,
    termCount: story.terms.length,
    headline: story.opening.headline,
  };
  const where = `content/pages/${page}.yaml`;
  return {
    title: text.title,
    heading: text.heading ?? text.title,
    description: fillTemplate(text.description, values, `${where} description`),
    intro: text.intro,
  };
}

/** The head, header and footer of a page with this segment ("" for home); `embed` is the view it offers to other sites, if any. */
function pageChrome(story: Story, page: PageMetaInput, embed?: EmbedSpec): PageChrome {
  const current = page.segment;
  return {
    oembed: embed && oembedLink(embed),
    meta: buildPageMeta(page, {
      title: SITE.title,
      origin: SITE_ORIGIN,
      base: BASE_PATH,
      published: story.published,
      modified: story.modified,
      headline: story.opening.headline,
      asOf: SITE.storyDate,
    }),
    language: SITE.language,
    locale: SITE.locale,
    siteTitle: SITE.title,
    homeHref: pageUrl(PAGE_ROUTES.home),
    faviconHref: fileUrl(FILE_ROUTES.favicon),
    feedHref: fileUrl(FILE_ROUTES.feed),
    sitemapHref: fileUrl(FILE_ROUTES.sitemap),
    nav: [
      ...story.sections.map((s) => ({ segment: s.id, label: s.data.navLabel })),
      { segment: PAGE_ROUTES.read, label: NAV_LABELS.read },
      { segment: PAGE_ROUTES.timeline, label: NAV_LABELS.timeline },
      { segment: PAGE_ROUTES.glossary, label: NAV_LABELS.glossary },
    ].map((link) => ({ href: pageUrl(link.segment), label: link.label, isCurrent: link.segment === current })),
    footer: {
      originalHeadline: story.opening.originalHeadline,
      storyDate: SITE.storyDate,
      updates: [...story.updates].reverse(),
      updatesAnchor: ANCHORS.updatesLog,
      links: [
        { href: pageUrl(PAGE_ROUTES.read), label: 'Read the whole story on one page' },
        { href: pageUrl(PAGE_ROUTES.timeline), label: 'Timeline' },
        { href: pageUrl(PAGE_ROUTES.glossary), label: 'Who & what' },
        { href: fileUrl(FILE_ROUTES.feed), label: 'Feed' },
      ],
    },
  };
}

/** The NewsArticle a page describes itself as. */
function newsArticle(story: Story, page: { segment: string; headline: string; description: string; cardId: string }): JsonLd {
  return buildNewsArticle(
    {
      url: absoluteUrl(pageUrl(page.segment)),
      headline: page.headline,
      description: page.description,
      imageUrl: absoluteUrl(fileUrl(socialCardFile(page.cardId))),
    },
    {
      siteTitle: SITE.title,
      homeUrl: absoluteUrl(pageUrl(PAGE_ROUTES.home)),
      inLanguage: SITE.language,
      datePublished: story.published,
      dateModified: story.modified,
      originalHeadline: story.opening.originalHeadline,
    },
  );
}

function share(href: string, what: string, title: string): ShareView {
  return { href, what, title };
}

function sectionLink(section: StorySection): LinkView {
  return { href: pageUrl(section.id), label: section.data.title };
}

function findSection(story: Story, id: string): StorySection {
  const section = story.sections.find((s) => s.id === id);
  if (!section) throw new Error(`Unknown section "${id}"; expected one of: ${story.sections.map((s) => s.id).join(', ')}.`);
  return section;
}

/** The header the story's own pages (home, /read/) share: the story's headline and standfirst. */
function storyHeader(story: Story): ArticleHeaderView {
  return { headline: story.opening.headline, standfirst: story.opening.standfirst, asOf: SITE.storyDate, updated: story.modified };
}

/** Timeline events as a page shows them; `currentSection` leaves out the link to the page's own section. */
function timelineEvents(story: Story, events: readonly TimelineEntry[], currentSection?: string): TimelineEventView[] {
  return events.map((event) => ({
    anchor: eventAnchor(event.id),
    date: event.date,
    title: event.title,
    summary: event.summary,
    recordNote: event.recordNote,
    isBackground: event.source === 'record',
    isScheduled: event.status === 'scheduled',
    sectionLink: event.section === currentSection ? undefined : sectionLink(findSection(story, event.section)),
    share: share(pageUrl(PAGE_ROUTES.timeline, eventAnchor(event.id)), `this event: ${event.title}`, event.title),
  }));
}

function timelineByYear(story: Story): TimelineYearView[] {
  return groupEventsByYear(story.events).map(({ year, events }) => ({
    year,
    anchor: yearAnchor(year),
    events: timelineEvents(story, events),
  }));
}

/** The who's-who cards for the people and terms a page marks, in first-seen order. */
function mentionCards(story: Story, sections: readonly StorySection[]): MentionCardView[] {
  const ids = [...new Set(sections.flatMap((s) => [...s.data.people, ...s.data.terms]))];
  return ids.map((id) => {
    const person = story.people.find((p) => p.id === id);
    const term = story.terms.find((t) => t.id === id);
    const kind = person ? 'people' : 'terms';
    const entry = person
      ? { name: person.data.name, text: person.data.role, background: person.data.background }
      : term
        ? { name: term.data.term, text: term.data.meaning, background: term.data.background }
        : undefined;
    if (!entry) throw new Error(`Mention cards: "${id}" is neither a person nor a term.`);
    return {
      anchor: mentionCardAnchor(id),
      ...entry,
      sections: story.sections
        .filter((s) => s.data[kind].includes(id))
        .map((s) => ({ href: pageUrl(s.id), label: s.data.navLabel })),
      glossaryHref: pageUrl(PAGE_ROUTES.glossary, id),
    };
  });
}

function sourceViews(story: Story, ids: readonly string[]): SourceView[] {
  return [...new Set(ids)].map((id) => {
    const source = story.sources.find((candidate) => candidate.id === id);
    if (!source) throw new Error(`Sources: unknown source "${id}".`);
    return { anchor: sourceAnchor(id), ...source.data };
  });
}

/** The locator map figure, its words from content/map.yaml. */
export function mapFigure(story: Story): MapFigureView {
  const { width, height } = locatorMapSize(UKRAINE_REGIONS);
  return {
    images: SCHEMES.map((scheme) => ({ scheme, src: fileUrl(locatorMapFile(scheme)) })),
    width,
    height,
    alt: story.map.alt,
    title: story.map.title,
    legend: story.map.legend,
    credit: story.map.credit,
    places: story.map.places.map((place) => ({ fullName: place.fullName, note: place.note })),
  };
}

/** What the components inside MDX bodies need. */
function contentData(story: Story): ContentData {
  return {
    sources: Object.fromEntries(story.sources.map((source) => [source.id, { anchor: sourceAnchor(source.id), ...source.data }])),
    map: mapFigure(story),
  };
}

/** The home page: the story's header and opening, its parts, the map (with the code to embed it) and the timeline. */
export function homePage(story: Story) {
  const description = story.opening.standfirst;
  const mapView = mapEmbed(story);
  return {
    chrome: pageChrome(
      story,
      {
        segment: PAGE_ROUTES.home,
        pageTitle: undefined,
        description,
        cardId: HOME_CARD_ID,
        jsonLd: [newsArticle(story, { segment: PAGE_ROUTES.home, headline: story.opening.headline, description, cardId: HOME_CARD_ID })],
      },
      mapView,
    ),
    header: storyHeader(story),
    Opening: story.OpeningContent,
    contentData: contentData(story),
    parts: {
      anchor: ANCHORS.storySections,
      heading: `The story in ${story.sections.length} parts`,
      cards: story.sections.map((s) => ({
        href: pageUrl(s.id),
        title: s.data.title,
        standfirst: s.data.standfirst,
        kicker: `Part ${s.position} · ${formatReadingTime(s.readingMinutes)}`,
      })),
    },
    map: { anchor: ANCHORS.where, figure: mapFigure(story), embed: embedOffer(mapView) },
    timeline: { anchor: ANCHORS.timeline, years: timelineByYear(story) },
  };
}

/** A section page: its header (with the code to embed its timeline), "In short", text, cards, questions, sources, timeline and neighbours. */
export function sectionPage(story: Story, id: string) {
  const section = findSection(story, id);
  const { data } = section;
  const url = absoluteUrl(pageUrl(section.id));
  const previous = story.sections[section.position - 2];
  const next = story.sections[section.position];
  const events = selectEvents(story.events, data.events);
  const timelineView = hasTimelineSlice(section) ? sectionTimelineEmbedSpec(section) : undefined;
  return {
    chrome: pageChrome(story, {
      segment: section.id,
      pageTitle: data.title,
      description: data.standfirst,
      cardId: section.id,
      jsonLd: [
        newsArticle(story, { segment: section.id, headline: data.title, description: data.standfirst, cardId: section.id }),
        buildBreadcrumbList([
          { name: SITE.title, url: absoluteUrl(pageUrl(PAGE_ROUTES.home)) },
          { name: data.title, url },
        ]),
      ],
    }, timelineView),
    header: {
      kicker: `${partOf(story, section)} · ${formatReadingTime(section.readingMinutes)}`,
      headline: data.title,
      standfirst: data.standfirst,
      asOf: SITE.storyDate,
      updated: story.modified,
      share: share(pageUrl(section.id), 'this section', data.title),
      embed: timelineView && embedOffer(timelineView),
    } satisfies ArticleHeaderView,
    inShort: { anchor: ANCHORS.inShort, points: data.inShort },
    Content: section.Content,
    contentData: contentData(story),
    mentionCards: mentionCards(story, [section]),
    openQuestions:
      data.openQuestions.length > 0
        ? {
            anchor: ANCHORS.openQuestions,
            items: data.openQuestions.map((item) => ({ question: item.question, section: sectionLink(findSection(story, item.section)) })),
          }
        : undefined,
    sources: data.sources.length > 0 ? { anchor: ANCHORS.sources, items: sourceViews(story, data.sources) } : undefined,
    timeline: events.length > 0 ? { anchor: ANCHORS.sectionTimeline, events: timelineEvents(story, events, section.id) } : undefined,
    pager: {
      previous: previous ? sectionLink(previous) : undefined,
      next: next ? sectionLink(next) : undefined,
    },
  };
}

/** "Part 3 of 5", counted by position in the story. */
function partOf(story: Story, section: StorySection): string {
  return `Part ${section.position} of ${story.sections.length}`;
}

/** The whole story on one page: the opening, then every section under its own anchor. */
export function readPage(story: Story) {
  const text = fixedPageText(story, PAGE_ROUTES.read);
  return {
    chrome: pageChrome(story, { segment: PAGE_ROUTES.read, pageTitle: text.title, description: text.description, cardId: PAGE_ROUTES.read }),
    header: storyHeader(story),
    Opening: story.OpeningContent,
    contentData: contentData(story),
    sections: story.sections.map((s) => ({ anchor: s.id, title: s.data.title, Content: s.Content })),
    mentionCards: mentionCards(story, story.sections),
    sources: (() => {
      const ids = story.sections.flatMap((s) => s.data.sources);
      return ids.length > 0 ? { anchor: ANCHORS.sources, items: sourceViews(story, ids) } : undefined;
    })(),
  };
}

/** The timeline page: every event, grouped by year, and the code to embed it. */
export function timelinePage(story: Story) {
  const text = fixedPageText(story, PAGE_ROUTES.timeline);
  const view = timelineEmbed(story);
  return {
    chrome: pageChrome(
      story,
      { segment: PAGE_ROUTES.timeline, pageTitle: text.title, description: text.description, cardId: PAGE_ROUTES.timeline },
      view,
    ),
    heading: text.heading,
    standfirst: text.description,
    embed: embedOffer(view),
    years: timelineByYear(story),
  };
}

/** The glossary: people and terms, each with the sections that mention them. */
export function glossaryPage(story: Story) {
  const text = fixedPageText(story, PAGE_ROUTES.glossary);
  const mentionedIn = (kind: 'people' | 'terms', id: string) =>
    story.sections.filter((s) => s.data[kind].includes(id)).map(sectionLink);
  return {
    chrome: pageChrome(story, { segment: PAGE_ROUTES.glossary, pageTitle: text.title, description: text.description, cardId: PAGE_ROUTES.glossary }),
    heading: text.heading,
    standfirst: text.description,
    people: {
      anchor: ANCHORS.people,
      entries: story.people.map((p) => ({ anchor: p.id, name: p.data.name, text: p.data.role, background: undefined, mentionedIn: mentionedIn('people', p.id) })),
    },
    terms: {
      anchor: ANCHORS.terms,
      entries: story.terms.map((t) => ({ anchor: t.id, name: t.data.term, text: t.data.meaning, background: t.data.background, mentionedIn: mentionedIn('terms', t.id) })),
    },
  };
}

/** The not-found page: where to go instead. */
export function notFoundPage(story: Story) {
  const text = fixedPageText(story, NOT_FOUND_ROUTE);
  return {
    chrome: pageChrome(story, { segment: NOT_FOUND_ROUTE, pageTitle: text.title, description: text.description, cardId: HOME_CARD_ID }),
    heading: text.heading,
    intro: text.intro,
    links: [
      { href: pageUrl(PAGE_ROUTES.home), label: 'Start from the beginning' },
      { href: pageUrl(PAGE_ROUTES.read), label: 'Read the whole story on one page' },
      ...story.sections.map(sectionLink),
      { href: pageUrl(PAGE_ROUTES.timeline), label: 'Timeline' },
    ],
  };
}

/** Every social card: one per fixed page with a card and one per section, with the same words as the pages. */
export function socialCards(story: Story): SocialCard[] {
  const base = { siteTitle: SITE.title, asOf: SITE.storyDate };
  const fixed = (page: typeof PAGE_ROUTES.read | typeof PAGE_ROUTES.timeline | typeof PAGE_ROUTES.glossary): SocialCard => {
    const text = fixedPageText(story, page);
    return { ...base, id: page, title: text.title, standfirst: text.description };
  };
  return [
    { ...base, id: HOME_CARD_ID, title: story.opening.headline, standfirst: story.opening.standfirst },
    fixed(PAGE_ROUTES.read),
    fixed(PAGE_ROUTES.timeline),
    fixed(PAGE_ROUTES.glossary),
    ...story.sections.map((s) => ({ ...base, id: s.id, kicker: partOf(story, s), title: s.data.title, standfirst: s.data.standfirst })),
  ];
}
