/**
 * Chinese surnames, in Simplified form: what a line of bare names under a headline (`李丽 王强`)
 * must start each name with to be read as a byline, so that a slogan printed as a subtitle
 * (`改革创新 砥砺前行`) is never taken for two reporters.
 *
 * Source: the single and compound surnames of the 百家姓 (Hundred Family Surnames, the traditional
 * list, in modern Simplified forms), and surnames common today that it lacks (肖, 付, 覃, 冼, 区, 麦,
 * 邝, 练, 兰, 粟, 谌, 禤, 朴, 代, 占, 敬, 苟, 母, 但, 揭). The Traditional forms are OpenCC's
 * character conversion of these (byline.ts), plus the variants listed here that it does not give.
 * To extend: add the surname (Simplified) to its list; a compound surname is two characters.
 */
export const singleSurnames =
  '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴郁胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公晋楚闫法汝鄢涂钦岳帅缑亢况郈有琴商牟佘佴伯赏墨哈谯笪年爱阳佟言福' +
  '肖付覃冼区麦邝练兰粟谌禤朴代占敬苟母但揭';

/** Compound surnames (两字姓) of the 百家姓. */
export const compoundSurnames: readonly string[] = ['万俟', '司马', '上官', '欧阳', '夏侯', '诸葛', '闻人', '东方', '赫连', '皇甫', '尉迟', '公羊', '澹台', '公冶', '宗政', '濮阳', '淳于', '单于', '太叔', '申屠', '公孙', '仲孙', '轩辕', '令狐', '钟离', '宇文', '长孙', '慕容', '鲜于', '闾丘', '司徒', '司空', '亓官', '司寇', '子车', '颛孙', '端木', '巫马', '公西', '漆雕', '乐正', '壤驷', '公良', '拓跋', '夹谷', '宰父', '谷梁', '段干', '百里', '东郭', '南门', '呼延', '羊舌', '微生', '梁丘', '左丘', '东门', '西门', '南宫', '第五'];

/** Traditional forms OpenCC's character tables do not give for these surnames. */
export const traditionalSurnameVariants = '鍾鐘於鬱卻';
