// The embeddable views the content calls for, as the tests expect them: the whole timeline,
// the slice of each section that lists events, and the map, each with the full page it
// comes from. Read from content/, so a new section or event changes the expectation too.
import { EMBED_ROUTES, OEMBED_FILE_NAME } from '../../src/routes';
import { SECTIONS } from './content';

/** One embeddable view: its built page, its oEmbed file, and its full page with the anchor the link back targets. */
export interface ExpectedEmbed {
  /** What it is, for test names ("timeline", "timeline of territory", "map"). */
  name: string;
  /** Its page, relative to dist ("embed/map/index.html"). */
  file: string;
  /** Its oEmbed file, relative to dist. */
  oembedFile: string;
  /** The full page it comes from, relative to dist. */
  fullFile: string;
  /** The anchor on the full page the link back points at; undefined for the page's top. */
  anchor?: string | undefined;
}

function view(name: string, segment: string, fullFile: string, anchor?: string): ExpectedEmbed {
  return { name, file: `${segment}/index.html`, oembedFile: `${segment}/${OEMBED_FILE_NAME}`, fullFile, anchor };
}

/** The sections with events: each has a slice of the timeline to embed. */
export const SLICED_SECTIONS = SECTIONS.filter((section) => section.data.events.length > 0);

/** Every embeddable view the build must have, and no other. */
export const EXPECTED_EMBEDS: readonly ExpectedEmbed[] = [
  view('timeline', EMBED_ROUTES.timeline, 'timeline/index.html'),
  ...SLICED_SECTIONS.map((section) =>
    view(`timeline of ${section.id}`, `${EMBED_ROUTES.timeline}/${section.id}`, `${section.id}/index.html`, 'section-timeline'),
  ),
  view('map', EMBED_ROUTES.map, 'index.html', 'where'),
];
