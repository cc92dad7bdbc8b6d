/**
 * Imported by main.ts: starts fetching the page's language while the app chunk loads, so that the
 * app does not wait one more round trip for its words after its own chunk has run.
 */
import { firstLocale, loadMessages } from './load.ts';

// A failure is reported where the words are awaited (mount.ts), not here.
loadMessages(firstLocale()).catch(() => {});
