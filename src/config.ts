import { en } from './i18n/en';
import { DEFAULT_LOCALE, LANGUAGE_TAGS } from './i18n/locales';

/**
 * The one description of the site: its name, language and the story's date, as the original
 * edition says them (each edition's own are in src/i18n/). Editorial text lives in content/.
 */
export const SITE = {
  /** Site name of the original edition, used in titles, cards and the header; src/i18n/ names it in each language. */
  title: en.siteTitle,
  /** BCP 47 language of the original edition. */
  language: LANGUAGE_TAGS[DEFAULT_LOCALE].lang,
  /** The day the story describes, ISO date: everything later is "scheduled". */
  storyDate: '2025-08-17',
} as const;
