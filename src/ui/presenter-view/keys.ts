import { type PresenterCommand, presenterCommand } from '../../state/story';

/**
 * The presenter command of a key press, or null when the key belongs elsewhere: a text field, a
 * shortcut with a modifier, or Space / Enter on a focused button (which the button itself handles).
 */
export function commandOfKey(e: KeyboardEvent): PresenterCommand | null {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return null;
  const target = e.composedPath()[0];
  if (target instanceof HTMLElement) {
    if (target.isContentEditable || target.closest('input, textarea, select')) return null;
    if ((e.key === ' ' || e.key === 'Enter') && target.closest('button, a[href], summary')) return null;
  }
  return presenterCommand(e.key);
}
