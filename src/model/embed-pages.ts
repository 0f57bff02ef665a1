import { SITE } from '../config';
import { fill } from '../i18n/dictionary';
import { LANGUAGE_TAGS } from '../i18n/locales';
import { fitWords } from '../lib/embed-snippet';
import { TITLE_MAX } from '../lib/page-meta';
import { groupEventsByYear, selectEvents, type TimelineEntry } from '../lib/timeline';
import { FILE_ROUTES, PAGE_ROUTES, eventAnchor } from '../routes';
import { absoluteUrl, fileUrl } from '../urls';
import { claimEmbedSpec, fullViewLink, mapEmbed, sectionTimelineEmbedSpec, timelineEmbed, type EmbedSpec } from './embeds';
import { claimView } from './pages/claim-views';
import { findClaim, findSection } from './pages/lookup';
import { mapFigure } from './pages/map-figure';
import { pageTranslationNote } from './pages/records';
import { eventFacts } from './pages/timeline-views';
import type { Story } from './story';
import type { EmbedChrome, EmbedEventView, EmbedYearView } from './view';

// One page model per embeddable view, as src/model/pages/ builds one per full page, in the
// story's edition. Every link a view renders is site-relative here; the templates open it in the top window.

/** The document around a view: its title, canonical (the full page), heading, way back and source note. */
function embedChrome(story: Story, spec: EmbedSpec): EmbedChrome {
  const { t } = story;
  const tags = LANGUAGE_TAGS[story.locale];
  const note = pageTranslationNote(story, spec.full.segment);
  // As a page's title: with the site's name while search results show it whole; else without, cut
  // to fit where a claim's headline is long (its page holds the headline alone).
  const titled = fill(t.embed.documentTitle, { label: spec.label, site: t.siteTitle });
  const short = fill(t.embed.documentTitleShort, { label: spec.label });
  return {
    t,
    language: tags.lang,
    dir: tags.dir,
    translation: note && { made: note.made, review: note.review, original: { href: note.original.href, label: note.original.label, lang: note.original.lang } },
    title: titled.length <= TITLE_MAX ? titled : fitWords(short, TITLE_MAX),
    canonical: absoluteUrl(story.url.page(spec.full.segment)),
    faviconHref: fileUrl(FILE_ROUTES.favicon),
    printStylesHref: fileUrl(FILE_ROUTES.printStyles),
    siteTitle: t.siteTitle,
    homeHref: story.url.page(PAGE_ROUTES.home),
    heading: spec.heading,
    asOf: SITE.storyDate,
    originalHeadline: story.opening.originalHeadline,
    provenance: story.opening.provenance,
    full: fullViewLink(story, spec),
  };
}

/** Events as an embed shows them; `sectionId` leaves out the link to the view's own section. */
function embedEvents(story: Story, events: readonly TimelineEntry[], sectionId?: string): EmbedEventView[] {
  return events.map((event) => {
    const section = findSection(story, event.section);
    return {
      href: story.url.page(PAGE_ROUTES.timeline, eventAnchor(event.id)),
      ...eventFacts(story, event),
      sectionLink: event.section === sectionId ? undefined : { href: story.url.page(section.id), label: `${story.t.moreIn} ${section.data.navLabel}` },
    };
  });
}

/** The whole timeline, grouped by year. */
export function timelineEmbedPage(story: Story) {
  const spec = timelineEmbed(story);
  const years: EmbedYearView[] = groupEventsByYear(story.events).map(({ year, events }) => ({ year, events: embedEvents(story, events) }));
  return { chrome: embedChrome(story, spec), years };
}

/** One section's events, in timeline order. */
export function sectionTimelineEmbedPage(story: Story, sectionId: string) {
  const section = findSection(story, sectionId);
  const spec = sectionTimelineEmbedSpec(story, section);
  return { chrome: embedChrome(story, spec), events: embedEvents(story, selectEvents(story.events, section.data.events), section.id) };
}

/** The locator map with its caption. */
export function mapEmbedPage(story: Story) {
  return { chrome: embedChrome(story, mapEmbed(story)), figure: mapFigure(story) };
}

/** One claim, as its own page shows it (a quotation quoted, reported speech as the article reports it). */
export function claimEmbedPage(story: Story, claimId: string) {
  const claim = findClaim(story, claimId);
  return { chrome: embedChrome(story, claimEmbedSpec(story, claim)), claim: claimView(story, claim) };
}
