import { describe, expect, it } from 'vitest';
import { createRecorder, fileOfKey, filesOfRecord, isRecording, partKey, quiet, recording } from '../../src/lib/shown-files';

/** A content entry as the story holds one: an id, and data with words and lists that find things. */
function entry() {
  return { id: 'territory', data: { title: 'Territory', standfirst: 'Who holds what.', events: ['alaska-summit'] }, Content: () => 'body', position: 1 };
}

describe('recording the files a page shows', () => {
  it('notes the file when a word is read, and nothing for quiet reads', () => {
    const recorder = createRecorder();
    const view = recording(entry(), recorder, 'sections/territory', { quiet: ['id', 'position'] });
    expect(view.id).toBe('territory');
    expect(view.position).toBe(1);
    expect([...recorder.keys]).toEqual([]);
    expect(view.data.title).toBe('Territory');
    expect([...recorder.keys]).toEqual(['sections/territory']);
  });

  it('wraps a property so only its words note, and notes a part beside the file', () => {
    const recorder = createRecorder();
    const key = 'sections/territory';
    const view = recording(entry(), recorder, key, {
      quiet: ['id'],
      also: { Content: [partKey(key, 'text')] },
      wrap: { data: (data: ReturnType<typeof entry>['data']) => recording(data, recorder, key, { quiet: ['events'] }) },
    });
    expect(view.data.events).toEqual(['alaska-summit']);
    expect([...recorder.keys]).toEqual([]);
    // The same view each read, so identity checks and caches hold.
    expect(view.data).toBe(view.data);
    expect(view.data.standfirst).toBe('Who holds what.');
    expect([...recorder.keys]).toEqual([key]);
    expect(view.Content()).toBe('body');
    expect([...recorder.keys].sort()).toEqual([key, 'sections/territory#text']);
  });

  it('reads through quiet() without noting, and quiet() of a plain value is the value', () => {
    const recorder = createRecorder();
    const target = entry();
    const view = recording(target, recorder, 'sections/territory');
    expect(isRecording(view)).toBe(true);
    expect(isRecording(target)).toBe(false);
    expect(quiet(view)).toBe(target);
    expect(quiet(view).data.title).toBe('Territory');
    expect(quiet(target)).toBe(target);
    expect(quiet('text')).toBe('text');
    expect([...recorder.keys]).toEqual([]);
  });

  it('keeps each page its own record', () => {
    const first = createRecorder();
    const second = createRecorder();
    const target = entry();
    recording(target, first, 'sections/territory').data;
    void recording(target, second, 'sections/territory').id;
    expect([...first.keys]).toEqual(['sections/territory']);
    expect([...second.keys]).toEqual(['sections/territory']);
    const quietSecond = createRecorder();
    void recording(target, quietSecond, 'sections/territory', { quiet: ['id'] }).id;
    expect([...quietSecond.keys]).toEqual([]);
  });

  it('folds parts into their files for provenance', () => {
    expect(fileOfKey('sections/territory#text')).toBe('sections/territory');
    expect(fileOfKey('people/donald-trump')).toBe('people/donald-trump');
    expect(filesOfRecord(['opening#text', 'opening', 'map'])).toEqual(new Set(['opening', 'map']));
  });
});
