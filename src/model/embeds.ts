import { fill } from '../i18n/dictionary';
import { localeSegment } from '../i18n/locales';
import { buildEmbedSnippet, withoutQuotationMarks } from '../lib/embed-snippet';
import { buildOembed, type OembedRich } from '../lib/oembed';
import { ANCHORS, EMBED_ROUTES, FILE_ROUTES, PAGE_ROUTES, claimEmbed, claimPageSegment, embedInEdition, oembedFile, sectionTimelineEmbed } from '../routes';
import { absoluteUrl, fileUrl, pageUrl } from '../urls';
import type { Story, StoryClaim, StorySection } from './story';
import type { EmbedOfferView, LinkView, OembedLinkView } from './view';

// The embeddable views the site offers in each edition, and what a full page needs to offer
// one: the Embed control and the oEmbed link. A new kind of view is one more spec builder
// here, one page model in embed-pages.ts and one page under src/pages/embed/[...lang]/.
// Every word comes from the edition's dictionary or content, so each edition's views speak its language.

/** Width in pixels the embedded views are laid out for; oEmbed asks for one, and the views fit narrower columns too. */
export const EMBED_WIDTH = 640;

/**
 * Starting heights of the iframes, CSS pixels: the heading and the first items show, the rest
 * scrolls inside the frame until a resizer fits it to the content.
 */
export const EMBED_HEIGHTS = { timeline: 640, sectionTimeline: 560, map: 720, claim: 480 } as const;

/** One embeddable view: where it lives, what it is called and where its full version is. */
export interface EmbedSpec {
  /** What it shows. */
  kind: 'timeline' | 'section-timeline' | 'map' | 'claim';
  /** Page segment of the view, in its edition ("embed/timeline/territory", "embed/uk/map"). */
  segment: string;
  /** The section whose slice it is, for a section's timeline. */
  sectionId?: string | undefined;
  /** The claim it shows, for a claim's view. */
  claimId?: string | undefined;
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
  /** False for a view of reported speech, whose embed code must not set its name in a blockquote; default true. */
  quotable?: boolean | undefined;
  /** The edition's site name and home page, site-relative: the oEmbed provider and the view's way home. */
  site: { title: string; homeHref: string };
}

/** What every spec of one edition shares: its segment in that edition and the site it belongs to. */
function inEdition(story: Story, segment: string): Pick<EmbedSpec, 'segment' | 'site'> {
  return { segment: embedInEdition(segment, localeSegment(story.locale)), site: { title: story.t.siteTitle, homeHref: story.url.page(PAGE_ROUTES.home) } };
}

/** The whole timeline. */
export function timelineEmbed(story: Story): EmbedSpec {
  const title = story.pageText[PAGE_ROUTES.timeline].title;
  return {
    kind: 'timeline',
    ...inEdition(story, EMBED_ROUTES.timeline),
    title,
    heading: title,
    label: title,
    what: story.t.embed.what.timeline,
    full: { segment: PAGE_ROUTES.timeline, label: story.t.embed.full.timeline },
    height: EMBED_HEIGHTS.timeline,
  };
}

/** True when a section has events, so its slice of the timeline can be embedded. */
export function hasTimelineSlice(section: StorySection): boolean {
  return section.data.events.length > 0;
}

/** One section's slice of the timeline; throws for a section without events, which has no slice. */
export function sectionTimelineEmbedSpec(story: Story, section: StorySection): EmbedSpec {
  if (!hasTimelineSlice(section)) throw new Error(`Section "${section.id}" lists no events, so it has no timeline to embed.`);
  const { t } = story;
  const title = fill(t.embed.sectionTimeline, { section: section.data.title });
  return {
    kind: 'section-timeline',
    ...inEdition(story, sectionTimelineEmbed(section.id)),
    sectionId: section.id,
    title,
    heading: title,
    label: fill(t.embed.sectionTimelineLabel, { section: section.data.navLabel }),
    what: t.embed.what.sectionTimeline,
    full: { segment: section.id, anchor: ANCHORS.sectionTimeline, label: t.embed.full.section },
    height: EMBED_HEIGHTS.sectionTimeline,
  };
}

/** A section's slice of the timeline, or undefined for a section without events, which has none. */
export function sectionTimelineEmbedFor(story: Story, section: StorySection): EmbedSpec | undefined {
  return hasTimelineSlice(section) ? sectionTimelineEmbedSpec(story, section) : undefined;
}

