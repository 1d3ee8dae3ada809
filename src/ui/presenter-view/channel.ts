import type { Lang } from '../../content/types';

/**
 * What the main window and the notes window say to each other over a BroadcastChannel (same origin,
 * no server): the main window owns the state and tells it; the notes window asks and drives.
 */
export type PresenterMessage =
  /** The main window's presenter state; `startedAt` is when presenting began (ms since epoch). */
  | { type: 'state'; step: string | null; lang: Lang; startedAt: number | null }
  /** A notes window opened and wants the state. */
  | { type: 'hello' }
  /** Go to a step, or leave presenter mode with null. */
  | { type: 'go'; step: string | null }
  /** Bring the main window's camera back to the step's view. */
  | { type: 'return' }
  /** Restart the briefing timer. */
  | { type: 'reset' };

/** The channel of one atlas, so two atlases open side by side do not drive each other. */
export function channelName(atlasId: string): string {
  return `${atlasId}-atlas-presenter`;
}

/** Opens the channel, or null where BroadcastChannel is missing (the presenter still works alone). */
export function openChannel(
  atlasId: string,
  onMessage: (m: PresenterMessage) => void,
): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(channelName(atlasId));
  channel.onmessage = (e: MessageEvent) => {
    const m = e.data as PresenterMessage | null;
    if (m && typeof m === 'object' && typeof m.type === 'string') onMessage(m);
  };
  return channel;
}
