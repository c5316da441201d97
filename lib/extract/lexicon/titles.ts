// Structured lexicons for titles: the posts that end a title (the word right
// before a name), what may stand in front of a title chain, and what marks a
// title as a business, professional or private one. A title is read as
// [organization or administrative prefix]* + post, e.g. 市 + 人大常委会 + 主任.

/** Posts that end a title and are followed by a name: `市委书记曹炯芳`, `外交部发言人华春莹`. */
export const POSTS: readonly string[] = [
  // Party, state, people's congress, CPPCC
  '总书记', '第一书记', '书记', '常委', '主任委员', '委员', '主任', '主委', '主席', '秘书长', '党组成员',
  '部长', '局长', '厅长', '处长', '科长', '院长', '检察长', '庭长', '所长', '馆长', '校长', '组长',
  '市长', '区长', '县长', '镇长', '乡长', '村长', '省长', '州长', '旗长', '主官', '政委', '司令员', '参谋长',
  '人大代表', '党代表', '发言人', '特派员', '巡视员', '调研员', '督察长', '总监', '队长', '站长', '行长',
  '社长', '总编辑', '台长', '主编', '团长', '会长', '理事长', '负责人', '工作人员', '领导', '网格员',
  // foreign and international
  '总理', '总统', '首相', '国务卿', '外长', '大使', '议长', '国王', '女王', '王储', '总干事',
  // business
  '董事长', '董事', '总裁', '总经理', '经理', 'CEO', '总工程师', '厂长', '创始人', '合伙人',
  // professions and private persons
  '院士', '教授', '研究员', '专家', '医生', '护士', '教师', '老师', '工程师', '律师', '村民', '居民', '老人',
  '出纳',
];

/** Words put before a post to qualify it, kept in the title as printed (`原局长`, `常务副市长`). */
export const POST_QUALIFIERS: readonly string[] = ['常务副', '副', '原', '前', '代理', '执行', '名誉', '首席', '专职', '兼职'];

/** Posts that also follow a name: `习近平总书记`, `单杨院士`. */
export const POSTS_AFTER_NAME: readonly string[] = ['总书记', '院士', '教授', '同志'];

/** Posts that make a person an official even without an organization in front. */
export const FOREIGN_POSTS: readonly string[] = [
  '总理', '总统', '首相', '国务卿', '外长', '大使', '议长', '国王', '女王', '王储', '总干事', '主席', '发言人', '秘书长', '部长',
];

/** Countries and international bodies: a title naming one introduces a transliterated name. */
export const FOREIGN_PLACES: readonly string[] = [
  '欧盟委员会', '欧洲理事会', '欧盟', '联合国', '北约', '东盟', '世界卫生组织', '世卫组织', '世界贸易组织', '国际货币基金组织',
  '美国', '英国', '法国', '德国', '意大利', '俄罗斯', '日本', '韩国', '朝鲜', '印度', '巴基斯坦', '伊朗', '伊拉克', '以色列',
  '土耳其', '沙特', '埃及', '南非', '巴西', '阿根廷', '墨西哥', '加拿大', '澳大利亚', '新西兰', '西班牙', '葡萄牙', '荷兰',
  '比利时', '瑞士', '瑞典', '挪威', '芬兰', '丹麦', '波兰', '乌克兰', '希腊', '匈牙利', '塞尔维亚', '白俄罗斯', '哈萨克斯坦',
  '乌兹别克斯坦', '蒙古', '越南', '老挝', '柬埔寨', '泰国', '缅甸', '马来西亚', '新加坡', '印度尼西亚', '菲律宾', '刚果', '坦桑尼亚',
  '肯尼亚', '埃塞俄比亚', '尼日利亚', '阿联酋', '卡塔尔', '古巴', '委内瑞拉', '智利', '秘鲁',
];

/** Characters of transliterated foreign names (德拉吉, 冯德莱恩, 莱希, 古特雷斯…). */
export const TRANSLITERATION =
  '阿埃艾爱安奥巴拜班邦鲍贝本比彼宾波伯博布査查达戴丹道德迪蒂丁杜多厄恩法凡菲费芬丰佛弗福盖甘冈戈格古哈海汉豪赫亨胡华霍' +
  '基吉加贾杰金卡凯坎康柯科克肯库奎拉莱兰朗劳勒雷蕾黎里理利莉连林琳隆卢鲁路伦罗洛马迈麦曼梅蒙米敏明莫墨姆穆纳娜南内尼涅' +
  '宁纽努诺欧帕潘佩皮普奇齐恰乔切琼丘萨塞桑森沙莎尚什舍施史斯松苏索塔泰坦特提图托瓦万旺威维温沃乌西希谢辛休许雅亚扬耶伊' +
  '因英尤约泽扎詹兹佐冯';

// Role markers, matched against the first title a person is introduced with.
export const BUSINESS_MARKERS = /公司|集团|股份|有限|企业|商会|联盟|董事|总裁|CEO|总经理|经理|厂长|创始人|合伙人/;
export const PROFESSIONAL_MARKERS = /院士|教授|研究员|专家|医生|护士|教师|老师|工程师|律师|科学院|研究院|研究所|大学|学院|医院|中学|小学/;
export const CITIZEN_MARKERS = /村民|居民|市民|老人|群众|志愿者|农民|学生|出纳/;
/** Organs whose posts are official even inside a company or school (`管委会主任`, `党校校长`). */
export const OFFICIAL_ORGANS = /党校|管委会|政府|人大|政协|纪委|监委|党委(?!书记)|市委|省委|县委|区委|法院|检察院|公安/;
