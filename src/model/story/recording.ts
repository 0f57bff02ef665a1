import type { TimelineEntry } from '../../lib/timeline';
import { partKey, recording, type Recorder } from '../../lib/shown-files';
import { OPENING_ID } from '../../routes';
import type { Speaker, Story, StoryClaim, StorySection } from './types';

/** The part of a body file that is its paragraphs. */
const TEXT_PART = 'text';

/** The key of a body's paragraphs in a page's record: what the updates log changes. */
export function bodyTextKey(bodyId: string): string {
  return partKey(bodyId === OPENING_ID ? OPENING_ID : `sections/${bodyId}`, TEXT_PART);
}

/** True for the key of a body's paragraphs. */
export function isBodyTextKey(key: string): boolean {
  return key.endsWith(partKey('', TEXT_PART));
}

/**
 * The story as one page reads it: every word it takes from a content file notes that file
 * ("sections/territory", "people/donald-trump") in `recorder`, keyed as the translated files are
 * (TranslatedFile.key). Ids, dates and the lists that find and order things are read without noting:
 * only words shown count. A page's record is then a by-product of building its model.
 */
export function recordingStory(story: Story, recorder: Recorder): Story {
  const entry = <E extends { id: string }>(folder: string) => (value: E) => recording(value, recorder, `${folder}${value.id}`, { quiet: ['id', 'collection', 'filePath'] });
  const speaker = (value: Speaker) => recording(value, recorder, `${value.kind === 'person' ? 'people' : 'sources'}/${value.id}`, { quiet: ['id', 'kind'] });
  const section = (value: StorySection) => {
    const key = `sections/${value.id}`;
    return recording(value, recorder, key, {
      quiet: ['id', 'position', 'lang', 'headings', 'readingMinutes', 'showsMap'],
      also: { Content: [bodyTextKey(value.id)] },
      // A section's lists of events, people and terms say what it concerns; its words are the rest.
      wrap: { data: (data: StorySection['data']) => recording(data, recorder, key, { quiet: ['order', 'events', 'people', 'terms', 'standfirstCites'] }) },
    });
  };
  const claim = (value: StoryClaim) => {
    const key = `claims/${value.id}`;
    return recording(value, recorder, key, {
      quiet: ['id'],
      wrap: { data: (data: StoryClaim['data']) => recording(data, recorder, key, { quiet: ['in', 'speaker', 'form'] }), speaker },
    });
  };
  return recording(story, recorder, OPENING_ID, {
    quiet: ['locale', 't', 'url', 'original', 'editions', 'translation', 'published', 'modified', 'openingShowsMap'],
    also: { OpeningContent: [bodyTextKey(OPENING_ID)] },
    wrap: {
      opening: (opening: Story['opening']) => recording(opening, recorder, OPENING_ID, { quiet: ['standfirstCites'] }),
      pageText: (text: Story['pageText']) =>
        Object.fromEntries(Object.entries(text).map(([page, words]) => [page, recording(words, recorder, `pages/${page}`)])) as Story['pageText'],
      map: (map: Story['map']) => recording(map, recorder, 'map'),
      sections: (sections: StorySection[]) => sections.map(section),
      events: (events: TimelineEntry[]) =>
        events.map((event) => recording(event, recorder, `timeline/${event.id}`, { quiet: ['id', 'date', 'section', 'status', 'source', 'cites'] })),
      people: (people: Story['people']) => people.map(entry('people/')),
      terms: (terms: Story['terms']) => terms.map(entry('terms/')),
      sources: (sources: Story['sources']) => sources.map(entry('sources/')),
      claims: (claims: StoryClaim[]) => claims.map(claim),
      speakers: (speakers: Story['speakers']) => new Map([...speakers].map(([id, value]) => [id, speaker(value)])),
      // An entry of the log is its file, named after its date.
      updates: (updates: Story['updates']) => updates.map((update) => recording(update, recorder, `updates/${update.date}`, { quiet: ['date', 'kind', 'claims'] })),
    },
  });
}
