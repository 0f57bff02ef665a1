import { editionUrls } from '../urls';
import { dictionaryFor } from '../i18n/dictionary';
import { DEFAULT_LOCALE, LOCALES, TRANSLATED_LOCALES, localeFromParam, localeParam, type Locale } from '../i18n/locales';
import { listPageAnchors } from '../page-kinds';
import type { PageText } from '../schemas/page-text';
import { getTranslatedFiles } from './translation';
import { checkEdition, checkSpeakerIds } from './story/checks';
import { anchorFacts, deriveEvents, deriveLog, deriveSpeakers, orderClaims } from './story/derive';
import { loadEdition, readPageText } from './story/load';
import type { FixedPage, Story } from './story/types';

// An edition's story: its content read (story/load.ts), what follows from it worked out
// (story/derive.ts) and checked (story/checks.ts), once per build. Pages take it from here.

export type { FixedPage, RenderedContent, Speaker, Story, StoryClaim, StorySection } from './story/types';
export { FIXED_PAGES } from './story/types';

async function loadStory(locale: Locale): Promise<Story> {
  const edition = await loadEdition(locale);
  const { translated, entries } = edition;
  const speakers = deriveSpeakers(entries.people, entries.sources);
  checkSpeakerIds(entries.people, entries.sources);
  const claims = orderClaims(edition, speakers);
  const events = deriveEvents(edition);
  const pageText = readPageText(entries.pages);
  const original = translated ? await getStory(DEFAULT_LOCALE) : undefined;
  const translation = checkEdition(locale, edition, { speakers, pageAnchors: listPageAnchors(anchorFacts(edition, claims, events)), pageTextProblems: pageText.problems }, original);
  return {
    locale,
    t: dictionaryFor(locale),
    url: editionUrls(locale),
    original,
    editions: new Map(await Promise.all(TRANSLATED_LOCALES.map(async (other) => [other, await getTranslatedFiles(other)] as const))),
    translation,
    opening: edition.opening.data,
    OpeningContent: edition.OpeningContent,
    pageText: pageText.text as Record<FixedPage, PageText>,
    map: edition.map.data,
    sections: edition.sections,
    events,
    people: [...entries.people].sort((a, b) => a.data.name.localeCompare(b.data.name, locale)),
    terms: [...entries.terms].sort((a, b) => a.data.term.localeCompare(b.data.term, locale)),
    sources: entries.sources,
    claims,
    speakers,
    openingFacts: edition.openingFacts,
    openingShowsMap: edition.openingShowsMap,
    ...deriveLog(entries.updates),
  };
}

const storyPromises = new Map<Locale, Promise<Story>>();

/** Loads and checks an edition's story once per build; throws a message naming file, field and fix on bad content. Pages call it; components never do. */
export function getStory(locale: Locale = DEFAULT_LOCALE): Promise<Story> {
  let story = storyPromises.get(locale);
  if (!story) {
    story = loadStory(locale);
    storyPromises.set(locale, story);
  }
  return story;
}

/** The story of the edition a `[...lang]` route parameter names (undefined is the original). */
export function getEditionStory(langParam: string | undefined): Promise<Story> {
  return getStory(localeFromParam(langParam));
}

/** Static paths of a `[...lang]` route in every edition: `paramsOf` lists the route's other parameters in one edition's story. */
export async function editionStaticPaths<Params extends Record<string, string>>(
  paramsOf: (story: Story) => Params[] = () => [{} as Params],
): Promise<{ params: Params & { lang: string | undefined } }[]> {
  const perEdition = await Promise.all(
    LOCALES.map(async (locale) => paramsOf(await getStory(locale)).map((params) => ({ params: { ...params, lang: localeParam(locale) } }))),
  );
  return perEdition.flat();
}
