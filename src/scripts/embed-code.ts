/**
 * <embed-code>: adds a "Copy code" button beside the read-only embed code of an Embed
 * control, and says whether it worked. Without it the code is still there to select.
 */
class EmbedCodeElement extends HTMLElement {
  connectedCallback(): void {
    const code = this.querySelector('textarea');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    if (!code || !status || this.querySelector('button')) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'rounded border border-rule px-2.5 py-1 text-ink hover:border-accent hover:text-accent';
    button.textContent = 'Copy code';
    button.addEventListener('click', () => void this.copy(code, status));
    status.before(button);
  }

  private async copy(code: HTMLTextAreaElement, status: HTMLElement): Promise<void> {
    try {
      await navigator.clipboard.writeText(code.value);
      status.textContent = 'Code copied';
    } catch {
      // No clipboard (an insecure context, a denied permission): leave the code selected to copy by hand.
      code.select();
      status.textContent = 'Could not copy; the code is selected';
    }
  }
}

customElements.define('embed-code', EmbedCodeElement);
