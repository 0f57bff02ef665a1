import { SITE } from '../config';
import { footerKinds, navKinds } from '../page-kinds';
import { kindLinks } from '../lib/kind-links';
import { buildPageMeta, type PageMetaInput } from '../lib/page-meta';
import { buildClaim, buildNewsArticle, type ClaimFacts, type JsonLd } from '../lib/structured-data';
import { parseParagraphRef } from '../lib/claim-checks';
import { fillTemplate } from '../lib/template';
import { unquote } from '../lib/quotations';
import { findSentence, type SentenceInContext } from '../lib/sentences';
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
import { PAGE_KINDS } from '../page-kinds';
import { BASE_PATH, SITE_ORIGIN, absoluteUrl, editionUrls, fileUrl } from '../urls';
import { pageEditions, translationNote } from './edition';
import { changeEntries, eventChangeMark, pageChanges, pageCorrections, paragraphViews, type PageRecords } from './changes';
import { createRecorder, isRecording, quiet } from '../lib/shown-files';
import { isNotedKind } from '../lib/update-kind';
import { claimEmbedSpec, embedOffer, hasTimelineSlice, mapEmbed, oembedLink, sectionTimelineEmbedSpec, timelineEmbed, type EmbedSpec } from './embeds';
import { recordingStory, type FixedPage, type Story, type StoryClaim, type StorySection } from './story';
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
// so components take props and never reach back into the story. Built once more from a
// recording view of the story (pageRecords), a builder's reads are the page's record: the
// content files it shows, which its review status and the updates that touched it follow.
// What only names another page (a link's label, the navigation, the footer) is read from
// quiet(story) and not recorded: the page it leads to carries the status of those words.

/** The kinds of the site's own pages, which every edition has (the embeds, which every edition has too, are views of them). */
type SitePageKind = Extract<(typeof PAGE_KINDS)[number], { editions: 'every'; framable: false }>['id'];

/** Each kind's pages in an edition, by segment, with the builder of each one's model. */
const PAGE_MODELS: Record<SitePageKind, (story: Story) => [segment: string, build: (edition: Story) => unknown][]> = {
  home: () => [[PAGE_ROUTES.home, homePage]],
  read: () => [[PAGE_ROUTES.read, readPage]],
  timeline: () => [[PAGE_ROUTES.timeline, timelinePage]],
  glossary: () => [[PAGE_ROUTES.glossary, glossaryPage]],
  claims: () => [[PAGE_ROUTES.claims, claimsPage]],
  changes: () => [[PAGE_ROUTES.changes, changesPage]],
  notFound: () => [[NOT_FOUND_ROUTE, notFoundPage]],
  claim: (story) => story.claims.map((claim) => [claimPageSegment(claim.id), (edition: Story) => claimPage(edition, claim.id)]),
  section: (story) => story.sections.map((section) => [section.id, (edition: Story) => sectionPage(edition, section.id)]),
};

const records = new WeakMap<Story, PageRecords>();

/**
 * What every page of an edition shows, by segment: the content files (and body texts) its
 * builder read from a recording view of the story. Worked out once per story.
 */
export function pageRecords(story: Story): PageRecords {
  const known = records.get(story);
  if (known) return known;
  const made = new Map<string, ReadonlySet<string>>();
  const kinds = PAGE_KINDS.filter((kind): kind is Extract<(typeof PAGE_KINDS)[number], { editions: 'every'; framable: false }> => kind.editions === 'every' && !kind.framable);
  for (const [segment, build] of kinds.flatMap((kind) => PAGE_MODELS[kind.id](story))) {
    const recorder = createRecorder();
    build(recordingStory(story, recorder));
    made.set(segment, recorder.keys);
  }
  records.set(story, made);
  return made;
}

/** One page's record; a segment no page has records nothing. */
function recordOf(story: Story, segment: string): ReadonlySet<string> {
  return pageRecords(story).get(segment) ?? new Set();
}

