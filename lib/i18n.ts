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
  'card.corpus': 'In the corpus',
  'card.corpus.none': 'Not in Tifa’s corpus.',
  'card.seen.person': 'Where you have seen them',
  'card.seen.slogan': 'Where you have seen it',
  'card.seen.none': 'In nothing you read before this page.',
  'card.titlesOverTime': 'Titles over time',
  'card.titlesOverTime.none': 'No dated title from another source yet.',
  'card.coMentioned': 'Most often named with',
  'card.coMentioned.none': 'No one else yet.',
  'card.links': 'Look it up',
  'card.correct': 'Is Tifa wrong?',
  'card.correct.notPerson': 'Not a person',
  'card.correct.wrongTitle': 'Does not hold “{title}”',
  'card.correct.notSlogan': 'Not a slogan',
  'card.correct.isSlogan': 'Mark it as a slogan',
  'card.correct.saved': 'Noted: Tifa will read it so on every page from now on. You can undo it in the popup, under Corrections.',
  'card.unmarked': 'Tifa did not mark this text on the page. Here is what your history and the corpus know of it, and where to look it up.',
  'card.link.baike': 'Baidu Baike',
  'card.link.wikipedia': 'Wikipedia',
  'card.link.search': 'Web search',
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

  'timeline.label': 'Titles over time',
  'timeline.period': '{from} to {to}',
  'timeline.bar': '{title}: {period} ({sources})',
  'timeline.more': '+{n} more',

  'popup.tab.recent': 'Recent',
  'popup.tab.top': 'Top',
  'popup.tab.data': 'Data',
  'popup.tab.corrections': 'Corrections',
  'popup.corrections.notPerson': '{name} is not a person',
  'popup.corrections.wrongTitle': '{name} does not hold “{title}”',
  'popup.corrections.slogan': '“{text}” is a slogan',
  'popup.corrections.notSlogan': '“{text}” is not a slogan',
  'popup.corrections.undo': 'Undo',
  'popup.corrections.empty': 'No corrections. To tell Tifa it is wrong, open the card of a mark and choose under “Is Tifa wrong?”.',
  'popup.corrections.failed': 'The correction could not be undone.',
  'popup.search.placeholder': 'Search a name (or its pinyin), title, paper, slogan or site',
  'popup.search.none': 'Nothing in your history matches “{query}”.',
  'popup.search.people': 'People',
  'popup.search.pages': 'Pages',
  'popup.recent.empty': 'No articles yet. Open a Chinese news article and Tifa will remember what it marks.',
  'popup.pages': { one: '{n} page', other: '{n} pages' },

  'popup.site.on': 'On for {site}',
  'popup.site.off': 'Off for {site}',
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

  'options.title': 'Tifa settings',
  'options.local': 'Kept in this browser only: nothing leaves your machine.',
  'options.marks': 'Marks',
  'options.marks.hint': 'Each kind has a line of its own shape as well as its own colour, so the marks can be told apart without colour. On dark pages the colours are lighter.',
  'options.marks.show': 'Mark {kind}',
  'options.marks.line': 'Line',
  'options.marks.colour': 'Colour',
  'options.marks.reset': 'Restore the default marks',
  'options.line.thick': 'Thick underline',
  'options.line.double': 'Double underline',
  'options.line.dotted': 'Dotted underline',
  'options.line.wavy': 'Wavy underline',
  'options.line.frame': 'Lines above and below',
  'options.colour.red': 'Red',
  'options.colour.orange': 'Orange',
  'options.colour.green': 'Green',
  'options.colour.blue': 'Blue',
  'options.colour.sky': 'Sky blue',
  'options.colour.purple': 'Purple',
  'options.card': 'The card',
  'options.card.click': 'Opens when I click a mark',
  'options.card.hover': 'Opens when the pointer rests on a mark, and closes when it leaves the mark and the card',
  'options.language': 'Language',
  'options.language.auto': 'Follow the browser',
  'options.sites': 'Sites Tifa is off on',
  'options.sites.none': 'None: Tifa works on every site.',
  'options.sites.remove': 'Remove',
  'options.sites.removeLabel': 'Switch Tifa back on for {site}',
  'options.sites.add': 'Switch off',
  'options.sites.addLabel': 'A site to switch Tifa off on',
  'options.sites.placeholder': 'news.example.com or a page’s address',
  'options.sites.invalid': '“{text}” is not a site’s name or a web address.',
  'options.paused': 'Tifa is paused everywhere: resume it from the toolbar popup.',
  'options.shortcuts': 'Keyboard shortcuts',
  'options.shortcuts.unset': 'not set',
  'options.shortcuts.card': 'Open the card of the mark at the selection',
  'options.shortcuts.next-mark': 'Go to the next mark and open its card',
  'options.shortcuts.previous-mark': 'Go to the previous mark and open its card',
  'options.shortcuts.toggle-highlights': 'Show or hide all marks',
  'options.shortcuts.change': 'Change the shortcuts',
  'options.shortcuts.firefox': 'To change them: Add-ons Manager, the gear menu, Manage Extension Shortcuts.',

  'welcome.title': 'Welcome to Tifa 提法',
  'welcome.intro': 'On Chinese news articles, Tifa marks in place, as you read:',
  'welcome.kind.official': 'officials, with the titles the article gives them',
  'welcome.kind.person': 'other people',
  'welcome.kind.amount': 'amounts of money, quantities and percentages, normalized',
  'welcome.kind.slogan': 'slogans and policy formulations (提法), with what they mean',
  'welcome.card': 'Click a mark for its card: who this is, where you have seen them before, their titles over time.',
  'welcome.private': 'Nothing leaves your machine',
  'welcome.private.text': 'Tifa reads pages inside your browser: it has no server and makes no network requests. Your reading history stays in this browser; export it or clear it from the toolbar popup.',
  'welcome.try': 'Try it',
  'welcome.try.text': 'A short made-up news article, marked as Tifa marks any news page.',
  'welcome.try.open': 'Open the sample article',
  'welcome.settings': 'Settings',
  'welcome.settings.text': 'Choose which kinds to mark and how they look, open the card on hover, switch sites off, pick the language. Later: right-click Tifa’s toolbar button, then Options (Chrome) or Manage Extension (Firefox).',
  'welcome.settings.open': 'Open the settings',
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
  'card.corpus': '语料中',
  'card.corpus.none': '提法的语料中没有。',
  'card.seen.person': '在哪里见过此人',
  'card.seen.slogan': '在哪里见过这一提法',
  'card.seen.none': '本页之前读过的网页中没有。',
  'card.titlesOverTime': '职务变化',
  'card.titlesOverTime.none': '暂无其他来源的带日期职务。',
  'card.coMentioned': '常一同出现',
  'card.coMentioned.none': '暂无。',
  'card.links': '查一查',
  'card.correct': '提法标错了？',
  'card.correct.notPerson': '不是人名',
  'card.correct.wrongTitle': '没有“{title}”这一职务',
  'card.correct.notSlogan': '不是提法',
  'card.correct.isSlogan': '标为提法',
  'card.correct.saved': '已记下：今后每个页面都会照此处理。可在弹出窗口的“更正”中撤销。',
  'card.unmarked': '提法没有在本页标出这段文字。以下是你的浏览记录和语料中关于它的内容，以及可以查询的地方。',
  'card.link.baike': '百度百科',
  'card.link.wikipedia': '维基百科',
  'card.link.search': '网页搜索',
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

  'timeline.label': '职务变化',
  'timeline.period': '{from} 至 {to}',
  'timeline.bar': '{title}：{period}（{sources}）',
  'timeline.more': '另有 {n} 处',

  'popup.tab.recent': '最近',
  'popup.tab.top': '常见',
  'popup.tab.data': '数据',
  'popup.tab.corrections': '更正',
  'popup.corrections.notPerson': '{name} 不是人名',
  'popup.corrections.wrongTitle': '{name} 没有“{title}”这一职务',
  'popup.corrections.slogan': '“{text}”是提法',
  'popup.corrections.notSlogan': '“{text}”不是提法',
  'popup.corrections.undo': '撤销',
  'popup.corrections.empty': '还没有更正。要告诉提法标错了，请打开标注的卡片，在“提法标错了？”下选择。',
  'popup.corrections.failed': '无法撤销这条更正。',
  'popup.search.placeholder': '搜索人名（或拼音）、职务、报纸、提法或网站',
  'popup.search.none': '浏览记录中没有与“{query}”相符的内容。',
  'popup.search.people': '人物',
  'popup.search.pages': '网页',
  'popup.recent.empty': '还没有记录。打开一篇中文新闻，提法会记住它标出的内容。',
  'popup.pages': '{n} 篇',

  'popup.site.on': '已在 {site} 上启用',
  'popup.site.off': '已在 {site} 上关闭',
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

  'options.title': '提法设置',
  'options.local': '只保存在本浏览器中：不会离开你的电脑。',
  'options.marks': '标注',
  'options.marks.hint': '每类标注的线形和颜色都不同，不靠颜色也能分辨。在深色网页上颜色会更浅。',
  'options.marks.show': '标注{kind}',
  'options.marks.line': '线形',
  'options.marks.colour': '颜色',
  'options.marks.reset': '恢复默认标注',
  'options.line.thick': '粗下划线',
  'options.line.double': '双下划线',
  'options.line.dotted': '点状下划线',
  'options.line.wavy': '波浪线',
  'options.line.frame': '上下两条线',
  'options.colour.red': '红',
  'options.colour.orange': '橙',
  'options.colour.green': '绿',
  'options.colour.blue': '蓝',
  'options.colour.sky': '天蓝',
  'options.colour.purple': '紫',
  'options.card': '查询卡片',
  'options.card.click': '点击标注时打开',
  'options.card.hover': '指针停在标注上时打开，离开标注和卡片后关闭',
  'options.language': '语言',
  'options.language.auto': '跟随浏览器',
  'options.sites': '已关闭提法的网站',
  'options.sites.none': '无：提法在所有网站上工作。',
  'options.sites.remove': '移除',
  'options.sites.removeLabel': '在 {site} 上重新启用提法',
  'options.sites.add': '关闭',
  'options.sites.addLabel': '要关闭提法的网站',
  'options.sites.placeholder': 'news.example.com 或网页地址',
  'options.sites.invalid': '“{text}”不是网站名或网址。',
  'options.paused': '提法已全部暂停：可在工具栏弹窗中恢复。',
  'options.shortcuts': '键盘快捷键',
  'options.shortcuts.unset': '未设置',
  'options.shortcuts.card': '为选中处的标注打开卡片',
  'options.shortcuts.next-mark': '跳到下一个标记并打开它的卡片',
  'options.shortcuts.previous-mark': '跳到上一个标记并打开它的卡片',
  'options.shortcuts.toggle-highlights': '显示或隐藏全部标注',
  'options.shortcuts.change': '更改快捷键',
  'options.shortcuts.firefox': '更改方法：附加组件管理器，齿轮菜单，管理扩展快捷键。',

  'welcome.title': '欢迎使用提法',
  'welcome.intro': '阅读中文新闻时，提法直接在原文中标出：',
  'welcome.kind.official': '官员，及文中给出的职务',
  'welcome.kind.person': '其他人物',
  'welcome.kind.amount': '金额、数量和百分比，并换算成统一单位',
  'welcome.kind.slogan': '口号和政策提法，并说明含义',
  'welcome.card': '点击标注即可打开卡片：此人是谁、以前在哪里见过、职务如何变化。',
  'welcome.private': '所有内容都不离开你的电脑',
  'welcome.private.text': '提法在浏览器内读取网页：没有服务器，也不发出任何网络请求。浏览记录只保存在本浏览器中，可在工具栏弹窗中导出或清除。',
  'welcome.try': '试一试',
  'welcome.try.text': '一篇虚构的简短新闻，提法像在任何新闻网页上一样标注它。',
  'welcome.try.open': '打开示例文章',
  'welcome.settings': '设置',
  'welcome.settings.text': '选择标注哪些内容及其样式、悬停打开卡片、在某些网站上关闭、选择语言。以后可右键点击工具栏上的提法按钮，选择“选项”（Chrome）或“管理扩展”（Firefox）。',
  'welcome.settings.open': '打开设置',
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
const browserLocale: Locale = localeOf(globalThis.navigator?.language);
/** The UI language now: the browser's until setLanguage() follows the reader's setting. */
export let locale: Locale = browserLocale;
let current: Translate = translator(locale);
export const t: Translate = (key, vars) => current(key, vars);

/** The settings' `language`: `auto` is the browser's. */
export type LanguageChoice = Locale | 'auto';

/** Follows the reader's choice of language. */
export function setLanguage(choice: LanguageChoice): void {
  const next = choice === 'auto' ? browserLocale : choice;
  if (next === locale) return;
  locale = next;
  current = translator(next);
}
