import { describe, expect, it } from 'vitest';
import { parseRedirects, renderRedirects } from '../../src/lib/redirects-file';
import { FILE_ROUTES, PAGE_ROUTES, RESERVED_SLUGS, rootPath } from '../../src/routes';
import { readProjectFile, sectionSlugs } from './content-files';

describe('parseRedirects', () => {
  it('reads source, target and status, skipping comments and blank lines', () => {
    const rules = parseRedirects('# old slug\n\n/a/  /b/  302\n/feed/ /rss.xml\n');
    expect(rules).toEqual([
      { from: '/a/', to: '/b/', status: 302 },
      { from: '/feed/', to: '/rss.xml', status: 301 },
    ]);
  });

  it('reads Windows line ends and indented lines', () => {
    expect(parseRedirects('  /a/ /b/\r\n# c\r\n')).toEqual([{ from: '/a/', to: '/b/', status: 301 }]);
  });

  it('throws for a line without a target', () => {
    expect(() => parseRedirects('/lonely/')).toThrow('_redirects line "/lonely/" needs a source and a target path.');
  });

  it('throws for a status that is not a number', () => {
    expect(() => parseRedirects('/a/ /b/ permanent')).toThrow(/has status "permanent"; expected a number like 301/);
  });
});

describe('renderRedirects', () => {
  it('puts the base in front of source and target and keeps comments and status', () => {
    const out = renderRedirects('# keep /me/\n/feed/  /rss.xml  301\n/ext/ https://example.org/ 302', '/news/x/');
    expect(out).toBe('# keep /me/\n/news/x/feed/  /news/x/rss.xml  301\n/news/x/ext/ https://example.org/ 302');
  });

  it('keeps the anchor of a target', () => {
    expect(renderRedirects('/old/ /read/#territory', '/news/')).toBe('/news/old/ /news/read/#territory');
  });

  it('normalises a base written without slashes', () => {
    expect(renderRedirects('/feed/ /rss.xml', 'news')).toBe('/news/feed/ /news/rss.xml');
  });

  it('changes nothing at the root', () => {
    const text = '/feed/  /rss.xml  301';
    expect(renderRedirects(text, '/')).toBe(text);
  });

  it('gives back the same rules under the base, read by parseRedirects', () => {
    const template = readProjectFile('public/_redirects');
    const plain = parseRedirects(template);
    const based = parseRedirects(renderRedirects(template, '/news/'));
    expect(based).toEqual(plain.map((rule) => ({ ...rule, from: `/news${rule.from}`, to: `/news${rule.to}` })));
  });
});

describe('public/_redirects', () => {
  const rules = parseRedirects(readProjectFile('public/_redirects'));
  const pages = [...Object.values(PAGE_ROUTES), ...sectionSlugs()].map(rootPath);
  const files = Object.values(FILE_ROUTES).map((file) => `/${file}`);

  it('redirects permanently, from site-root paths', () => {
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      expect(rule.status, rule.from).toBe(301);
      expect(rule.from.startsWith('/'), rule.from).toBe(true);
    }
  });

  it('points every redirect at a page or file the site has', () => {
    for (const rule of rules) expect([...pages, ...files], rule.to).toContain(rule.to.split('#')[0]);
  });

  it('never shadows a page, a section or a reserved route', () => {
    for (const rule of rules) {
      expect(pages, rule.from).not.toContain(rule.from);
      expect(files, rule.from).not.toContain(rule.from);
      const segment = rule.from.split('/')[1] ?? '';
      expect(RESERVED_SLUGS, rule.from).not.toContain(segment);
    }
  });
});
