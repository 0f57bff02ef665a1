import { quiet } from '../../lib/shown-files';
import { groupEventsByYear, type TimelineEntry } from '../../lib/timeline';
import { PAGE_ROUTES, eventAnchor, yearAnchor } from '../../routes';
import { eventChangeMark } from '../changes';
import type { Story } from '../story';
import type { EventFactsView, TimelineEventView, TimelineYearView } from '../view';
import { citeLinks, sectionLink, share } from './links';
import { findSection } from './lookup';

// The timeline's events as the pages show them: all of them by year (the timeline page, home),
// or one section's slice of them.

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

/**
 * How a page shows its timeline's events: `share` gives each a share control (for the event on the
 * timeline page); `sectionLinks` links each to its section, except `currentSection` (the page's own).
 */
interface EventOptions {
  share: boolean;
  sectionLinks: boolean;
  currentSection?: string;
}

/** Timeline events as a page shows them. */
export function timelineEvents(story: Story, events: readonly TimelineEntry[], { share: withShare, sectionLinks, currentSection }: EventOptions): TimelineEventView[] {
  return events.map((event) => ({
    anchor: eventAnchor(event.id),
    ...eventFacts(story, event),
    sectionLink: !sectionLinks || event.section === currentSection ? undefined : sectionLink(story, findSection(story, event.section)),
    share: withShare ? share(story.url.page(PAGE_ROUTES.timeline, eventAnchor(event.id)), `${story.t.share.thisEvent}: ${event.title}`) : undefined,
    change: eventChangeMark(quiet(story), event.id),
  }));
}

export function timelineByYear(story: Story, options: EventOptions): TimelineYearView[] {
  return groupEventsByYear(story.events).map(({ year, events }) => ({
    year,
    anchor: yearAnchor(year),
    events: timelineEvents(story, events, options),
  }));
}
