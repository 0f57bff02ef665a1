import type { ClaimForm } from '../schemas/claim';
import type { SentenceInContext } from '../lib/sentences';
import type { Dictionary } from '../i18n/dictionary';
import type { HeadingLevel } from '../lib/heading-level';
import type { DiffPart } from '../lib/word-diff';
import type { PageMeta } from '../lib/page-meta';
import type { CiteLink } from '../lib/citation';

/** A link as a component renders it: site-relative href and its words. */
export interface LinkView {
  href: string;
  label: string;
}

/** One link of a summary's citation (src/lib/citation.ts): its words there, its name out of context, and who says it. */
export type CiteView = CiteLink;

/** What the share control needs: the URL, what it is for screen readers, and the share sheet's title. */
export interface ShareView {
  /** Site-relative URL shared, with its anchor if any (made absolute by the control). */
  href: string;
  /** What is shared ("this section", "this event: Alaska summit"); the share sheet's title is the heading beside the control. */
  what: string;
}

/** The parts every page shares: head, header, navigation and footer. */
export interface PageChrome {
  /** Everything the head says about the page. */
  meta: PageMeta;
  /** The edition's interface words, for the layout and components. */
  t: Dictionary;
  /** What the share script says after copying, on pages with share controls (on <body>, once a page). */
  shareWords: { linkTo: string; to: string; copied: string; failed: string } | undefined;
  /** BCP 47 language of the page. */
  language: string;
  /** Writing direction of the language. */
  dir: 'ltr' | 'rtl';
  /** The same page in every edition, for the language switch. */
  editions: AlternateView[];
  /** The editions search engines are told about (hreflang), x-default last; empty when only one is indexed. */
  hreflang: AlternateView[];
  /** How a translated page was made and whether it is behind the original; undefined on the original. */
  translation: TranslationNoteView | undefined;
  /** Open Graph locale. */
  locale: string;
  /** Site name, in the header and og:site_name. */
  siteTitle: string;
  /** Link to the home page. */
  homeHref: string;
  /** Site-relative URLs of the icon and the edition's feed (robots.txt names the sitemap). */
  faviconHref: string;
  feedHref: string;
  /** The navigation, the current page marked. */
  nav: (LinkView & { isCurrent: boolean })[];
  /** The footer's source note, updates log and links. */
  footer: FooterView;
  /** The page's latest update or correction, and whether it tracks paragraphs for returning readers. */
  changes: PageChangesView;
  /** The oEmbed file of the view this page offers to embed; default none. */
  oembed?: OembedLinkView | undefined;
}

/** The footer of every page. */
export interface FooterView {
  /** The headline the report was filed under. */
  originalHeadline: string;
  /** What is the article's and what the site's. */
  provenance: string;
  /** The day the story describes, ISO date. */
  storyDate: string;
  /** The updates log, newest first. */
  updates: { date: string; note: string }[];
  /** Links to the other ways into the story. */
  links: LinkView[];
  /** Anchor id of the updates log's heading. */
  updatesAnchor: string;
  /** The edition's path segment ("" for the original): the offline worker keeps that edition. */
  edition: string;
}

/** The header of an article page: kicker, headline, standfirst and dateline. */
export interface ArticleHeaderView {
  /** Small line above the headline ("Part 3 of 5 · 2 min read"); default none. */
  kicker?: string | undefined;
  headline: string;
  standfirst: string;
  /** The language of the headline and standfirst when it is not the page's (the English of a section not yet translated); default the page's. */
  lang?: string | undefined;
  /** What the standfirst condenses: claims in context and paragraphs. */
  standfirstCites: CiteView[];
  /** The day the story describes and its latest update, ISO dates. */
  asOf: string;
  /** The latest update, ISO date; default none: the first publication is not an update. */
  updated?: string | undefined;
  /** The share control under the dateline; default none. */
  share?: ShareView | undefined;
  /** The Embed control beside the share control; default none. */
  embed?: EmbedOfferView | undefined;
}

/** A who's-who card for a person or term first mentioned on the page. */
export interface MentionCardView {
  /** Id of the popover (the anchor a mention's button targets). */
  anchor: string;
  name: string;
  /** Role or meaning, from the article. */
  text: string;
  /** Context from the public record, shown as Background; default none. */
  background?: string | undefined;
  /** Its full entry on the glossary page, which also lists the sections that mention it (a card on every page that does would only repeat them). */
  glossaryHref: string;
}

/** One source of attributed claims in a Sources list. */
export interface SourceView {
  anchor: string;
  label: string;
  who: string;
  how: string;
}

/** A page's Sources: the legend of the claim marks, then its speakers, or a link to the page that lists them. */
export type SourcesView = { anchor: string } & ({ items: SourceView[]; more?: undefined } | { more: { href: string; label: string }; items?: undefined });

