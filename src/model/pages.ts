import { SITE } from '../config';
import { buildPageMeta, type PageMetaInput } from '../lib/page-meta';
import { buildBreadcrumbList, buildClaim, buildNewsArticle, type JsonLd } from '../lib/structured-data';
import { parseParagraphRef } from '../lib/claim-checks';
import { fillTemplate } from '../lib/template';
import { unquote } from '../lib/quotations';
import { findSentence, type SentenceInContext } from '../lib/sentences';
import { fill } from '../i18n/dictionary';
import { whoSaysIt } from '../lib/attribution';
import { groupEventsByYear, selectEvents, type TimelineEntry } from '../lib/timeline';
import { locatorMapSize } from '../lib/map/render';
import { UKRAINE_REGIONS } from '../lib/map/regions';
import { SCHEMES } from '../lib/palette';
import type { SocialCard } from '../lib/social-card';
import {
  ANCHORS,
  FILE_ROUTES,
  OPENING_ID,
  bodyPageSegment,
  claimAnchor,
  claimCardId,
  claimPageSegment,
  paragraphAnchor,
  speakerAnchor,
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
import { DEFAULT_LOCALE, LANGUAGE_TAGS, localeSegment } from '../i18n/locales';
import { BASE_PATH, SITE_ORIGIN, absoluteUrl, editionUrls, fileUrl } from '../urls';
import { pageEditions, translationNote } from './edition';
import { changeEntries, eventChangeMark, pageChanges, pageCorrections, paragraphViews } from './changes';
import { isNotedKind } from '../lib/update-kind';
import { embedOffer, hasTimelineSlice, mapEmbed, oembedLink, sectionTimelineEmbedSpec, timelineEmbed, type EmbedSpec } from './embeds';
import type { FixedPage, Story, StoryClaim, StorySection } from './story';
import type {
  ArticleHeaderView,
  EventFactsView,
  ClaimMarkView,
  ClaimView,
  ContentData,
  CiteView,
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
    claimCount: story.claims.length,
  };
  const where = `content/${story.locale === DEFAULT_LOCALE ? '' : `${story.locale}/`}pages/${page}.yaml`;
  return {
    title: text.title,
    heading: text.heading ?? text.title,
    description: fillTemplate(text.description, values, `${where} description`),
    intro: text.intro,
  };
}

/** The head, header and footer of a page with this segment ("" for home); `embed` is the view it offers to other sites, if any. */
/**
 * The head, header and footer of a page; `page.hasShareControls` false (pages without a share
 * control) leaves out the words the share script says, which only cost such a page bytes.
 */
function pageChrome(story: Story, page: PageMetaInput & { hasShareControls?: boolean }, embed?: EmbedSpec): PageChrome {
  const current = page.segment;
  const { t, url } = story;
  const tags = LANGUAGE_TAGS[story.locale];
  const editions = pageEditions(story, current, story.editions);
  const note = translationNote(story, current);
  return {
    oembed: embed && oembedLink(embed),
    meta: buildPageMeta(page, {
      title: t.siteTitle,
      origin: SITE_ORIGIN,
      base: BASE_PATH,
      published: story.published,
      modified: story.modified,
      headline: story.opening.headline,
      asOf: SITE.storyDate,
      edition: localeSegment(story.locale),
      // An unreviewed translation stays out of search engines (and so out of the sitemap and hreflang).
      isIndexable: note === undefined || note.isReviewed,
      describeCard: t.cardAlt,
    }),
    t,
    shareWords: page.hasShareControls === false ? undefined : { linkTo: t.share.linkTo, to: t.share.to, copied: t.share.copied, failed: t.share.copyFailed },
    language: tags.lang,
    dir: tags.dir,
    locale: tags.ogLocale,
    editions: editions.switch,
    hreflang: editions.hreflang,
    translation: note,
    siteTitle: t.siteTitle,
    homeHref: url.page(PAGE_ROUTES.home),
    faviconHref: fileUrl(FILE_ROUTES.favicon),
    feedHref: url.file(FILE_ROUTES.feed),
    nav: [
      ...story.sections.map((s) => ({ segment: s.id, label: s.data.navLabel })),
      { segment: PAGE_ROUTES.read, label: t.nav.read },
      { segment: PAGE_ROUTES.timeline, label: t.nav.timeline },
      { segment: PAGE_ROUTES.glossary, label: t.nav.glossary },
      { segment: PAGE_ROUTES.claims, label: t.nav.claims },
    ].map((link) => ({ href: url.page(link.segment), label: link.label, isCurrent: link.segment === current })),
    footer: {
      originalHeadline: story.opening.originalHeadline,
      provenance: story.opening.provenance,
      storyDate: SITE.storyDate,
      updates: [...story.updates].reverse(),
      updatesAnchor: ANCHORS.updatesLog,
      edition: localeSegment(story.locale),
      links: [
        { href: url.page(PAGE_ROUTES.read), label: t.footer.read },
        { href: url.page(PAGE_ROUTES.timeline), label: t.footer.timeline },
        { href: url.page(PAGE_ROUTES.glossary), label: t.footer.glossary },
        { href: url.page(PAGE_ROUTES.claims), label: t.footer.claims },
        { href: url.page(PAGE_ROUTES.changes), label: t.footer.changes },
        { href: url.file(FILE_ROUTES.feed), label: t.footer.feed },
      ],
    },
    changes: pageChanges(story, current),
  };
}

