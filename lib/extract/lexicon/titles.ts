// The post words that end a title (the word right before a name), by field. A
// title is read as [organization or administrative prefix]* + [qualifier] + post
// (市 + 人大常委会 + 副 + 主任, 商务部外贸司 + 司长): the posts are general, so
// a new organization needs no entry. The field of a post gives the role of the
// person holding it when the organization in front does not decide
// (lexicon/organizations.ts, roles.ts).
import { ORGAN_ENDS, ORGANIZATION_UNITS, PLACE_ENDS } from './organizations';

/** A unit's head is the unit plus 长: `外贸司司长`, `派出所所长`, `保安局局长`. */
const unitHeads = (units: string): string[] => [...units].map((u) => `${u}长`);

/** Latin acronyms are printed in any case (`CEO`, `ceo`, `Ceo`). */
const anyCase = (word: string): string[] =>
  [...word].reduce<string[]>(
    (forms, c) => forms.flatMap((f) => [...new Set([f + c.toUpperCase(), f + c.toLowerCase()])]),
    [''],
  );

/** Party, state, people's congress, CPPCC, courts, procuratorates, discipline inspection, villages. */
const STATE_POSTS = [
  ...unitHeads('部局厅司处科股署院所馆校站队组庭'),
  '省长', '市长', '区长', '县长', '镇长', '乡长', '村长', '州长', '旗长', '盟长',
  '总书记', '第一书记', '书记', '支书', '常委', '委员长', '主任委员', '委员', '主任', '主委', '主席',
  '秘书长', '党组成员', '总理', '国务委员', '主官', '领导', '领导人', '人大代表', '党代表', '发言人',
  '特派员', '专员', '巡视员', '调研员', '督察长', '督学', '参事', '网格员',
  '检察长', '检察官', '审判长', '审判员', '法官', '审计长',
];

/** The army and the police. */
const FORCES_POSTS = [
  ...unitHeads('军师旅团营连排舰艇'),
  '司令员', '司令', '总司令', '政治委员', '政委', '参谋长', '总参谋长', '总指挥', '教导员', '指导员',
  '警长', '警司', '总警司', '警官', '民警',
];

/** Hong Kong, Macau and Taiwan (their texts are read in simplified characters). */
const SAR_TAIWAN_POSTS = ['行政长官', '特首', '议员', '立委', '议长', '行政会议成员', '行政会议召集人'];

/** Diplomats, foreign and international posts. */
const FOREIGN_POSTS = [
  '大使', '总领事', '领事', '参赞', '公使', '代办', '特使', '特别代表', '常驻代表', '首席代表', '武官',
  '总统', '首相', '国务卿', '外长', '大臣', '国王', '女王', '王储', '总干事',
];

/** Posts that are a company's: `金龙集团董事长`, `蓝思科技中国区总裁`. */
export const BUSINESS_POSTS: readonly string[] = [
  '董事长', '董事', '董秘', '监事长', '监事', '总裁', '总经理', '经理', '副总', '老总', '总监', '主管',
  '总工程师', '总会计师', '总经济师', '总设计师', '厂长', '店长', '行长', '创始人', '创办人', '合伙人',
  '执行官', '财务官', '运营官', '技术官', '信息官', '营销官',
  ...['CEO', 'CFO', 'COO', 'CTO', 'CIO', 'CMO'].flatMap(anyCase),
];

/** Academics, doctors, teachers; culture, media and sport. */
export const PROFESSIONAL_POSTS: readonly string[] = [
  '院士', '学部委员', '教授', '讲师', '研究员', '博导', '博士生导师', '硕士生导师', '学者', '专家', '科学家',
  '经济学家', '医生', '医师', '护士', '护士长', '教师', '老师', '班主任', '工程师', '律师', '会计师',
  '设计师', '建筑师',
  '导演', '总导演', '编剧', '制片人', '出品人', '主持人', '主播', '演员', '主演', '歌手', '歌唱家', '作家',
  '诗人', '画家', '书法家', '艺术家', '音乐家', '作曲家', '指挥家', '舞蹈家', '摄影家', '总编辑', '主编',
  '教练', '教练员', '主教练', '总教练', '主帅', '领队', '运动员', '选手', '球员', '棋手', '名将', '裁判', '裁判员',
];

/** Private persons: `湘乡市泉塘镇繁育村村民`, `重庆五保老人` (not 市民, 学生, 农民: they mostly start a sentence). */
export const CITIZEN_POSTS: readonly string[] = ['村民', '居民', '老人', '出纳'];

/** Posts whose field is the organization's alone (`协会会长`, `集团党委书记`, `医院院长`). */
const ORGANIZATION_POSTS = ['会长', '理事长', '社长', '台长', '负责人', '工作人员'];