/** The locator map, whose full version is the home page's "Where". */
export function mapEmbed(story: Story): EmbedSpec {
  const { t } = story;
  return {
    kind: 'map',
    ...inEdition(story, EMBED_ROUTES.map),
    title: story.map.title,
    // The home page's heading for the map; the map's own title follows in its caption.
    heading: t.where,
    label: t.embed.mapLabel,
    what: t.embed.what.map,
    full: { segment: PAGE_ROUTES.home, anchor: ANCHORS.where, label: t.embed.full.map },
    height: EMBED_HEIGHTS.map,
  };
}

/**
 * One claim, shown as its own page shows it, under its headline. Its names elsewhere (the frame's
 * title, the oEmbed title, the fallback link) keep quotation marks only for a quotation: a host
 * shows them out of context, where a phrase the article quotes inside reported speech would read
 * as the speaker's whole words. Only a quotation's embed code sets its fallback in a blockquote.
 */
export function claimEmbedSpec(story: Story, claim: StoryClaim): EmbedSpec {
  const { t } = story;
  const isQuote = claim.data.form === 'quote';
  const name = isQuote ? claim.data.headline : withoutQuotationMarks(claim.data.headline);
  return {
    kind: 'claim',
    ...inEdition(story, claimEmbed(claim.id)),
    claimId: claim.id,
    title: name,
    heading: claim.data.headline,
    label: name,
    what: fill(t.share.thisClaim, { speaker: claim.speaker.name }),
    full: { segment: claimPageSegment(claim.id), label: t.embed.full.claim },
    height: EMBED_HEIGHTS.claim,
    quotable: isQuote,
  };
}

/** Every embeddable view of one edition: the timeline, each section's slice of it, the map, each claim. */
export function listEmbeds(story: Story): EmbedSpec[] {
  return [
    timelineEmbed(story),
    ...story.sections.flatMap((section) => sectionTimelineEmbedFor(story, section) ?? []),
    mapEmbed(story),
    ...story.claims.map((claim) => claimEmbedSpec(story, claim)),
  ];
}

/** The iframe's accessible name, the oEmbed title and the fallback link's words: the view's title and the site's name. */
export function embedTitle(spec: EmbedSpec): string {
  return `${spec.title} · ${spec.site.title}`;
}

/** The link from a view to its full version in the view's edition, site-relative with its anchor. */
export function fullViewLink(story: Story, spec: EmbedSpec): LinkView {
  return { href: story.url.page(spec.full.segment, spec.full.anchor), label: spec.full.label };
}

/** The embed code of a view, every URL absolute so it works pasted anywhere. */
export function embedSnippet(story: Story, spec: EmbedSpec): string {
  return buildEmbedSnippet({
    src: absoluteUrl(pageUrl(spec.segment)),
    href: absoluteUrl(fullViewLink(story, spec).href),
    title: embedTitle(spec),
    height: spec.height,
    resizerSrc: absoluteUrl(fileUrl(FILE_ROUTES.embedResizer)),
    quotable: spec.quotable,
  });
}

/**
 * What a full page's Embed control shows for a view: links, not the code. The code rides in the
 * view's oEmbed file, which the control's script fetches when the control is opened, so no page
 * carries it on every load; without the script the same links lead to the code and the view.
 */
export function embedOffer(story: Story, spec: EmbedSpec): EmbedOfferView {
  const { code } = story.t.embed;
  return {
    control: story.t.embed.control,
    what: spec.what,
    oembedHref: fileUrl(oembedFile(spec.segment)),
    previewHref: pageUrl(spec.segment),
    words: { copy: code.copy, copied: code.copied, codeIn: code.codeIn, oembedFile: code.oembedFile, preview: code.preview },
  };
}

/** The oEmbed discovery link a full page puts in its head for a view. */
export function oembedLink(spec: EmbedSpec): OembedLinkView {
  return { href: absoluteUrl(fileUrl(oembedFile(spec.segment))), title: embedTitle(spec) };
}

/** The oEmbed response of a view, written beside it as oembed.json. */
export function oembedDocument(story: Story, spec: EmbedSpec): OembedRich {
  return buildOembed({
    title: embedTitle(spec),
    provider_name: spec.site.title,
    provider_url: absoluteUrl(spec.site.homeHref),
    html: embedSnippet(story, spec),
    width: EMBED_WIDTH,
    height: spec.height,
  });
}
