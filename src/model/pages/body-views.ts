import { LANGUAGE_TAGS } from '../../i18n/locales';
import { quiet } from '../../lib/shown-files';
import { ANCHORS, OPENING_ID, PAGE_ROUTES, mentionCardAnchor, sourceAnchor } from '../../routes';
import { paragraphViews } from '../changes';
import type { Story, StorySection } from '../story';
import type { ContentData, MentionCardView, SourcesView, SourceView } from '../view';
import { claimMark } from './claim-views';
import { mapFigure } from './map-figure';

// What goes with a body of text (the opening, a section) on the pages that show it: what the
// components inside it need, the who's-who cards of what it marks, the Sources list of who it quotes.

/** A body of text on a page: the opening or a section. */
interface Body {
  id: string;
  facts: { mentions: readonly string[] };
  showsMap: boolean;
  lang?: string | undefined;
}

/** The opening as a body of text on a page. */
export function openingBody(story: Story): Body {
  return { id: OPENING_ID, facts: story.openingFacts, showsMap: story.openingShowsMap };
}

/**
 * What the components inside MDX bodies need. `withCards` false is the one-page story's light
 * form: first mentions link to the glossary instead of opening cards, and the map links to its
 * place notes on the home page instead of listing them.
 */
export function contentData(story: Story, bodies: readonly Body[], withCards = true): ContentData {
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

/** The who's-who cards for the people and terms a page marks, in first-seen order. */
export function mentionCards(story: Story, sections: readonly StorySection[]): MentionCardView[] {
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

/** How the article presents a speaker: a source's own note, else the person's role. */
export function speakerHow(story: Story, id: string): string {
  const source = story.sources.find((candidate) => candidate.id === id);
  const person = story.people.find((candidate) => candidate.id === id);
  return source?.data.how ?? person?.data.role ?? '';
}

/** The speakers of the claims in some bodies of text ("opening" or section slugs), for a Sources list. */
function speakerViews(story: Story, bodyIds: readonly string[]): SourceView[] {
  const ids = [...new Set(story.claims.filter((claim) => bodyIds.includes(claim.data.in)).map((claim) => claim.speaker.id))];
  return ids.map((id) => {
    const speaker = story.speakers.get(id);
    if (!speaker) throw new Error(`Sources: unknown speaker "${id}".`);
    return { anchor: sourceAnchor(id), label: speaker.label, who: speaker.name, how: speakerHow(story, id) };
  });
}

/** The Sources list of some bodies of text, or undefined when they quote no one. */
export function sourcesList(story: Story, bodyIds: readonly string[]): SourcesView | undefined {
  const items = speakerViews(story, bodyIds);
  return items.length > 0 ? { anchor: ANCHORS.sources, items } : undefined;
}

/**
 * The whole story's Sources: the legend, and a link to the claims page, which says who each label
 * stands for. A list of every speaker would grow with the story on its largest page (about 490 B
 * brotli of /uk/read/ with ten speakers), and each section page lists its own.
 */
export function sourcesLegend(story: Story): SourcesView | undefined {
  return story.claims.length > 0 ? { anchor: ANCHORS.sources, more: { href: story.url.page(PAGE_ROUTES.claims), label: story.t.sources.whoIsWho } } : undefined;
}
