import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { uk } from '../../src/i18n/uk';
import { fixedKindSegment, kindLinks } from '../../src/lib/kind-links';
import { PAGE_KINDS, footerKinds, navKinds, pageKind } from '../../src/page-kinds';

const href = (segment: string) => (segment === '' ? '/' : `/${segment}/`);

describe('fixedKindSegment', () => {
  it('gives the segment of a kind with one page per edition: "" for home, the route without its slash otherwise', () => {
    expect(fixedKindSegment(pageKind('home'))).toBe('');
    expect(fixedKindSegment(pageKind('read'))).toBe('read');
  });

  it('refuses a kind with a page per content entry, or a file', () => {
    expect(() => fixedKindSegment(pageKind('section'))).toThrow(/section/);
    expect(() => fixedKindSegment(pageKind('notFound'))).toThrow(/notFound/);
  });
});

describe('kindLinks', () => {
  it('links every kind the header names, in order, labelled from the dictionary, and marks the current page', () => {
    const links = kindLinks(navKinds(), en.nav, href, 'timeline');
    expect(links.map((link) => link.href)).toEqual(navKinds().map((kind) => href(fixedKindSegment(kind))));
    expect(links.map((link) => link.label)).toEqual(navKinds().map((kind) => (en.nav as Record<string, string>)[kind.id]));
    expect(links.filter((link) => link.isCurrent).map((link) => link.href)).toEqual(['/timeline/']);
  });

  it('marks nothing on a page the list does not link', () => {
    expect(kindLinks(navKinds(), en.nav, href, 'territory').some((link) => link.isCurrent)).toBe(false);
  });

  it('has a label for every kind of the header and footer in both editions', () => {
    for (const labels of [en.nav, uk.nav]) expect(() => kindLinks(navKinds(), labels, href, '')).not.toThrow();
    for (const labels of [en.footer, uk.footer]) expect(() => kindLinks(footerKinds(), labels, href, '')).not.toThrow();
  });

  it('says which label is missing', () => {
    expect(() => kindLinks(PAGE_KINDS.filter((kind) => kind.id === 'changes'), en.nav, href, '')).toThrow(/changes/);
  });
});
