import { LANGUAGE_TAGS } from '../../i18n/locales';
import { whoSaysIt } from '../../lib/attribution';
import { findSentence, type SentenceInContext } from '../../lib/sentences';
import { quiet } from '../../lib/shown-files';
import { OPENING_ID, bodyPageSegment, claimAnchor, claimPageSegment } from '../../routes';
import type { Story, StoryClaim } from '../story';
import type { ClaimMarkView, ClaimView } from '../view';
import { share } from './links';
import { findSection } from './lookup';

// A claim as the pages show it: its mark in the text, its entry on the claims pages and in its
// embeddable view, and its words in plain text for a description or a card.

/** A claim's mark: who says it, how, when it was said, and where it stands now if that changed. */
export function claimMark(story: Story, claim: StoryClaim): ClaimMarkView {
  const { t } = story;
  const latest = claim.data.status.at(-1);
  return {
    anchor: claimAnchor(claim.id),
    label: claim.speaker.label,
    speaker: claim.speaker.name,
    attribution: claim.data.attribution,
    byline: whoSaysIt(t, { who: claim.speaker.name, label: claim.speaker.label }, claim.data.attribution, 'who'),
    saidWhen: claim.data.saidWhen === undefined ? undefined : t.msg('claims.saidWhen', { when: claim.data.saidWhen }),
    // The first step is the article's report, which the page itself is: only a later step says more.
    laterStatus: latest && claim.data.status.length > 1 ? t.msg('claims.laterStep', { status: t.claims.status[latest.status], date: t.date(latest.date) }) : undefined,
    href: story.url.page(claimPageSegment(claim.id)),
  };
}

/** The article's sentence that holds a claim's words, in the claim's edition. */
export function claimSentence(story: Story, claim: StoryClaim): SentenceInContext {
  const paragraphs = claim.data.in === OPENING_ID ? story.openingFacts.paragraphs : findSection(story, claim.data.in).facts.paragraphs;
  const sentence = findSentence(paragraphs, claim.data.words, LANGUAGE_TAGS[story.locale].lang);
  if (!sentence) throw new Error(`Claim "${claim.id}": its words are in no paragraph of ${claim.data.in}, though the claim checks passed.`);
  return sentence;
}

/** A claim as the claims pages and its embeddable view show it: its kind of words, who, history, the sentence in context and share control. */
export function claimView(story: Story, claim: StoryClaim): ClaimView {
  const { t } = story;
  const segment = bodyPageSegment(claim.data.in);
  // The body's name labels the link to the claim in context.
  const where = claim.data.in === OPENING_ID ? quiet(story).opening.headline : quiet(findSection(story, claim.data.in)).data.title;
  return {
    ...claimMark(story, claim),
    id: claim.id,
    form: claim.data.form,
    headline: claim.data.headline,
    words: claim.data.words,
    sentence: claimSentence(story, claim),
    context: { href: story.url.page(segment, claimAnchor(claim.id)), label: where },
    history: claim.data.status.map((entry, index) => {
      // The date is set apart, in a <time>: the message is cut where it stands.
      const [before, after] =
        index === 0 ? t.around(`claims.firstStep.${claim.data.form}`, {}, 'date') : t.around('claims.laterStep', { status: t.claims.status[entry.status] }, 'date');
      return { before, date: entry.date, after, note: entry.note };
    }),
    share: share(story.url.page(claimPageSegment(claim.id)), t.msg('share.thisClaim', { speaker: claim.speaker.name })),
  };
}

/** How a claim reads in one line of plain text: a quotation as said, anything else as the article reports it, then when. */
export function claimInPlainText(story: Story, view: ClaimView): string {
  const { t } = story;
  const first = view.history[0];
  const reported = first ? `${first.before}${t.date(first.date)}${first.after}` : '';
  const words =
    view.form === 'quote' ? t.msg('claims.quoteLine', { byline: view.byline, words: view.words }) : `${t.claims.asReported} ${sentenceText(view.sentence)}`;
  return [words, view.saidWhen && `${view.saidWhen}.`, `${reported}.`].filter(Boolean).join(' ');
}

/** A sentence in context as one string. */
export function sentenceText(sentence: SentenceInContext): string {
  return `${sentence.before}${sentence.words}${sentence.after}`;
}
