// The interface words of the English edition. Every other edition's dictionary has the type of
// this one (src/i18n/dictionary.ts), so a missing or misspelt key fails `astro check`.
// Editorial text (the story, the page titles) lives in content/, not here.
import type { ClaimStatus } from '../schemas/claim';
import type { TranslationMethod } from '../schemas/translation';
import type { UpdateKind } from '../schemas/update';
import { formatDisplayDate } from '../lib/dates';
import { describeSocialCard, formatAsOf } from '../lib/page-meta';

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
  /** Quotation marks around a quotation: “…”. */
  quote: (text: string): string => `“${text}”`,
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
    thisClaimBy: 'this claim by',
  },
  selfLink: 'Link to',
  pager: { label: 'Previous and next sections', previous: 'Previous', next: 'Next' },
  inShort: 'In short',
  from: 'from',
  paragraphMark: '¶',
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
    asOf: 'as of',
    inContext: 'In context:',
    everyClaim: 'every claim in the story',
    /** A claim's status as readers read it. */
    status: { claimed: 'Claimed', confirmed: 'Confirmed', disputed: 'Disputed', denied: 'Denied', withdrawn: 'Withdrawn' } satisfies Record<ClaimStatus, string>,
  },
  changes: {
    legend: 'Words struck through were taken out; underlined words were put in.',
    seeWhatChanged: 'See what changed',
    on: 'on',
    opening: 'Opening',
    paragraph: 'paragraph',
    kind: { update: 'Update', correction: 'Correction', clarification: 'Clarification' } satisfies Record<UpdateKind, string>,
    verb: { update: 'Updated', correction: 'Corrected', clarification: 'Clarified' } satisfies Record<UpdateKind, string>,
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
    reviewedBy: 'reviewed by {by} on {on}',
    original: 'Read the original',
    behind: 'This translation predates the update of {date} to the English original.',
    behindLink: 'Read the current English version',
  },
};
