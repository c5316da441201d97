// Where a title chain starts: the words of the sentence in front of a title
// are not part of it. A chain starts after the last clause-start word: a time
// expression (`5月20日`, `今年`, `昨天`), a count (`两位`), a discourse word
// (`据悉`, `此外`, `会上`), a verb that ends the previous clause or takes
// the person as object (`说`, `表示`, `看到`, `会见`, `陪同`), or a function
// word (`的`, `在`, `由`).

/** Dates and times, Arabic or Chinese numerals (`5月20日`, `十二月三十一日`, `2021年`; not `1号线`). */
const DATES =
  '(?:\\d+|[〇零一二三四五六七八九十百千两]+)(?:[年月日时]|号(?![线楼院馆]))' +
  '(?:[上中下]旬|[上下]午|晚|底|初|中|电|讯)?';
/** Counts of people (`两位副主席`, `3名选手`, `数十位艺术家`). */
const COUNTS = '(?:\\d+|[〇零一二三四五六七八九十百千两数几]+)[多余]?[位名]';
/** Relative times and datelines (`今年`, `昨天`, `当晚`, `近日`, `上午`, `新华社北京电`). */
const TIMES =
  '[今去明前昨当同次翌][年天日晚早]|[上下中]午|晚上|早上|凌晨|傍晚|日前|近日|近期|近年来?|目前|此前|随后|' +
  '其间|期间|届时|[年月][初底末]|日[电讯]|本报讯|(?:新华社|中新社)[\\u4e00-\\u9fff]{0,6}?电';
/** Discourse words, conjunctions and the event in front of `上` (`据悉`, `此外`, `今年两会上`, `仪式上`). */
const DISCOURSE =
  '据悉|据了解|据介绍|据报道|据统计|据透露|此外|另外|同时|其中|其后|图为|[会式坛礼节动]上|现场|会后|' +
  '会议(?:指出|强调|要求|认为)|当时|已故|恰好|至少|分别|例如|比如|正如|再如|又如|譬如|包括|还有|有关|' +
  '不过|但是|但|而且|并且|因此|所以|于是|然而|可是';
/** Verbs that end the previous clause or take the person as object (`到` ends 看到, 来到, 找到…). */
const VERBS =
  '说|称|表示|介绍|指出|强调|认为|告诉|获悉|得知|致电|致信|致函|回信|转达|采访|专访|对话|会见|接见|' +
  '看见|会晤|会谈|拜会|拜访|访问|看望|慰问|陪同|随同|伙同|邀请|约请|委托|听取|主持|出席|参加|列席|' +
  '带领|率领|宣布|任命|免去|担任|时任|现任|身为|作为|成为|推选|选举|接受|收到|面对|来自|感谢|祝贺|' +
  '欢迎|表彰|批准|援引|会同|发现|关心|联系|汇报|授予|颁发|献给|批示|指示|要求|提出|透露|证实|负责|' +
  '分管|协管|参与|同意|决定|战胜|击败|负于|不敌|输给|对阵|迎战|师从';
/** Function words and pronouns that end up in front of a title. */
const FUNCTION_WORDS = '的|了|着|是|为|到|给|受|对|在|由|被|把|让|从|跟|请|向|他|她|其他|们';

/** A clause-start word at a position (sticky). */
export const CLAUSE_START = new RegExp(`${DATES}|${COUNTS}|${TIMES}|${DISCOURSE}|${VERBS}|${FUNCTION_WORDS}`, 'y');

/**
 * Words of organization names, read as one word: they hide a clause-start
 * word inside them (`对外`, `自由贸易`, `国家数据局`, `主持人`), and a post
 * cannot start inside one (`公司长乐坡公司`, `国民警卫队`). Posts are read the
 * same way, and so is a verb right before an organ's last character
 * (`选举委员会`, `采访部`; titles.ts).
 */
export const ORGANIZATION_WORDS = [
  '对外', '对口', '对台', '应急', '自由', '数据', '供给', '给水', '给排水', '受理', '在线', '国有', '国民',
  '经济', '经贸', '经信', '经开', '和平', '同济', '为民', '公司', '银行', '今日头条',
  '小说', '解说', '学说', '名称', '简称', '职称', '称号',
];

/**
 * Words that start a title chain only at its very start: they also occur
 * inside organization names (`发展和改革委员会`, `以色列`, `经济`, `应急`).
 */
export const START_WORDS: readonly string[] = [
  '用', '和', '与', '及', '同', '将', '以', '据', '经', '即', '并', '而', '或', '如', '应', '、',
];