/** What every timeline shows of an event, on the site or embedded. */
export interface EventFactsView {
  /** ISO date. */
  date: string;
  title: string;
  summary: string;
  /** What the summary condenses: claims in context and paragraphs (none for the public record). */
  summaryCites: CiteView[];
  /** What part comes from the record; default none. */
  recordNote?: string | undefined;
  /** From the public record rather than the article. */
  isBackground: boolean;
  /** Still ahead on the story date. */
  isScheduled: boolean;
  /** Its section, unless the timeline is on (or is the slice of) that section. */
  sectionLink?: LinkView | undefined;
}

/** One event in a timeline. */
export interface TimelineEventView extends EventFactsView {
  anchor: string;
  /** The event's share control: on the timeline page only; the front page's and a section's timelines leave it there. */
  share?: ShareView | undefined;
  /** The latest entry of the updates log that changed it; default none. */
  change?: ChangeMarkView | undefined;
}

/** A year of a timeline grouped by year. */
export interface TimelineYearView {
  year: number;
  anchor: string;
  events: TimelineEventView[];
}

/** The locator map figure. */
export interface MapFigureView {
  /** One image per colour scheme. */
  images: { scheme: string; src: string }[];
  width: number;
  height: number;
  alt: string;
  title: string;
  legend: string;
  credit: string;
  /** Each place's note; empty where the figure links to the notes instead (notesLink). */
  places: { fullName: string; note: string; background?: string | undefined }[];
  /** Where the place notes are, when this figure leaves them out. */
  notesLink?: LinkView | undefined;
}

/** A claim's mark in the text: who says it, shown after its words and, on wide screens, in the margin. */
export interface ClaimMarkView {
  /** Anchor id of the claim's words, the target of "in context" links. */
  anchor: string;
  /** Short label after the words ("Witkoff", "CBS"). */
  label: string;
  /** Who says it, in full ("Steve Witkoff", "The White House"). */
  speaker: string;
  /** How the article attributes it ("told CNN"). */
  attribution: string;
  /** Who says it and the article's verb, in one line: "Steve Witkoff told CNN", "European officials, according to CBS". */
  byline: string;
  /** When it was said, where the article says so ("Said in February"); default none. */
  saidWhen?: string | undefined;
  /** Where the claim stands since the article, once it has changed ("Denied on 20 August 2025"); default none: the article's report is all there is. */
  laterStatus?: string | undefined;
  /** The claim's own page: its words, who, when, and its card. */
  href: string;
}

/** A claim as the claims pages show it. */
export interface ClaimView extends ClaimMarkView {
  id: string;
  /** Whether the article quotes the speaker ("quote"), or reports, with ("partial") or without ("reported") a quoted phrase. */
  form: ClaimForm;
  /** The claim's headline, in reported speech. */
  headline: string;
  /** The claim's words exactly as in the article. */
  words: string;
  /** The article's whole sentence around the words, so reported speech is shown with its subject and verb. */
  sentence: SentenceInContext;
  /** The sentence in context: the section (or home) page at the claim's anchor. */
  context: LinkView;
  /** Every step of its history, oldest first: the words before and after its date ("Reported in the article of", ""), and a note. */
  history: { before: string; date: string; after: string; note?: string | undefined }[];
  share: ShareView;
}

/** What the components inside MDX bodies (<Claim>, <LocatorMap>) look up; the page hands it to <StoryContent>. */
export interface ContentData {
  /** Every claim's mark, by claim id. */
  claims: Record<string, ClaimMarkView>;
  /** Every person's and term's name and one line about them, for the note beside a first mention on wide screens. */
  mentions: Record<string, { name: string; text: string; glossaryHref: string }>;
  /** True when the page renders the who's-who cards (MentionCards) that first mentions open; false makes them links to the glossary. */
  withCards: boolean;
  /** The locator map. */
  map: MapFigureView;
  /** Every top-level paragraph of the opening and the sections, by anchor id: its fingerprint and latest change. */
  paragraphs: Record<string, ParagraphView>;
  /** The edition's interface words. */
  t: Dictionary;
  /**
   * The edition's language, set on its own words inside a body (margin notes, marks) when a body
   * stands in another language (the English of a section not yet translated); else undefined.
   */
  lang: string | undefined;
}

/** The Embed control of a full page: links to one of its embeddable views and to its code, which the control's script shows. */
export interface EmbedOfferView {
  /** The control's summary ("Embed"). */
  control: string;
  /** What is embedded, for screen readers ("the timeline", "the map"). */
  what: string;
  /** Site-relative URL of the view's oEmbed file, whose html is the embed code: what the script fetches, and the link without it. */
  oembedHref: string;
  /** Site-relative URL of the view itself. */
  previewHref: string;
  /** What the control and its script say, in the page's language. */
  words: { copy: string; copied: string; codeIn: string; oembedFile: string; preview: string };
}

