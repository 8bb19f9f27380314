/**
 * The four characteristics by which residents can tell illegal fundraising
 * (《防范和处置非法集资条例》第二条 and the judicial interpretation's 公开性),
 * in the words the home screen shows. The first three must all hold for it
 * to be illegal fundraising; any one of them is reason to ask first.
 */
export const FOUR_SIGNS_RULE = '见到一条就先问一问；没牌照、许诺回报、向不特定的人要钱，三条都占就是非法集资。'

export const FOUR_SIGNS = [
  { key: '非法性', title: '没牌照或违规', text: '没有金融管理部门的许可，或者违反金融管理规定揽钱；有的借正规公司的外壳。' },
  { key: '利诱性', title: '许诺还本付息', text: '承诺保本、高息、固定回报，或者返物、返股。' },
  { key: '社会性', title: '向不特定的人要钱', text: '不分亲疏、来者不拒，还鼓励您再拉别人。' },
  { key: '公开性', title: '到处宣传', text: '发传单、办讲座、在微信群里推，送礼品拉人。' }
] as const
