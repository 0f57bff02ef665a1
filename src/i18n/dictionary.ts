import { en } from './en';
import { LANGUAGE_TAGS, LOCALES, type Locale } from './locales';
import { formatMessage, type MessageValues } from './message';
import { quoteIn, type QuoteMarks } from '../lib/quotations';
import type { UpdateKind } from '../schemas/update';

/** The messages of one edition, as its file src/i18n/<locale>.ts holds them: the English file's shape, every key required. */
export type Messages = typeof en;

/** Keys whose values are not words to translate: an Intl locale, quotation marks (src/i18n/en.ts). */
export const NOT_WORDS = ['dateLocale', 'quoteMarks', 'changes.sinceVisit.dateLocale'] as const;

/** The dotted key of every message ("claims.saidWhen"). */
export type MessageKey<T = Messages, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : T[K] extends readonly unknown[] ? never : T[K] extends object ? MessageKey<T[K], `${P}${K}.`> : never;
}[keyof T & string];

/** A message cut where its markup slots stand: text, and the names of the slots between. */
export type MessagePart = string | { slot: string };

type Functions = 'date' | 'asOf' | 'cardAlt' | 'readingTime' | 'partOf' | 'part' | 'storyInParts';

/** The interface words of one edition: its messages, those that take values as functions, and the filler. */
export type Dictionary = Omit<Messages, Functions | 'changes'> & {
  changes: Omit<Messages['changes'], 'theEntry'> & {
    /** What an updates-log entry's share control links to ("the correction of 20 August 2025"). */
    theEntry: (kind: UpdateKind, when: string) => string;
  };
  /** "17 August 2025". */
  date: (iso: string) => string;
  /** A social card's dateline: "As of 17 August 2025". */
  asOf: (iso: string) => string;
  /** A social card's alt text; `title` undefined names the headline without quoting it. */
  cardAlt: (card: { siteTitle: string; title: string | undefined; asOf: string }) => string;
  /** "4 min read". */
  readingTime: (minutes: number) => string;
  /** "Part 3 of 5". */
  partOf: (position: number, total: number) => string;
  /** A kicker: "Part 3". */
  part: (position: number) => string;
  /** "The story in 5 parts". */
  storyInParts: (count: number) => string;
  /** Quotation marks around a quotation, with any marks inside it turned to the inner kind. */
  quote: (text: string) => string;
  /** Fills the message at `key` (see formatMessage: an unknown placeholder or a missing value throws, naming the key). */
  msg: (key: MessageKey, values?: MessageValues) => string;
  /**
   * The message at `key` cut at the placeholders named in `slots`, for markup that goes between
   * its words (a <time>, a <cite>): ["Originally published as ", {slot: 'headline'}, ". …"].
   */
  parts: (key: MessageKey, values: MessageValues, slots: readonly string[]) => MessagePart[];
  /** The words before and after the one slot `slot` of the message at `key` ("Quoted in the article of ", ""). */
  around: (key: MessageKey, values: MessageValues, slot: string) => [before: string, after: string];
};

// Each edition's messages in src/i18n/<locale>.ts, found by its locale: a new edition needs no line here.
const FILES = import.meta.glob<Record<string, unknown>>('./*.ts', { eager: true });

function messagesOf(locale: Locale): Messages {
  const module = FILES[`./${locale}.ts`];
  const messages = module && Object.values(module).find((value): value is Messages => typeof value === 'object' && value !== null && 'siteTitle' in value);
  if (!messages) throw new Error(`src/i18n/${locale}.ts is missing or exports no messages: every edition in src/i18n/locales.ts needs its dictionary there.`);
  return messages;
}

function messageAt(messages: Messages, key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
  if (typeof value !== 'string') throw new Error(`There is no message "${key}" in the dictionary.`);
  return value;
}

// Never a character of a message: marks where a slot stood, to cut the filled text there.
const SLOT = '\u{F0000}';

function build(locale: Locale): Dictionary {
  const messages = messagesOf(locale);
  const { lang } = LANGUAGE_TAGS[locale];
  const msg = (key: MessageKey, values: MessageValues = {}): string => formatMessage(`src/i18n/${locale}.ts ${key}`, messageAt(messages, key), values, lang);
  const dateFormat = new Intl.DateTimeFormat(messages.dateLocale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  // Day, month and year as Intl writes them, without what some languages put after the year ("р."): the message says it.
  const intlDate = (iso: string): string => {
    const parts = dateFormat.formatToParts(new Date(`${iso}T00:00:00Z`));
    const year = parts.findIndex((part) => part.type === 'year');
    return parts
      .slice(0, year + 1)
      .map((part) => part.value)
      .join('');
  };
  const date = (iso: string): string => msg('date', { date: intlDate(iso) });
  const marks = messages.quoteMarks as unknown as QuoteMarks;
  const parts = (key: MessageKey, values: MessageValues, slots: readonly string[]): MessagePart[] => {
    const text = msg(key, { ...values, ...Object.fromEntries(slots.map((slot) => [slot, `${SLOT}${slot}${SLOT}`])) });
    return text.split(SLOT).map((piece, index) => (index % 2 === 1 ? { slot: piece } : piece));
  };
  return {
    ...messages,
    changes: { ...messages.changes, theEntry: (kind, when) => msg('changes.theEntry', { kind, when }) },
    date,
    asOf: (iso) => msg('asOf', { date: date(iso) }),
    cardAlt: (card) => msg('cardAlt', { hasTitle: card.title === undefined ? 'no' : 'yes', title: card.title ?? '', siteTitle: card.siteTitle, date: date(card.asOf) }),
    readingTime: (minutes) => msg('readingTime', { minutes }),
    partOf: (position, total) => msg('partOf', { position, total }),
    part: (position) => msg('part', { position }),
    storyInParts: (count) => msg('storyInParts', { count }),
    quote: (text) => quoteIn(marks, text),
    msg,
    parts,
    around: (key, values, slot) => {
      const [before = '', , after = ''] = parts(key, values, [slot]);
      return [String(before), String(after)];
    },
  };
}

const DICTIONARIES = new Map<Locale, Dictionary>(LOCALES.map((locale) => [locale, build(locale)]));

/** The interface words of an edition. */
export function dictionaryFor(locale: Locale): Dictionary {
  const dictionary = DICTIONARIES.get(locale);
  if (!dictionary) throw new Error(`No dictionary for the edition "${locale}".`);
  return dictionary;
}

/**
 * Fills a message that is not in a dictionary's keys (a test's, a script's words) with the filler of the
 * dictionaries; `key` names it in the error an unknown placeholder throws.
 */
export function fill(message: string, values: MessageValues, key = 'message', lang = LANGUAGE_TAGS.en.lang): string {
  return formatMessage(key, message, values, lang);
}
