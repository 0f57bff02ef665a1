// Інтерфейсні слова української редакції. The type is the English dictionary's, so a key
// missing here fails `astro check`. Plurals follow Intl.PluralRules('uk'): 1 хвилина, 2 хвилини, 5 хвилин.
import type { Dictionary } from './dictionary';
import { UKRAINIAN_QUOTES, quoteIn } from '../lib/quotations';

const dateFormat = new Intl.DateTimeFormat('uk', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const plural = new Intl.PluralRules('uk');
// "17 серпня 2025 року", as Ukrainian running text dates a day: Intl's "р." would double the full stop ending a sentence.
const date = (iso: string): string => dateFormat.format(new Date(`${iso}T00:00:00Z`)).replace(/\s*р\.$/, ' року');

/** The Ukrainian word form for a count: forms for one, few, many (and other, for fractions). */
function pluralForm(count: number, forms: { one: string; few: string; many: string; other: string }): string {
  return forms[plural.select(count) as keyof typeof forms] ?? forms.other;
}

export const uk: Dictionary = {
  siteTitle: 'Гарантії безпеки для України: пояснення',
  date,
  asOf: (iso) => `Станом на ${date(iso)}`,
  cardAlt: (card) => `Картка сайту ${card.siteTitle}, станом на ${date(card.asOf)}: ${card.title === undefined ? 'заголовок матеріалу' : card.title}, і короткий виклад`,
  readingTime: (minutes) => `${minutes} ${pluralForm(minutes, { one: 'хвилина', few: 'хвилини', many: 'хвилин', other: 'хвилини' })} читання`,
  partOf: (position, total) => `Частина ${position} з ${total}`,
  part: (position) => `Частина ${position}`,
  storyInParts: (count) => `Матеріал у ${count} ${pluralForm(count, { one: 'частині', few: 'частинах', many: 'частинах', other: 'частинах' })}`,
  quote: (text) => quoteIn(UKRAINIAN_QUOTES, text),
  skipLink: 'Перейти до тексту',
  offline: 'Ви офлайн: це збережена копія сторінки, можливо, без останніх оновлень.',
  nav: { label: 'Розділи', read: 'Увесь матеріал', timeline: 'Хронологія', glossary: 'Хто і що', claims: 'Хто що каже' },
  footer: {
    read: 'Увесь матеріал на одній сторінці',
    timeline: 'Хронологія',
    glossary: 'Хто і що',
    claims: 'Хто що каже',
    changes: 'Оновлення та виправлення',
    feed: 'RSS-стрічка',
    updates: 'Оновлення',
    originallyPublished: 'Оригінал англійською вийшов під заголовком (у перекладі)',
    storyAsOf: 'Матеріал станом на',
    keepOffline: 'Зберегти для читання офлайн',
    keeping: 'Зберігаємо…',
    kept: 'Збережено офлайн: файлів {count}.',
    keepFailed: 'Не вдалося; спробуйте ще раз онлайн.',
  },
  scheme: { label: 'Кольори', system: 'Системні', light: 'Світлі', dark: 'Темні' },
  language: { label: 'Мова' },
  dateline: { asOf: 'Станом на', updated: 'Оновлено' },
  share: {
    share: 'Поділитися',
    linkTo: 'посиланням на',
    to: 'на',
    copyLink: 'Копіювати посилання',
    copied: 'Посилання скопійовано',
    copyFailed: 'Не вдалося скопіювати; посилання в адресному рядку',
    thisSection: 'цю частину',
    thisEvent: 'цю подію',
    thisClaim: 'цю заяву ({speaker})',
  },
  selfLink: 'Посилання на',
  pager: { label: 'Попередня і наступна частини', previous: 'Попередня', next: 'Наступна' },
  inShort: 'Коротко',
  cite: {
    source: 'джерело:',
    sources: 'джерела:',
    and: 'і',
    paragraph: 'абзац {n}',
    paragraphOf: 'абзац {n} розділу «{section}»',
  },
  whoSays: '{speaker} {attribution}',
  whoSaysAside: '{speaker}, {attribution}',
  openQuestions: 'Відкриті питання',
  see: 'Див.',
  where: 'Де це',
  mapNotes: 'Що йдеться в матеріалі про кожне місце',
  timeline: 'Хронологія',
  moreIn: 'Більше в частині',
  scheduled: 'Заплановано',
  background: 'Довідка',
  sources: {
    heading: 'Джерела',
    markedBefore: 'Твердження, позначені',
    likeThis: 'ось так',
    sampleLabel: 'мітка',
    markedAfter: ', — це заяви, які стаття приписує комусь; решта — власні відомості статті.',
  },
  glossary: { people: 'Люди', terms: 'Терміни', mentionedIn: 'Згадано в:', whosWho: 'Хто є хто' },
  mention: { in: 'У частинах:', fullEntry: 'Повна довідка в розділі «Хто і що»', close: 'Закрити' },
  claims: {
    quoteLine: '{byline}: {words}',
    asReported: 'Як переказує стаття:',
    firstStep: {
      quote: 'Процитовано в статті від {date}',
      partial: 'Переказано в статті від {date}',
      reported: 'Переказано в статті від {date}',
    },
    laterStep: '{status} {date}',
    saidWhen: 'Сказано {when}',
    cardQuote: '{speaker}',
    cardReported: 'У переказі статті · {speaker}',
    inContext: 'У контексті:',
    everyClaim: 'усі заяви в матеріалі',
    status: { claimed: 'Переказано', confirmed: 'Підтверджено', disputed: 'Оскаржено', denied: 'Спростовано', withdrawn: 'Відкликано' },
  },
  changes: {
    legend: 'Закреслені слова вилучено; підкреслені — додано.',
    diff: { removed: '[вилучено: ', added: '[додано: ', end: ']' },
    seeWhatChanged: 'Що змінилося',
    on: 'від',
    opening: 'Вступ',
    paragraph: 'абзац',
    kind: { update: 'Оновлення', correction: 'Виправлення', clarification: 'Уточнення', typo: 'Одруківка' },
    verb: { update: 'Оновлено', correction: 'Виправлено', clarification: 'Уточнено', typo: 'Виправлено одруківку' },
    theEntry: (kind, when) => `${kind.toLowerCase()} від ${when}`,
    sinceVisit: {
      dateLocale: 'uk',
      summary: 'З {when}: змінено абзаців {changed}, нових {added}.',
      newMark: 'Нове відтоді',
      changedMark: 'Змінено відтоді',
    },
  },
  notFound: { start: 'Почати з початку', read: 'Увесь матеріал на одній сторінці', timeline: 'Хронологія' },
  translation: {
    made: { 'machine-assisted': 'Машинний переклад з англійської', human: 'Переклад з англійської' },
    unreviewed: 'ще не перевірений редактором',
    notYetTranslated: 'Ще не перекладено: поки що тут англійський оригінал',
    reviewedBy: 'перевірено: {by}, {on}',
    original: 'Оригінал англійською',
    behind: 'Цей переклад зроблено до оновлення англійського оригіналу від {date}.',
    behindLink: 'Читати актуальну англійську версію',
  },
};