/** A fixed page's title and description with its placeholders filled from the story. */
function fixedPageText(story: Story, page: FixedPage): { title: string; heading: string; description: string; intro?: string | undefined } {
  const text = story.pageText[page];
  // The placeholders count and name the story's parts, as links do: the page's own words are the template.
  const plain = quiet(story);
  const years = plain.events.map((event) => event.date.slice(0, 4));
  const values = {
    partCount: plain.sections.length,
    partList: plain.sections.map((s) => s.data.navLabel.toLowerCase()).join(', '),
    eventCount: plain.events.length,
    firstYear: years[0] ?? '',
    lastYear: years.at(-1) ?? '',
    peopleCount: plain.people.length,
    termCount: plain.terms.length,
    headline: plain.opening.headline,
    claimCount: plain.claims.length,
  };
  const where = `content/${story.locale === DEFAULT_LOCALE ? '' : `${story.locale}/`}pages/${page}.yaml`;
  return {
    title: text.title,
    heading: text.heading ?? text.title,
    description: fillTemplate(text.description, values, `${where} description`, LANGUAGE_TAGS[story.locale].lang),
    intro: text.intro,
  };
}

/** The head, header and footer of a page with this segment ("" for home); `embed` is the view it offers to other sites, if any. */
/** A translated page's one line on how it was translated, from its record: its embeddable view carries the same line. */
export function pageTranslationNote(story: Story, segment: string): ReturnType<typeof translationNote> {
  const behindDate = story.original ? (pageChanges(story.original, segment, pageRecords(story.original)).note?.date ?? story.original.modified) : story.modified;
  return translationNote(story, segment, recordOf(story, segment), behindDate);
}

/**
 * The head, header and footer of a page; `page.hasShareControls` false (pages without a share
 * control) leaves out the words the share script says, which only cost such a page bytes.
 */
function pageChrome(recorded: Story, page: PageMetaInput & { hasShareControls?: boolean }, embed?: EmbedSpec): PageChrome {
  const current = page.segment;
  // The chrome is the same on every page and records nothing; while a page is being recorded
  // it has no record yet to say its status or changes by, and needs none.
  const story = quiet(recorded);
  const recording = isRecording(recorded);
  const { t, url } = story;
  const tags = LANGUAGE_TAGS[story.locale];
  const shown = recording ? new Set<string>() : recordOf(story, current);
  const editions = recording ? { switch: [], hreflang: [] } : pageEditions(story, current, story.editions, shown);
  // The update the translation predates: the latest log entry that touched the English page, or the latest of all.
  const behindDate = !recording && story.original ? (pageChanges(story.original, current, pageRecords(story.original)).note?.date ?? story.original.modified) : story.modified;
  const note = recording ? undefined : translationNote(story, current, shown, behindDate);
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
    printStylesHref: fileUrl(FILE_ROUTES.printStyles),
    feedHref: url.file(FILE_ROUTES.feed),
    // Fixed kinds only, so the header is one short row however many parts the story has:
    // the parts are reached from the front page's list and each part's pager.
    nav: kindLinks(navKinds(), t.nav, url.page, current),
    footer: {
      originalHeadline: story.opening.originalHeadline,
      provenance: story.opening.provenance,
      storyDate: SITE.storyDate,
      // The latest entry only: every page carries the footer, and the whole log is the changes page's, linked beside it.
      updates: [...story.updates].reverse().slice(0, 1),
      updatesAnchor: ANCHORS.updatesLog,
      edition: localeSegment(story.locale),
      links: [
        ...kindLinks(footerKinds(), t.footer, url.page, current).map(({ href, label }) => ({ href, label })),
        { href: url.file(FILE_ROUTES.feed), label: t.footer.feed },
      ],
    },
    changes: recording ? { tracksParagraphs: false, logHref: url.page(PAGE_ROUTES.changes) } : pageChanges(story, current, pageRecords(story)),
  };
}

