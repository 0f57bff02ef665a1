/** The two ways a language says who says a claim, as whole messages with {speaker} and {attribution}. */
export interface WhoSaysMessages {
  /** "{speaker} {attribution}": "Witkoff told CNN". */
  whoSays: string;
  /** "{speaker}, {attribution}", for an attribution that names its source aside: "European officials, according to CBS". */
  whoSaysAside: string;
}

/** True when an attribution names its source itself ("according to CBS" names "CBS"), ignoring case. */
export function namesSource(attribution: string, source: string): boolean {
  return attribution.toLocaleLowerCase().includes(source.toLocaleLowerCase());
}

/**
 * Who says a claim, in one line: the speaker (a full name, or the short label) and the article's
 * verb, "Witkoff told CNN"; an attribution that names the source goes aside, "European officials,
 * according to CBS", and a citation by the short label then gives the attribution alone, "according
 * to CBS", never the name twice.
 */
export function whoSaysIt(messages: WhoSaysMessages, speaker: { who: string; label: string }, attribution: string, by: 'who' | 'label'): string {
  const aside = namesSource(attribution, speaker.label);
  if (by === 'label' && aside) return attribution;
  const template = aside ? messages.whoSaysAside : messages.whoSays;
  return template.replace('{speaker}', by === 'who' ? speaker.who : speaker.label).replace('{attribution}', attribution);
}
