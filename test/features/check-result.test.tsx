import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { checkAdvert } from '../../src/core/ad-check/engine'
import { CheckResultView } from '../../src/features/ad-check/components/check-result'

// The verdict of a text as a resident sees it, replacing any shown before.
const show = (text: string) => {
  cleanup()
  const result = checkAdvert(text)
  render(<CheckResultView text={text} result={result} />)
  return result
}

// The marked words as the resident reads them, without the signs' numbers.
const marked = () => [...document.querySelectorAll('.check-result__mark')].map((m) => m.textContent!.replace(/[①-⑮]/g, ''))

describe('广告体检 verdict', () => {
  it('says the level and how many signs in words, with no score that reads like a school mark', () => {
    const result = show('原始股内部认购，明年即将上市，保本保息，年化收益 36%，名额有限先到先得！')
    expect(result.risk).toBe('high')
    expect(document.querySelector('.check-result__risk')).toHaveTextContent(/^高风险$/)
    const count = document.querySelector('.check-result__count') as HTMLElement
    expect(count).toHaveTextContent(`发现 ${result.flags.length} 个危险信号`)
    expect(document.querySelector('.check-result__verdict')!.textContent).not.toMatch(/分/)
  })

  it('numbers the signs in the order their words come in the text, and explains them in that order', () => {
    const result = show('【夕阳红康养】本周六镇上饭店开说明会，到场就送米面油。养老项目1万元起投，每月返还收益2%，一年后本金全额退还，公司有政府合作背景，名额有限。')
    expect(result.flags.length).toBeGreaterThan(3)
    const inText = [...document.querySelectorAll('.check-result__text .check-result__mark-label')].map((m) => m.textContent!.replace(/、/g, '')).join('')
    expect(inText).toBe('①②③④⑤⑥⑦⑧⑨⑩'.slice(0, inText.length))
    const titles = [...document.querySelectorAll('.check-result__flag-title')].map((t) => t.textContent!.slice(0, 1))
    expect(titles.join('')).toBe('①②③④⑤⑥⑦⑧⑨⑩'.slice(0, titles.length))
  })

  it('names a fake payout a scam and 96110, not fundraising, when that is its only sign', () => {
    const result = show('【区人社局通知】您有一笔2026年度养老补贴1860元待领取，请回复身份证号和银行卡号核对，并先交98元审核费，逾期作废。')
    expect(result.flags.map((f) => f.code)).toEqual(['fake_payout'])
    const verdict = document.querySelector('.check-result__verdict')!.textContent!
    expect(verdict).toContain('骗局')
    expect(verdict).toContain('96110')
    expect(verdict).not.toContain('非法集资')
  })

  it('a text with no signs says 低风险 and counts nothing', () => {
    show('鸡蛋每斤 4.5 元，买多少付多少')
    expect(document.querySelector('.check-result__risk')).toHaveTextContent(/^低风险$/)
  })

  it('keeps the pasted words readable: each sign is a number beside its words, the same number as its explanation', () => {
    const text = '幸福里康养中心预订床位，每月返还床位补贴，年化19.2%，到期全额退还本金，介绍老姐妹来再奖励2000元，名额有限！'
    const result = show(text)
    const pasted = document.querySelector('.check-result__text') as HTMLElement
    // The pasted text reads as it was written, plus only the numbers.
    expect(pasted.textContent!.replace(/[①-⑮]、?/g, '')).toBe(text)
    for (const f of result.flags) expect(pasted.textContent).not.toContain(f.label)
    const titles = [...document.querySelectorAll('.check-result__flag-title')].map((t) => t.textContent!)
    const used = [...new Set([...pasted.querySelectorAll('.check-result__mark-label')].map((m) => m.textContent!))]
    for (const n of used) expect(titles.some((t) => t.startsWith(n))).toBe(true)
  })

  it('puts each number before its words, and keeps it on one line with its first word', () => {
    show('推荐奖励500元，返现金券天天领，保本保息年化18%')
    const marks = [...document.querySelectorAll('.check-result__mark')]
    expect(marks.length).toBeGreaterThan(0)
    for (const m of marks.filter((m) => m.querySelector('.check-result__mark-label'))) {
      expect(m.textContent).toMatch(/^[①-⑮]+[^①-⑮]/)
      // A number alone at the end of a line reads as part of the sentence before it.
      const lead = m.querySelector('.check-result__mark-lead') as HTMLElement
      expect(lead.firstElementChild).toHaveClass('check-result__mark-label')
      expect(lead.textContent!.replace(/[①-⑮]/g, '').length).toBeGreaterThan(0)
    }
  })

  it('marks and quotes whole words where the checker stopped one character inside one (推荐奖|励, 原始股|权)', () => {
    const text = '内部认购原始股权，拉朋友注册还有额外奖励，躺着也能赚钱。'
    const found = show(text)
    // The checker's own words stop inside 股权, 奖励 and 赚钱; the screen shows the whole words.
    const raw = found.flags.flatMap((f) => f.matches.map((m) => m.text))
    expect(raw).toEqual(expect.arrayContaining(['内部认购原始股', '拉朋友注册还有额外奖', '躺着也能赚']))
    expect(marked()).toEqual(expect.arrayContaining(['内部认购原始股权', '拉朋友注册还有额外奖励', '躺着也能赚钱']))
    const quoted = [...document.querySelectorAll('.check-result__flag-words')].map((q) => q.textContent).join('')
    expect(quoted).toContain('“内部认购原始股权”')
    expect(quoted).not.toContain('“内部认购原始股”')
    expect((document.querySelector('.check-result__text') as HTMLElement).textContent!.replace(/[①-⑮]/g, '')).toBe(text)
  })

  it('shows every sign’s number in the text where two signs share words, and quotes each stretch once', () => {
    const text = '经审理查明，被告人以种植基地入股为名，向社会公众承诺年回报率15%并到期返还本金，吸收资金2000余万元。'
    const found = show(text)
    const pasted = (document.querySelector('.check-result__text') as HTMLElement).textContent!
    const titles = [...document.querySelectorAll('.check-result__flag-title')].map((t) => t.textContent!)
    expect(titles).toHaveLength(found.flags.length)
    for (const t of titles) expect(pasted).toContain(t[0])
    show('购买云矿机每天自动产出算力，算力只涨不跌，邀请好友注册再送算力。')
    // The recruiting sign quotes 邀请好友注册再送算力 whole; the crypto sign lists 算力 once, however often it stands.
    const crypto = [...document.querySelectorAll('.check-result__flag-words')].map((q) => q.textContent!).find((q) => q.includes('“算力”'))
    expect(crypto!.match(/“算力”/g)).toHaveLength(1)
  })

  it('writes each sign’s number once, where its words first come, and later words of the same sign are only highlighted', () => {
    const text = '保本保息，保本保息，今天入伙明天翻倍，保本保息，本金安全，零风险，年化18%，保本保息'
    const found = show(text)
    const labels = [...document.querySelectorAll('.check-result__text .check-result__mark-label')].map((m) => m.textContent!)
    const numbers = labels.join('、').split('、')
    // Counting the numbers counts the signs: each stands once.
    expect(numbers).toHaveLength(found.flags.length)
    expect(new Set(numbers).size).toBe(numbers.length)
    // Every 保本保息 is still marked.
    expect(marked().filter((m) => m === '保本保息')).toHaveLength(4)
  })

  it('makes words shared by two signs one mark, with both numbers written apart (①、②), never a number inside a mark', () => {
    const text = '经审理查明，被告人以种植基地入股为名，向社会公众承诺年回报率15%并到期返还本金，吸收资金2000余万元。'
    show(text)
    const shared = [...document.querySelectorAll('.check-result__mark')].find((m) => m.textContent!.includes('承诺年回报率'))!
    expect(shared.querySelectorAll('.check-result__mark-label')).toHaveLength(1)
    expect(shared.querySelector('.check-result__mark-label')).toHaveTextContent(/^[①-⑮]、[①-⑮]$/)
    // The shared words are one highlighted run, not two laid over each other.
    expect(shared.textContent!.replace(/[①-⑮]、?/g, '')).toMatch(/^承诺年回报率15%并到期返还/)
  })

  it('keeps each sign’s law behind a plain toggle, closed, that a screen reader and the keyboard can open; the explanation stays open', () => {
    const found = show('原始股内部认购，明年即将上市，保本保息，年化收益 36%')
    const flag = document.querySelector('.check-result__flag') as HTMLElement
    const sign = found.flags.find((f) => flag.textContent!.includes(f.label))!
    expect(flag).toHaveTextContent(sign.explanation)
    expect(flag.textContent).not.toContain(sign.law)
    const toggles = screen.getAllByRole('button', { name: /看法律依据/ })
    expect(toggles).toHaveLength(found.flags.length)
    const toggle = toggles[0]
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(toggle).toHaveAttribute('tabindex', '0')
    fireEvent.keyDown(toggle, { key: 'Enter' })
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    expect(flag).toHaveTextContent(sign.law)
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)).toHaveTextContent(sign.law)
    fireEvent.click(toggle)
    expect(flag.textContent).not.toContain(sign.law)
  })

  it('tells a reader who may already have paid what to do, on a flagged text only', () => {
    show('原始股内部认购，明年即将上市，保本保息，年化收益 36%')
    expect(document.querySelector('.check-result__paid')).toHaveTextContent('已经交了钱？别自责')
    show('鸡蛋每斤 4.5 元，买多少付多少')
    expect(document.querySelector('.check-result__paid')).toBeNull()
  })

  it('says so when a text has next to no Chinese, instead of a bare 低风险', () => {
    for (const text of ['Guaranteed 20% annual return, principal protected, invite friends for a bonus!', '13800001111 20000 36% 2026']) {
      show(text)
      expect(document.querySelector('.check-result__foreign')).toHaveTextContent('几乎没有中文')
    }
    show('保本保息年化20%')
    expect(document.querySelector('.check-result__foreign')).toBeNull()
  })
})
