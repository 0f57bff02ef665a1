/** Where the reader's colour-scheme choice is kept; scripts/scheme-init.js reads the same key before first paint. */
const STORAGE_KEY = 'scheme';
const SCHEMES = ['system', 'light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

function isScheme(value: string): value is Scheme {
  return (SCHEMES as readonly string[]).includes(value);
}

/**
 * <scheme-switch>: applies and remembers the choice made in its <select>. Defining the element
 * is what shows it (global.css hides `scheme-switch:not(:defined)` without taking its room away).
 */
class SchemeSwitchElement extends HTMLElement {
  connectedCallback(): void {
    const select = this.querySelector('select');
    if (!select) return;
    select.value = document.documentElement.dataset['scheme'] ?? 'system';
    select.addEventListener('change', () => {
      const choice = isScheme(select.value) ? select.value : 'system';
      try {
        if (choice === 'system') localStorage.removeItem(STORAGE_KEY);
        else localStorage.setItem(STORAGE_KEY, choice);
      } catch {
        // Storage may be off (private mode); the choice then lasts for this page only.
      }
      if (choice === 'system') delete document.documentElement.dataset['scheme'];
      else document.documentElement.dataset['scheme'] = choice;
    });
  }
}

if (!customElements.get('scheme-switch')) customElements.define('scheme-switch', SchemeSwitchElement);
