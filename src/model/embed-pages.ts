import { SITE } from '../config';
import { groupEventsByYear, selectEvents, type TimelineEntry } from '../lib/timeline';
import { FILE_ROUTES, PAGE_ROUTES, eventAnchor } from '../routes';
import { absoluteUrl, fileUrl, pageUrl } from '../urls';
import { fullViewLink, mapEmbed, sectionTimelineEmbedSpec, timelineEmbed, type EmbedSpec } from './embeds';
import { eventFacts, mapFigure } from './pages';
import type { Story } from './story';
import type { EmbedChrome, EmbedEventView, EmbedYearView } from './view';

// One page model per embeddable view, as src/model/pages.ts builds one per full page.
// Every link a view renders is site-relative here; the templates open it in the top window.

/** The document around a view: its title, canonical (the full page), heading, way back and source note. */
function embedChrome(story: Story, spec: EmbedSpec): EmbedChrome {
  return {
    t: story.t,
    language: SITE.language,
    title: `Embed: ${spec.label} · ${SITE.title}`,
    canonical: absoluteUrl(pageUrl(spec.full.segment)),
    faviconHref: fileUrl(FILE_ROUTES.favicon),
    siteTitle: SITE.title,
    homeHref: pageUrl(PAGE_ROUTES.home),
    heading: spec.heading,
    asOf: SITE.storyDate,
    originalHeadline: story.opening.originalHeadline,
    provenance: story.opening.provenance,
    full: fullViewLink(spec),
  };
}

/** Events as an embed shows them; `sectionId` leaves out the link to the view's own section. */
function embedEvents(story: Story, events: readonly TimelineEntry[], sectionId?: string): EmbedEventView[] {
  return events.map((event) => {
    const section = story.sections.find((candidate) => candidate.id === event.section);
    if (!section) throw new Error(`Timeline event "${event.id}" names the unknown section "${event.section}".`);
    return {
      href: pageUrl(PAGE_ROUTES.timeline, eventAnchor(event.id)),
      ...eventFacts(story, event),
      sectionLink: event.section === sectionId ? undefined : { href: pageUrl(section.id), label: `More in ${section.data.navLabel}` },
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
  const section = story.sections.find((candidate) => candidate.id === sectionId);
  if (!section) throw new Error(`Unknown section "${sectionId}"; expected one of: ${story.sections.map((s) => s.id).join(', ')}.`);
  const spec = sectionTimelineEmbedSpec(section);
  return { chrome: embedChrome(story, spec), events: embedEvents(story, selectEvents(story.events, section.data.events), section.id) };
}

/** The locator map with its caption. */
export function mapEmbedPage(story: Story) {
  return { chrome: embedChrome(story, mapEmbed(story)), figure: mapFigure(story) };
}
