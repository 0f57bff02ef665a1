import { withBaseIfInternal } from './url';

/** One rule of a _redirects file. */
export interface RedirectRule {
  /** Path requested. */
  from: string;
  /** Where it goes: a site path (may carry a #hash) or a full URL. */
  to: string;
  /** HTTP status, 301 unless written. */
  status: number;
}

/** The rules of a _redirects file (Netlify format), skipping comments and blank lines. */
export function parseRedirects(text: string): RedirectRule[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [from, to, status] = line.split(/\s+/);
      if (!from || !to) throw new Error(`_redirects line "${line}" needs a source and a target path.`);
      const code = status === undefined ? 301 : Number.parseInt(status, 10);
      if (!Number.isInteger(code)) throw new Error(`_redirects line "${line}" has status "${status}"; expected a number like 301.`);
      return { from, to, status: code };
    });
}

/** Adds the base path to every source and target path of a _redirects file, keeping comments and spacing. */
export function renderRedirects(template: string, base: string): string {
  return template
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((line) => {
      if (line.trim() === '' || line.trimStart().startsWith('#')) return line;
      return line.replace(/^(\s*)(\S+)(\s+)(\S+)/, (_all, lead: string, from: string, gap: string, to: string) =>
        `${lead}${withBaseIfInternal(base, from)}${gap}${withBaseIfInternal(base, to)}`,
      );
    })
    .join('\n');
}
