// The interface words of the English edition. Every other edition's dictionary has the type of
// this one (src/i18n/dictionary.ts), so a missing or misspelt key fails `astro check`.
// Editorial text (the story, the page titles) lives in content/, not here.
import type { ClaimForm, ClaimStatus } from '../schemas/claim';
import type { TranslationMethod } from '../schemas/translation';
import type { UpdateKind } from '../schemas/update';

// Every message is ICU MessageFormat, filled by src/i18n/message.ts at build time: a whole sentence
// with {placeholders}, plurals and selects, never a fragment glued to others in code, so each
// edition can order its words as its grammar needs. Keys whose values are not words (Intl locales,
// quotation marks) are listed in NOT_WORDS in src/i18n/dictionary.ts.
export const en = {
  siteTitle: 'Ukraine security guarantees explained',
  /** The Intl locale dates are written in. */
  dateLocale: 'en-GB',
  /** A date in running text: "{date}" is Intl's day, month and year ("17 August 2025"). */
  date: '{date}',
  /** Quotation marks around a quotation: “…”, with any marks inside it turned to ‘…’. */
  quoteMarks: { outer: ['“', '”'], inner: ['‘', '’'] },
  /** A social card's dateline. */
  asOf: 'As of {date}',
  /** A social card's alt text, in reading order; the headline is named without quotation marks (they would say someone spoke it). */
  cardAlt: '{hasTitle, select, yes {Card from {siteTitle}, as of {date}: {title}, with its summary} other {Card from {siteTitle}, as of {date}: the story’s headline, with its summary}}',
  readingTime: '{minutes, plural, other {# min read}}',
  partOf: 'Part {position} of {total}',
  /** A kicker. */
  part: 'Part {position}',
  storyInParts: '{count, plural, one {The story in # part} other {The story in # parts}}',
  skipLink: 'Skip to the story',
  offline: 'You are offline. This page was saved on an earlier visit; it may not have the latest updates.',
  nav: { label: 'Site', home: 'Overview', read: 'Whole story', timeline: 'Timeline', glossary: 'Who & what', claims: 'Who says what' },
  footer: {
    read: 'Read the whole story on one page',
    timeline: 'Timeline',
    glossary: 'Who & what',
    claims: 'Who says what',
    changes: 'Updates and corrections',
    feed: 'Feed',
    updates: 'Updates',
    /** The footer's note on the story: {headline} and {date} are set in markup, {provenance} is content/opening.mdx's. */
    source: 'Originally published as {headline}. {provenance} Story as of {date}.',
    keepOffline: 'Keep for offline reading',
    keeping: 'Keeping…',
    kept: 'Kept for offline reading: {count} files.',
    keepFailed: 'Could not keep it; try again online.',
  },
  scheme: { label: 'Colours', system: 'System', light: 'Light', dark: 'Dark' },
  language: { label: 'Language' },
  dateline: { asOf: 'As of', updated: 'Updated' },
  share: {
    share: 'Share',
    linkTo: 'link to',
    /** "Copy link" + to + what: "Copy link to this section". */
    to: 'to',
    copyLink: 'Copy link',
    copied: 'Link copied',
    copyFailed: 'Could not copy; the link is in the address bar',
    thisSection: 'this section',
    thisEvent: 'this event',
    /** What a claim's share control copies a link to: "{speaker}" is who says it. */
    thisClaim: 'this statement by {speaker}',
  },
  /** The embeddable views (src/pages/embed/) and the Embed control that offers one on a full page. */
  embed: {
    /** The control's summary; screen readers hear what it embeds after it ("Embed the timeline"; a claim's is share.thisClaim). */
    control: 'Embed',
    what: { timeline: 'the timeline', sectionTimeline: 'this section’s timeline', map: 'the map' },
    /** A view's document title: "{label}" is its short name, "{site}" the site's. */
    documentTitle: 'Embed: {label} · {site}',
    /** The same where that is too long for search results (a claim's headline). */
    documentTitleShort: 'Embed: {label}',
    /** A section's slice of the timeline: its heading ("{section}" is the section's title) and short name ("{section}" its navigation label). */
    sectionTimeline: 'Timeline — {section}',
    sectionTimelineLabel: 'Timeline, {section}',
    mapLabel: 'Map',
    /** The link from a view to its full version. */
    full: { timeline: 'Open the full timeline', section: 'Read the full section', map: 'Read the story', claim: 'Open this statement on the site' },
    /** The code box the control's script fills from the view's oEmbed file (named like the control), and its copy button. */
    code: {
      copy: 'Copy code',
      copied: 'Code copied',
      /** Without the script, where the code is: "{codeIn} [oEmbed file] · [See the embed]". */
      codeIn: 'The code is the html field of its',
      oembedFile: 'oEmbed file',
      preview: 'See the embed',
    },
  },
  /** A heading's link to itself, for screen readers: "{label}" is what it links to ("this section"). */
  selfLink: 'Link to {label}',
  pager: { label: 'Previous and next sections', previous: 'Previous', next: 'Next' },
  inShort: 'In short',
  /** A summary's citation (src/components/CiteLinks.astro): "(sources: Witkoff told CNN and suggested; paragraph 2)". */
  cite: {
    /** Before one link, and before several. */
    source: 'source:',
    sources: 'sources:',
    /** Joins the last two of a speaker's claims or of the paragraphs. */
    and: 'and',
    /** A cited paragraph, by its number in its section. */
    paragraph: 'paragraph {n}',
    /** The same link's name out of context, for screen readers' lists of links. */
    paragraphOf: 'paragraph {n} of “{section}”',
  },
  /** Who says a claim and the article's verb: "Witkoff told CNN", "Unnamed reports indicate". */
  whoSays: '{speaker} {attribution}',
  /** The same for an attribution that names its source aside: "European officials, according to CBS". */
  whoSaysAside: '{speaker}, {attribution}',
  openQuestions: 'Open questions',
  /** An open question's link to its section. */
  see: 'See {section}',
  where: 'Where',
  mapNotes: 'What the story says about each place',
  timeline: 'Timeline',
  /** Where a change was made in a timeline event: "{event}" is its title. */
  timelineEvent: 'Timeline: {event}',
  /** A timeline event's link to its section. */
  moreIn: 'More in {section}',
  scheduled: 'Scheduled',
  background: 'Background',
  sources: {
    heading: 'Sources',
    /** "{sample}" is a sample of the claim mark, in markup: likeThis marked with sampleLabel. */
    legend: 'Statements marked {sample} are claims the article attributes to someone; the rest is the article’s own reporting.',
    likeThis: 'like this',
    sampleLabel: 'label',
    /** The whole story's pointer to who each label stands for (the claims page lists them). */
    whoIsWho: 'Who each label stands for, and how the article presents them',
  },
  glossary: { people: 'People', terms: 'Terms', mentionedIn: 'Mentioned in:', whosWho: 'Who’s who' },
  mention: { close: 'Close' },
  claims: {
    /** A quotation in one line of plain text: who and the article's verb ("Emmanuel Macron warned"), the quoted words. */
    quoteLine: '{byline}: {words}',
    /** The line before a reported claim's sentence: the words are the article's, not the speaker's. */
    asReported: 'As the article reports it:',
    /** The first step of every claim's history, by what kind of words it holds: "{date}" is the story's. */
    firstStep: {
      quote: 'Quoted in the article of {date}',
      partial: 'Reported in the article of {date}',
      reported: 'Reported in the article of {date}',
    } satisfies Record<ClaimForm, string>,
    /** A later step of a claim's history: "Denied on 20 August 2025". */
    laterStep: '{status} on {date}',
    /** When it was said, where the article says so: "{when}" is "in February". */
    saidWhen: 'Said {when}',
    /** The first line of a quote card that quotes, and of one that reports. */
    cardQuote: '{speaker}',
    cardReported: 'As the article reports it · {speaker}',
    /** A claim's link to its sentence: "{place}" is the section or page. */
    inContext: 'In context: {place}',
    /** The link from a claim to the list of all: "{page}" is that page's title. */
    everyClaim: '{page}: every claim in the story',
    /** A claim's status as readers read it; "claimed" is what the article reports, whatever the form. */
    status: { claimed: 'Reported', confirmed: 'Confirmed', disputed: 'Disputed', denied: 'Denied', withdrawn: 'Withdrawn' } satisfies Record<ClaimStatus, string>,
  },
  changes: {
    legend: 'Words struck through were taken out; underlined words were put in.',
    /** What screen readers hear around the words a change took out or put in (they do not announce <del> and <ins>). */
    diff: { removed: '[removed: ', added: '[added: ', end: ']' },
    /** A change note's link; the words in {when} are for screen readers only ("on 20 August 2025"). */
    seeWhatChanged: 'See what changed{when}',
    on: ' on {date}',
    opening: 'Opening',
    /** Where a change was made: "{place}" is a section's title or the opening. */
    paragraph: '{place}, paragraph {number}',
    kind: { update: 'Update', correction: 'Correction', clarification: 'Clarification', typo: 'Typo fix' } satisfies Record<UpdateKind, string>,
    verb: { update: 'Updated', correction: 'Corrected', clarification: 'Clarified', typo: 'Typo fixed' } satisfies Record<UpdateKind, string>,
    /** What an entry's share control links to, for screen readers. */
    theEntry: '{kind, select, update {the update of {when}} correction {the correction of {when}} clarification {the clarification of {when}} other {the typo fix of {when}}}',
    sinceVisit: {
      // Counts stand after a label, so no language needs its plural forms here (the words ride on every story page).
      /** The Intl locale the script writes the date of the last visit in ("17 August"). */
      dateLocale: 'en-GB',
      /** Links to the updates log. */
      summary: 'Since you read this on {when}: paragraphs changed {changed}, new {added}.',
      newMark: 'New since your visit',
      changedMark: 'Changed since your visit',
    },
  },
  notFound: { start: 'Start from the beginning', read: 'Read the whole story on one page', timeline: 'Timeline' },
  translation: {
    /** The one line at the top of a translated page. */
    made: { 'machine-assisted': 'Machine-assisted translation from English', human: 'Translated from English' } satisfies Record<TranslationMethod, string>,
    unreviewed: 'not yet reviewed by an editor',
    /** The line at the top of a page whose own file has no translation yet: its English words stand in. */
    notYetTranslated: 'Not yet translated: the English original stands in',
    reviewedBy: 'reviewed by {by} on {on}',
    original: 'Read the original',
    behind: 'This translation predates the update of {date} to the English original.',
    behindLink: 'Read the current English version',
  },
};
