import { SITE } from '../config';
import { buildEmbedSnippet } from '../lib/embed-snippet';
import { buildOembed, type OembedRich } from '../lib/oembed';
import { ANCHORS, EMBED_ROUTES, FILE_ROUTES, PAGE_ROUTES, oembedFile, sectionTimelineEmbed } from '../routes';
import { absoluteUrl, fileUrl, pageUrl } from '../urls';
import type { Story, StorySection } from './story';
import type { EmbedOfferView, LinkView, OembedLinkView } from './view';

// The embeddable views the site offers, and what a full page needs to offer one: the embed
// code and the oEmbed link. A new kind of view (a claim, later) is one more spec builder
// here, one page model in embed-pages.ts and one page under src/pages/embed/.

/** Width in pixels the embedded views are laid out for; oEmbed asks for one, and the views fit narrower columns too. */
export const EMBED_WIDTH = 640;

/**
 * Starting heights of the iframes, CSS pixels: the heading and the first items show, the rest
 * scrolls inside the frame until a resizer fits it to the content.
 */
export const EMBED_HEIGHTS = { timeline: 640, sectionTimeline: 560, map: 720 } as const;

/** One embeddable view: where it lives, what it is called and where its full version is. */
export interface EmbedSpec {
  /** What it shows. */
  kind: 'timeline' | 'section-timeline' | 'map';
  /** Page segment of the view ("embed/timeline/territory"). */
  segment: string;
  /** The section whose slice it is, for a section's timeline. */
  sectionId?: string | undefined;
  /** What the view shows: with the site's name, its iframe title, oEmbed title and fallback link. */
  title: string;
  /** The view's h1: the title, or a shorter heading where the view repeats the title (the map's caption does). */
  heading: string;
  /** A short name for the document title ("Timeline, Territory"). */
  label: string;
  /** What is embedded, for screen readers in the Embed control ("this section’s timeline"). */
  what: string;
  /** The full page the view comes from (its canonical), and the anchor of the same content there. */
  full: { segment: string; anchor?: string | undefined; label: string };
  /** Height the iframe starts at, CSS pixels. */
  height: number;
}

/** The whole timeline. */
export function timelineEmbed(story: Story): EmbedSpec {
  const title = story.pageText[PAGE_ROUTES.timeline].title;
  return {
    kind: 'timeline',
    segment: EMBED_ROUTES.timeline,
    title,
    heading: title,
    label: title,
    what: 'the timeline',
    full: { segment: PAGE_ROUTES.timeline, label: 'Open the full timeline' },
    height: EMBED_HEIGHTS.timeline,
  };
}

/** True when a section has events, so its slice of the timeline can be embedded. */
export function hasTimelineSlice(section: StorySection): boolean {
  return section.data.events.length > 0;
}

/** One section's slice of the timeline; throws for a section without events, which has no slice. */
export function sectionTimelineEmbedSpec(section: StorySection): EmbedSpec {
  if (!hasTimelineSlice(section)) throw new Error(`Section "${section.id}" lists no events, so it has no timeline to embed.`);
  const title = `Timeline — ${section.data.title}`;
  return {
    kind: 'section-timeline',
    segment: sectionTimelineEmbed(section.id),
    sectionId: section.id,
    title,
    heading: title,
    label: `Timeline, ${section.data.navLabel}`,
    what: 'this section’s timeline',
    full: { segment: section.id, anchor: ANCHORS.sectionTimeline, label: 'Read the full section' },
    height: EMBED_HEIGHTS.sectionTimeline,
  };
}

/** The locator map, whose full version is the home page's "Where". */
export function mapEmbed(story: Story): EmbedSpec {
  return {
    kind: 'map',
    segment: EMBED_ROUTES.map,
    title: story.map.title,
    // The home page's heading for the map; the map's own title follows in its caption.
    heading: 'Where',
    label: 'Map',
    what: 'the map',
    full: { segment: PAGE_ROUTES.home, anchor: ANCHORS.where, label: 'Read the story' },
    height: EMBED_HEIGHTS.map,
  };
}

/** Every embeddable view of the story: the timeline, each section's slice of it, the map. */
export function listEmbeds(story: Story): EmbedSpec[] {
  return [timelineEmbed(story), ...story.sections.filter(hasTimelineSlice).map(sectionTimelineEmbedSpec), mapEmbed(story)];
}

/** The iframe's accessible name, the oEmbed title and the fallback link's words: the view's title and the site's name. */
export function embedTitle(spec: EmbedSpec): string {
  return `${spec.title} · ${SITE.title}`;
}

/** The link from a view to its full version, site-relative with its anchor. */
export function fullViewLink(spec: EmbedSpec): LinkView {
  return { href: pageUrl(spec.full.segment, spec.full.anchor), label: spec.full.label };
}

/** The embed code of a view, every URL absolute so it works pasted anywhere. */
export function embedSnippet(spec: EmbedSpec): string {
  return buildEmbedSnippet({
    src: absoluteUrl(pageUrl(spec.segment)),
    href: absoluteUrl(fullViewLink(spec).href),
    title: embedTitle(spec),
    height: spec.height,
    resizerSrc: absoluteUrl(fileUrl(FILE_ROUTES.embedResizer)),
  });
}

/** What a full page's Embed control shows for a view. */
export function embedOffer(spec: EmbedSpec): EmbedOfferView {
  return { what: spec.what, snippet: embedSnippet(spec), codeId: ANCHORS.embedCode };
}

/** The oEmbed discovery link a full page puts in its head for a view. */
export function oembedLink(spec: EmbedSpec): OembedLinkView {
  return { href: absoluteUrl(fileUrl(oembedFile(spec.segment))), title: embedTitle(spec) };
}

/** The oEmbed response of a view, written beside it as oembed.json. */
export function oembedDocument(spec: EmbedSpec): OembedRich {
  return buildOembed({
    title: embedTitle(spec),
    provider_name: SITE.title,
    provider_url: absoluteUrl(pageUrl(PAGE_ROUTES.home)),
    html: embedSnippet(spec),
    width: EMBED_WIDTH,
    height: spec.height,
  });
}
