// The bundled sample article, an extension page no content script reaches:
// it runs the content script's own session on itself, with the marks' style
// sheet, and a backend that asks the background as Tifa's own page.
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import '../../lib/dom/highlight.css';
import { sampleBackend } from '../../lib/content/sample-backend';
import { startSession } from '../../lib/content/session';

startSession(new ContentScriptContext('sample'), document, () => Promise.resolve(sampleBackend));
