import { checkAdvert } from '../../src/core/ad-check/engine'
import { highlight } from '../../src/core/ad-check/present'
import type { RedFlagCode } from '../../src/core/red-flags'

// The marks as drawn, in brackets, for a sign whose checker's words are `words` (the first time they occur in `text`).
const drawn = (text: string, words: string, code: RedFlagCode = 'recruit') => {
  const start = text.indexOf(words)
  const pieces = highlight(text, { flags: [{ code, matches: [{ start, end: start + words.length, text: words }] }] } as never)
  return pieces.map((p) => (p.flags.length > 0 ? `[${p.text}]` : p.text)).join('')
}
const marksOf = (text: string) =>
  highlight(text, checkAdvert(text))
    .filter((p) => p.flags.length > 0)
    .map((p) => p.text)

describe('广告体检 marks', () => {
  it('end after the unit of the figure they end in, as a new user read 拉人奖励100|元 and 连返12个|月', () => {
    expect(drawn('拉人奖励100元给到您的微信零钱里面，多拉多得。', '拉人奖励100')).toBe('[拉人奖励100元]给到您的微信零钱里面，多拉多得。')
    expect(drawn('入股就能连返12个月的分红打到您的账户里面', '连返12个')).toBe('入股就能[连返12个月]的分红打到您的账户里面')
    expect(drawn('入股就能连返12个月的分红打到您的账户里面', '连返12')).toBe('入股就能[连返12个月]的分红打到您的账户里面')
    expect(drawn('年化18%的收益每天都能到账的好项目', '年化18')).toBe('[年化18%]的收益每天都能到账的好项目')
    expect(drawn('投资十二个月的分红打到您的账户里面', '投资十二个')).toBe('[投资十二个月]的分红打到您的账户里面')
  })

  it('take no unit across the next mark, and no count out of a word that only ends in a numeral', () => {
    expect(drawn('统一年底分红打到您的账户里面', '统一')).toBe('[统一]年底分红打到您的账户里面')
  })

  it('stop where a pasted link starts: the link is not part of their phrase', () => {
    expect(marksOf('注册就送体验金，年化收益36%https://t.cn/A6abcDEF 点击领取')).toEqual(['年化收益36%'])
    expect(marksOf('原始股认购即将上市http://xfcf-invest.com/a?b=1')).not.toContainEqual(expect.stringMatching(/http/))
  })
})
