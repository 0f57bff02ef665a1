/**
 * <embed-code>: when its Embed control is first opened, fetches the view's oEmbed file (the link
 * the control holds) and shows its html, the embed code, in a read-only box named like the control
 * ("Embed the timeline"), with a "Copy code" button styled like the control. The button's words
 * come from data-* in the page's language; where the clipboard is refused, the code is selected instead. Without it, or offline, the links lead to the code and the view.
 */
class EmbedCodeElement extends HTMLElement {
  connectedCallback(): void {
    const details = this.closest('details');
    // Once: on the first toggle, or at once when a reader opened the control before this script
    // came (it loads after the first paint). Offline, or with the file gone, nothing is added and the
    // links still lead to the code. The box is a module of its own (data-box, written by
    // EmbedCode.astro), fetched only then; it fills every control that is open.
    const load = () => void import(/* @vite-ignore */ this.dataset['box'] ?? '').catch(() => undefined);
    if (details?.open) load();
    else details?.addEventListener('toggle', load, { once: true });
  }
}

customElements.define('embed-code', EmbedCodeElement);