/** The NewsArticle a page describes itself as. */
function newsArticle(recorded: Story, page: { segment: string; headline: string; description: string; cardId: string }): JsonLd {
  const story = quiet(recorded);
  return buildNewsArticle(
    {
      url: absoluteUrl(story.url.page(page.segment)),
      headline: page.headline,
      description: page.description,
      imageUrl: absoluteUrl(story.url.file(socialCardFile(page.cardId))),
      corrections: isRecording(recorded) ? [] : pageCorrections(story, page.segment, pageRecords(story)),
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
  return { href: story.url.page(section.id), label: quiet(section).data.title };
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
function timelineEvents(story: Story, events: readonly TimelineEntry[], currentSection?: string, withShare = true): TimelineEventView[] {
  return events.map((event) => ({
    anchor: eventAnchor(event.id),
    ...eventFacts(story, event),
    sectionLink: event.section === currentSection ? undefined : sectionLink(story, findSection(story, event.section)),
    share: withShare ? share(story.url.page(PAGE_ROUTES.timeline, eventAnchor(event.id)), `${story.t.share.thisEvent}: ${event.title}`) : undefined,
    change: eventChangeMark(quiet(story), event.id),
  }));
}

function timelineByYear(story: Story, withShare = true): TimelineYearView[] {
  return groupEventsByYear(story.events).map(({ year, events }) => ({
    year,
    anchor: yearAnchor(year),
    events: timelineEvents(story, events, undefined, withShare),
  }));
}

/** The who's-who cards for the people and terms a page marks, in first-seen order. */
function mentionCards(story: Story, sections: readonly StorySection[]): MentionCardView[] {
  const ids = [...new Set(sections.flatMap((s) => [...s.data.people, ...s.data.terms]))];
  return ids.map((id) => {
    const person = story.people.find((p) => p.id === id);
    const term = story.terms.find((t) => t.id === id);
    const entry = person
      ? { name: person.data.name, text: person.data.role, background: person.data.background }
      : term
        ? { name: term.data.term, text: term.data.meaning, background: term.data.background }
        : undefined;
    if (!entry) throw new Error(`Mention cards: "${id}" is neither a person nor a term.`);
    return {
      anchor: mentionCardAnchor(id),
      ...entry,
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
    saidWhen: claim.data.saidWhen === undefined ? undefined : t.msg('claims.saidWhen', { when: claim.data.saidWhen }),
    // The first step is the article's report, which the page itself is: only a later step says more.
    laterStatus: latest && claim.data.status.length > 1 ? t.msg('claims.laterStep', { status: t.claims.status[latest.status], date: t.date(latest.date) }) : undefined,
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

/** A claim as the claims pages and its embeddable view show it: its kind of words, who, history, the sentence in context and share control. */
export function claimView(story: Story, claim: StoryClaim): ClaimView {
  const { t } = story;
  const segment = bodyPageSegment(claim.data.in);
  // The body's name labels the link to the claim in context.
  const where = claim.data.in === OPENING_ID ? quiet(story).opening.headline : quiet(findSection(story, claim.data.in)).data.title;
  return {
    ...claimMark(story, claim),
    id: claim.id,
    form: claim.data.form,
    headline: claim.data.headline,
    words: claim.data.words,
    sentence: claimSentence(story, claim),
    context: { href: story.url.page(segment, claimAnchor(claim.id)), label: where },
    history: claim.data.status.map((entry, index) => {
      // The date is set apart, in a <time>: the message is cut where it stands.
      const [before, after] =
        index === 0 ? t.around(`claims.firstStep.${claim.data.form}`, {}, 'date') : t.around('claims.laterStep', { status: t.claims.status[entry.status] }, 'date');
      return { before, date: entry.date, after, note: entry.note };
    }),
    share: share(story.url.page(claimPageSegment(claim.id)), t.msg('share.thisClaim', { speaker: claim.speaker.name })),
  };
}

/** How a claim reads in one line of plain text: a quotation as said, anything else as the article reports it, then when. */
function claimInPlainText(story: Story, view: ClaimView): string {
  const { t } = story;
  const first = view.history[0];
  const reported = first ? `${first.before}${t.date(first.date)}${first.after}` : '';
  const words =
    view.form === 'quote' ? t.msg('claims.quoteLine', { byline: view.byline, words: view.words }) : `${t.claims.asReported} ${sentenceText(view.sentence)}`;
  return [words, view.saidWhen && `${view.saidWhen}.`, `${reported}.`].filter(Boolean).join(' ');
}

/** A sentence in context as one string. */
function sentenceText(sentence: SentenceInContext): string {
  return `${sentence.before}${sentence.words}${sentence.after}`;
}

/** What the structured data says of one claim, as it appears on `pageUrlAbsolute`. */
function claimFacts(story: Story, claim: StoryClaim, pageUrlAbsolute: string): ClaimFacts {
  return {
    text: claim.data.words,
    url: absoluteUrl(story.url.page(claimPageSegment(claim.id))),
    appearanceUrl: `${pageUrlAbsolute}#${claimAnchor(claim.id)}`,
    author: { name: claim.speaker.name, isPerson: claim.speaker.kind === 'person' },
    datePublished: claim.data.status[0]?.date ?? SITE.storyDate,
  };
}

/**
 * Links to what a summary condenses: each cited claim in context (the article's verb, under its
 * speaker's label; an attribution that names its source, "according to CBS", alone), each cited
 * paragraph in words. Each carries its name out of context: who says it, or which section.
 */
export function citeLinks(recorded: Story, cites: readonly string[]): CiteView[] {
  // A citation is a link: its label names the claim or paragraph on the page it leads to.
  const story = quiet(recorded);
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
      label: story.t.msg('cite.paragraph', { n: paragraph.n }),
      name: story.t.msg('cite.paragraphOf', { n: paragraph.n, section }),
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
function contentData(story: Story, bodies: readonly { id: string; facts: { mentions: readonly string[] }; showsMap: boolean; lang?: string | undefined }[], withCards = true): ContentData {
  const glossary = (id: string) => story.url.page(PAGE_ROUTES.glossary, id);
  // Only what the bodies on the page mark is shown; without cards a first mention is a bare link to the glossary.
  const bodyIds = new Set(bodies.map((body) => body.id));
  const mentioned = new Set(bodies.flatMap((body) => body.facts.mentions));
  const named = withCards ? story : quiet(story);
  return {
    claims: Object.fromEntries(story.claims.filter((claim) => bodyIds.has(claim.data.in)).map((claim) => [claim.id, claimMark(story, claim)])),
    mentions: Object.fromEntries([
      ...named.people.filter((p) => mentioned.has(p.id)).map((p) => [p.id, { name: p.data.name, text: p.data.role, glossaryHref: glossary(p.id) }] as const),
      ...named.terms.filter((t) => mentioned.has(t.id)).map((t) => [t.id, { name: t.data.term, text: t.data.meaning, glossaryHref: glossary(t.id) }] as const),
    ]),
    withCards,
    // Every body may place the map; a page whose bodies do not has it unread. In a body the map
    // links to its place notes on the front page: they condense the text the body itself tells.
    map: mapFigure(bodies.some((body) => body.showsMap) ? story : quiet(story), false),
    paragraphs: paragraphViews(quiet(story)),
    t: story.t,
    // The edition's words need their language named only inside a body still in English (the page's own lang says it elsewhere).
    lang: bodies.some((body) => body.lang !== undefined) ? LANGUAGE_TAGS[story.locale].lang : undefined,
  };
}

/** The opening as a body of text on a page. */
function openingBody(story: Story): { id: string; facts: { mentions: readonly string[] }; showsMap: boolean } {
  return { id: OPENING_ID, facts: story.openingFacts, showsMap: story.openingShowsMap };
}

/** The home page: the story's header and opening, its parts, the map (with the code to embed it) and the timeline. */
export function homePage(story: Story) {
  const description = story.opening.standfirst;
  // The embeddable view names the page it belongs to: its words are not this page's record.
  const mapView = mapEmbed(quiet(story));
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
        ],
      },
      mapView,
    ),
    header: storyHeader(story),
    Opening: story.OpeningContent,
    contentData: contentData(story, [openingBody(story)]),
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
    map: { anchor: ANCHORS.where, figure: mapFigure(story), embed: embedOffer(quiet(story), mapView) },
    // The front page's timeline shares nothing itself: each event's share control is on the timeline page it would link to.
    timeline: { anchor: ANCHORS.timeline, years: timelineByYear(story, false) },
  };
}

/** A section page: its header (with the code to embed its timeline), "In short", text, cards, questions, sources, timeline and neighbours. */
export function sectionPage(story: Story, id: string) {
  const section = findSection(story, id);
  const { data } = section;
  const previous = story.sections[section.position - 2];
  const next = story.sections[section.position];
  const events = selectEvents(story.events, data.events);
  const timelineView = hasTimelineSlice(quiet(section)) ? sectionTimelineEmbedSpec(quiet(story), quiet(section)) : undefined;
  return {
    chrome: pageChrome(story, {
      segment: section.id,
      pageTitle: data.title,
      description: data.standfirst,
      cardId: section.id,
      // No BreadcrumbList: one level below home, a search engine reads the trail from the URL, and the bytes were every section's.
      jsonLd: [newsArticle(story, { segment: section.id, headline: data.title, description: data.standfirst, cardId: section.id })],
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
      embed: timelineView && embedOffer(quiet(story), timelineView),
    } satisfies ArticleHeaderView,
    /** The language of the body when it is not the edition's (the English of a section not yet translated). */
    lang: section.lang,
    inShort: { anchor: ANCHORS.inShort, lang: section.lang, points: data.inShort.map((point) => ({ text: point.text, cites: citeLinks(story, point.cites) })) },
    Content: section.Content,
    contentData: contentData(story, [section]),
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
    // Like the front page's, a section's slice of the timeline leaves sharing an event to the timeline page.
    timeline: events.length > 0 ? { anchor: ANCHORS.sectionTimeline, events: timelineEvents(story, events, section.id, false) } : undefined,
    // The neighbours by their short names, as the front page's list of parts gives the titles.
    pager: {
      previous: previous ? { href: story.url.page(previous.id), label: quiet(previous).data.navLabel } : undefined,
      next: next ? { href: story.url.page(next.id), label: quiet(next).data.navLabel } : undefined,
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
    contentData: contentData(story, [openingBody(story), ...story.sections], false),
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
  const embed = claimEmbedSpec(quiet(story), quiet(claim));
  return {
    chrome: pageChrome(
      story,
      {
        segment,
        pageTitle: claim.data.headline,
        description: claimInPlainText(story, view),
        cardId: claimCardId(id),
        jsonLd: [buildClaim(claimFacts(story, claim, absoluteUrl(story.url.page(bodyPageSegment(claim.data.in)))))],
      },
      embed,
    ),
    claim: view,
    embed: embedOffer(quiet(story), embed),
    allClaims: { href: story.url.page(PAGE_ROUTES.claims, claimAnchor(id)), label: story.t.msg('claims.everyClaim', { page: quiet(story).pageText[PAGE_ROUTES.claims].title }) },
  };
}

/** The timeline page: every event, grouped by year, and the code to embed it. */
export function timelinePage(story: Story) {
  const text = fixedPageText(story, PAGE_ROUTES.timeline);
  const view = timelineEmbed(quiet(story));
  return {
    chrome: pageChrome(
      story,
      { segment: PAGE_ROUTES.timeline, pageTitle: text.title, description: text.description, cardId: PAGE_ROUTES.timeline },
      view,
    ),
    heading: text.heading,
    standfirst: text.description,
    embed: embedOffer(quiet(story), view),
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
        ? { kicker: t.msg('claims.cardQuote', { speaker: claim.speaker.name }), title: t.quote(unquote(claim.data.words)), standfirst: story.opening.headline }
        : { kicker: t.msg('claims.cardReported', { speaker: claim.speaker.name }), title: claim.data.headline, standfirst: sentenceText(claimSentence(story, claim)) }),
      asOf: claim.data.status.at(-1)?.date ?? SITE.storyDate,
      asOfLabel: t.asOf(claim.data.status.at(-1)?.date ?? SITE.storyDate),
    })),
  ];
}
