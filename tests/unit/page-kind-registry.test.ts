import { describe, expect, it } from 'vitest';
import { LOCALES, localeSegment } from '../../src/i18n/locales';
import { PAGE_KINDS, PAGE_TEXT_FILES, footerKinds, kindOfPath, navKinds, pageKind, routeInEdition, type PageKind } from '../../src/page-kinds';
import { RESERVED_SLUGS } from '../../src/routes';
import { CLAIMS, PAGE_TEXT, SECTION_SLUGS } from '../support/content';

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
