import { IntlMessageFormat } from 'intl-messageformat';

/** The values a message's placeholders take. */
export type MessageValues = Readonly<Record<string, string | number>>;

// Parsing is the slow part and the same few hundred messages are filled on every page.
const parsed = new Map<string, IntlMessageFormat>();

/** The names of the placeholders a message uses, in order of first use ("{count, plural, …}" names count). */
function placeholdersOf(format: IntlMessageFormat): string[] {
  const names: string[] = [];
  const walk = (elements: readonly unknown[]): void => {
    for (const element of elements as { value?: unknown; options?: Record<string, { value: unknown[] }> }[]) {
      if (typeof element.value === 'string' && 'type' in element && (element as { type: number }).type !== 0 && !names.includes(element.value)) {
        names.push(element.value);
      }
      for (const option of Object.values(element.options ?? {})) walk(option.value);
    }
  };
  walk(format.getAst());
  return names;
}

/**
 * Fills an ICU message ("Part {position} of {total}", "{count, plural, one {# part} other {# parts}}")
 * for the language `lang` (a BCP 47 tag: it picks the plural forms). The one filler of the site: the
 * dictionaries' messages and the placeholders in content both go through it, at build time only.
 * A placeholder the message names without a value, and a message that does not parse, throw an
 * error naming `key` (the dictionary key or the content field) and the values there are, so a typo
 * stops the build instead of reaching readers. Values the message does not use are ignored.
 */
export function formatMessage(key: string, message: string, values: MessageValues, lang: string): string {
  let format = parsed.get(`${lang}\u0000${message}`);
  if (!format) {
    try {
      // ignoreTag: a "<" in content is text, not rich-text markup.
      format = new IntlMessageFormat(message, lang, undefined, { ignoreTag: true });
    } catch (error) {
      throw new Error(`${key}: the message "${message}" is not valid ICU MessageFormat (${(error as Error).message}).`);
    }
    parsed.set(`${lang}\u0000${message}`, format);
  }
  const known = Object.keys(values).filter((name) => values[name] !== undefined);
  for (const name of placeholdersOf(format)) {
    if (!known.includes(name)) {
      throw new Error(`${key}: the placeholder {${name}} is not known; use one of ${known.map((k) => `{${k}}`).join(', ') || 'none (this message takes no values)'}.`);
    }
  }
  const result = format.format(values);
  // Plain values only, so the result is always text; an array would mean a rich-text tag slipped through.
  return Array.isArray(result) ? result.join('') : String(result);
}
