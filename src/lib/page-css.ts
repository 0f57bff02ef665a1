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
  resetPropertiesEverywhere(root);
  // The typography plugin guards each rule with `:not(:where(.not-prose *))`; where no markup says
  // not-prose, the guard is always true and only costs bytes.
  if (!tokens.has('not-prose')) {
    root.walkRules((rule) => {
      if (rule.selector.includes(NOT_PROSE_GUARD)) rule.selector = rule.selector.split(NOT_PROSE_GUARD).join('');
    });
  }
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
  tidyTailwindOutput(root);
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

/** Tailwind's helper custom properties: set by utilities and its per-element reset, read by other utilities. */
const HELPER_PROPERTY = /^--tw-/;
const VAR_READ = /var\(\s*(--[\w-]+)/g;

/**
 * What a stylesheet carried only as a by-product of how it was built, on the pruned sheet (so what
 * pruning left decides): `:host` selectors, which a document's stylesheet never matches; a
 * declaration repeated next to itself (Tailwind's optimiser prefixes
 * `text-decoration` and the minifier prefixes it again, leaving `-webkit-text-decoration:x;
 * -webkit-text-decoration:x`); a Tailwind helper property nothing left reads (`--tw-font-weight`
 * beside `font-weight`); and a helper that holds one value wherever it is set (`--tw-border-style`,
 * `solid` in the reset, where no `border-dashed` sets another), which its readers take as that value.
 * Each leaves every computed value as it was.
 */
export function tidyTailwindOutput(root: postcss.Root): void {
  // Tailwind writes its theme for `:root, :host`; in a document's own stylesheet `:host` matches nothing
  // (it matches a shadow host only from a stylesheet inside that shadow tree).
  root.walkRules((rule) => {
    if (!rule.selectors.some((selector) => selector.startsWith(':host'))) return;
    const kept = rule.selectors.filter((selector) => !selector.startsWith(':host'));
    if (kept.length === 0) rule.remove();
    else rule.selector = kept.join(',');
  });
  root.walkRules((rule) => {
    let previous: postcss.Declaration | undefined;
    rule.each((node) => {
      if (node.type !== 'decl') return;
      if (previous && previous.prop === node.prop && previous.value === node.value && previous.important === node.important) node.remove();
      else previous = node;
    });
  });
  const text = root.toString();
  const read = new Set([...text.matchAll(VAR_READ)].map((match) => match[1]));
  const values = new Map<string, Set<string>>();
  root.walkDecls(HELPER_PROPERTY, (decl) => {
    values.set(decl.prop, (values.get(decl.prop) ?? new Set()).add(decl.value.trim()));
  });
  const constants = new Map<string, string>();
  for (const [prop, set] of values) {
    const [only] = set;
    // `initial` is the guaranteed-invalid value: a reader falls back rather than taking it.
    if (set.size !== 1 || only === undefined || only === 'initial' || only.includes('var(')) continue;
    // Folded only where every read is a plain var(--x): a read with a fallback would take the fallback once the property went.
    const reads = text.split(`var(${prop}`).length - 1;
    if (reads > 0 && reads === text.split(`var(${prop})`).length - 1) constants.set(prop, only);
  }
  root.walkDecls((decl) => {
    if (HELPER_PROPERTY.test(decl.prop) && (!read.has(decl.prop) || constants.has(decl.prop))) {
      decl.remove();
      return;
    }
    for (const [prop, value] of constants) {
      // Only a read without a fallback: var(--x) is the value itself.
      decl.value = decl.value.split(`var(${prop})`).join(value);
    }
  });
  // A rule every declaration of which went (the reset, once no helper is left in it) goes too.
  root.walkRules((rule) => {
    if (rule.nodes.length === 0) rule.remove();
  });
}

/** The typography plugin's opt-out guard. */
const NOT_PROSE_GUARD = ':not(:where(.not-prose *))';

/**
 * Tailwind registers its helper custom properties (--tw-border-style, --tw-leading…) with
 * `@property … inherits: false`, and for browsers without @property resets them on every element
 * inside `@layer properties { @supports (…) { *, ::before, … { … } } }`. The reset alone gives
 * every browser the same result (each element starts from the initial values; utilities in a later
 * layer set their own), so the registrations and the @supports test are bytes every first render
 * carried for nothing: the reset is kept, unconditional, and they go.
 */
export function resetPropertiesEverywhere(root: postcss.Root): void {
  root.walkAtRules('property', (rule) => {
    if (rule.params.startsWith('--tw-')) rule.remove();
  });
  root.walkAtRules('layer', (layer) => {
    if (layer.params !== 'properties') return;
    layer.walkAtRules('supports', (supports) => {
      supports.replaceWith(supports.nodes ?? []);
    });
  });
}

/** One page's inline stylesheets and the words that can match them. */
export interface PageStyles {
  /** The page's key (its URL path). */
  path: string;
  /** The text of each of its style elements, in order. */
  css: readonly string[];
  /** The page's markup without its stylesheets: the CSS names every class it styles, so it must not count. */
  markup: string;
}

/** How pages of one group may be split between stylesheets. */
export interface GroupingLimits {
  /** At most this many stylesheets per group (per kind of page), whatever the number of its pages. */
  maxPerGroup: number;
  /** A page may carry up to this many characters of rules only other pages of its stylesheet use before the group is split. */
  maxUnusedChars: number;
}

/**
 * What the build splits by. Two stylesheets a kind keep the header policy’s style hashes at most
 * twice the number of kinds (47 characters each, inside Cloudflare’s 2,000-character line)
 * whatever the pages or editions; 100 characters of scattered rules are ~50 brotli bytes.
 */
export const DEFAULT_GROUPING: GroupingLimits = { maxPerGroup: 2, maxUnusedChars: 100 };

/** The rules (by their index in a walk of the stylesheet) a page's words may match. */
function keptRules(root: postcss.Root, tokens: ReadonlySet<string>): Set<number> {
  const kept = new Set<number>();
  let index = 0;
  root.walkRules((rule: Rule) => {
    const at = index++;
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as postcss.AtRule).name)) return;
    let matches = false;
    selectorParser((selectors) => {
      selectors.each((selector) => {
        if (!matches && mayMatch(selector, tokens)) matches = true;
      });
    }).processSync(rule.selector);
    if (matches) kept.add(at);
  });
  return kept;
}

