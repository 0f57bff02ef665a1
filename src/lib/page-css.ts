import postcss, { type Rule } from 'postcss';
import selectorParser from 'postcss-selector-parser';

/**
 * The words markup and scripts hold: Tailwind's class syntax ("max-sm:sr-only",
 * "aria-[current=page]:bg-ink") whole, and every plain word (ids, attribute names and values).
 */
const CLASS_TOKENS = /[^<>"'`\s]*[^<>"'`\s:]/g;
const WORDS = /[\w-]+/g;

/** Every word a selector's class or id could be, in a page and the scripts that may add classes to it. */
export function pageTokens(...texts: string[]): Set<string> {
  return new Set(texts.flatMap((text) => [...(text.match(CLASS_TOKENS) ?? []), ...(text.match(WORDS) ?? [])]));
}

/** Pseudo-classes whose argument never rules a selector out: a negation, a relation. */
const IGNORED_PSEUDOS = new Set([':not', ':has']);
/** Pseudo-classes that take alternatives: they rule a selector out when none of them may match. */
const ALTERNATIVE_PSEUDOS = new Set([':is', ':where']);

/**
 * True when a selector may match the page: every class and id it requires is among the page's
 * words, inside :is() and :where() at least one alternative's, while :not() and :has() never rule
 * it out. Element, attribute and pseudo-class parts never rule a selector out either, so state the
 * page reaches at run time (:target, [data-offline], :popover-open) keeps its rules.
 */
function mayMatch(selector: selectorParser.Selector, tokens: ReadonlySet<string>): boolean {
  let matches = true;
  selector.walk((node) => {
    if (!matches) return false;
    if (node.type === 'pseudo' && IGNORED_PSEUDOS.has(node.value)) return false;
    if (node.type === 'pseudo' && ALTERNATIVE_PSEUDOS.has(node.value)) {
      if (!node.nodes.some((alternative) => mayMatch(alternative, tokens))) matches = false;
      return false;
    }
    if ((node.type === 'class' || node.type === 'id') && !tokens.has(node.value)) matches = false;
    return undefined;
  });
  return matches;
}

/**
 * The rules of a stylesheet that can apply to one page: a rule stays when one of its selectors
 * may match (see mayMatch), at-rules left empty go. Every page inlines the site's CSS; each keeps
 * only what it can use, which is bytes its first round trip does not carry. Conservative by design:
 * a rule it cannot rule out stays.
 */
export function pruneCssForPage(css: string, tokens: ReadonlySet<string>): string {
  const root = postcss.parse(css);
  root.walkRules((rule: Rule) => {
    // Keyframe steps ("from", "50%") are not selectors.
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as postcss.AtRule).name)) return;
    const kept: string[] = [];
    selectorParser((selectors) => {
      selectors.each((selector) => {
        if (mayMatch(selector, tokens)) kept.push(selector.toString().trim());
      });
    }).processSync(rule.selector);
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selector = kept.join(',');
  });
  // Blocks left with nothing in them (@media, @layer, @supports) go too.
  let removed = true;
  while (removed) {
    removed = false;
    root.walkAtRules((atRule) => {
      if (atRule.nodes !== undefined && atRule.nodes.length === 0) {
        atRule.remove();
        removed = true;
      }
    });
  }
  return root.toString();
}
