import { DEFAULT_LOCALE, LANGUAGE_TAGS } from '../../i18n/locales';
import { quiet } from '../../lib/shown-files';
import { fillTemplate } from '../../lib/template';
import type { FixedPage, Story } from '../story';

/** A fixed page's title and description with its placeholders filled from the story. */
export function fixedPageText(story: Story, page: FixedPage): { title: string; heading: string; description: string; intro?: string | undefined } {
  const text = story.pageText[page];
  // The placeholders count and name the story's parts, as links do: the page's own words are the template.
  const plain = quiet(story);
  const years = plain.events.map((event) => event.date.slice(0, 4));
  const values = {
    partCount: plain.sections.length,
    partList: plain.sections.map((s) => s.data.navLabel.toLowerCase()).join(', '),
    eventCount: plain.events.length,
    firstYear: years[0] ?? '',
    lastYear: years.at(-1) ?? '',
    peopleCount: plain.people.length,
    termCount: plain.terms.length,
    headline: plain.opening.headline,
    claimCount: plain.claims.length,
  };
  const where = `content/${story.locale === DEFAULT_LOCALE ? '' : `${story.locale}/`}pages/${page}.yaml`;
  return {
    title: text.title,
    heading: text.heading ?? text.title,
    description: fillTemplate(text.description, values, `${where} description`, LANGUAGE_TAGS[story.locale].lang),
    intro: text.intro,
  };
}