/** The NewsArticle a page describes itself as. */
function newsArticle(story: Story, page: { segment: string; headline: string; description: string; cardId: string }): JsonLd {
  return buildNewsArticle(
    {
      url: absoluteUrl(story.url.page(page.segment)),
      headline: page.headline,
      description: page.description,
      imageUrl: absoluteUrl(story.url.file(socialCardFile(page.cardId))),
      corrections: pageCorrections(story, page.segment),
      translationOf: story.locale === DEFAULT_LOCALE ? undefined : absoluteUrl(editionUrls(DEFAULT_LOCALE).page(page.segment)),
    },
    {
      siteTitle: story.t.siteTitle,
      homeUrl: absoluteUrl(story.url.page(PAGE_ROUTES.home)),
      inLanguage: LANGUAGE_TAGS[story.locale].lang,
      datePublished: story.published,
      dateModified: story.modified,
      originalHeadline: story.opening.originalHeadline,
    },
  );
}

function share(href: string, what: string): ShareView {
  return { href, what };
}

function sectionLink(story: Story, section: StorySection): LinkView {
  return { href: story.url.page(section.id), label: section.data.title };
}

function findSection(story: Story, id: string): StorySection {
  const section = story.sections.find((s) => s.id === id);
  if (!section) throw new Error(`Unknown section "${id}"; expected one of: ${story.sections.map((s) => s.id).join(', ')}.`);
  return section;
}

/** The header the story's own pages (home, /read/) share: the story's headline and standfirst. */
function storyHeader(story: Story): ArticleHeaderView {
  return {
    headline: story.opening.headline,
    standfirst: story.opening.standfirst,
    standfirstCites: citeLinks(story, story.opening.standfirstCites),
    asOf: SITE.storyDate,
    updated: latestUpdate(story),
  };
}

/** The date of the latest update, once the log holds one after the first publication (which is no update); a typo fixed is none. */
function latestUpdate(story: Story): string | undefined {
  return story.updates.filter((entry) => isNotedKind(entry.kind)).length > 1 ? story.modified : undefined;
}

/** What every timeline shows of an event, on the site or embedded: its date, words, citations and labels. */
export function eventFacts(story: Story, event: TimelineEntry): Omit<EventFactsView, 'sectionLink'> {
  return {
    date: event.date,
    title: event.title,
    summary: event.summary,
    summaryCites: citeLinks(story, event.cites),
    recordNote: event.recordNote,
    isBackground: event.source === 'record',
    isScheduled: event.status === 'scheduled',
  };
}

