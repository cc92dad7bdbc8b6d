/** Names of event types in the current dictionary. */
import type { Messages } from '../i18n/index.svelte.ts';
import type { EventType } from './structure.ts';

const KEYS = {
  priceCut: 'editorEventPriceCut',
  portability: 'editorEventPortability',
  newEntrant: 'editorEventNewEntrant',
  outage: 'editorEventOutage',
  networkLaunch: 'editorEventNetworkLaunch',
} as const satisfies Record<EventType, keyof Messages>;

export function eventTypeText(m: Messages, type: string): string {
  return type in KEYS ? m[KEYS[type as EventType]] : type;
}

/** One letter per type inside a timeline marker, so types differ by more than colour. */
export const EVENT_GLYPH: Record<EventType, string> = {
  priceCut: '↓',
  portability: 'P',
  newEntrant: '+',
  outage: '!',
  networkLaunch: '↑',
};
