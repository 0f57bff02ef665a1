/**
 * <since-visit data-log data-date-locale data-summary data-new data-changed>: tells a returning
 * reader which paragraphs of this page are new or changed since their last visit on this device. Each paragraph of the story carries a short
 * fingerprint of its words (data-print, written at build time); the fingerprints seen are
 * kept in localStorage per page, never sent anywhere. Nodes are built with createElement and
 * textContent only: the site's Trusted Types policy blocks HTML strings. Its words come from
 * the data attributes (the edition's dictionary), the date in the edition's locale.
 */

/** What a visit leaves behind: when (ms since 1970) and each paragraph's fingerprint by id. */
interface Seen {
  t: number;
  p: Record<string, string>;
}

class SinceVisitElement extends HTMLElement {
  connectedCallback(): void {
    const paragraphs = [...document.querySelectorAll<HTMLElement>('p[data-print]')];
    const status = this.querySelector('[role="status"]');
    const key = `seen:${location.pathname}`;
    const { dateLocale, summary = '', new: newMark = '', changed: changedMark = '' } = this.dataset;
    if (!status || paragraphs.length === 0) return;
    let seen: Seen | undefined;
    // Storage may be refused (private mode, a full quota) or hold a corrupt entry: the page reads as it is, and this visit is kept if it can be.
    try {
      seen = JSON.parse(localStorage.getItem(key) ?? 'null') ?? undefined;
    } catch {}
    try {
      localStorage.setItem(key, JSON.stringify({ t: Date.now(), p: Object.fromEntries(paragraphs.map((p) => [p.id, p.dataset['print']])) }));
    } catch {}
    // Nothing seen before, or an entry this script did not write: start afresh from this visit.
    if (typeof seen?.p !== 'object' || seen.p === null) return;
    // A paragraph whose words were on the page before, wherever they stood, is not new: inserting one paragraph marks that one only.
    const before = new Set(Object.values(seen.p));
    let changed = 0;
    let added = 0;
    for (const paragraph of paragraphs) {
      if (before.has(paragraph.dataset['print'] ?? '')) continue;
      const isNew = !(paragraph.id in seen.p);
      if (isNew) added++;
      else changed++;
      const mark = document.createElement('strong');
      // Utilities the page's CSS already has (the tags of the timeline), so the marks add no CSS.
      mark.className = 'rounded bg-highlight px-1.5 py-0.5 font-sans text-xs text-ink';
      mark.textContent = isNew ? newMark : changedMark;
      paragraph.prepend(mark, ' ');
    }
    if (changed + added === 0) return;
    const when = new Date(seen.t).toLocaleDateString(dateLocale, { day: 'numeric', month: 'long' });
    // The summary is the link to the updates log, in the change note's box (src/components/ChangeNote.astro): no CSS of its own.
    const link = document.createElement('a');
    link.href = this.dataset['log'] ?? '';
    link.className = 'underline';
    link.textContent = summary.replace('{when}', when).replace('{changed}', String(changed)).replace('{added}', String(added));
    status.className = 'mb-6 max-w-3xl rounded bg-highlight px-4 py-3 font-sans text-sm';
    status.append(link);
  }
}

if (!customElements.get('since-visit')) customElements.define('since-visit', SinceVisitElement);