/** Timeline events as a page shows them; `currentSection` leaves out the link to the page's own section. */
function timelineEvents(story: Story, events: readonly TimelineEntry[], currentSection?: string): TimelineEventView[] {
  return events.map((event) => ({
    anchor: eventAnchor(event.id),
    ...eventFacts(story, event),
    sectionLink: event.section === currentSection ? undefined : sectionLink(story, findSection(story, event.section)),
    share: share(story.url.page(PAGE_ROUTES.timeline, eventAnchor(event.id)), `${story.t.share.thisEvent}: ${event.title}`),
    change: eventChangeMark(story, event.id),
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
        .map((s) => ({ href: story.url.page(s.id), label: s.data.navLabel })),
      glossaryHref: story.url.page(PAGE_ROUTES.glossary, id),
    };
  });
}

/** The speakers of the claims in some bodies of text ("opening" or section slugs), for a Sources list. */
function speakerViews(story: Story, bodyIds: readonly string[]): SourceView[] {
  const ids = [...new Set(story.claims.filter((claim) => bodyIds.includes(claim.data.in)).map((claim) => claim.speaker.id))];
  return ids.map((id) => {
    const speaker = story.speakers.get(id);
    if (!speaker) throw new Error(`Sources: unknown speaker "${id}".`);
    const source = story.sources.find((candidate) => candidate.id === id);
    const person = story.people.find((candidate) => candidate.id === id);
    return { anchor: sourceAnchor(id), label: speaker.label, who: speaker.name, how: source?.data.how ?? person?.data.role ?? '' };
  });
}

/** A claim's mark: who says it, how, when it was said, and where it stands now if that changed. */
function claimMark(story: Story, claim: StoryClaim): ClaimMarkView {
  const { t } = story;
  const latest = claim.data.status.at(-1);
  return {
    anchor: claimAnchor(claim.id),
    label: claim.speaker.label,
    speaker: claim.speaker.name,
    attribution: claim.data.attribution,
    byline: whoSaysIt(t, { who: claim.speaker.name, label: claim.speaker.label }, claim.data.attribution, 'who'),
    saidWhen: claim.data.saidWhen === undefined ? undefined : fill(t.claims.saidWhen, { when: claim.data.saidWhen }),
    // The first step is the article's report, which the page itself is: only a later step says more.
    laterStatus: latest && claim.data.status.length > 1 ? fill(t.claims.laterStep, { status: t.claims.status[latest.status], date: t.date(latest.date) }) : undefined,
    href: story.url.page(claimPageSegment(claim.id)),
  };
}

/** The article's sentence that holds a claim's words, in the claim's edition. */
function claimSentence(story: Story, claim: StoryClaim): SentenceInContext {
  const paragraphs = claim.data.in === OPENING_ID ? story.openingFacts.paragraphs : findSection(story, claim.data.in).facts.paragraphs;
  const sentence = findSentence(paragraphs, claim.data.words, LANGUAGE_TAGS[story.locale].lang);
  if (!sentence) throw new Error(`Claim "${claim.id}": its words are in no paragraph of ${claim.data.in}, though the claim checks passed.`);
  return sentence;
}

/** A claim as the claims pages show it: its kind of words, who, history, the sentence in context and share control. */
function claimView(story: Story, claim: StoryClaim): ClaimView {
  const { t } = story;
  const segment = bodyPageSegment(claim.data.in);
  const where = claim.data.in === OPENING_ID ? story.opening.headline : findSection(story, claim.data.in).data.title;
  return {
    ...claimMark(story, claim),
    id: claim.id,
    form: claim.data.form,
    headline: claim.data.headline,
    words: claim.data.words,
    sentence: claimSentence(story, claim),
    context: { href: story.url.page(segment, claimAnchor(claim.id)), label: where },
    history: claim.data.status.map((entry, index) => {
      // The date is set apart, in a <time>: the message is split where it stands.
      const message = index === 0 ? t.claims.firstStep[claim.data.form] : fill(t.claims.laterStep, { status: t.claims.status[entry.status] });
      const [before = '', after = ''] = message.split('{date}');
      return { before, date: entry.date, after, note: entry.note };
    }),
    share: share(story.url.page(claimPageSegment(claim.id)), fill(t.share.thisClaim, { speaker: claim.speaker.name })),
  };
}

