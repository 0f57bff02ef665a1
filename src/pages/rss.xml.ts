import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE } from '../config';
import { claimsPage } from '../model/pages';
import { getStory } from '../model/story';
import { FILE_ROUTES, PAGE_ROUTES } from '../routes';
import { absoluteUrl, fileUrl, pageUrl } from '../urls';

// One item per section, then who says what. Every link is absolute and carries the base: the channel
// link too, which @astrojs/rss would otherwise resolve against the bare origin.
export const GET: APIRoute = async () => {
  const story = await getStory();
  const claims = claimsPage(story).chrome.meta;
  const published = new Date(`${story.published}T00:00:00Z`);
  const updated = new Date(`${story.modified}T00:00:00Z`);
  return rss({
    title: SITE.title,
    description: story.opening.standfirst,
    site: absoluteUrl(pageUrl(PAGE_ROUTES.home)),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      `<language>${SITE.language}</language>`,
      // The latest entry of the updates log, not the build time, so builds stay reproducible.
      `<lastBuildDate>${updated.toUTCString()}</lastBuildDate>`,
      `<atom:link href="${absoluteUrl(fileUrl(FILE_ROUTES.feed))}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: [
      ...story.sections.map((section) => ({
        title: section.data.title,
        link: absoluteUrl(pageUrl(section.id)),
        description: section.data.standfirst,
      })),
      { title: claims.socialTitle, link: absoluteUrl(pageUrl(PAGE_ROUTES.claims)), description: claims.description },
    ].map((item) => ({ ...item, pubDate: published, customData: `<atom:updated>${story.modified}</atom:updated>` })),
  });
};
