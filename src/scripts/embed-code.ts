/**
 * <embed-code>: when its Embed control is first opened, fetches the view's oEmbed file (the link
 * the control holds) and shows its html, the embed code, in a read-only box named like the control
 * ("Embed the timeline"), with a "Copy code" button styled like the control. The button's words
 * come from data-* in the page's language; where the clipboard is refused, the code is selected instead. Without it, or offline, the links lead to the code and the view.
 */
class EmbedCodeElement extends HTMLElement {
  connectedCallback(): void {
    const details = this.closest('details');
    // Once: the control starts closed, so its first toggle opens it. Offline, or with the file
    // gone, nothing is added and the links still lead to the code.
    details?.addEventListener('toggle', () => void this.load(details).catch(() => undefined), { once: true });
  }

  private async load(details: HTMLDetailsElement): Promise<void> {
    // A <details>'s first child is its <summary>.
    const summary = details.firstElementChild;
    const status = this.querySelector('[role="status"]');
    // The control's first link is the oEmbed file's (EmbedCode.astro).
    const link = this.querySelector('a');
    if (!summary || !status || !link) return;
    const { html } = (await (await fetch(link.href)).json()) as { html: string };
    const { copy, copied } = this.dataset;
    // Nodes, not markup: no string reaches an HTML sink, as Trusted Types require.
    const code = Object.assign(document.createElement('textarea'), {
      readOnly: true,
      rows: 7,
      value: html,
      ariaLabel: summary.textContent,
      className: 'w-full bg-surface p-2 font-mono text-xs',
    });
    const button = Object.assign(document.createElement('button'), { type: 'button', className: summary.className, textContent: copy ?? '' });
    button.onclick = () =>
      navigator.clipboard.writeText(html).then(
        () => (status.textContent = copied ?? ''),
        // No clipboard (an insecure context, a denied permission): focus moves to the code, selected to copy by hand.
        () => {
          code.focus();
          code.select();
        },
      );
    this.prepend(code);
    status.before(button);
  }
}

customElements.define('embed-code', EmbedCodeElement);
