import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES, TRANSLATED_LOCALES, localeSegment } from '../../src/i18n/locales';
import { PAGE_KINDS, PAGE_TEXT_FILES, footerKinds, kindOfPath, navKinds, pageKind, routeInEdition, type PageKind } from '../../src/page-kinds';
import { EMBED_ROUTES, RESERVED_SLUGS } from '../../src/routes';
import { CLAIMS, PAGE_TEXT, SECTION_SLUGS } from '../support/content';

const kindAt = (path: string) => {
  const found = kindOfPath(path);
  return found && { kind: found.kind.id, locale: found.locale };
};

const EMBED_KINDS = PAGE_KINDS.filter((kind) => kind.route.startsWith(`${EMBED_ROUTES.root}/`));

describe('kindOfPath', () => {
  it('reads the original edition’s pages as before', () => {
    expect(kindAt('')).toEqual({ kind: 'home', locale: DEFAULT_LOCALE });
    expect(kindAt('index.html')).toEqual({ kind: 'home', locale: DEFAULT_LOCALE });
    expect(kindAt('/read/')).toEqual({ kind: 'read', locale: DEFAULT_LOCALE });
    expect(kindAt('territory/index.html')).toEqual({ kind: 'section', locale: DEFAULT_LOCALE });
    expect(kindAt('claims/witkoff-article-5/')).toEqual({ kind: 'claim', locale: DEFAULT_LOCALE });
    expect(kindAt('404.html')).toEqual({ kind: 'notFound', locale: DEFAULT_LOCALE });
  });

  it('reads a translation’s pages below its segment', () => {
    for (const locale of TRANSLATED_LOCALES) {
      expect(kindAt(`${locale}/`)).toEqual({ kind: 'home', locale });
      expect(kindAt(`/${locale}/territory/`)).toEqual({ kind: 'section', locale });
      expect(kindAt(`${locale}/claims/witkoff-article-5/index.html`)).toEqual({ kind: 'claim', locale });
      expect(kindAt(`${locale}/404.html`)).toEqual({ kind: 'notFound', locale });
    }
  });

  it('reads the original’s embeddable views inside the embeds’ folder', () => {
    expect(kindAt('embed/timeline/')).toEqual({ kind: 'embedTimeline', locale: DEFAULT_LOCALE });
    expect(kindAt('embed/timeline/territory/index.html')).toEqual({ kind: 'embedSectionTimeline', locale: DEFAULT_LOCALE });
    expect(kindAt('/embed/map/')).toEqual({ kind: 'embedMap', locale: DEFAULT_LOCALE });
    expect(kindAt('embed/claims/witkoff-article-5/')).toEqual({ kind: 'embedClaim', locale: DEFAULT_LOCALE });
  });

  it('reads a translation’s embeddable views inside the embeds’ folder too, below the edition’s segment there', () => {
    for (const locale of TRANSLATED_LOCALES) {
      expect(kindAt(`embed/${locale}/timeline/`)).toEqual({ kind: 'embedTimeline', locale });
      expect(kindAt(`embed/${locale}/timeline/territory/index.html`)).toEqual({ kind: 'embedSectionTimeline', locale });
      expect(kindAt(`/embed/${locale}/map/`)).toEqual({ kind: 'embedMap', locale });
      expect(kindAt(`embed/${locale}/claims/witkoff-article-5/`)).toEqual({ kind: 'embedClaim', locale });
    }
  });

  it('finds no embeddable view beside a translation’s pages, where no other site may frame it, and no page inside the embeds’ folder', () => {
    for (const locale of TRANSLATED_LOCALES) {
      expect(kindAt(`${locale}/embed/map/`)).toBeUndefined();
      expect(kindAt(`${locale}/embed/claims/witkoff-article-5/`)).toBeUndefined();
      expect(kindAt(`embed/${locale}/`)).toBeUndefined();
      expect(kindAt(`embed/${locale}/territory/`)).toBeUndefined();
    }
    expect(kindAt('embed/')).toBeUndefined();
    expect(kindAt('embed/territory/')).toBeUndefined();
    expect(kindAt('embed/timeline/oembed.json')).toBeUndefined();
  });

  it('gives every embeddable view to every edition, framable and out of the index', () => {
    expect(EMBED_KINDS.map((kind) => kind.id).sort()).toEqual(['embedClaim', 'embedMap', 'embedSectionTimeline', 'embedTimeline']);
    for (const kind of EMBED_KINDS) expect(kind).toMatchObject({ editions: 'every', framable: true, indexable: false, budget: 'embed' });
  });
});

// The registry of page kinds: every path a kind's route stands for comes back as that kind,
// in every edition the kind has, whatever the content's slugs are.

/** The route with its ":name" segments filled by a real entry of the content. */
function fill(route: string): string {
  return route.replace(':section', SECTION_SLUGS[0] ?? 'x').replace(':claim', CLAIMS[0]?.id ?? 'x');
}

const kinds: readonly PageKind[] = PAGE_KINDS;

describe('the registry of page kinds', () => {
  it.each(kinds.map((kind) => [kind.id, kind] as const))('reads a %s page back as its kind, in each of its editions', (_, kind) => {
    for (const locale of LOCALES) {
      const segment = localeSegment(locale);
      if (segment !== '' && kind.editions === 'original') continue;
      const path = routeInEdition(fill(kind.route), locale);
      expect(kindOfPath(path), path).toEqual({ kind, locale });
      if (path.endsWith('/')) expect(kindOfPath(`${path}index.html`), `${path}index.html`).toEqual({ kind, locale });
    }
  });

  it('reads every section of the content as a section page, never as a fixed page', () => {
    for (const slug of SECTION_SLUGS) expect(kindOfPath(`${slug}/`)?.kind.id, slug).toBe('section');
  });

  it('gives no kind to what is not a page', () => {
    for (const path of ['og/home.png', 'map/light.svg', 'rss.xml', 'a/b/c/d/']) expect(kindOfPath(path), path).toBeUndefined();
  });

  it('has one route per kind and no section slug can take a fixed route', () => {
    expect(new Set(kinds.map((kind) => kind.route)).size).toBe(kinds.length);
    const fixedFirstSegments = kinds.map((kind) => kind.route.split('/')[0] ?? '').filter((first) => first !== '' && !first.startsWith(':') && !first.endsWith('.html'));
    for (const first of fixedFirstSegments) expect(RESERVED_SLUGS, first).toContain(first);
  });

  it('names a content/pages file for every fixed page that has one, and only those', () => {
    expect([...PAGE_TEXT_FILES].sort()).toEqual(Object.keys(PAGE_TEXT).sort());
  });

  it('keeps the header navigation and the footer links free of per-entry kinds', () => {
    for (const kind of [...navKinds(), ...footerKinds()]) expect(kind.route, kind.id).not.toContain(':');
    expect(pageKind('section').nav).toBeUndefined();
    expect(() => pageKind('nothing' as never)).toThrow(/src\/page-kinds\.ts/);
  });
});