/**
 * Splits the pages of one group (sharing one stylesheet) into at most `maxPerGroup` clusters,
 * merging the closest ones first (the merge that adds the fewest unused characters over its
 * pages), and stops merging early while every page would carry more than `maxUnusedChars` of
 * rules it cannot use. Deterministic: ties go to the earlier pages.
 */
function clusterPages(css: string, tokenSets: readonly ReadonlySet<string>[], limits: GroupingLimits): number[][] {
  const root = postcss.parse(css);
  const weights: number[] = [];
  root.walkRules((rule: Rule) => {
    weights.push(rule.toString().length);
  });
  const weigh = (rules: ReadonlySet<number>) => [...rules].reduce((sum, index) => sum + (weights[index] ?? 0), 0);
  const own = tokenSets.map((tokens) => keptRules(root, tokens));
  const ownWeight = own.map(weigh);
  let clusters = own.map((rules, index) => ({ pages: [index], rules, weight: ownWeight[index] ?? 0 }));
  const worstUnused = (pages: number[], weight: number) => Math.max(...pages.map((page) => weight - (ownWeight[page] ?? 0)));
  while (clusters.length > 1) {
    let best: { a: number; b: number; worst: number; cost: number; rules: Set<number>; weight: number } | undefined;
    for (let a = 0; a < clusters.length; a++) {
      for (let b = a + 1; b < clusters.length; b++) {
        const [ca, cb] = [clusters[a], clusters[b]];
        if (!ca || !cb) continue;
        const rules = new Set([...ca.rules, ...cb.rules]);
        const weight = weigh(rules);
        // The page left carrying the most it cannot use decides; total unused characters break ties.
        const worst = worstUnused([...ca.pages, ...cb.pages], weight);
        const cost = ca.pages.length * (weight - ca.weight) + cb.pages.length * (weight - cb.weight);
        if (!best || worst < best.worst || (worst === best.worst && cost < best.cost)) best = { a, b, worst, cost, rules, weight };
      }
    }
    if (!best) break;
    const merged = [...(clusters[best.a]?.pages ?? []), ...(clusters[best.b]?.pages ?? [])].sort((x, y) => x - y);
    if (clusters.length <= limits.maxPerGroup && best.worst > limits.maxUnusedChars) break;
    const { a, b, rules, weight } = best;
    clusters = [...clusters.filter((_, index) => index !== a && index !== b), { pages: merged, rules, weight }].sort((x, y) => (x.pages[0] ?? 0) - (y.pages[0] ?? 0));
  }
  return clusters.map((cluster) => cluster.pages);
}

/**
 * Prunes pages' stylesheets per group rather than per page: a stylesheet keeps the rules any page
 * of its cluster or any script can match, so the pages of a cluster carry the same text, and the
 * same CSP hash. A group (a kind of page) with the same stylesheet is one cluster unless a page
 * would carry too much it cannot use (`limits`); it never has more than `limits.maxPerGroup`, so
 * the distinct stylesheets, and the style hashes of the header policy, are bounded by the kinds,
 * not by the pages. Returns each page's pruned stylesheets by path.
 */
export function pruneCssByGroup(
  pages: readonly PageStyles[],
  scripts: string,
  groupOf: (path: string) => string,
  limits: GroupingLimits = DEFAULT_GROUPING,
): Map<string, string[]> {
  const groups = new Map<string, PageStyles[]>();
  for (const page of pages) {
    const key = `${groupOf(page.path)}\u0000${page.css.join('\u0000')}`;
    groups.set(key, [...(groups.get(key) ?? []), page]);
  }
  const out = new Map<string, string[]>();
  for (const members of groups.values()) {
    const tokenSets = members.map((page) => pageTokens(page.markup, scripts));
    const css = members[0]?.css ?? [];
    // Every stylesheet of a page is clustered by their concatenation: one decision for the page.
    const clusters = css.length === 0 ? [members.map((_, index) => index)] : clusterPages(css.join('\n'), tokenSets, limits);
    for (const cluster of clusters) {
      const tokens = new Set(cluster.flatMap((index) => [...(tokenSets[index] ?? [])]));
      const pruned = css.map((text) => pruneCssForPage(text, tokens));
      for (const index of cluster) {
        const page = members[index];
        if (page) out.set(page.path, pruned);
      }
    }
  }
  return out;
}