/** The `<link rel="alternate" type="application/json+oembed">` of a page with an embeddable view. */
export interface OembedLinkView {
  /** Absolute URL of the view's oEmbed file. */
  href: string;
  /** What the view shows. */
  title: string;
}

/** The document of an embeddable view: minimal chrome, every link opening the full site in the top window. */
export interface EmbedChrome {
  /** The interface words of the view's edition. */
  t: Dictionary;
  /** BCP 47 language of the page, and its writing direction. */
  language: string;
  dir: 'ltr' | 'rtl';
  /** In a translation, how it was translated and the original it came from (the line a translated page opens with). */
  translation?: { made: string; review?: string | undefined; original: LinkView & { lang: string } } | undefined;
  /** Document title, unique per page. */
  title: string;
  /** Absolute URL of the full page the view comes from (no anchor): its canonical. */
  canonical: string;
  /** Site-relative URL of the icon. */
  faviconHref: string;
  /** The print stylesheet, linked for media="print" only. */
  printStylesHref: string;
  /** Site name, linked back to the story's home page. */
  siteTitle: string;
  homeHref: string;
  /** The view's one h1. */
  heading: string;
  /** The day the story describes, ISO date. */
  asOf: string;
  /** The headline the report was filed under and what is the article's and what the site's: the source note that travels with every view. */
  originalHeadline: string;
  provenance: string;
  /** The full version of what the view shows, with its anchor. */
  full: LinkView;
}

/** An event as an embedded timeline shows it: its title opens it on the full timeline. */
export interface EmbedEventView extends EventFactsView {
  /** Site-relative URL of the event on the full timeline, with its anchor. */
  href: string;
}

/** A year of an embedded timeline. */
export interface EmbedYearView {
  year: number;
  events: EmbedEventView[];
}

/** A heading level for a timeline's event titles. */
export type { HeadingLevel };

/** The label of a passage the updates log changed: what was done, when, and the entry that says so. */
export interface ChangeMarkView {
  /** "Corrected", "Updated" or "Clarified". */
  label: string;
  /** ISO date of the entry. */
  date: string;
  /** The entry on the changes page. */
  href: string;
}

/** A top-level paragraph of the story as a page renders it. */
export interface ParagraphView {
  /** Short hash of its words, compared by the reader's browser on the next visit. */
  print: string;
  /** The latest change that made it what it is; default none. */
  mark?: ChangeMarkView | undefined;
}

/** The latest update or correction of a page, shown near its top. */
export interface ChangeNoteView {
  /** "Update", "Correction" or "Clarification". */
  kind: string;
  /** ISO date of the entry. */
  date: string;
  /** The entry's note for readers. */
  note: string;
  /** The entry on the changes page. */
  href: string;
}

/** What a page says of its changes. */
export interface PageChangesView {
  /** The latest entry of the log that touched the page; default none. */
  note?: ChangeNoteView | undefined;
  /** True on pages with paragraphs of the story: they show what changed since the reader's last visit. */
  tracksParagraphs: boolean;
  /** The changes page, linked from the summary for returning readers. */
  logHref: string;
}

/** One change of an entry, as the changes page shows it. */
export interface TextChangeView {
  /** Where it was made: the passage's page and anchor, and its name. */
  where: LinkView;
  /** The word-level difference, removed words marked <del> and added ones <ins>. */
  parts: DiffPart[];
  /** The language of the words quoted, when it is not the page's (a translated edition quotes the English); else undefined. */
  lang: string | undefined;
}

/** A claim whose status an entry records. */
export interface ClaimChangeView {
  /** The claim's own page. */
  href: string;
  /** Who says it and how ("Steve Witkoff, told CNN"). */
  who: string;
  /** The status it took ("Denied"), and what happened, if said. */
  status: string;
  note?: string | undefined;
}

/** One entry of the updates log on the changes page. */
export interface ChangeEntryView {
  anchor: string;
  /** ISO date. */
  date: string;
  /** "Update", "Correction" or "Clarification". */
  kind: string;
  note: string;
  changes: TextChangeView[];
  claims: ClaimChangeView[];
  share: ShareView;
}

/** One edition of a page. */
export interface AlternateView {
  /** BCP 47 tag, or "x-default". */
  lang: string;
  /** The language's own name. */
  label: string;
  /** Site-relative and absolute URL of the page in that edition. */
  href: string;
  absoluteHref: string;
  isCurrent: boolean;
}

/** The line at the top of a translated page. */
export interface TranslationNoteView {
  /** "Machine-assisted translation from English", or "Not yet translated…" when the page's own file has no translation and the English stands in. */
  made: string;
  /** "not yet reviewed by an editor" or "reviewed by … on …"; undefined when the page is not yet translated. */
  review: string | undefined;
  isReviewed: boolean;
  /** The original page. */
  original: LinkView & { lang: string };
  /** Set when the English changed after the translation was made. */
  behind: { text: string; date: string; link: LinkView } | undefined;
}
