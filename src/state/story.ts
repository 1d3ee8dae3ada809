import type { Camera, Lang, Section, Story, StoryStep } from '../content/types';

/** What a key does in presenter mode. */
export type PresenterCommand =
  | { kind: 'next' }
  | { kind: 'prev' }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'exit' }
  | { kind: 'return' }
  | { kind: 'measure'; number: number };

/** Viewports narrower than this use a step's `cameraNarrow` (the phone framing). */
export const NARROW_WIDTH = 700;

/**
 * The presenter's keys: → / Space / PageDown next, ← / PageUp back (what a clicker sends), Home / End,
 * 1-9 a measure (a number the text does not have changes nothing, see `targetStep`), Esc leaves, R or
 * Backspace back to the step's view. Null for any other key.
 */
export function presenterCommand(key: string): PresenterCommand | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return { kind: 'next' };
    case 'ArrowLeft':
    case 'PageUp':
      return { kind: 'prev' };
    case 'Home':
      return { kind: 'first' };
    case 'End':
      return { kind: 'last' };
    case 'Escape':
      return { kind: 'exit' };
    case 'r':
    case 'R':
    case 'Backspace':
      return { kind: 'return' };
  }
  return /^[1-9]$/.test(key) ? { kind: 'measure', number: Number(key) } : null;
}

/** The last measure a single digit key reaches: the text's measure count, at most 9. */
export function lastMeasureKey(sections: readonly Section[]): number {
  const numbers = sections.filter((s) => s.kind === 'measure').map((s) => s.number ?? 0);
  return Math.min(9, Math.max(0, ...numbers));
}

/** Index of a step in the story, or -1. */
export function stepIndex(story: Story, id: string | null): number {
  return id === null ? -1 : story.steps.findIndex((s) => s.id === id);
}

export function findStep(story: Story, id: string | null): StoryStep | undefined {
  return story.steps[stepIndex(story, id)];
}

/**
 * The step a navigation command leads to from `current` (which may be null: not presenting yet).
 * Moving past either end stays put; a measure number with no step of its own changes nothing.
 * Returns undefined for commands that are not navigation (exit, return).
 */
export function targetStep(
  story: Story,
  sections: readonly Section[],
  current: string | null,
  command: PresenterCommand,
): string | null | undefined {
  const steps = story.steps;
  if (!steps.length) return null;
  const i = stepIndex(story, current);
  switch (command.kind) {
    case 'next':
      return steps[Math.min(i + 1, steps.length - 1)]?.id ?? null;
    case 'prev':
      return steps[Math.max(i - 1, 0)]?.id ?? null;
    case 'first':
      return steps[0]?.id ?? null;
    case 'last':
      return steps[steps.length - 1]?.id ?? null;
    case 'measure': {
      const section = sections.find((s) => s.kind === 'measure' && s.number === command.number);
      return (section && steps.find((s) => s.section === section.id)?.id) ?? current;
    }
    default:
      return undefined;
  }
}

/** The step's camera for a viewport width: the narrow framing on phones when the story gives one. */
export function stepCamera(step: StoryStep, viewportWidth: number): Camera {
  return viewportWidth < NARROW_WIDTH && step.cameraNarrow ? step.cameraNarrow : step.camera;
}

/**
 * The permalink that opens presenter mode at a step: the page address without its hash, then the
 * step (and the language when it is not the default Chinese).
 */
export function stepPermalink(pageUrl: string, stepId: string, lang: Lang): string {
  const base = pageUrl.replace(/#.*$/, '');
  return `${base}#${lang === 'zh' ? '' : 'lang=en&'}s=${encodeURIComponent(stepId)}`;
}

/** Elapsed time as m:ss, or h:mm:ss from an hour on (a briefing timer). */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