/** How a claim reads in one line of plain text: a quotation as said, anything else as the article reports it, then when. */
function claimInPlainText(story: Story, view: ClaimView): string {
  const { t } = story;
  const first = view.history[0];
  const reported = first ? `${first.before}${t.date(first.date)}${first.after}` : '';
  const words =
    view.form === 'quote' ? fill(t.claims.quoteLine, { byline: view.byline, words: view.words }) : `${t.claims.asReported} ${sentenceText(view.sentence)}`;
  return [words, view.saidWhen && `${view.saidWhen}.`, `${reported}.`].filter(Boolean).join(' ');
}

/** A sentence in context as one string. */
function sentenceText(sentence: SentenceInContext): string {
  return `${sentence.before}${sentence.words}${sentence.after}`;
}

/** schema.org Claims for the claims in a body of text (or just `onlyId`), as they appear on `pageUrlAbsolute`. */
function claimsJsonLd(story: Story, bodyId: string, pageUrlAbsolute: string, onlyId?: string): JsonLd[] {
  return story.claims
    .filter((claim) => claim.data.in === bodyId && (onlyId === undefined || claim.id === onlyId))
    .map((claim) =>
      buildClaim({
        text: claim.data.words,
        url: absoluteUrl(story.url.page(claimPageSegment(claim.id))),
        appearanceUrl: `${pageUrlAbsolute}#${claimAnchor(claim.id)}`,
        author: { name: claim.speaker.name, isPerson: claim.speaker.kind === 'person' },
        datePublished: claim.data.status[0]?.date ?? SITE.storyDate,
      }),
    );
}

/**
 * Links to what a summary condenses: each cited claim in context (the article's verb, under its
 * speaker's label; an attribution that names its source, "according to CBS", alone), each cited
 * paragraph in words. Each carries its name out of context: who says it, or which section.
 */
export function citeLinks(story: Story, cites: readonly string[]): CiteView[] {
  return cites.map((cite) => {
    const claim = story.claims.find((candidate) => candidate.id === cite);
    if (claim) {
      const speaker = { who: claim.speaker.name, label: claim.speaker.label };
      const name = whoSaysIt(story.t, speaker, claim.data.attribution, 'label');
      const namesItself = name === claim.data.attribution;
      return {
        href: story.url.page(bodyPageSegment(claim.data.in), claimAnchor(claim.id)),
        label: claim.data.attribution,
        name,
        who: namesItself ? undefined : claim.speaker.label,
      };
    }
    const paragraph = parseParagraphRef(cite);
    if (!paragraph) throw new Error(`Unknown citation "${cite}": the content checks let it through.`);
    const section = story.sections.find((candidate) => candidate.id === paragraph.body)?.data.navLabel ?? story.opening.headline;
    return {
      href: story.url.page(bodyPageSegment(paragraph.body), paragraphAnchor(paragraph.body, paragraph.n)),
      label: fill(story.t.cite.paragraph, { n: paragraph.n }),
      name: fill(story.t.cite.paragraphOf, { n: paragraph.n, section }),
    };
  });
}

/** The locator map figure, its words from content/map.yaml; `withNotes` false links to the notes on the home page instead of listing them. */
export function mapFigure(story: Story, withNotes = true): MapFigureView {
  const { width, height } = locatorMapSize(UKRAINE_REGIONS);
  return {
    images: SCHEMES.map((scheme) => ({ scheme, src: story.url.file(locatorMapFile(scheme)) })),
    width,
    height,
    alt: story.map.alt,
    title: story.map.title,
    legend: story.map.legend,
    credit: story.map.credit,
    places: withNotes ? story.map.places.map((place) => ({ fullName: place.fullName, note: place.note, background: place.background })) : [],
    notesLink: withNotes ? undefined : { href: story.url.page(PAGE_ROUTES.home, ANCHORS.where), label: story.t.mapNotes },
  };
}

/**
 * What the components inside MDX bodies need. `withCards` false is the one-page story's light
 * form: first mentions link to the glossary instead of opening cards, and the map links to its
 * place notes on the home page instead of listing them.
 */
