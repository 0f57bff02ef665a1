/** The one description of the site: its title, language and the story's date. */
export const SITE = {
  /** Site name, used in titles, cards and the header. */
  title: 'Ukraine security guarantees explained',
  /** The site's own sober headline for the story. */
  headline: 'U.S. envoy says Russia accepts NATO-style security guarantees for Ukraine',
  /** Written for the site from the article's own facts; shown under the headline. */
  standfirst:
    'Steve Witkoff, President Trump’s special envoy, told CNN that Russia agreed at the Alaska summit to let the U.S. and Europe give Ukraine guarantees resembling NATO’s Article 5. Territory, with Donetsk in focus, is the open question before Monday’s White House talks.',
  /** BCP 47 language of every page. */
  language: 'en',
  /** Open Graph locale. */
  locale: 'en_GB',
  /** The day the story describes, ISO date: everything later is "scheduled". */
  storyDate: '2025-08-17',
  /** The headline the original report was filed under, shown in the source note. */
  originalHeadline:
    'Ukraine Security Guarantees: Putin’s Shocking Concession! Robust Security Guarantees for Ukraine Revealed!',
} as const;

/** Path segments of the pages that are not sections, defined once. */
export const PAGE_PATHS = {
  home: '',
  read: 'read',
  timeline: 'timeline',
  glossary: 'glossary',
} as const;
