// The embeddable views the content calls for, as the tests expect them, in every edition: the
// whole timeline, the slice of each section that lists events, the map and each claim, each with
// the full page it comes from. Read from content/ and the editions, so a new section, event,
// claim or edition changes the expectation too.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, localeSegment, type Locale } from '../../src/i18n/locales.ts';
import { PAGE_KINDS, kindOfPath, type PageKindId } from '../../src/page-kinds.ts';
import { ANCHORS, EMBED_ROUTES, OEMBED_FILE_NAME, claimEmbed, embedInEdition, sectionTimelineEmbed } from '../../src/routes.ts';
import { CLAIMS, SECTIONS } from './content.ts';
import { DIST } from './dist.ts';

/** One embeddable view: its built page, its oEmbed file, and its full page with the anchor the link back targets. */
export interface ExpectedEmbed {
  /** What it is, for test names ("timeline", "uk timeline of territory", "claim witkoff-article-5"). */
  name: string;
  /** Its kind in src/page-kinds.ts. */
  kind: PageKindId;
  /** Its edition. */
  locale: Locale;
  /** Its page, relative to dist ("embed/map/index.html", "embed/uk/map/index.html"). */
  file: string;
  /** Its oEmbed file, relative to dist. */
  oembedFile: string;
  /** The full page it comes from, in the same edition, relative to dist. */
  fullFile: string;
  /** The anchor on the full page the link back points at; undefined for the page's top. */
  anchor?: string | undefined;
  /** The claim it shows, for a claim's view. */
  claimId?: string | undefined;
}

/** The sections with events: each has a slice of the timeline to embed. */
export const SLICED_SECTIONS = SECTIONS.filter((section) => section.data.events.length > 0);

function viewsOf(locale: Locale): ExpectedEmbed[] {
  const edition = localeSegment(locale);
  const prefix = edition === '' ? '' : `${edition}/`;
  const name = (what: string) => (edition === '' ? what : `${edition} ${what}`);
  const view = (kind: PageKindId, what: string, segment: string, fullPage: string, anchor?: string, claimId?: string): ExpectedEmbed => {
    const inEdition = embedInEdition(segment, edition);
    return {
      name: name(what),
      kind,
      locale,
      file: `${inEdition}/index.html`,
      oembedFile: `${inEdition}/${OEMBED_FILE_NAME}`,
      fullFile: `${prefix}${fullPage}index.html`,
      anchor,
      claimId,
    };
  };
  return [
    view('embedTimeline', 'timeline', EMBED_ROUTES.timeline, 'timeline/'),
    ...SLICED_SECTIONS.map((section) =>
      view('embedSectionTimeline', `timeline of ${section.id}`, sectionTimelineEmbed(section.id), `${section.id}/`, ANCHORS.sectionTimeline),
    ),
    view('embedMap', 'map', EMBED_ROUTES.map, '', ANCHORS.where),
    ...CLAIMS.map((claim) => view('embedClaim', `claim ${claim.id}`, claimEmbed(claim.id), `claims/${claim.id}/`, undefined, claim.id)),
  ];
}

/** Every embeddable view the build must have, in every edition, and no other. */
export const EXPECTED_EMBEDS: readonly ExpectedEmbed[] = LOCALES.flatMap(viewsOf);

/**
 * The views a browser opens (tests/e2e/embeds.test.ts), as src/page-kinds.ts samples each kind:
 * every page of a kind sampled "all", the largest built page of a kind sampled "largest", in each
 * edition. So a claim's view and a Ukrainian view are always among them. Needs dist/.
 */
export function browserEmbeds(dist = DIST): ExpectedEmbed[] {
  return LOCALES.flatMap((locale) =>
    PAGE_KINDS.filter((kind) => kind.framable).flatMap((kind) => {
      const views = EXPECTED_EMBEDS.filter((view) => view.locale === locale && kindOfPath(view.file)?.kind.id === kind.id);
      if (kind.browserSample === 'all') return views;
      const largest = [...views].sort((a, b) => statSync(join(dist, b.file)).size - statSync(join(dist, a.file)).size)[0];
      return largest ? [largest] : [];
    }),
  );
}
