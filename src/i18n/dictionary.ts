import { en } from './en';
import type { Locale } from './locales';
import { uk } from './uk';

/** The interface words of one edition: the shape of the English dictionary, every key required. */
export type Dictionary = typeof en;

const DICTIONARIES: Record<Locale, Dictionary> = { en, uk };

/** The interface words of an edition. */
export function dictionaryFor(locale: Locale): Dictionary {
  return DICTIONARIES[locale];
}

/** Fills "{name}" placeholders of an interface string. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
