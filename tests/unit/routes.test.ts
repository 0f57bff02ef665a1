import { describe, expect, it } from 'vitest';
import {
  ANCHORS,
  EMBED_ROUTES,
  FILE_ROUTES,
  HOME_CARD_ID,
  NOT_FOUND_ROUTE,
  PAGE_ROUTES,
  PLANNED_ROUTES,
  RESERVED_SLUGS,
  eventAnchor,
  isEmbedPath,
  listPageAnchors,
  locatorMapFile,
  mentionCardAnchor,
  oembedFile,
  rootPath,
  sectionTimelineEmbed,
  socialCardFile,
  sourceAnchor,
  yearAnchor,
  type AnchorFacts,
} from '../../src/routes';
import { sectionSlugs } from './content-files';

describe('RESERVED_SLUGS', () => {
  it('reserves every fixed page route, and never the empty home segment', () => {
    for (const segment of Object.values(PAGE_ROUTES).filter((s) => s !== '')) expect(RESERVED_SLUGS).toContain(segment);
    expect(RESERVED_SLUGS).not.toContain('');
  });

  it('reserves the 404 page, the home card id and the folders the build writes', () => {
    for (const slug of ['404', 'home', 'og', 'map', '_astro']) expect(RESERVED_SLUGS).toContain(slug);
    expect(RESERVED_SLUGS).toContain(NOT_FOUND_ROUTE);
    expect(RESERVED_SLUGS).toContain(HOME_CARD_ID);
  });

  it('reserves the embeds’ folder and the routes announced for later: claims, changes and uk', () => {
    for (const slug of ['embed', 'claims', 'changes', 'uk']) expect(RESERVED_SLUGS).toContain(slug);
    for (const slug of PLANNED_ROUTES) expect(RESERVED_SLUGS).toContain(slug);
  });

  it('reserves the first segment of every file the build writes besides pages', () => {
    for (const file of Object.values(FILE_ROUTES)) expect(RESERVED_SLUGS).toContain(file.split('/')[0]);
  });

  it('lists each slug once, sorted, so the fix message reads the same on every build', () => {
    expect(new Set(RESERVED_SLUGS).size).toBe(RESERVED_SLUGS.length);
    expect([...RESERVED_SLUGS]).toEqual([...RESERVED_SLUGS].sort());
  });

  it('leaves every section of the story its own slug', () => {
    const slugs = sectionSlugs();
    expect(slugs.length).toBeGreaterThan(0);
    expect(slugs.filter((slug) => RESERVED_SLUGS.includes(slug))).toEqual([]);
  });
});

describe('ids and files', () => {
  it('names anchors of events, years, sources and mention cards by their kind', () => {
    expect(eventAnchor('alaska-summit')).toBe('event-alaska-summit');
    expect(yearAnchor(2025)).toBe('year-2025');
    expect(yearAnchor('1949')).toBe('year-1949');
    expect(sourceAnchor('witkoff-cnn')).toBe('source-witkoff-cnn');
    expect(mentionCardAnchor('donbas')).toBe('card-donbas');
  });

  it('puts every embeddable view and its oEmbed file under the embeds’ folder', () => {
    expect(EMBED_ROUTES.timeline).toBe('embed/timeline');
    expect(EMBED_ROUTES.map).toBe('embed/map');
    expect(sectionTimelineEmbed('territory')).toBe('embed/timeline/territory');
    expect(oembedFile(sectionTimelineEmbed('territory'))).toBe('embed/timeline/territory/oembed.json');
    expect(FILE_ROUTES.embedResizer.startsWith(`${EMBED_ROUTES.root}/`)).toBe(true);
    for (const segment of Object.values(EMBED_ROUTES)) expect(isEmbedPath(`${segment}/`), segment).toBe(true);
  });

  it('tells an embed path from a page whose name merely starts like the folder', () => {
    expect(isEmbedPath('/embed/map/')).toBe(true);
    expect(isEmbedPath('embedded/')).toBe(false);
    expect(isEmbedPath('territory/')).toBe(false);
    expect(isEmbedPath('')).toBe(false);
  });

  it('puts each social card under og/ as a PNG named by its id', () => {
    expect(socialCardFile('territory')).toBe('og/territory.png');
    expect(socialCardFile(HOME_CARD_ID)).toBe('og/home.png');
  });

  it('serves each scheme of the locator map from its own file under map/', () => {
    expect(['light', 'dark'].map(locatorMapFile)).toEqual(['map/light.svg', 'map/dark.svg']);
  });

  it('writes site-root page paths with a trailing slash, home as "/"', () => {
    expect(rootPath(PAGE_ROUTES.home)).toBe('/');
    expect(rootPath('territory')).toBe('/territory/');
  });
});

