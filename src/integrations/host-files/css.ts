import { hashSource } from '../../lib/csp';
import { applyEdits, contentAttribute, readInlines, type SourceEdit } from '../../lib/html-inline';
import { pruneCssByGroup } from '../../lib/page-css';
import { kindOfPath } from '../../page-kinds';
import type { BuiltPage } from './pages';

/** The group of pages that share one stylesheet: their kind; a page no kind claims shares one group with the others like it. */
export function cssGroupOf(path: string): string {
  return kindOfPath(path)?.kind.id ?? 'unregistered';
}

/** What pruning did, for the build log. */
export interface CssReport {
  before: number;
  after: number;
  /** Distinct stylesheets left over all pages. */
  stylesheets: number;
  /** Paths no page kind claims (they share one stylesheet). */
  unregistered: string[];
}

/**
 * Narrows each page's inline stylesheets to the rules some page of its kind (or a script) can use,
 * and swaps the old stylesheet's hash for the new one in the page's meta policy.
 */
export function pruneInlineCss(pages: readonly BuiltPage[], scripts: string): { pages: BuiltPage[]; report: CssReport } {
  const read = pages.map((page) => ({ page, inlines: readInlines(page.html) }));
  const styles = read.map(({ page, inlines }) => {
    const styleElements = inlines.elements.filter((element) => element.tag === 'style');
    const markup = applyEdits(page.html, styleElements.map((element) => ({ start: element.start, end: element.end, text: '' })));
    return { path: page.path, css: styleElements.map((element) => element.text), markup };
  });
  const pruned = pruneCssByGroup(styles, scripts, cssGroupOf);
  const report: CssReport = { before: 0, after: 0, stylesheets: 0, unregistered: pages.map((page) => page.path).filter((path) => kindOfPath(path) === undefined) };
  const distinct = new Set<string>();
  const out = read.map(({ page, inlines }) => {
    const styleElements = inlines.elements.filter((element) => element.tag === 'style');
    const texts = pruned.get(page.path) ?? [];
    const edits: SourceEdit[] = styleElements.map((element, index) => ({ start: element.start, end: element.end, text: texts[index] ?? element.text }));
    let policy = inlines.metaPolicy?.policy;
    styleElements.forEach((element, index) => {
      const text = texts[index] ?? element.text;
      report.before += element.text.length;
      report.after += text.length;
      distinct.add(text);
      policy = policy?.replace(hashSource(element.text), hashSource(text));
    });
    if (inlines.metaPolicy && policy !== undefined) {
      edits.push({ start: inlines.metaPolicy.start, end: inlines.metaPolicy.end, text: contentAttribute(policy) });
    }
    return { ...page, html: applyEdits(page.html, edits) };
  });
  report.stylesheets = distinct.size;
  return { pages: out, report };
}
