import { describe, expect, it } from 'vitest';
import { pageTokens, pruneCssByGroup, pruneCssForPage } from '../../src/lib/page-css';

const CSS = [
  '.timeline{border:1px solid}',
  '.mention-card{padding:1rem}',
  '.max-sm\\:sr-only{position:absolute}',
  '.aria-\\[current\\=page\\]\\:bg-ink[aria-current=page]{background:black}',
  '[data-offline] .offline-notice{display:block}',
  "[data-scheme='dark'] .map-light{display:none}",
  '.bg-highlight{background:yellow}',
  '@media (min-width:80rem){.claim-note{float:inline-end}.unused-wide{float:left}}',
  ':target{scroll-margin-top:1.5rem}',
  ':target:not(main){background:var(--highlight)}',
  'scheme-switch:not(:defined){visibility:hidden}',
  '.prose :where(p):not(:where(.not-prose *)){margin:0}',
  '#main{outline:none}#gone{color:red}',
  '@layer utilities{.unused-utility{color:red}}',
  ':where(.space-y-2>:not(:last-child)){margin-block-start:.5rem}',
  ':where(.space-y-4>:not(:last-child)){margin-block-start:1rem}',
  ':is(.gone,.prose) em{font-style:italic}',
].join('');

describe('pruneCssForPage', () => {
  it('keeps the rules a page’s markup can match, Tailwind variants whole, and drops the rest', () => {
    const html =
      '<html><body><ol class="timeline"><li><span class="max-sm:sr-only">x</span></li></ol>' +
      '<a class="aria-[current=page]:bg-ink" aria-current="page">Now</a><span class="claim-note">n</span><p class="offline-notice">Offline</p><img class="map-light"></body></html>';
    const css = pruneCssForPage(CSS, pageTokens(html, ''));
    expect(css).toContain('.timeline{');
    expect(css).toContain('.max-sm\\:sr-only');
    expect(css).toContain('aria-\\[current\\=page\\]');
    expect(css).toContain('.claim-note');
    expect(css).not.toContain('.mention-card');
    expect(css).not.toContain('.unused-wide');
    expect(css).not.toContain('.bg-highlight');
  });

  it('keeps what state decides (:target, :not(), custom elements), drops empty blocks, and leaves the rest byte for byte', () => {
    const html = '<main id="main" class="prose"><p>x</p><ul class="space-y-2"></ul><scheme-switch></scheme-switch></main>';
    const css = pruneCssForPage(CSS, pageTokens(html));
    expect(css).toContain(':target{scroll-margin-top:1.5rem}');
    expect(css).toContain(':target:not(main){background:var(--highlight)}');
    expect(css).toContain('scheme-switch:not(:defined){visibility:hidden}');
    expect(css).toContain('.prose :where(p){margin:0}');
    expect(css).toContain('#main{outline:none}');
    expect(css).not.toContain('#gone');
    // :where() and :is() are alternatives: a rule stays while one of them may match.
    expect(css).toContain(':where(.space-y-2>:not(:last-child))');
    expect(css).not.toContain('.space-y-4');
    expect(css).toContain(':is(.gone,.prose) em');
    expect(css).not.toContain('@layer utilities');
    expect(css).not.toContain('@media (min-width:80rem)');
  });

  it('keeps what only a script or the worker adds: their classes and the run-time attributes', () => {
    const html = '<html><body><p class="offline-notice"></p><img class="map-light"></body></html>';
    const css = pruneCssForPage(CSS, pageTokens(html, "mark.className = 'rounded bg-highlight px-1.5';"));
    expect(css).toContain('.bg-highlight');
    expect(css).toContain('[data-offline] .offline-notice');
    expect(css).toContain("[data-scheme='dark'] .map-light");
  });
});

describe('pruneCssByGroup', () => {
  const SHEET = '.a{color:red}.b{color:blue}.c{margin:0}.d{padding:0}.wide{font-family:ui-monospace,SFMono-Regular,Menlo,Monaco,Consolas,"Liberation Mono","Courier New",monospace}';
  const page = (path: string, classes: string) => ({ path, css: [SHEET], markup: `<p class="${classes}">x</p>` });
  const groupOf = (path: string) => path.split('/')[1] ?? '';

  it('gives every page of a group the same stylesheet: the rules any of them can use', () => {
    const pages = [page('/s/1', 'a'), page('/s/2', 'b'), page('/t/1', 'c')];
    const out = pruneCssByGroup(pages, '', groupOf, { maxPerGroup: 1, maxUnusedChars: 0 });
    expect(out.get('/s/1')).toEqual(out.get('/s/2'));
    expect(out.get('/s/1')?.[0]).toBe('.a{color:red}.b{color:blue}');
    expect(out.get('/t/1')?.[0]).toBe('.c{margin:0}');
  });

  it('counts the scripts’ words for every group', () => {
    expect(pruneCssByGroup([page('/s/1', 'a')], "el.classList.add('d')", groupOf).get('/s/1')?.[0]).toBe('.a{color:red}.d{padding:0}');
  });

  it('splits a group when a page would carry too much it cannot use, never into more stylesheets than allowed', () => {
    const pages = [page('/s/1', 'a'), page('/s/2', 'a b'), page('/s/3', 'wide'), page('/s/4', 'c'), page('/s/5', 'd')];
    const split = pruneCssByGroup(pages, '', groupOf, { maxPerGroup: 2, maxUnusedChars: 40 });
    const sheets = new Set(pages.map((p) => split.get(p.path)?.[0]));
    expect(sheets.size).toBe(2);
    // The long rule stays with the page that uses it, the short ones with each other.
    expect(split.get('/s/1')).toEqual(split.get('/s/2'));
    expect(split.get('/s/1')?.[0]).not.toContain('.wide');
    const whole = pruneCssByGroup(pages, '', groupOf, { maxPerGroup: 2, maxUnusedChars: 10_000 });
    expect(new Set(pages.map((p) => whole.get(p.path)?.[0])).size).toBe(1);
  });

  it('never drops a rule a page can use', () => {
    const pages = [page('/s/1', 'a'), page('/s/2', 'b'), page('/s/3', 'wide'), page('/s/4', 'c')];
    const out = pruneCssByGroup(pages, '', groupOf, { maxPerGroup: 2, maxUnusedChars: 0 });
    for (const p of pages) expect(out.get(p.path)?.[0]).toContain(pruneCssForPage(SHEET, pageTokens(p.markup)).split('{')[0]);
  });
});

