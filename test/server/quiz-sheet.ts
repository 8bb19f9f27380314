import { COLUMNS } from '../../server/modules/quiz/import'

/** Rows a quiz spreadsheet may carry, each valid: a 判断, a 多选 with an option flag per option, a 单选. */
export const GOOD = [
  [
    '判断',
    'pension',
    '1',
    'elder',
    '这张传单是非法集资广告吗？',
    '传单',
    '预订养老床位，每年返利百分之十二，到期还本。',
    '是',
    '不是',
    '',
    '',
    '',
    'A',
    '',
    'pension,high_return',
    '承诺返利和还本，是借养老名义集资。'
  ],
  [
    '多选',
    'crypto',
    '2',
    'worker,student',
    '这条消息有哪些危险信号？',
    '微信群',
    '云矿机日收益千分之三，推荐一人奖励 300 元。',
    '虚拟货币、区块链概念',
    '拉人头、发展下线',
    '名额有限、催促交钱',
    '',
    '',
    'AB',
    'crypto|recruit|urgency',
    '',
    '挖矿日收益加推荐奖励：虚拟货币概念加拉人头。'
  ],
  ['单选', 'basics', '1', '', '参与非法集资的损失由谁承担？', '', '', '自己承担', '政府赔', '银行垫付', '', '', 'A', '', '', '条例规定参与者自行承担损失。']
]

/** The rows as the office's CSV: a BOM, the header, every value quoted, CRLF. */
export function csv(rows: string[][]): Buffer {
  const q = (v: string) => `"${v.replace(/"/g, '""')}"`
  return Buffer.from(`\ufeff${[COLUMNS as readonly string[], ...rows].map((r) => r.map(q).join(',')).join('\r\n')}\r\n`)
}