describe('listPageAnchors', () => {
  /** One full section, one bare one; each test reads what the templates would render. */
  const FACTS: AnchorFacts = {
    sections: [
      {
        id: 'guarantees',
        headings: ['what-article-5-says'],
        sources: ['witkoff-cnn', 'reports'],
        hasOpenQuestions: true,
        hasEvents: true,
      },
      { id: 'outlook', headings: [], sources: [], hasOpenQuestions: false, hasEvents: false },
    ],
    events: [
      { id: 'north-atlantic-treaty', date: '1949-04-04' },
      { id: 'alaska-summit', date: '2025-08-15' },
      { id: 'white-house-meeting', date: '2025-08-18' },
    ],
    people: ['steve-witkoff'],
    terms: ['article-5'],
  };
  const pages = listPageAnchors(FACTS);
  const anchorsOf = (path: string): string[] => {
    const anchors = pages.get(path);
    if (!anchors) throw new Error(`no page ${path}`);
    return [...anchors].sort();
  };

  it('lists home, the fixed pages and one page per section, but not the 404 page', () => {
    expect([...pages.keys()].sort()).toEqual(['/', '/glossary/', '/guarantees/', '/outlook/', '/read/', '/timeline/']);
    expect(pages.has(`/${NOT_FOUND_ROUTE}/`)).toBe(false);
  });

  it('gives every page the main landmark and the updates log', () => {
    for (const path of pages.keys()) {
      expect(anchorsOf(path), path).toEqual(expect.arrayContaining([ANCHORS.main, ANCHORS.updatesLog]));
    }
  });

  it('gives home its sections list, the map, the timeline and every year and event of the timeline', () => {
    expect(anchorsOf('/')).toEqual(
      [
        'main',
        'updates-log',
        'story-sections',
        'where',
        'timeline',
        'year-1949',
        'year-2025',
        'event-north-atlantic-treaty',
        'event-alaska-summit',
        'event-white-house-meeting',
      ].sort(),
    );
  });

  it('gives the timeline page each year once and every event', () => {
    expect(anchorsOf('/timeline/')).toEqual(
      ['main', 'updates-log', 'year-1949', 'year-2025', 'event-north-atlantic-treaty', 'event-alaska-summit', 'event-white-house-meeting'].sort(),
    );
  });

  it('gives the glossary its two lists and an entry per person and term', () => {
    expect(anchorsOf('/glossary/')).toEqual(['main', 'updates-log', 'people', 'terms', 'steve-witkoff', 'article-5'].sort());
  });

  it('gives /read/ every section and its headings, and the sources the sections use (not every source)', () => {
    expect(anchorsOf('/read/')).toEqual(
      [
        'main',
        'updates-log',
        'guarantees',
        'what-article-5-says',
        'outlook',
        'sources',
        'source-witkoff-cnn',
        'source-reports',
      ].sort(),
    );
  });

  it('gives /read/ no sources list when no section has sources', () => {
    const bare = listPageAnchors({ ...FACTS, sections: FACTS.sections.map((s) => ({ ...s, sources: [] })) });
    const read = [...(bare.get('/read/') ?? [])];
    expect(read).not.toContain(ANCHORS.sources);
    expect(read.filter((id) => id.startsWith('source-'))).toEqual([]);
  });

  it('gives a full section page its box, timeline, sources, open questions and headings', () => {
    expect(anchorsOf('/guarantees/')).toEqual(
      [
        'main',
        'updates-log',
        'in-short',
        'section-timeline',
        'sources',
        'source-witkoff-cnn',
        'source-reports',
        'open-questions',
        'what-article-5-says',
      ].sort(),
    );
  });

  it('gives a section without events, sources or open questions only its "In short" box', () => {
    expect(anchorsOf('/outlook/')).toEqual(['main', 'updates-log', 'in-short'].sort());
  });

  it('keeps a section’s headings and sources on its own page, not on the other sections', () => {
    const outlook = anchorsOf('/outlook/');
    expect(outlook).not.toContain('what-article-5-says');
    expect(outlook).not.toContain('source-witkoff-cnn');
  });

  it('adds the section timeline exactly when the section has events', () => {
    for (const hasEvents of [true, false]) {
      const only = listPageAnchors({ ...FACTS, sections: [{ ...FACTS.sections[1]!, hasEvents }] });
      expect(only.get('/outlook/')?.has(ANCHORS.sectionTimeline)).toBe(hasEvents);
    }
  });
});
