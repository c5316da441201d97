// Chinese surnames, for telling where a name starts after a title. Compound
// surnames are checked first (欧阳晨溪 is 欧阳 + 晨溪). Characters that are
// surnames but far more often function words (和, 回, 出, 会…) are left out:
// a missed rare surname costs less than a false name.

const COMPOUND = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '令狐',
  '夏侯', '轩辕', '端木', '独孤', '南宫', '西门', '百里', '呼延', '澹台', '公冶', '太史', '申屠', '闻人',
  '万俟', '钟离', '宗政', '濮阳', '淳于', '单于', '东郭', '拓跋', '完颜',
];

const SINGLE =
  '言旷檀宾王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄' +
  '窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻厉伊仝郜海阚帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平索宣晋云容敬扈晁芮普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况宿鲜印逯隆茹诸战慕危玉银亢嵇哈湛宾戎勾茅於呼揭尉冶束檀阴昝幸奉植衡尧闭习傅阎蔚郦濮钮邴贲鄂訾桓畅操佴莘逄璩厍蓟咸宓隗弓暴么郗肥贡';

export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set(COMPOUND);
export const SINGLE_SURNAMES: ReadonlySet<string> = new Set(SINGLE);

/** Length of the surname starting at `i` (2 for a compound one), or 0. */
export function surnameAt(text: string, i: number): number {
  const two = text.slice(i, i + 2);
  if (COMPOUND_SURNAMES.has(two)) return 2;
  return SINGLE_SURNAMES.has(text[i] ?? '') ? 1 : 0;
}
