/** Where the reader's colour-scheme choice is kept; scripts/scheme-init.js reads the same key before first paint. */
const STORAGE_KEY = 'scheme';

/**
 * <scheme-switch>: applies and remembers the choice made in its <select>. Defining the element
 * is what shows it (global.css hides `scheme-switch:not(:defined)` without taking its room away).
 */
class SchemeSwitchElement extends HTMLElement {
  connectedCallback(): void {
    const select = this.querySelector('select');
    const { dataset } = document.documentElement;
    if (!select) return;
    select.value = dataset['scheme'] ?? 'system';
    select.addEventListener('change', () => {
      // "system" (or anything but the two schemes scheme-init.js accepts) forgets the choice.
      const choice = select.value;
      const isScheme = choice === 'light' || choice === 'dark';
      try {
        if (isScheme) localStorage.setItem(STORAGE_KEY, choice);
        else localStorage.removeItem(STORAGE_KEY);
      } catch {
        // Storage may be off (private mode); the choice then lasts for this page only.
      }
      if (isScheme) dataset['scheme'] = choice;
      else delete dataset['scheme'];
    });
  }
}

customElements.define('scheme-switch', SchemeSwitchElement);
