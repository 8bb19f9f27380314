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

// A text longer than a small phone's screen, where each card quotes its sign's words: the same advert, then a
// neighbourly paragraph with no sign in it.
const LONGER = '\n' + '今天村里开会，说的是修路和垃圾分类的事，大家都来了。'.repeat(9)

// The marked words as the resident reads them, without the signs' numbers.
const marked = () => [...document.querySelectorAll('.check-result__mark')].map((m) => [...m.querySelectorAll('.check-result__mark-words')].map((w) => w.textContent).join(''))

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
    const inText = [...new Set([...document.querySelectorAll('.check-result__text .check-result__mark-label')].flatMap((m) => m.textContent!.split('、')))].join('')
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

  it('quotes the caution a flagged pitch wears and says it proves nothing, and says nothing of one under a low verdict', () => {
    show('【幸福家园养老项目】投资5万元，每月固定返还4000元，一年回本。联系王经理。温馨提示：谨防非法集资，远离高息诱惑。')
    expect(document.querySelector('.check-result__caution')).toHaveTextContent('这段文字里也写着“谨防非法集资”，可这证明不了它安全')
    show('温馨提示：谨防非法集资。凡是承诺保本高息、每月固定返还的投资项目，都是非法集资的常见套路，请不要参与。')
    expect(document.querySelector('.check-result__risk')).toHaveTextContent(/^低风险$/)
    expect(document.querySelector('.check-result__caution')).toBeNull()
  })

  it('under 低风险, says what to watch for at a free lecture with gifts, and says nothing of it under a flag or elsewhere', () => {
    show('叔叔阿姨们好！本周六上午9点在县老年活动中心举办养生健康讲座，到场就送鸡蛋一盒、挂面两包，还有专家免费体检，名额有限，带上身份证来签到！')
    expect(document.querySelector('.check-result__risk')).toHaveTextContent(/^低风险$/)
    expect(document.querySelector('.check-result__caution')).toHaveTextContent('有人让您交钱买产品、投项目、存钱拿回报的，先别交')
    show('本周六养生讲座，到场就送鸡蛋。公司养老项目投资5万元，每月固定返还4000元，一年回本。')
    expect(document.querySelector('.check-result__risk')).not.toHaveTextContent(/^低风险$/)
    expect(document.querySelector('.check-result__caution')).toBeNull()
    show('过年了，给孙子发红包，大家都来抢。')
    expect(document.querySelector('.check-result__caution')).toBeNull()
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

  it('puts each number after its phrase, on one line with its last word, and never inside a word', () => {
    show('推荐奖励500元，返现金券天天领，保本保息年化18%')
    const marks = [...document.querySelectorAll('.check-result__mark')]
    expect(marks.length).toBeGreaterThan(0)
    for (const m of marks) {
      expect(m.textContent).toMatch(/[^①-⑮、][①-⑮、]+$/)
      // A number alone at the start of a line reads as part of what follows it.
      const tail = m.querySelector('.check-result__mark-tail') as HTMLElement
      expect(tail.lastElementChild).toHaveClass('check-result__mark-label')
      expect(tail.textContent!.replace(/[①-⑮、]/g, '').length).toBeGreaterThan(0)
    }
    // From a new user's check: the checker's words start inside 互助合作社 and stop inside 返息 (村民互助|合作社，入股;
    // 每月返|息150元). The numbers stood inside those words (互助①、②合作社) and 150元 was left out of the mark.
    const text = '村民互助合作社，入股分红，保本保息，每月返息150元，推荐一人奖励300元，政府支持，名额有限！'
    const found = show(text)
    expect(found.flags.find((f) => f.code === 'high_return')!.matches.map((m) => m.text)).toEqual(['每月返'])
    const pasted = (document.querySelector('.check-result__text') as HTMLElement).textContent!
    expect(pasted.replace(/[①-⑮]、?/g, '')).toBe(text)
    expect(pasted).not.toMatch(/[\u4e00-\u9fff][①-⑮]、?[①-⑮]?[\u4e00-\u9fff]/)
    expect(marked()).toEqual(expect.arrayContaining(['合作社，入股分红', '每月返息150元']))
    // The quoted words (in a text long enough to quote them) stay the checker's own.
    show(text + LONGER)
    const quoted = [...document.querySelectorAll('.check-result__flag-words')].map((q) => q.textContent).join('')
    expect(quoted).toContain('“每月返”')
  })

  it('marks and quotes whole words where the checker stopped one character inside one (推荐奖|励, 原始股|权)', () => {
    const text = '内部认购原始股权，拉朋友注册还有额外奖励，躺着也能赚钱。' + LONGER
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
    show('购买云矿机每天自动产出算力，算力只涨不跌，邀请好友注册再送算力。' + LONGER)
    // The recruiting sign quotes 邀请好友注册再送算力 whole; the crypto sign lists 算力 once, however often it stands.
    const crypto = [...document.querySelectorAll('.check-result__flag-words')].map((q) => q.textContent!).find((q) => q.includes('“算力”'))
    expect(crypto!.match(/“算力”/g)).toHaveLength(1)
  })

  it('quotes a sign’s words in its card only when the text is longer than a screen, where its marks may be far above', () => {
    const text = '保本保息，年化18%，推荐一人奖励500元！'
    const short = show(text)
    expect(document.querySelectorAll('.check-result__flag')).toHaveLength(short.flags.length)
    expect(document.querySelector('.check-result__flag-words')).toBeNull()
    const long = show(text + LONGER)
    expect(long.flags.map((f) => f.code)).toEqual(short.flags.map((f) => f.code))
    expect(document.querySelectorAll('.check-result__flag-words')).toHaveLength(long.flags.length)
    expect(document.querySelector('.check-result__flag-words')).toHaveTextContent('原话：“保本保息”')
  })

  it('writes a sign’s number after every phrase of it, so a later highlight says which explanation is its own', () => {
    const text = '保本保息，保本保息，今天入伙明天翻倍，保本保息，本金安全，零风险，年化18%，保本保息'
    show(text)
    const marks = [...document.querySelectorAll('.check-result__text .check-result__mark')]
    const baoben = marks.filter((m) => m.textContent!.startsWith('保本保息'))
    expect(baoben).toHaveLength(4)
    const numbers = baoben.map((m) => m.querySelector('.check-result__mark-label')!.textContent)
    expect(new Set(numbers).size).toBe(1)
    const title = [...document.querySelectorAll('.check-result__flag-title')].find((t) => t.textContent!.includes('承诺保本'))!
    expect(title.textContent!.startsWith(numbers[0]!)).toBe(true)
    // The line over the text says what the numbers are.
    expect(document.querySelector('.check-result__legend')).toHaveTextContent('同一个号的说明')
  })

  it('makes words shared by two signs one mark, with both numbers written apart (①、②), never a number inside a mark', () => {
    const text = '经审理查明，被告人以种植基地入股为名，向社会公众承诺年回报率15%并到期返还本金，吸收资金2000余万元。'
    show(text)
    const shared = [...document.querySelectorAll('.check-result__mark')].find((m) => m.textContent!.includes('承诺年回报率'))!
    expect(shared.querySelectorAll('.check-result__mark-label')).toHaveLength(1)
    expect(shared.querySelector('.check-result__mark-label')).toHaveTextContent(/^[①-⑮]、[①-⑮]$/)
    // The shared words are one highlighted run, not two laid over each other.
    expect(shared.textContent!.replace(/[①-⑮]、?/g, '')).toContain('承诺年回报率15%并到期返还')
  })

  it('keeps the laws behind one plain toggle, closed, each law once, that a screen reader and the keyboard can open; the explanations stay open', () => {
    const found = show('原始股内部认购，明年即将上市，保本保息，年化收益 36%')
    const result = document.querySelector('.check-result') as HTMLElement
    const flag = document.querySelector('.check-result__flag') as HTMLElement
    const sign = found.flags.find((f) => flag.textContent!.includes(f.label))!
    expect(flag).toHaveTextContent(sign.explanation)
    expect(result.textContent).not.toContain(sign.law)
    // One toggle for the result, not one per sign: most signs rest on the same regulation.
    const toggles = screen.getAllByRole('button', { name: /看法律依据/ })
    expect(toggles).toHaveLength(1)
    const toggle = toggles[0]
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(toggle).toHaveAttribute('tabindex', '0')
    fireEvent.keyDown(toggle, { key: 'Enter' })
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    const body = document.getElementById(toggle.getAttribute('aria-controls')!)!
    for (const f of found.flags) expect(body.textContent!.split(f.law)).toHaveLength(2)
    fireEvent.click(toggle)
    expect(result.textContent).not.toContain(sign.law)
  })

  it('shows an explanation’s example only to a text it fits: no 以房养老 for beds, no 半年回本 where nothing pays back', () => {
    show('养老公寓床位预订，每年返利12%，保本保息。')
    const cards = () => [...document.querySelectorAll('.check-result__flag')].map((c) => c.textContent!).join('')
    expect(cards()).toContain('借养老')
    expect(cards()).not.toContain('以房养老')
    expect(cards()).not.toContain('半年回本')
    show('以房养老：把房子抵押给我们公司，每月领养老钱，半年回本。')
    expect(cards()).toContain('以房养老')
    expect(cards()).toContain('半年回本')
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

  it('says the office’s words plainly: no 引流 or 对公账户 anywhere in a result', () => {
    show('免费养生讲座，到场就送鸡蛋，现场推荐养老项目，年化12%，钱转到经理个人账户。')
    const shown = document.querySelector('.check-result')!.textContent!
    expect(shown).toContain('礼品拉人')
    expect(shown).not.toMatch(/引流|对公账户/)
    cleanup()
    render(<CheckResultView text='二叔，借我两万块' result={checkAdvert('二叔，借我两万块')} />)
    expect(document.querySelector('.check-result')!.textContent).not.toMatch(/对公账户/)
  })

  it('fits the 入股 sign’s explanation to the text: a 合作社’s shares are not told they “sound like an industry”', () => {
    const coop = show('本村合作社入股，每股1000元，年底分红20%。')
    expect(coop.flags.map((f) => f.code)).toContain('project')
    const cards = () => [...document.querySelectorAll('.check-result__flag')].map((c) => c.textContent!).join('')
    expect(cards()).not.toContain('听起来是实业')
    expect(cards()).toContain('入股')
    show('养殖基地项目入股，每股1000元，年底分红20%。')
    expect(cards()).toContain('听起来是实业')
  })
})

describe('广告体检 verdict of a likeness the scorer alone found', () => {
  it('says no one sign was found but the whole text is like a pitch, shows its likest clauses, and asks the reader to hold off', () => {
    cleanup()
    const text = '县公安局经侦大队近日捣毁一个以“众享商城”为名的团伙，该团伙先后吸纳会员两千余人，涉案金额三千多万元，目前主要人员已被刑事拘留。'
    const result = checkAdvert(text, { scorer: { version: 1, sizes: [2], bias: 3, weights: { 吸纳: 0.5, 会员: 0.3, 涉案: 0.4 } } })
    render(<CheckResultView text={text} result={result} />)
    expect(document.querySelector('.check-result__risk')).toHaveTextContent(/^中风险$/)
    expect(document.querySelector('.check-result__count')).toHaveTextContent(/^发现 2 句像非法集资的说法$/)
    expect(document.querySelector('.check-result__verdict')).toHaveTextContent(/没有哪一句明说高息、保本，但整段话和我们见过的非法集资宣传、案情很像。要是有人拿这样的说法让您交钱，先别交/)
    expect(marked()).toEqual(['该团伙先后吸纳会员两千余人', '涉案金额三千多万元'])
    expect(document.querySelector('.check-result__flag-title')).toHaveTextContent(/整段话像非法集资的说法$/)
  })
})