function contentData(story: Story, withCards = true): ContentData {
  const glossary = (id: string) => story.url.page(PAGE_ROUTES.glossary, id);
  return {
    claims: Object.fromEntries(story.claims.map((claim) => [claim.id, claimMark(story, claim)])),
    mentions: Object.fromEntries([
      ...story.people.map((p) => [p.id, { name: p.data.name, text: p.data.role, glossaryHref: glossary(p.id) }] as const),
      ...story.terms.map((t) => [t.id, { name: t.data.term, text: t.data.meaning, glossaryHref: glossary(t.id) }] as const),
    ]),
    withCards,
    map: mapFigure(story, withCards),
    paragraphs: paragraphViews(story),
    t: story.t,
    lang: story.sections.some((section) => section.lang !== undefined) ? LANGUAGE_TAGS[story.locale].lang : undefined,
  };
}

/** The home page: the story's header and opening, its parts, the map (with the code to embed it) and the timeline. */
export function homePage(story: Story) {
  const description = story.opening.standfirst;
  // Embeddable views are the original's (the embeds for other publishers are English for now).
  const mapView = story.locale === DEFAULT_LOCALE ? mapEmbed(story) : undefined;
  return {
    chrome: pageChrome(
      story,
      {
        segment: PAGE_ROUTES.home,
        pageTitle: undefined,
        description,
        cardId: HOME_CARD_ID,
        jsonLd: [
          newsArticle(story, { segment: PAGE_ROUTES.home, headline: story.opening.headline, description, cardId: HOME_CARD_ID }),
          ...claimsJsonLd(story, OPENING_ID, absoluteUrl(story.url.page(PAGE_ROUTES.home))),
        ],
      },
      mapView,
    ),
    header: storyHeader(story),
    Opening: story.OpeningContent,
    contentData: contentData(story),
    parts: {
      anchor: ANCHORS.storySections,
      heading: story.t.storyInParts(story.sections.length),
      cards: story.sections.map((s) => ({
        href: story.url.page(s.id),
        title: s.data.title,
        standfirst: s.data.standfirst,
        lang: s.lang,
        kicker: `${story.t.part(s.position)} · ${story.t.readingTime(s.readingMinutes)}`,
      })),
    },
    map: { anchor: ANCHORS.where, figure: mapFigure(story), embed: mapView && embedOffer(mapView) },
    timeline: { anchor: ANCHORS.timeline, years: timelineByYear(story) },
  };
}

/** A section page: its header (with the code to embed its timeline), "In short", text, cards, questions, sources, timeline and neighbours. */
export function sectionPage(story: Story, id: string) {
  const section = findSection(story, id);
  const { data } = section;
  const url = absoluteUrl(story.url.page(section.id));
  const previous = story.sections[section.position - 2];
  const next = story.sections[section.position];
  const events = selectEvents(story.events, data.events);
  const timelineView = story.locale === DEFAULT_LOCALE && hasTimelineSlice(section) ? sectionTimelineEmbedSpec(section) : undefined;
  return {
    chrome: pageChrome(story, {
      segment: section.id,
      pageTitle: data.title,
      description: data.standfirst,
      cardId: section.id,
      jsonLd: [
        newsArticle(story, { segment: section.id, headline: data.title, description: data.standfirst, cardId: section.id }),
        buildBreadcrumbList([
          { name: story.t.siteTitle, url: absoluteUrl(story.url.page(PAGE_ROUTES.home)) },
          { name: data.title, url },
        ]),
        ...claimsJsonLd(story, section.id, url),
      ],
    }, timelineView),
    header: {
      kicker: `${partOf(story, section)} · ${story.t.readingTime(section.readingMinutes)}`,
      headline: data.title,
      standfirst: data.standfirst,
      lang: section.lang,
      standfirstCites: citeLinks(story, data.standfirstCites),
      asOf: SITE.storyDate,
      updated: latestUpdate(story),
      share: share(story.url.page(section.id), story.t.share.thisSection),
      embed: timelineView && embedOffer(timelineView),
    } satisfies ArticleHeaderView,
    /** The language of the body when it is not the edition's (the English of a section not yet translated). */
    lang: section.lang,
    inShort: { anchor: ANCHORS.inShort, lang: section.lang, points: data.inShort.map((point) => ({ text: point.text, cites: citeLinks(story, point.cites) })) },
    Content: section.Content,
    contentData: contentData(story),
    mentionCards: mentionCards(story, [section]),
    openQuestions:
      data.openQuestions.length > 0
        ? {
            anchor: ANCHORS.openQuestions,
            items: data.openQuestions.map((item) => ({ question: item.question, section: sectionLink(story, findSection(story, item.section)) })),
          }
        : undefined,
    sources: (() => {
      const items = speakerViews(story, [section.id]);
      return items.length > 0 ? { anchor: ANCHORS.sources, items } : undefined;
    })(),
    timeline: events.length > 0 ? { anchor: ANCHORS.sectionTimeline, events: timelineEvents(story, events, section.id) } : undefined,
    pager: {
      previous: previous ? sectionLink(story, previous) : undefined,
      next: next ? sectionLink(story, next) : undefined,
    },
  };
}

