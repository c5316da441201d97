// Watches a page for the changes that call for a new pass: text added or
// changed inside the article (a re-annotation), the article gone or not found
// yet (a new search for it), and a new address (SPA navigation: start over).
// Changes elsewhere (ads, tickers, the sidebar) are ignored before the
// debounce, so a busy page does not hold back a pass.

/** In increasing order of what they call for. */
const CHANGES = ['article', 'page', 'url'] as const;
export type Change = (typeof CHANGES)[number];

export interface ObserveOptions {
  /** The live article root now, null while the page has none. */
  article: () => Element | null;
  /** Tifa's own nodes (the card's host), whose comings and goings are not the page's. */
  ours: (node: Node) => boolean;
  onChange: (change: Change) => void;
  signal: AbortSignal;
  /** Quiet time before a pass. */
  delay?: number;
  /** Longest wait while the article keeps changing. */
  maxWait?: number;
  /**
   * Also hear a new address that comes without a change of the DOM (popstate,
   * the Navigation API). Off for a page Tifa passed over: a new address alone
   * does not make it Chinese, and listening costs every such page.
   */
  history?: boolean;
}

// The address without its fragment: a jump within the page is the same page.
const pageUrl = (href: string): string => href.replace(/#.*$/, '');

export function observePage(doc: Document, options: ObserveOptions): void {
  const { article, ours, onChange, signal, delay = 300, maxWait = 3000, history = true } = options;
  const win = doc.defaultView;
  if (!win || signal.aborted) return;
  let url = pageUrl(win.location.href);
  let pending: Change | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstAt = 0;

  const fire = (): void => {
    const change = pending;
    pending = null;
    timer = undefined;
    if (change && !signal.aborted) onChange(change);
  };
  const schedule = (change: Change): void => {
    const now = Date.now();
    if (!pending) firstAt = now;
    if (!pending || CHANGES.indexOf(change) > CHANGES.indexOf(pending)) pending = change;
    clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, Math.min(delay, firstAt + maxWait - now)));
  };
  // Content scripts cannot see the page's history.pushState; the URL is compared on every sign of life instead.
  const checkUrl = (): boolean => {
    const now = pageUrl(win.location.href);
    if (now === url) return false;
    url = now;
    schedule('url');
    return true;
  };

  const observer = new MutationObserver((records) => {
    if (checkUrl()) return;
    const root = article();
    if (!root || !root.isConnected) {
      if (records.some((r) => !isOurs(r, ours))) schedule('page');
      return;
    }
    if (records.some((r) => root.contains(r.target) && !isOurs(r, ours))) schedule('article');
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, characterData: true, subtree: true });
  if (history) {
    win.addEventListener('popstate', checkUrl, { signal });
    const navigation = (win as { navigation?: EventTarget }).navigation;
    navigation?.addEventListener('navigatesuccess', checkUrl, { signal });
  }
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}

function isOurs(record: MutationRecord, ours: (node: Node) => boolean): boolean {
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(ours);
}
