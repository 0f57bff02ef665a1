import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, TRANSLATED_LOCALES } from '../../src/i18n/locales';
import { PAGE_KINDS, kindOfPath } from '../../src/page-kinds';
import { EMBED_ROUTES } from '../../src/routes';

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
