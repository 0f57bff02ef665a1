import { locatorMapSize } from '../../lib/map/render';
import { UKRAINE_REGIONS } from '../../lib/map/regions';
import { SCHEMES } from '../../lib/palette';
import { ANCHORS, PAGE_ROUTES, locatorMapFile } from '../../routes';
import type { Story } from '../story';
import type { MapFigureView } from '../view';

/** The locator map figure, its words from content/map.yaml; `withNotes` false links to the notes on the home page instead of listing them. */
export function mapFigure(story: Story, withNotes = true): MapFigureView {
  const { width, height } = locatorMapSize(UKRAINE_REGIONS);
  return {
    images: SCHEMES.map((scheme) => ({ scheme, src: story.url.file(locatorMapFile(scheme)) })),
    width,
    height,
    alt: story.map.alt,
    title: story.map.title,
    legend: story.map.legend,
    credit: story.map.credit,
    places: withNotes ? story.map.places.map((place) => ({ fullName: place.fullName, note: place.note, background: place.background })) : [],
    notesLink: withNotes ? undefined : { href: story.url.page(PAGE_ROUTES.home, ANCHORS.where), label: story.t.mapNotes },
  };
}
