import { DEFAULT_LOCALE, LANGUAGE_TAGS, LOCALES, type Locale } from '../i18n/locales';
import { fill } from '../i18n/dictionary';
import { NOT_FOUND_ROUTE, PAGE_ROUTES, claimPageSegment } from '../routes';
import { absoluteUrl, editionUrls } from '../urls';
import { filesOfRecord } from '../lib/shown-files';
import type { Story } from './story';
import type { TranslatedFile } from './translation';
import type { AlternateView, TranslationNoteView } from './view';

// What each page of a translated edition says about itself (made how, reviewed by whom, behind
// the original or not), and which editions of a page search engines are told about. Which files
// a page shows is its record, noted as its model was built (src/model/pages/records.ts): the same keys
// in every edition, whose words are laid over the same structure.

/** A translated edition's files that a page shows, by the page's record (the files it read as it was built). */
function pageFiles(files: readonly TranslatedFile[], shown: ReadonlySet<string>): TranslatedFile[] {
  const keys = filesOfRecord(shown);
  return files.filter((file) => keys.has(file.key));
}

/** True when every file a page shows is translated and signed off by an editor: only then is it indexed. */
export function isReviewedPage(files: readonly TranslatedFile[], shown: ReadonlySet<string>): boolean {
  return pageFiles(files, shown).every((file) => file.translation !== undefined && file.translation.review !== 'unreviewed');
}

/**
 * The one line at the top of a translated page: how it was made, who reviewed it, whether it is
 * behind the original. `shown` is the page's record; `behindDate` the latest update of the English page.
 */
export function translationNote(story: Story, segment: string, shown: ReadonlySet<string>, behindDate: string): TranslationNoteView | undefined {
  if (!story.translation || !story.original) return undefined;
  const { t } = story;
  const files = pageFiles(story.translation.files, shown);
  // The page's own file (a section's or a claim's) has no translation: its English words stand in, marked lang="en".
  const ownClaim = story.claims.find((claim) => claimPageSegment(claim.id) === segment);
  const ownKey = story.sections.some((section) => section.id === segment) ? `sections/${segment}` : ownClaim && `claims/${ownClaim.id}`;
  const notYetTranslated = files.some((file) => file.key === ownKey && file.state === 'missing');
  const reviews = files.map((file) => file.translation?.review ?? 'unreviewed');
  const reviewed = reviews.every((review) => review !== 'unreviewed');
  const methods = [...new Set(files.flatMap((file) => (file.translation ? [file.translation.method] : [])))];
  const latestReview = reviews.flatMap((review) => (review === 'unreviewed' ? [] : [review])).sort((a, b) => a.on.localeCompare(b.on)).at(-1);
  // The not-found page has no English twin worth reading: it points at the English front page.
  const originalHref = editionUrls(DEFAULT_LOCALE).page(segment === NOT_FOUND_ROUTE ? PAGE_ROUTES.home : segment);
  const isBehind = files.some((file) => file.state !== 'current');
  if (notYetTranslated) {
    return { made: t.translation.notYetTranslated, review: undefined, isReviewed: false, original: { href: originalHref, label: t.translation.original, lang: LANGUAGE_TAGS[DEFAULT_LOCALE].lang }, behind: undefined };
  }
  return {
    made: t.translation.made[methods.includes('machine-assisted') ? 'machine-assisted' : 'human'],
    review: reviewed && latestReview ? fill(t.translation.reviewedBy, { by: latestReview.by, on: t.date(latestReview.on) }) : t.translation.unreviewed,
    isReviewed: reviewed,
    original: { href: originalHref, label: t.translation.original, lang: LANGUAGE_TAGS[DEFAULT_LOCALE].lang },
    behind: isBehind ? { text: fill(t.translation.behind, { date: t.date(behindDate) }), date: behindDate, link: { href: originalHref, label: t.translation.behindLink } } : undefined,
  };
}

/**
 * The editions of a page: every edition for the language switch; for hreflang, the original and
 * each translation that is reviewed, or none at all when no translation is (a set of one says nothing).
 */
export function pageEditions(
  story: Story,
  segment: string,
  translations: ReadonlyMap<Locale, readonly TranslatedFile[]>,
  shown: ReadonlySet<string>,
): { switch: AlternateView[]; hreflang: AlternateView[] } {
  const editions = LOCALES.map((locale) => {
    const tags = LANGUAGE_TAGS[locale];
    const files = translations.get(locale);
    const href = editionUrls(locale).page(segment === NOT_FOUND_ROUTE ? PAGE_ROUTES.home : segment);
    return {
      locale,
      lang: tags.lang,
      label: tags.endonym,
      href,
      absoluteHref: absoluteUrl(href),
      isCurrent: locale === story.locale,
      isIndexed: locale === DEFAULT_LOCALE || (files !== undefined && isReviewedPage(files, shown)),
    };
  });
  const indexed = editions.filter((edition) => edition.isIndexed);
  const hreflang =
    segment === NOT_FOUND_ROUTE || indexed.length < 2 || !editions.find((edition) => edition.isCurrent)?.isIndexed
      ? []
      : [...indexed, { ...editions[0]!, lang: 'x-default' }];
  return { switch: editions, hreflang };
}
