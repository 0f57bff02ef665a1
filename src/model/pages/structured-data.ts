import { SITE } from '../../config';
import { DEFAULT_LOCALE, LANGUAGE_TAGS } from '../../i18n/locales';
import { isRecording, quiet } from '../../lib/shown-files';
import { buildNewsArticle, type ClaimFacts, type JsonLd } from '../../lib/structured-data';
import { PAGE_ROUTES, claimAnchor, claimPageSegment, socialCardFile } from '../../routes';
import { absoluteUrl, editionUrls } from '../../urls';
import { pageCorrections } from '../changes';
import type { Story, StoryClaim } from '../story';
import { pageRecords } from './records';

// What a page says of itself to search engines, as JSON-LD: the article it is, or the claim it shows.

/** The NewsArticle a page describes itself as. */
export function newsArticle(recorded: Story, page: { segment: string; headline: string; description: string; cardId: string }): JsonLd {
  const story = quiet(recorded);
  return buildNewsArticle(
    {
      url: absoluteUrl(story.url.page(page.segment)),
      headline: page.headline,
      description: page.description,
      imageUrl: absoluteUrl(story.url.file(socialCardFile(page.cardId))),
      corrections: isRecording(recorded) ? [] : pageCorrections(story, page.segment, pageRecords(story)),
      translationOf: story.locale === DEFAULT_LOCALE ? undefined : absoluteUrl(editionUrls(DEFAULT_LOCALE).page(page.segment)),
    },
    {
      siteTitle: story.t.siteTitle,
      homeUrl: absoluteUrl(story.url.page(PAGE_ROUTES.home)),
      inLanguage: LANGUAGE_TAGS[story.locale].lang,
      datePublished: story.published,
      dateModified: story.modified,
      originalHeadline: story.opening.originalHeadline,
    },
  );
}

/** What the structured data says of one claim, as it appears on `pageUrlAbsolute`. */
export function claimFacts(story: Story, claim: StoryClaim, pageUrlAbsolute: string): ClaimFacts {
  return {
    text: claim.data.words,
    url: absoluteUrl(story.url.page(claimPageSegment(claim.id))),
    appearanceUrl: `${pageUrlAbsolute}#${claimAnchor(claim.id)}`,
    author: { name: claim.speaker.name, isPerson: claim.speaker.kind === 'person' },
    datePublished: claim.data.status[0]?.date ?? SITE.storyDate,
  };
}