/** "Part 3 of 5", counted by position in the story. */
function partOf(story: Story, section: StorySection): string {
  return story.t.partOf(section.position, story.sections.length);
}

/** The whole story on one page: the opening, then every section under its own anchor. */
export function readPage(story: Story) {
  const text = fixedPageText(story, PAGE_ROUTES.read);
  return {
    chrome: pageChrome(story, { segment: PAGE_ROUTES.read, pageTitle: text.title, description: text.description, cardId: PAGE_ROUTES.read, hasShareControls: false }),
    header: storyHeader(story),
    Opening: story.OpeningContent,
    // The whole story on one page stays light: its first mentions link to the glossary instead of
    // carrying a card and a margin note each, and the map's place notes stay on the home page
    // (about 1.7 KiB in Ukrainian, which the first round trip cannot spare).
    contentData: contentData(story, false),
    sections: story.sections.map((s) => ({ anchor: s.id, title: s.data.title, lang: s.lang, Content: s.Content })),
    sources: (() => {
      const items = speakerViews(story, story.sections.map((s) => s.id));
      return items.length > 0 ? { anchor: ANCHORS.sources, items } : undefined;
    })(),
  };
}

/** Who says what: every claim, grouped by speaker in the order they first speak. */
export function claimsPage(story: Story) {
  const text = fixedPageText(story, PAGE_ROUTES.claims);
  const speakerIds = [...new Set(story.claims.map((claim) => claim.speaker.id))];
  return {
    chrome: pageChrome(story, { segment: PAGE_ROUTES.claims, pageTitle: text.title, description: text.description, cardId: PAGE_ROUTES.claims }),
    heading: text.heading,
    standfirst: text.description,
    speakers: speakerIds.map((id) => {
      const speaker = story.speakers.get(id);
      if (!speaker) throw new Error(`Claims page: unknown speaker "${id}".`);
      return {
        anchor: speakerAnchor(id),
        name: speaker.name,
        glossary: speaker.kind === 'person' ? story.url.page(PAGE_ROUTES.glossary, id) : undefined,
        claims: story.claims.filter((claim) => claim.speaker.id === id).map((claim) => claimView(story, claim)),
      };
    }),
  };
}

/** One claim's own page: its headline, who, the quotation or the sentence as reported, when, its status; its card is the quote card. */
export function claimPage(story: Story, id: string) {
  const claim = story.claims.find((candidate) => candidate.id === id);
  if (!claim) throw new Error(`Unknown claim "${id}".`);
  const view = claimView(story, claim);
  const segment = claimPageSegment(id);
  return {
    chrome: pageChrome(story, {
      segment,
      pageTitle: claim.data.headline,
      description: claimInPlainText(story, view),
      cardId: claimCardId(id),
      jsonLd: claimsJsonLd(story, claim.data.in, absoluteUrl(story.url.page(bodyPageSegment(claim.data.in))), claim.id),
    }),
    claim: view,
    allClaims: { href: story.url.page(PAGE_ROUTES.claims, claimAnchor(id)), label: `${story.pageText[PAGE_ROUTES.claims].title}: ${story.t.claims.everyClaim}` },
  };
}

