/**
 * Messages for the user that outlive the action that caused them (a failed import, storage that is
 * unavailable, an undoable delete). One list for the whole app; the shell renders it in a live region.
 */
export type NoticeKind = 'info' | 'success' | 'warning' | 'error';

export interface Notice {
  id: number;
  kind: NoticeKind;
  /** Already worded in the current language by the caller. Rendered as text, never as HTML. */
  text: string;
  /** An optional action, e.g. "Undo" for a delete. */
  action?: { label: string; run: () => void };
}

let nextId = 1;
export const notices = $state<Notice[]>([]);

export function notify(kind: NoticeKind, text: string, action?: Notice['action'], timeoutMs = kind === 'error' ? 0 : 8000): number {
  const id = nextId++;
  notices.push({ id, kind, text, action });
  if (timeoutMs > 0) setTimeout(() => dismiss(id), timeoutMs);
  return id;
}

export function dismiss(id: number): void {
  const i = notices.findIndex((n) => n.id === id);
  if (i >= 0) notices.splice(i, 1);
}
