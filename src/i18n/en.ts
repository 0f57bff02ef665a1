// The interface words of the English edition. Every other edition's dictionary has the type of
// this one (src/i18n/dictionary.ts), so a missing or misspelt key fails `astro check`.
// Editorial text (the story, the page titles) lives in content/, not here.
import type { ClaimForm, ClaimStatus } from '../schemas/claim';
import type { TranslationMethod } from '../schemas/translation';
import type { UpdateKind } from '../schemas/update';
import { formatDisplayDate } from '../lib/dates';
import { describeSocialCard, formatAsOf } from '../lib/page-meta';
import { ENGLISH_QUOTES, quoteIn } from '../lib/quotations';

const plural = new Intl.PluralRules('en');

export const en = {
  siteTitle: 'Ukraine security guarantees explained',
  /** "17 August 2025". */
  date: formatDisplayDate,
  /** A social card's dateline: "As of 17 August 2025". */
  asOf: formatAsOf,
  /** A social card's alt text, in reading order; `title` undefined names the headline without quoting it. */
  cardAlt: describeSocialCard,
  /** "1 min read", "4 min read". */
  readingTime: (minutes: number): string => `${minutes} min read`,
  /** "Part 3 of 5". */
  partOf: (position: number, total: number): string => `Part ${position} of ${total}`,
  /** A kicker: "Part 3". */
  part: (position: number): string => `Part ${position}`,
  storyInParts: (count: number): string => `The story in ${count} ${plural.select(count) === 'one' ? 'part' : 'parts'}`,
  /** Quotation marks around a quotation: “…”, with any marks inside it turned to ‘…’. */
  quote: (text: string): string => quoteIn(ENGLISH_QUOTES, text),
  skipLink: 'Skip to the story',
  offline: 'You are offline. This page was saved on an earlier visit; it may not have the latest updates.',
  nav: { label: 'Sections', read: 'Whole story', timeline: 'Timeline', glossary: 'Who & what', claims: 'Who says what' },
  footer: {
    read: 'Read the whole story on one page',
    timeline: 'Timeline',
    glossary: 'Who & what',
    claims: 'Who says what',
    changes: 'Updates and corrections',
    feed: 'Feed',
    updates: 'Updates',
    originallyPublished: 'Originally published as',
    storyAsOf: 'Story as of',
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
  selfLink: 'Link to',
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
  see: 'See',
  where: 'Where',
  mapNotes: 'What the story says about each place',
  timeline: 'Timeline',
  moreIn: 'More in',
  scheduled: 'Scheduled',
  background: 'Background',
  sources: {
    heading: 'Sources',
    markedBefore: 'Statements marked',
    likeThis: 'like this',
    sampleLabel: 'label',
    markedAfter: 'are claims the article attributes to someone; the rest is the article’s own reporting.',
  },
  glossary: { people: 'People', terms: 'Terms', mentionedIn: 'Mentioned in:', whosWho: 'Who’s who' },
  mention: { in: 'In:', fullEntry: 'Full entry in Who & what', close: 'Close' },
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
    inContext: 'In context:',
    everyClaim: 'every claim in the story',
    /** A claim's status as readers read it; "claimed" is what the article reports, whatever the form. */
    status: { claimed: 'Reported', confirmed: 'Confirmed', disputed: 'Disputed', denied: 'Denied', withdrawn: 'Withdrawn' } satisfies Record<ClaimStatus, string>,
  },
  changes: {
    legend: 'Words struck through were taken out; underlined words were put in.',
    /** What screen readers hear around the words a change took out or put in (they do not announce <del> and <ins>). */
    diff: { removed: '[removed: ', added: '[added: ', end: ']' },
    seeWhatChanged: 'See what changed',
    on: 'on',
    opening: 'Opening',
    paragraph: 'paragraph',
    kind: { update: 'Update', correction: 'Correction', clarification: 'Clarification', typo: 'Typo fix' } satisfies Record<UpdateKind, string>,
    verb: { update: 'Updated', correction: 'Corrected', clarification: 'Clarified', typo: 'Typo fixed' } satisfies Record<UpdateKind, string>,
    theEntry: (kind: string, when: string): string => `the ${kind.toLowerCase()} of ${when}`,
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
