// Which content files a page shows, noted while the page is built: a page model reads its
// content through recording views, so the set of files is a by-product of building it and
// cannot drift from what the page shows (a hand-written list did).

/** A page's record: the content files ("sections/territory", "people/donald-trump") whose words it shows. */
export interface Recorder {
  note(key: string): void;
  readonly keys: ReadonlySet<string>;
}

export function createRecorder(): Recorder {
  const keys = new Set<string>();
  return { note: (key) => void keys.add(key), keys };
}

/**
 * A key may name a part of a file after "#": "sections/territory#text" is the body's paragraphs,
 * which the updates log changes. The file is what provenance asks about.
 */
export const PART_SEPARATOR = '#';

/** The file a recorded key belongs to: the key without its part. */
export function fileOfKey(key: string): string {
  const at = key.indexOf(PART_SEPARATOR);
  return at === -1 ? key : key.slice(0, at);
}

/** The part of a file a key names: "sections/territory" and "text" give "sections/territory#text". */
export function partKey(file: string, part: string): string {
  return `${file}${PART_SEPARATOR}${part}`;
}

/** The files of a record, parts folded into their files. */
export function filesOfRecord(keys: Iterable<string>): Set<string> {
  return new Set([...keys].map(fileOfKey));
}

/** How one object's properties are recorded. */
export interface RecordingRule {
  /** Properties read to find or order things (ids, dates, lists of ids): reading them notes nothing. */
  quiet?: readonly PropertyKey[];
  /** Keys noted, besides the file's, when a property is read ("Content" notes the body's text part). */
  also?: Readonly<Record<PropertyKey, readonly string[]>>;
  /** Properties whose value is itself recorded (an entry's `data`, a claim's speaker): the view of it. */
  wrap?: Readonly<Record<PropertyKey, (value: never) => unknown>>;
}

/** The object behind each recording view, so code that only links or looks up can read without noting. */
const targets = new WeakMap<object, object>();

/**
 * A view of `target` that notes `key` whenever one of its words is read: any property but the
 * quiet ones. Reads of wrapped properties return their own view (noting whatever they note).
 */
export function recording<T extends object>(target: T, recorder: Recorder, key: string, rule: RecordingRule = {}): T {
  const quietKeys = new Set(rule.quiet ?? []);
  const wrapped = new Map<PropertyKey, unknown>();
  const view = new Proxy(target, {
    get(object, property, receiver) {
      const value: unknown = Reflect.get(object, property, receiver);
      if (typeof property === 'symbol' || quietKeys.has(property)) return value;
      const wrap = rule.wrap?.[property];
      if (wrap) {
        if (!wrapped.has(property)) wrapped.set(property, value === undefined ? value : wrap(value as never));
        return wrapped.get(property);
      }
      recorder.note(key);
      for (const extra of rule.also?.[property] ?? []) recorder.note(extra);
      return value;
    },
  });
  targets.set(view, target);
  return view;
}

/** What a recording view stands for, read without noting anything; any other value as it is. */
export function quiet<T>(value: T): T {
  return (typeof value === 'object' && value !== null ? (targets.get(value) as T | undefined) : undefined) ?? value;
}

/** True for a recording view. */
export function isRecording(value: object): boolean {
  return targets.has(value);
}
