import { describe, expect, it } from 'vitest';
import {
  ANCHORS,
  EMBED_ROUTES,
  FILE_ROUTES,
  HOME_CARD_ID,
  NOT_FOUND_ROUTE,
  PAGE_ROUTES,
  OPENING_ID,
  PLANNED_ROUTES,
  RESERVED_SLUGS,
  bodyPageSegment,
  claimAnchor,
  claimCardId,
  claimPageSegment,
  eventAnchor,
  isEmbedPath,
  locatorMapFile,
  mentionCardAnchor,
  oembedFile,
  claimEmbed,
  embedInEdition,
  rootPath,
  paragraphAnchor,
  sectionTimelineEmbed,
  socialCardFile,
  sourceAnchor,
  speakerAnchor,
  updateAnchor,
  yearAnchor,
} from '../../src/routes';
import { PAGE_KINDS, kindOfPath, listPageAnchors, type AnchorFacts } from '../../src/page-kinds';
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

  it('reserves the embeds’ folder and the routes announced for later: uk', () => {
    expect([...PLANNED_ROUTES]).toEqual(['uk']);
    expect(RESERVED_SLUGS).toContain(EMBED_ROUTES.root);
    for (const slug of PLANNED_ROUTES) expect(RESERVED_SLUGS).toContain(slug);
  });

  it('reserves changes as a page of its own now that it is built, no longer as a planned route', () => {
    expect(PAGE_ROUTES.changes).toBe('changes');
    expect(RESERVED_SLUGS).toContain('changes');
    expect(PLANNED_ROUTES).not.toContain('changes');
  });

  it('reserves claims as a page of its own now that it is built, no longer as a planned route', () => {
    expect(PAGE_ROUTES.claims).toBe('claims');
    expect(RESERVED_SLUGS).toContain('claims');
    expect(PLANNED_ROUTES).not.toContain('claims');
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
    expect(sourceAnchor('reports')).toBe('source-reports');
    expect(sourceAnchor('steve-witkoff')).toBe('source-steve-witkoff');
    expect(mentionCardAnchor('donbas')).toBe('card-donbas');
  });

  it('names the anchor of an entry of the updates log by its date', () => {
    expect(updateAnchor('2025-08-20')).toBe('update-2025-08-20');
  });

  it('puts every embeddable view and its oEmbed file under the embeds’ folder', () => {
    expect(EMBED_ROUTES.timeline).toBe('embed/timeline');
    expect(EMBED_ROUTES.map).toBe('embed/map');
    expect(sectionTimelineEmbed('territory')).toBe('embed/timeline/territory');
    expect(oembedFile(sectionTimelineEmbed('territory'))).toBe('embed/timeline/territory/oembed.json');
    expect(FILE_ROUTES.embedResizer.startsWith(`${EMBED_ROUTES.root}/`)).toBe(true);
    for (const segment of Object.values(EMBED_ROUTES)) expect(isEmbedPath(`${segment}/`), segment).toBe(true);
  });

  it('puts a claim’s view and a translation’s views inside the embeds’ folder too, never beside the translation’s pages', () => {
    expect(claimEmbed('witkoff-article-5')).toBe('embed/claims/witkoff-article-5');
    expect(embedInEdition(EMBED_ROUTES.map, '')).toBe('embed/map');
    expect(embedInEdition(EMBED_ROUTES.map, 'uk')).toBe('embed/uk/map');
    expect(embedInEdition(sectionTimelineEmbed('territory'), 'uk')).toBe('embed/uk/timeline/territory');
    expect(embedInEdition(claimEmbed('witkoff-article-5'), 'uk')).toBe('embed/uk/claims/witkoff-article-5');
    expect(isEmbedPath(`${embedInEdition(claimEmbed('witkoff-article-5'), 'uk')}/`)).toBe(true);
  });

  it('tells an embed path from a page whose name merely starts like the folder', () => {
    expect(isEmbedPath('/embed/map/')).toBe(true);
    expect(isEmbedPath('embedded/')).toBe(false);
    expect(isEmbedPath('territory/')).toBe(false);
    expect(isEmbedPath('')).toBe(false);
  });

  it('names anchors of claims and speakers by their kind', () => {
    expect(claimAnchor('witkoff-article-5')).toBe('claim-witkoff-article-5');
    expect(speakerAnchor('steve-witkoff')).toBe('speaker-steve-witkoff');
  });

  it('numbers the paragraphs of a body from its id, so the opening’s and every section’s differ on /read/', () => {
    expect(paragraphAnchor('territory', 3)).toBe('territory-p3');
    expect(paragraphAnchor(OPENING_ID, 1)).toBe('opening-p1');
    expect(OPENING_ID).toBe('opening');
  });

  it('reads the opening on the home page and a section on its own page', () => {
    expect(bodyPageSegment(OPENING_ID)).toBe(PAGE_ROUTES.home);
    expect(rootPath(bodyPageSegment(OPENING_ID))).toBe('/');
    expect(bodyPageSegment('territory')).toBe('territory');
  });

  it('gives each claim a page under claims/ and a quote card named after it', () => {
    expect(claimPageSegment('witkoff-article-5')).toBe('claims/witkoff-article-5');
    expect(rootPath(claimPageSegment('witkoff-article-5'))).toBe('/claims/witkoff-article-5/');
    expect(claimCardId('witkoff-article-5')).toBe('claim-witkoff-article-5');
    expect(socialCardFile(claimCardId('witkoff-article-5'))).toBe('og/claim-witkoff-article-5.png');
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
        sources: ['steve-witkoff', 'reports'],
        claims: ['witkoff-article-5'],
        paragraphCount: 3,
        hasOpenQuestions: true,
        hasEvents: true,
      },
      { id: 'outlook', headings: [], sources: [], claims: [], paragraphCount: 2, hasOpenQuestions: false, hasEvents: false },
    ],
    opening: { claims: ['witkoff-robust-guarantees'], paragraphCount: 2 },
    speakers: ['steve-witkoff', 'reports'],
    events: [
      { id: 'north-atlantic-treaty', date: '1949-04-04' },
      { id: 'alaska-summit', date: '2025-08-15' },
      { id: 'white-house-meeting', date: '2025-08-18' },
    ],
    people: ['steve-witkoff'],
    terms: ['article-5'],
    updates: ['2025-08-17', '2025-08-20'],
  };
  const pages = listPageAnchors(FACTS);
  const anchorsOf = (path: string): string[] => {
    const anchors = pages.get(path);
    if (!anchors) throw new Error(`no page ${path}`);
    return [...anchors].sort();
  };

  it('lists home, the fixed pages, one page per section and one per claim, but not the 404 page', () => {
    expect([...pages.keys()].sort()).toEqual(
      ['/', '/changes/', '/claims/', '/claims/witkoff-article-5/', '/claims/witkoff-robust-guarantees/', '/glossary/', '/guarantees/', '/outlook/', '/read/', '/timeline/'],
    );
    expect(pages.has(`/${NOT_FOUND_ROUTE}/`)).toBe(false);
  });

  it('lists the pages each kind of the registry declares, every one a page of that kind, and none of an embeddable view', () => {
    for (const kind of PAGE_KINDS) {
      const declared = kind.framable ? [] : kind.anchors(FACTS).map(([segment]) => rootPath(segment));
      for (const path of declared) {
        expect(pages.has(path), `${kind.id}: ${path}`).toBe(true);
        expect(kindOfPath(path)?.kind.id, path).toBe(kind.id);
      }
    }
    for (const path of pages.keys()) expect(kindOfPath(path)?.kind.framable, path).toBe(false);
  });

  it('gives every page the main landmark and the updates log', () => {
    for (const path of pages.keys()) {
      expect(anchorsOf(path), path).toEqual(expect.arrayContaining([ANCHORS.main, ANCHORS.updatesLog]));
    }
  });

  it('gives home the opening’s claims and paragraphs, its sections list, the map, the timeline and every year and event', () => {
    expect(anchorsOf('/')).toEqual(
      [
        'main',
        'updates-log',
        'claim-witkoff-robust-guarantees',
        'opening-p1',
        'opening-p2',
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

  it('gives the changes page an entry per date of the updates log', () => {
    expect(anchorsOf('/changes/')).toEqual(['main', 'updates-log', 'update-2025-08-17', 'update-2025-08-20'].sort());
  });

  it('gives the glossary its two lists and an entry per person and term', () => {
    expect(anchorsOf('/glossary/')).toEqual(['main', 'updates-log', 'people', 'terms', 'steve-witkoff', 'article-5'].sort());
  });

  it('gives /read/ the opening and every section with their headings, claims and paragraphs, and the Sources legend without a list of speakers', () => {
    expect(anchorsOf('/read/')).toEqual(
      [
        'main',
        'updates-log',
        'claim-witkoff-robust-guarantees',
        'opening-p1',
        'opening-p2',
        'guarantees',
        'what-article-5-says',
        'claim-witkoff-article-5',
        'guarantees-p1',
        'guarantees-p2',
        'guarantees-p3',
        'outlook',
        'outlook-p1',
        'outlook-p2',
        'sources',
      ].sort(),
    );
  });

  it('gives the claims page a group per speaker and an entry per claim, the opening’s included', () => {
    expect(anchorsOf('/claims/')).toEqual(
      ['main', 'updates-log', 'speaker-steve-witkoff', 'speaker-reports', 'claim-witkoff-robust-guarantees', 'claim-witkoff-article-5'].sort(),
    );
  });

  it('lists a speaker once on the claims page however many claims they make', () => {
    const repeated = listPageAnchors({ ...FACTS, speakers: ['steve-witkoff', 'steve-witkoff', 'reports'] });
    expect([...(repeated.get('/claims/') ?? [])].filter((id) => id.startsWith('speaker-'))).toEqual(['speaker-steve-witkoff', 'speaker-reports']);
  });

  it('gives /read/ no Sources legend when the story attributes no claim', () => {
    const bare = listPageAnchors({ ...FACTS, opening: { ...FACTS.opening, claims: [] }, sections: FACTS.sections.map((s) => ({ ...s, sources: [], claims: [] })) });
    const read = [...(bare.get('/read/') ?? [])];
    expect(read).not.toContain(ANCHORS.sources);
    expect(read.filter((id) => id.startsWith('source-'))).toEqual([]);
  });

  it('gives a full section page its box, timeline, sources, open questions, headings, claims and paragraphs', () => {
    expect(anchorsOf('/guarantees/')).toEqual(
      [
        'main',
        'updates-log',
        'in-short',
        'section-timeline',
        'sources',
        'source-steve-witkoff',
        'source-reports',
        'open-questions',
        'what-article-5-says',
        'claim-witkoff-article-5',
        'guarantees-p1',
        'guarantees-p2',
        'guarantees-p3',
      ].sort(),
    );
  });

  it('gives a section without events, sources, open questions or claims only its "In short" box and its paragraphs', () => {
    expect(anchorsOf('/outlook/')).toEqual(['main', 'updates-log', 'in-short', 'outlook-p1', 'outlook-p2'].sort());
  });

  it('keeps a section’s headings, sources, claims and paragraphs on its own page, not on the other sections', () => {
    const outlook = anchorsOf('/outlook/');
    expect(outlook).not.toContain('what-article-5-says');
    expect(outlook).not.toContain('source-steve-witkoff');
    expect(outlook).not.toContain('claim-witkoff-article-5');
    expect(outlook).not.toContain('guarantees-p1');
  });

  it('keeps the opening’s claims and paragraphs off the section pages, and the sections’ off home', () => {
    expect(anchorsOf('/guarantees/').filter((id) => id.startsWith('opening-') || id === 'claim-witkoff-robust-guarantees')).toEqual([]);
    expect(anchorsOf('/').filter((id) => id.startsWith('guarantees-') || id === 'claim-witkoff-article-5')).toEqual([]);
  });

  it('gives a body one paragraph anchor per paragraph, and none when it has none', () => {
    const counted = listPageAnchors({ ...FACTS, opening: { claims: [], paragraphCount: 0 }, sections: [{ ...FACTS.sections[1]!, paragraphCount: 5 }] });
    expect([...(counted.get('/outlook/') ?? [])].filter((id) => id.startsWith('outlook-p'))).toEqual([1, 2, 3, 4, 5].map((n) => `outlook-p${n}`));
    expect([...(counted.get('/') ?? [])].filter((id) => id.startsWith('opening-p'))).toEqual([]);
  });

  it('adds the section timeline exactly when the section has events', () => {
    for (const hasEvents of [true, false]) {
      const only = listPageAnchors({ ...FACTS, sections: [{ ...FACTS.sections[1]!, hasEvents }] });
      expect(only.get('/outlook/')?.has(ANCHORS.sectionTimeline)).toBe(hasEvents);
    }
  });
});