describe('resetPropertiesEverywhere (through pruneCssForPage)', () => {
  const tailwind =
    '@layer properties{@supports (((-webkit-hyphens:none)) and (not (margin-trim:block))){*,:before,:after,::backdrop{--tw-border-style:solid;--tw-leading:initial}}}' +
    '@layer utilities{.border{border-style:var(--tw-border-style);border-width:1px}.border-dashed{--tw-border-style:dashed}.text-sm{line-height:var(--tw-leading,1.4)}}' +
    '@property --tw-border-style{syntax:"*";inherits:false;initial-value:solid}@property --tw-leading{syntax:"*";inherits:false}@property --site-own{syntax:"<color>";inherits:true;initial-value:red}';
  const pruned = pruneCssForPage(tailwind, pageTokens('<p class="border border-dashed text-sm">'));

  it('keeps the per-element reset of Tailwind’s helper properties, for every browser', () => {
    expect(pruned).toContain('@layer properties{*,:before,:after,::backdrop{--tw-border-style:solid;--tw-leading:initial}}');
    expect(pruned).not.toContain('@supports');
  });

  it('drops Tailwind’s registrations, which the reset makes redundant, and keeps any of the site’s own', () => {
    expect(pruned).not.toContain('@property --tw-');
    expect(pruned).toContain('@property --site-own');
  });
});

describe('the typography plugin’s not-prose guard', () => {
  const prose = '.prose :where(p):not(:where(.not-prose *)){margin-block:1em}';

  it('goes where no markup opts out, leaving the same rule', () => {
    expect(pruneCssForPage(prose, pageTokens('<div class="prose"><p>x</p></div>'))).toBe('.prose :where(p){margin-block:1em}');
  });

  it('stays where some markup says not-prose', () => {
    expect(pruneCssForPage(prose, pageTokens('<div class="prose"><div class="not-prose"><p>x</p></div></div>'))).toBe(prose);
  });
});

describe('tidyTailwindOutput (through pruneCssForPage)', () => {
  const tidy = (css: string, markup: string) => pruneCssForPage(css, pageTokens(markup));

  it('drops :host, which a document’s own stylesheet never matches, and a rule left with no selector', () => {
    expect(tidy('@layer theme{:root,:host{--font-sans:system-ui}}:host{color:red}', '<p>')).toBe('@layer theme{:root{--font-sans:system-ui}}');
  });

  it('drops a declaration repeated next to itself (a second prefixing pass), and only that', () => {
    const css = 'a{-webkit-text-decoration:inherit;-webkit-text-decoration:inherit;text-decoration:inherit}.m{color:red;margin:0;color:red}';
    expect(tidy(css, '<a class="m">')).toBe('a{-webkit-text-decoration:inherit;text-decoration:inherit}.m{color:red;margin:0;color:red}');
  });

  it('drops a Tailwind helper property nothing reads, and the reset rule left empty', () => {
    const css = '@layer properties{*,:before{--tw-font-weight:initial}}.font-bold{--tw-font-weight:700;font-weight:700}.site{--tw-own:1;--ink:red}';
    expect(tidy(css, '<b class="font-bold site">')).toBe('.font-bold{font-weight:700}.site{--ink:red}');
  });

  it('folds a helper with one value everywhere into its readers, but not one another rule sets or a reader with a fallback needs', () => {
    const reset = '@layer properties{*{--tw-border-style:solid;--tw-leading:1.5;--tw-x:0}}';
    const css = `${reset}.border{border-style:var(--tw-border-style)}.text-sm{line-height:var(--tw-leading,2)}.x{margin:calc(1rem * var(--tw-x))}`;
    expect(tidy(css, '<p class="border text-sm x">')).toBe('@layer properties{*{--tw-leading:1.5}}.border{border-style:solid}.text-sm{line-height:var(--tw-leading,2)}.x{margin:calc(1rem * 0)}');
    const dashed = `${css}.border-dashed{--tw-border-style:dashed}`;
    expect(tidy(dashed, '<p class="border border-dashed text-sm x">')).toContain('.border{border-style:var(--tw-border-style)}');
  });
});
