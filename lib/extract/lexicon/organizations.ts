// Organizations named in a title, by the role they give their post holders
// (GUIDELINES §1): `迅达集团党委书记` is a business post, `湖南省农业科学院院长`
// a professional one, `市委党校校长` an official one.

/** Organs whose posts are official even inside a company or school (`管委会主任`, `党校校长`). */
export const OFFICIAL_ORGANS = new RegExp(
  '党校|管委会|政府|人大|政协|纪委|监委|[省市州县区旗]委|法院|检察院|公安|人民银行|军区|战区|部队|武警|' +
    '立法会|行政会议|立法院|行政院',
);

/** Companies and business associations. */
export const BUSINESS_ORGANIZATIONS = /公司|集团|股份|有限|企业|商会|联盟|银行|证券|基金|保险|控股/;

/** Universities, schools, hospitals, research institutes, and sport and culture bodies. */
export const PROFESSIONAL_ORGANIZATIONS =
  /科学院|研究院|研究所|实验室|大学|学院|医院|中学|小学|学校|专家|剧院|剧团|乐团|电影节|俱乐部|球队|国家队|代表队/;

/** Last characters of administrative units (`市`, `镇`, `村`). */
export const PLACE_ENDS = '国省市州县区旗盟镇乡村';

/** Last characters of organs' names (`外贸司`, `管委会`, `办公室`, `选举委员会`). */
export const ORGAN_ENDS = '委会部局厅司署处科股办室所组队站团院校馆社系';

/** Last characters of any organization or administrative unit (`中心`, `部门`, `车间`, `妇联`). */
export const ORGANIZATION_UNITS: ReadonlySet<string> = new Set([
  ...PLACE_ENDS,
  ...ORGAN_ENDS,
  ...'心门间联协厂矿场园庭行台军师旅营连班府',
]);