/** The timeline page: every event, grouped by year, and the code to embed it. */
export function timelinePage(story: Story) {
  const text = fixedPageText(story, PAGE_ROUTES.timeline);
  const view = story.locale === DEFAULT_LOCALE ? timelineEmbed(story) : undefined;
  return {
    chrome: pageChrome(
      story,
      { segment: PAGE_ROUTES.timeline, pageTitle: text.title, description: text.description, cardId: PAGE_ROUTES.timeline },
      view,
    ),
    heading: text.heading,
    standfirst: text.description,
    embed: view && embedOffer(view),
    years: timelineByYear(story),
  };
}

/** The updates log: every entry, newest first, with the words each change took out and put in. */
export function changesPage(story: Story) {
  const text = fixedPageText(story, PAGE_ROUTES.changes);
  return {
    chrome: pageChrome(story, { segment: PAGE_ROUTES.changes, pageTitle: text.title, description: text.description, cardId: PAGE_ROUTES.changes }),
    heading: text.heading,
    standfirst: text.description,
    entries: changeEntries(story),
  };
}

/** The glossary: people and terms, each with the sections that mention them. */
export function glossaryPage(story: Story) {
  const text = fixedPageText(story, PAGE_ROUTES.glossary);
  const mentionedIn = (kind: 'people' | 'terms', id: string) =>
    story.sections.filter((s) => s.data[kind].includes(id)).map((s) => sectionLink(story, s));
  return {
    chrome: pageChrome(story, { segment: PAGE_ROUTES.glossary, pageTitle: text.title, description: text.description, cardId: PAGE_ROUTES.glossary, hasShareControls: false }),
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
    chrome: pageChrome(story, { segment: NOT_FOUND_ROUTE, pageTitle: text.title, description: text.description, cardId: HOME_CARD_ID, hasShareControls: false }),
    heading: text.heading,
    intro: text.intro,
    links: [
      { href: story.url.page(PAGE_ROUTES.home), label: story.t.notFound.start },
      { href: story.url.page(PAGE_ROUTES.read), label: story.t.notFound.read },
      ...story.sections.map((s) => sectionLink(story, s)),
      { href: story.url.page(PAGE_ROUTES.timeline), label: story.t.notFound.timeline },
    ],
  };
}

/** Every social card: one per fixed page with a card and one per section, with the same words as the pages. */
export function socialCards(story: Story): SocialCard[] {
  const { t } = story;
  const base = { siteTitle: t.siteTitle, asOf: SITE.storyDate, asOfLabel: t.asOf(SITE.storyDate) };
  const fixed = (page: Exclude<FixedPage, typeof NOT_FOUND_ROUTE>): SocialCard => {
    const text = fixedPageText(story, page);
    return { ...base, id: page, title: text.title, standfirst: text.description };
  };
  return [
    { ...base, id: HOME_CARD_ID, title: story.opening.headline, standfirst: story.opening.standfirst },
    fixed(PAGE_ROUTES.read),
    fixed(PAGE_ROUTES.timeline),
    fixed(PAGE_ROUTES.glossary),
    fixed(PAGE_ROUTES.claims),
    fixed(PAGE_ROUTES.changes),
    ...story.sections.map((s) => ({ ...base, id: s.id, kicker: partOf(story, s), title: s.data.title, standfirst: s.data.standfirst })),
    // A quote card quotes only a quotation; a card of reported speech says so in its first line,
    // gives the claim's headline and the article's sentence, unquoted.
    ...story.claims.map((claim) => ({
      ...base,
      id: claimCardId(claim.id),
      ...(claim.data.form === 'quote'
        ? { kicker: fill(t.claims.cardQuote, { speaker: claim.speaker.name }), title: t.quote(unquote(claim.data.words)), standfirst: story.opening.headline }
        : { kicker: fill(t.claims.cardReported, { speaker: claim.speaker.name }), title: claim.data.headline, standfirst: sentenceText(claimSentence(story, claim)) }),
      asOf: claim.data.status.at(-1)?.date ?? SITE.storyDate,
      asOfLabel: t.asOf(claim.data.status.at(-1)?.date ?? SITE.storyDate),
    })),
  ];
}
