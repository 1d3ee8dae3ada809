import { describe, expect, it } from 'vitest';
import type { Story, StoryStep, TextDoc } from '../../src/content/types';
import {
  formatElapsed,
  lastMeasureKey,
  presenterCommand,
  stepCamera,
  stepPermalink,
  targetStep,
} from '../../src/state/story';
import { packJson } from './fixtures/fictional-pack';

// The fictional pack: five measures, steps for measures 1, 2, 4 and 5 only.
const story = packJson<Story>('story.json');
const sections = packJson<TextDoc>('text/actions.json').sections;
const ids = story.steps.map((s) => s.id);
const go = (current: string | null, key: string) => {
  const command = presenterCommand(key);
  if (!command) throw new Error(`no command for ${key}`);
  return targetStep(story, sections, current, command);
};

describe('presenter keys', () => {
  it('maps the keys of a keyboard and of a clicker', () => {
    for (const key of ['ArrowRight', ' ', 'PageDown'])
      expect(presenterCommand(key)).toEqual({ kind: 'next' });
    for (const key of ['ArrowLeft', 'PageUp']) expect(presenterCommand(key)).toEqual({ kind: 'prev' });
    expect(presenterCommand('Home')).toEqual({ kind: 'first' });
    expect(presenterCommand('End')).toEqual({ kind: 'last' });
    expect(presenterCommand('Escape')).toEqual({ kind: 'exit' });
    for (const key of ['r', 'R', 'Backspace']) expect(presenterCommand(key)).toEqual({ kind: 'return' });
    expect(presenterCommand('4')).toEqual({ kind: 'measure', number: 4 });
    // Any single digit from 1 names a measure; one the text does not have changes nothing (below).
    expect(presenterCommand('9')).toEqual({ kind: 'measure', number: 9 });
    for (const key of ['0', 'a', 'Enter', 'Tab', 'ArrowUp']) expect(presenterCommand(key)).toBeNull();
  });

  it('steps forward and back through the story and stops at either end', () => {
    let at: string | null | undefined = null;
    const seen: string[] = [];
    for (let i = 0; i < ids.length + 2; i++) {
      at = go(at ?? null, 'ArrowRight');
      seen.push(at as string);
    }
    expect(seen.slice(0, ids.length)).toEqual(ids);
    expect(seen.slice(ids.length)).toEqual([ids.at(-1), ids.at(-1)]);
    expect(go(ids[1] as string, 'PageUp')).toBe(ids[0]);
    expect(go(ids[0] as string, 'ArrowLeft')).toBe(ids[0]);
    expect(go(ids[4] as string, 'Home')).toBe(ids[0]);
    expect(go(ids[4] as string, 'End')).toBe(ids.at(-1));
  });

  it('number keys jump to the step of that measure, whatever the current step', () => {
    for (const n of [1, 2, 4, 5]) {
      const step = go('s-intro', String(n));
      expect(story.steps.find((s) => s.id === step)?.section).toBe(`a${n}`);
    }
    // Measure 3 has no step, and the text has no measure 6 or 9: the step stays.
    for (const key of ['3', '6', '9']) expect(go('s-a2', key)).toBe('s-a2');
  });

  it("the last number key follows the text's measure count", () => {
    expect(lastMeasureKey(sections)).toBe(5);
    expect(lastMeasureKey([])).toBe(0);
  });

  it('a measure without a step of its own keeps the current step; exit and return are not moves', () => {
    const short: Story = { steps: story.steps.filter((s) => s.section !== 'a5') };
    expect(targetStep(short, sections, 's-a2', { kind: 'measure', number: 5 })).toBe('s-a2');
    expect(targetStep(story, sections, 's-a2', { kind: 'exit' })).toBeUndefined();
    expect(targetStep(story, sections, 's-a2', { kind: 'return' })).toBeUndefined();
    expect(targetStep({ steps: [] }, sections, null, { kind: 'next' })).toBeNull();
  });
});

describe('step helpers', () => {
  const step = story.steps.find((s) => s.id === 's-a2') as StoryStep;

  it('uses the narrow camera below 700 px, when the step has one', () => {
    expect(stepCamera(step, 390)).toEqual(step.cameraNarrow);
    expect(stepCamera(step, 1280)).toEqual(step.camera);
    const { cameraNarrow: _, ...wideOnly } = step;
    expect(stepCamera(wideOnly, 390)).toEqual(step.camera);
  });

  it('builds the permalink of a step from the page address, dropping its hash', () => {
    expect(stepPermalink('https://x.org/atlas/index.html#m=m3&c=1,2,3', 'm4', 'zh')).toBe(
      'https://x.org/atlas/index.html#s=m4',
    );
    expect(stepPermalink('https://x.org/atlas/', 'm4', 'en')).toBe('https://x.org/atlas/#lang=en&s=m4');
  });

  it('formats the briefing timer', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_400)).toBe('1:05');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
    expect(formatElapsed(-5)).toBe('0:00');
  });
});