const FIELD_POSTS = [
  ...STATE_POSTS, ...FORCES_POSTS, ...SAR_TAIWAN_POSTS, ...FOREIGN_POSTS, ...BUSINESS_POSTS, ...PROFESSIONAL_POSTS,
];

/**
 * Two posts that overlap (`支书` and `书记` in `党总支书记`, `副总` and `总理`)
 * are also listed joined (`支书记`, `副总理`): a post is matched leftmost, so
 * the joined form keeps the first from hiding the second.
 */
const withOverlaps = (posts: readonly string[]): string[] => {
  const joined: string[] = [];
  for (const a of posts) {
    for (const b of posts) {
      for (let k = 1; k < a.length; k++) {
        if (b.length > a.length - k && b.startsWith(a.slice(k))) joined.push(a.slice(0, k) + b);
      }
    }
  }
  return [...new Set([...posts, ...joined])];
};

/** Every post. */
export const POSTS: readonly string[] = withOverlaps([...FIELD_POSTS, ...CITIZEN_POSTS, ...ORGANIZATION_POSTS]);

/**
 * Posts that are also verbs or group words, with what must stand right before
 * them in a title: `市领导` but not `参与领导全国…`; `销售主管` but not
 * `乡主管纪检工作…` or `主管全市…`.
 */
export const BOUND_POSTS: ReadonlyMap<string, (before: string) => boolean> = new Map([
  ['领导', (before: string) => ORGANIZATION_UNITS.has(before.slice(-1))],
  ['主管', (before: string) => /\p{Script=Han}$/u.test(before) && !PLACE_ENDS.includes(before.slice(-1))],
]);

/** Words put before a post to qualify it, kept in the title as printed (`原局长`, `常务副市长`). */
export const POST_QUALIFIERS: readonly string[] = [
  '常务副', '副', '原', '前', '代理', '代', '执行', '名誉', '首席', '专职', '兼职', '联合',
  '一级', '二级', '三级', '四级',
];

/** Posts that also follow a name: `习近平总书记`, `单杨院士`. */
export const POSTS_AFTER_NAME: readonly string[] = ['总书记', '院士', '教授', '同志'];

/**
 * Characters that make a post after a name part of a longer word, not the
 * name's title: an organ's last character (`主席团`, `书记处`, `大使馆`,
 * `委员会`), a seat, a residence or a rank (`主席台`, `总统府`, `部长级`),
 * an assistant (`院长助理`) or a professional grade (`主任医师`).
 */
export const POST_CONTINUATIONS: ReadonlySet<string> = new Set([...ORGAN_ENDS, ...'台府级助医']);

/** Countries and international bodies: a title naming one introduces a transliterated name. */
export const FOREIGN_PLACES: readonly string[] = [
  '欧盟委员会', '欧洲理事会', '欧盟', '联合国', '北约', '东盟', '世界卫生组织', '世卫组织', '世界贸易组织', '国际货币基金组织', '美国', '英国',
  '法国', '德国', '意大利', '俄罗斯', '日本', '韩国', '朝鲜', '印度', '巴基斯坦', '伊朗', '伊拉克', '以色列', '土耳其', '沙特', '埃及',
  '南非', '巴西', '阿根廷', '墨西哥', '加拿大', '澳大利亚', '新西兰', '西班牙', '葡萄牙', '荷兰', '比利时', '瑞士', '瑞典', '挪威', '芬兰',
  '丹麦', '波兰', '乌克兰', '希腊', '匈牙利', '塞尔维亚', '白俄罗斯', '哈萨克斯坦', '乌兹别克斯坦', '蒙古', '越南', '老挝', '柬埔寨', '泰国',
  '缅甸', '马来西亚', '新加坡', '印度尼西亚', '菲律宾', '刚果', '坦桑尼亚', '肯尼亚', '埃塞俄比亚', '尼日利亚', '阿联酋', '卡塔尔', '古巴',
  '委内瑞拉', '智利', '秘鲁',
];

/** Characters of transliterated foreign names (德拉吉, 冯德莱恩, 莱希, 古特雷斯…). */
export const TRANSLITERATION =
  '阿埃艾爱安奥巴拜班邦鲍贝本比彼宾波伯博布査查达戴丹道德迪蒂丁杜多厄恩法凡菲费芬丰佛弗福盖甘冈戈格古哈海汉豪赫亨胡华霍' +
  '基吉加贾杰金卡凯坎康柯科克肯库奎拉莱兰朗劳勒雷蕾黎里理利莉连林琳隆卢鲁路伦罗洛马迈麦曼梅蒙米敏明莫墨姆穆纳娜南内尼涅' +
  '宁纽努诺欧帕潘佩皮普奇齐恰乔切琼丘萨塞桑森沙莎尚什舍施史斯松苏索塔泰坦特提图托瓦万旺威维温沃乌西希谢辛休许雅亚扬耶伊' +
  '因英尤约泽扎詹兹佐冯尔顿丝韦瑟略列若夫季岑奈';
