import { formatMessage, type MessageValues } from '../i18n/message';

/**
 * Fills `{name}` placeholders in editorial text with values from the story ("in {partCount}
 * parts"), plurals and selects included ("{partCount, plural, one {# part} other {# parts}}"),
 * through the one filler the dictionaries use (src/i18n/message.ts) in the language `lang`.
 * Throws when the text names a placeholder it was not given, so a typo in content stops the
 * build instead of reaching readers.
 */
export function fillTemplate(text: string, values: MessageValues, where: string, lang = 'en'): string {
  return formatMessage(where, text, values, lang);
}
