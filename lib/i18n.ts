// The UI's strings in Chinese and English. The language follows the browser:
// any zh-* locale reads Chinese, everything else English. Messages may hold
// {name} placeholders; a message that depends on a count gives plural forms
// (Intl.PluralRules categories, `other` required) so English says "1 page".
export type Locale = 'zh' | 'en';

type Plural = { one?: string; other: string };
type Message = string | Plural;

const en = {
  'app.name': 'Tifa',
  'app.tagline': 'Your reading history, on this machine only',
  'common.loading': 'Loading…',
  'common.back': 'Back',
  'common.cancel': 'Cancel',
  'common.error': 'Something went wrong: {message}',
  'common.storageFull':
    'Storage is full: Tifa cannot save any more history. Export it, then clear it or free some disk space.',

  'kind.official': 'officials',
  'kind.person': 'people',
  'kind.amount': 'amounts',
  'kind.slogan': 'slogans',

  'card.label': 'Tifa lookup: {name}',
  'card.close': 'Close',
  'card.kind.official': 'Official',
  'card.kind.person': 'Person',
  'card.kind.amount': 'Amount',
  'card.kind.slogan': 'Slogan',
  'card.role.official': 'official',
  'card.role.business': 'business',
  'card.role.professional': 'professional',
  'card.role.journalist': 'journalist',
  'card.role.citizen': 'citizen',
  'card.titlesHere': 'Titles on this page',
  'card.corpus': 'In the corpus',
  'card.history': 'In your history',
  'card.titlesOverTime': 'Titles over time',
  'card.coMentioned': 'Most often named with',
  'card.links': 'Look it up',
  'card.link.baike': 'Baidu Baike',
  'card.link.wikipedia': 'Wikipedia',
  'card.link.search': 'Web search',
  'card.none': 'Nothing yet.',
  'card.unavailable': 'Tifa’s corpus and history cannot be read right now.',
  'card.visited': 'visited {date}',
  'card.amount.printed': 'As printed',
  'card.amount.value': 'Value',
  'card.amount.range': '{min} to {max}',
  'card.approx.over': 'over',
  'card.approx.under': 'under',
  'card.approx.about': 'about',
  'card.slogan.gloss': 'Meaning',
  'card.slogan.noGloss': 'Tifa has no explanation of this formulation yet.',
  'card.slogan.national': 'National',
  'card.slogan.since': 'first put forward in {year}',
  'card.sloganKind.formula': 'numbered formula',
  'card.sloganKind.campaign': 'campaign',
  'card.sloganKind.policy': 'policy',

  'popup.tab.recent': 'Recent',
  'popup.tab.top': 'Top',
  'popup.tab.data': 'Data',
  'popup.search.placeholder': 'Search a person, slogan or site',
  'popup.search.none': 'Nothing in your history matches “{query}”.',
  'popup.search.people': 'People',
  'popup.search.pages': 'Pages',
  'popup.recent.empty': 'No articles yet. Open a Chinese news article and Tifa will remember what it marks.',
  'popup.pages': { one: '{n} page', other: '{n} pages' },

  'popup.site.on': 'On for {site}',
  'popup.site.none': 'This tab is not a web page',
  'popup.pause': 'Pause everywhere',
  'popup.paused': 'Paused: Tifa marks nothing and remembers nothing until you resume.',
  'popup.writeFailure.quota':
    'The last page was not saved ({time}): storage is full. Export your history, then clear it or free some disk space.',
  'popup.writeFailure.failed': 'The last page was not saved ({time}): {message}',

  'popup.person.history': 'In your history',
  'popup.person.corpus': 'In the corpus',
  'popup.person.titles': 'Titles over time',
  'popup.person.none': 'Nothing yet.',
  'popup.person.corpusError': 'The corpus could not be read.',

  'popup.top.officials': 'Most seen officials',
  'popup.top.slogans': 'Most seen slogans',
  'popup.top.empty': 'Nothing yet.',

  'popup.data.export': 'Export',
  'popup.data.exportJson': 'Export JSON',
  'popup.data.exportCsv': 'Export CSV',
  'popup.data.import': 'Import JSON',
  'popup.data.importHint': 'A file exported by Tifa. It is merged with your history; nothing is replaced by older data.',
  'popup.data.skipped': { one: '{n} damaged record was left out.', other: '{n} damaged records were left out.' },
  'popup.data.imported': 'Imported: {added} added, {updated} updated.',
  'popup.data.importRefused': 'The file was not imported; your history is unchanged:',
  'popup.data.clear': 'Clear history',
  'popup.data.clearConfirm': 'Delete your whole reading history? This cannot be undone.',
  'popup.data.clearYes': 'Delete everything',
  'popup.data.cleared': 'History cleared.',
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;

const zh: Record<MessageKey, Message> = {
  'app.name': '提法',
  'app.tagline': '你的阅读记录，只存在本机',
  'common.loading': '加载中…',
  'common.back': '返回',
  'common.cancel': '取消',
  'common.error': '出错了：{message}',
  'common.storageFull': '存储空间已满：提法无法再保存浏览记录。请先导出，再清除记录或释放磁盘空间。',

  'kind.official': '官员',
  'kind.person': '人物',
  'kind.amount': '数额',
  'kind.slogan': '提法',

  'card.label': '提法查询：{name}',
  'card.close': '关闭',
  'card.kind.official': '官员',
  'card.kind.person': '人物',
  'card.kind.amount': '数额',
  'card.kind.slogan': '提法',
  'card.role.official': '官员',
  'card.role.business': '企业界',
  'card.role.professional': '专业人士',
  'card.role.journalist': '记者',
  'card.role.citizen': '群众',
  'card.titlesHere': '本文中的职务',
  'card.corpus': '语料中',
  'card.history': '浏览记录中',
  'card.titlesOverTime': '职务变化',
  'card.coMentioned': '常一同出现',
  'card.links': '查一查',
  'card.link.baike': '百度百科',
  'card.link.wikipedia': '维基百科',
  'card.link.search': '网页搜索',
  'card.none': '暂无。',
  'card.unavailable': '暂时无法读取提法的语料和浏览记录。',
  'card.visited': '{date} 浏览',
  'card.amount.printed': '原文',
  'card.amount.value': '数值',
  'card.amount.range': '{min} 至 {max}',
  'card.approx.over': '超过',
  'card.approx.under': '不足',
  'card.approx.about': '约',
  'card.slogan.gloss': '释义',
  'card.slogan.noGloss': '提法暂无这一提法的释义。',
  'card.slogan.national': '全国',
  'card.slogan.since': '{year}年提出',
  'card.sloganKind.formula': '数字概括',
  'card.sloganKind.campaign': '活动',
  'card.sloganKind.policy': '政策',

  'popup.tab.recent': '最近',
  'popup.tab.top': '常见',
  'popup.tab.data': '数据',
  'popup.search.placeholder': '搜索人物、提法或网站',
  'popup.search.none': '浏览记录中没有与“{query}”相符的内容。',
  'popup.search.people': '人物',
  'popup.search.pages': '网页',
  'popup.recent.empty': '还没有记录。打开一篇中文新闻，提法会记住它标出的内容。',
  'popup.pages': '{n} 篇',

  'popup.site.on': '在 {site} 上启用',
  'popup.site.none': '当前标签页不是网页',
  'popup.pause': '全部暂停',
  'popup.paused': '已暂停：恢复之前，提法不标注也不记录任何内容。',
  'popup.writeFailure.quota': '最近一个网页未能保存（{time}）：存储空间已满。请先导出浏览记录，再清除记录或释放磁盘空间。',
  'popup.writeFailure.failed': '最近一个网页未能保存（{time}）：{message}',

  'popup.person.history': '浏览记录中',
  'popup.person.corpus': '语料中',
  'popup.person.titles': '职务变化',
  'popup.person.none': '暂无。',
  'popup.person.corpusError': '无法读取语料。',

  'popup.top.officials': '最常见的官员',
  'popup.top.slogans': '最常见的提法',
  'popup.top.empty': '暂无。',

  'popup.data.export': '导出',
  'popup.data.exportJson': '导出 JSON',
  'popup.data.exportCsv': '导出 CSV',
  'popup.data.import': '导入 JSON',
  'popup.data.importHint': '由提法导出的文件。导入内容与现有记录合并，不会用旧数据覆盖新数据。',
  'popup.data.skipped': '有 {n} 条损坏的记录未导出。',
  'popup.data.imported': '已导入：新增 {added} 条，更新 {updated} 条。',
  'popup.data.importRefused': '文件未导入，浏览记录没有改动：',
  'popup.data.clear': '清除浏览记录',
  'popup.data.clearConfirm': '删除全部浏览记录？此操作无法撤销。',
  'popup.data.clearYes': '全部删除',
  'popup.data.cleared': '浏览记录已清除。',
};

const tables: Record<Locale, Record<MessageKey, Message>> = { en, zh };

/** The UI language for a BCP 47 tag such as navigator.language. */
export function localeOf(language: string | undefined): Locale {
  return language?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

export function translator(locale: Locale): Translate {
  // Made on first use: building plural rules costs milliseconds, and a page
  // whose card never opens needs none.
  let plurals: Intl.PluralRules | undefined;
  return (key, vars = {}) => {
    const message = tables[locale][key];
    const template =
      typeof message === 'string'
        ? message
        : ((typeof vars.n === 'number' && (plurals ??= new Intl.PluralRules(locale)).select(vars.n) === 'one' && message.one) || message.other);
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  };
}

/** The browser's language, read once: an extension page reloads when it opens. */
export const locale: Locale = localeOf(globalThis.navigator?.language);
export const t: Translate = translator(locale);
