/** What the markup needs to know of a language. */
export interface LanguageTags {
  /** BCP 47 tag for lang="" and hreflang. */
  lang: string;
  /** Open Graph locale. */
  ogLocale: string;
  /** Writing direction. */
  dir: 'ltr' | 'rtl';
  /** The language's name in itself, for the language switch. */
  endonym: string;
}

/**
 * The editions of the site, one entry each (docs/translating.md: an edition is this entry, its
 * dictionary src/i18n/<locale>.ts and its content/<locale>/). English is the original and lives
 * at the root; every other edition is a translation of it under its own first path segment
 * ("/uk/"), with the same slugs and anchors. astro.config.mjs hands the list to Astro's i18n
 * routing and the sitemap.
 */
const EDITIONS = {
  en: { lang: 'en', ogLocale: 'en_GB', dir: 'ltr', endonym: 'English' },
  uk: { lang: 'uk', ogLocale: 'uk_UA', dir: 'ltr', endonym: 'Українська' },
} as const satisfies Record<string, LanguageTags>;

/** One edition's language code, which is also its path segment. */
export type Locale = keyof typeof EDITIONS;
export const LOCALES = Object.keys(EDITIONS) as Locale[];
/** The original edition, at the root of the site. */
export const DEFAULT_LOCALE = 'en' satisfies Locale;
/** The editions translated from the default one, each with its words in content/<locale>/. */
export const TRANSLATED_LOCALES = LOCALES.filter((locale): locale is Exclude<Locale, typeof DEFAULT_LOCALE> => locale !== DEFAULT_LOCALE);

export const LANGUAGE_TAGS: Record<Locale, LanguageTags> = EDITIONS;

export function isLocale(value: string | undefined): value is Locale {
  return (LOCALES as readonly (string | undefined)[]).includes(value);
}

/** The path segment an edition adds below the base: "" for the original, "uk" for Ukrainian. */
export function localeSegment(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : locale;
}

/** The value of a `[...lang]` route parameter for an edition: undefined puts the page at the root. */
export function localeParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/** The edition of a `[...lang]` route parameter, or an error naming the editions. */
export function localeFromParam(param: string | undefined): Locale {
  const locale = param ?? DEFAULT_LOCALE;
  if (!isLocale(locale)) throw new Error(`Unknown edition "${param}"; the site has: ${LOCALES.join(', ')}.`);
  return locale;
}

/** The edition a path below the base belongs to ("uk/territory/" is Ukrainian, "territory/" English). */
export function localeOfPath(pathBelowBase: string): Locale {
  const first = pathBelowBase.replace(/^\/+/, '').split('/')[0];
  return isLocale(first) && first !== DEFAULT_LOCALE ? first : DEFAULT_LOCALE;
}
