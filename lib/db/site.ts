// How the history names pages and sites. A page is its URL without the
// fragment (`#comments` is the same article); a site is the URL's host name.

export function pageKey(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}

export function siteOf(url: string): string {
  return new URL(url).hostname;
}
