/**
 * The four characteristics by which residents can tell illegal fundraising
 * (《防范和处置非法集资条例》第二条 and the judicial interpretation's 公开性),
 * in the words the home screen shows.
 */
export const FOUR_SIGNS = [
  { key: '非法性', title: '没有金融牌照', text: '没有国家金融管理部门的批准，却在吸收钱款。' },
  { key: '利诱性', title: '许诺还本付息', text: '承诺保本、高息、固定回报，或者返物、返股。' },
  { key: '社会性', title: '向不特定的人要钱', text: '不分亲疏、来者不拒，还鼓励您再拉别人。' },
  { key: '公开性', title: '到处宣传', text: '发传单、办讲座、在微信群里推，送礼品拉人。' }
] as const
