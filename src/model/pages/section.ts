import { SITE } from '../../config';
import { quiet } from '../../lib/shown-files';
import { selectEvents } from '../../lib/timeline';
import { ANCHORS } from '../../routes';
import { embedOffer, sectionTimelineEmbedFor } from '../embeds';
import type { Story } from '../story';
import type { ArticleHeaderView } from '../view';
import { latestUpdate, partOf } from './article-header';
import { contentData, mentionCards, sourcesList } from './body-views';
import { pageChrome } from './chrome';
import { citeLinks, sectionLink, share } from './links';
import { findSection } from './lookup';
import { newsArticle } from './structured-data';
import { timelineEvents } from './timeline-views';

/** A section page: its header (with the code to embed its timeline), "In short", text, cards, questions, sources, timeline and neighbours. */
export function sectionPage(story: Story, id: string) {
  const section = findSection(story, id);
  const { data } = section;
  const previous = story.sections[section.position - 2];
  const next = story.sections[section.position];
  const events = selectEvents(story.events, data.events);
  const timelineView = sectionTimelineEmbedFor(quiet(story), quiet(section));
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
    sources: sourcesList(story, [section.id]),
    // Like the front page's, a section's slice of the timeline leaves sharing an event to the timeline page.
    timeline: events.length > 0 ? { anchor: ANCHORS.sectionTimeline, events: timelineEvents(story, events, { share: false, sectionLinks: true, currentSection: section.id }) } : undefined,
    // The neighbours by their short names, as the front page's list of parts gives the titles.
    pager: {
      previous: previous ? { href: story.url.page(previous.id), label: quiet(previous).data.navLabel } : undefined,
      next: next ? { href: story.url.page(next.id), label: quiet(next).data.navLabel } : undefined,
    },
  };
}
