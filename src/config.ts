/** The one description of the site: its name, language and the story's date. Editorial text lives in content/. */
export const SITE = {
  /** Site name, used in titles, cards and the header. */
  title: 'Ukraine security guarantees explained',
  /** BCP 47 language of every page. */
  language: 'en',
  /** Open Graph locale. */
  locale: 'en_GB',
  /** The day the story describes, ISO date: everything later is "scheduled". */
  storyDate: '2025-08-17',
} as const;
