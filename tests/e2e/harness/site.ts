// The test news site: every seed article as a page, and one English page.
import { englishPageHtml, type NewsArticle, newsPageHtml, seedArticles } from './news-page';
import { html, type Route, startServer, type StaticServer } from './server';

export const ENGLISH_PATH = '/world/council-budget.html';

export const articlePath = (a: Pick<NewsArticle, 'file'>): string => `/news/${a.file.replace(/\.txt$/, '')}.html`;

/** The news site, plus `extra` pages (variants a test serves beside the seeds). */
export function startNewsSite(extra: Iterable<[string, Route]> = []): Promise<StaticServer> {
  const routes = new Map<string, Route>(seedArticles().map((a) => [articlePath(a), html(newsPageHtml(a))]));
  for (const [path, route] of extra) routes.set(path, route);
  routes.set(ENGLISH_PATH, html(englishPageHtml()));
  return startServer(routes);
}
