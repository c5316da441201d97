// Runs on every page once it is idle. For now it only registers; the extractor
// and the highlighting come with the extension issue.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {},
});
