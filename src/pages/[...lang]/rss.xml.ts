import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { LANGUAGE_TAGS } from '../../i18n/locales';
import { changeEntries } from '../../model/changes';
import { claimsPage } from '../../model/pages/claims';
import { editionStaticPaths, getEditionStory } from '../../model/story';
import { FILE_ROUTES, PAGE_ROUTES } from '../../routes';
import { absoluteUrl } from '../../urls';

// One feed per edition (rss.xml, uk/rss.xml). One item per section, then who says what, then one per entry of the updates log, newest first. Every link is absolute and carries the base: the channel
// link too, which @astrojs/rss would otherwise resolve against the bare origin.
export const getStaticPaths = () => editionStaticPaths();

export const GET: APIRoute = async ({ params }) => {
  const story = await getEditionStory(params['lang']);
  const { t, url } = story;
  const claims = claimsPage(story).chrome.meta;
  const published = new Date(`${story.published}T00:00:00Z`);
  const updated = new Date(`${story.modified}T00:00:00Z`);
  return rss({
    title: t.siteTitle,
    description: story.opening.standfirst,
    site: absoluteUrl(url.page(PAGE_ROUTES.home)),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      `<language>${LANGUAGE_TAGS[story.locale].lang}</language>`,
      // The latest entry of the updates log, not the build time, so builds stay reproducible.
      `<lastBuildDate>${updated.toUTCString()}</lastBuildDate>`,
      `<atom:link href="${absoluteUrl(url.file(FILE_ROUTES.feed))}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: [
      ...story.sections.map((section) => ({
        title: section.data.title,
        link: absoluteUrl(url.page(section.id)),
        description: section.data.standfirst,
      })),
      { title: claims.socialTitle, link: absoluteUrl(url.page(PAGE_ROUTES.claims)), description: claims.description },
    ]
      .map((item) => ({ ...item, pubDate: published, customData: `<atom:updated>${story.modified}</atom:updated>` }))
      .concat(
        changeEntries(story).map((entry) => ({
          title: `${entry.kind}, ${t.date(entry.date)}`,
          link: absoluteUrl(url.page(PAGE_ROUTES.changes, entry.anchor)),
          description: entry.note,
          pubDate: new Date(`${entry.date}T00:00:00Z`),
          customData: `<atom:updated>${entry.date}</atom:updated>`,
        })),
      ),
  });
};
