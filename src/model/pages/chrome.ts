import { SITE } from '../../config';
import { LANGUAGE_TAGS, localeSegment } from '../../i18n/locales';
import { kindLinks } from '../../lib/kind-links';
import { buildPageMeta, type PageMetaInput } from '../../lib/page-meta';
import { isRecording, quiet } from '../../lib/shown-files';
import { footerKinds, navKinds } from '../../page-kinds';
import { ANCHORS, FILE_ROUTES, PAGE_ROUTES } from '../../routes';
import { BASE_PATH, SITE_ORIGIN, fileUrl } from '../../urls';
import { pageChanges } from '../changes';
import { pageEditions } from '../edition';
import { oembedLink, type EmbedSpec } from '../embeds';
import type { Story } from '../story';
import type { PageChrome } from '../view';
import { pageRecords, pageTranslationNote, recordOf } from './records';

/**
 * The head, header and footer of a page; `embed` is the view it offers to other sites, if any;
 * `page.hasShareControls` false (pages without a share control) leaves out the words the share
 * script says, which only cost such a page bytes.
 */
export function pageChrome(recorded: Story, page: PageMetaInput & { hasShareControls?: boolean }, embed?: EmbedSpec): PageChrome {
  const current = page.segment;
  // The chrome is the same on every page and records nothing; while a page is being recorded
  // it has no record yet to say its status or changes by, and needs none.
  const story = quiet(recorded);
  const recording = isRecording(recorded);
  const { t, url } = story;
  const tags = LANGUAGE_TAGS[story.locale];
  const editions = recording ? { switch: [], hreflang: [] } : pageEditions(story, current, story.editions, recordOf(story, current));
  const note = recording ? undefined : pageTranslationNote(story, current);
  return {
    oembed: embed && oembedLink(embed),
    meta: buildPageMeta(page, {
      title: t.siteTitle,
      origin: SITE_ORIGIN,
      base: BASE_PATH,
      published: story.published,
      modified: story.modified,
      headline: story.opening.headline,
      asOf: SITE.storyDate,
      edition: localeSegment(story.locale),
      // An unreviewed translation stays out of search engines (and so out of the sitemap and hreflang).
      isIndexable: note === undefined || note.isReviewed,
      describeCard: t.cardAlt,
    }),
    t,
    shareWords: page.hasShareControls === false ? undefined : { linkTo: t.share.linkTo, to: t.share.to, copied: t.share.copied, failed: t.share.copyFailed },
    language: tags.lang,
    dir: tags.dir,
    locale: tags.ogLocale,
    editions: editions.switch,
    hreflang: editions.hreflang,
    translation: note,
    siteTitle: t.siteTitle,
    homeHref: url.page(PAGE_ROUTES.home),
    faviconHref: fileUrl(FILE_ROUTES.favicon),
    feedHref: url.file(FILE_ROUTES.feed),
    // Fixed kinds only, so the header is one short row however many parts the story has:
    // the parts are reached from the front page's list and each part's pager.
    nav: kindLinks(navKinds(), t.nav, url.page, current),
    footer: {
      originalHeadline: story.opening.originalHeadline,
      provenance: story.opening.provenance,
      storyDate: SITE.storyDate,
      // The latest entry only: every page carries the footer, and the whole log is the changes page's, linked beside it.
      updates: [...story.updates].reverse().slice(0, 1),
      updatesAnchor: ANCHORS.updatesLog,
      edition: localeSegment(story.locale),
      links: [
        ...kindLinks(footerKinds(), t.footer, url.page, current).map(({ href, label }) => ({ href, label })),
        { href: url.file(FILE_ROUTES.feed), label: t.footer.feed },
      ],
    },
    changes: recording ? { tracksParagraphs: false, logHref: url.page(PAGE_ROUTES.changes) } : pageChanges(story, current, pageRecords(story)),
  };
}
