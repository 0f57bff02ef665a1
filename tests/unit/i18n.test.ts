import { describe, expect, it } from 'vitest';
import { dictionaryFor, fill } from '../../src/i18n/dictionary';
import { DEFAULT_LOCALE, LOCALES, localeFromParam, localeOfPath, localeParam } from '../../src/i18n/locales';
import { fingerprintText, FINGERPRINT_PATTERN } from '../../src/lib/fingerprint';

describe('editions and their paths', () => {
  it('keeps the original at the root and puts a translation below its segment', () => {
    expect(localeParam(DEFAULT_LOCALE)).toBeUndefined();
    expect(localeParam('uk')).toBe('uk');
    expect(localeFromParam(undefined)).toBe(DEFAULT_LOCALE);
    expect(localeFromParam('uk')).toBe('uk');
    expect(() => localeFromParam('de')).toThrow(/Unknown edition "de"/);
  });

  it('tells the edition of a path', () => {
    expect(localeOfPath('uk/territory/')).toBe('uk');
    expect(localeOfPath('/uk/')).toBe('uk');
    expect(localeOfPath('territory/')).toBe('en');
    // A section slug that merely starts with a language code is not an edition.
    expect(localeOfPath('ukraine/')).toBe('en');
  });
});

describe('interface dictionaries', () => {
  const uk = dictionaryFor('uk');
  const en = dictionaryFor('en');

  it('has every English key in every edition (the type check holds it; this holds the values)', () => {
    const keys = (value: object, prefix = ''): string[] =>
      Object.entries(value).flatMap(([key, inner]) => (inner && typeof inner === 'object' ? keys(inner, `${prefix}${key}.`) : [`${prefix}${key}`]));
    for (const locale of LOCALES) {
      const dictionary = dictionaryFor(locale) as object;
      for (const key of keys(en)) expect(keys(dictionary), `${locale}: ${key}`).toContain(key);
    }
  });

  it('counts minutes with the Ukrainian plural forms', () => {
    expect(uk.readingTime(1)).toBe('1 хвилина читання');
    expect(uk.readingTime(2)).toBe('2 хвилини читання');
    expect(uk.readingTime(5)).toBe('5 хвилин читання');
    expect(uk.readingTime(21)).toBe('21 хвилина читання');
    expect(uk.readingTime(12)).toBe('12 хвилин читання');
    expect(en.readingTime(4)).toBe('4 min read');
  });

  it('formats dates for the language with Intl', () => {
    expect(uk.date('2025-08-17')).toBe('17 серпня 2025 року');
    expect(en.date('2025-08-17')).toBe('17 August 2025');
    expect(uk.asOf('2025-08-15')).toBe('Станом на 15 серпня 2025 року');
  });

  it('quotes with each language’s marks and fills placeholders', () => {
    expect(uk.quote('так')).toBe('«так»');
    expect(en.quote('so')).toBe('“so”');
    // A text that holds marks is never wrapped in marks of the same kind.
    expect(uk.quote('назвав «дуже продуктивною»')).toBe('«назвав „дуже продуктивною“»');
    expect(en.quote('not “thankful” enough')).toBe('“not ‘thankful’ enough”');
    expect(fill(uk.translation.behind, { date: uk.date('2025-08-20') })).toBe('Цей переклад зроблено до оновлення англійського оригіналу від 20 серпня 2025 року.');
    expect(() => fill('{a} and {b}', { a: 1 }, 'test.pair')).toThrow('test.pair: the placeholder {b} is not known; use one of {a}.');
  });
});

describe('fingerprints', () => {
  it('is 16 hex digits, stable across line endings, different for different text', () => {
    const print = fingerprintText('title: "Alaska"\nsummary: x\n');
    expect(print).toMatch(FINGERPRINT_PATTERN);
    expect(fingerprintText('title: "Alaska"\r\nsummary: x\r\n')).toBe(print);
    expect(fingerprintText('title: "Alaska"\nsummary: y\n')).not.toBe(print);
  });
});
