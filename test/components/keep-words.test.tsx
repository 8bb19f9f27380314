import { cleanup, render } from '@testing-library/react'
import { CallWords, KeepAmounts, KeepWords } from '../../src/components/keep-words'

const NAME = '天津市12345政务服务便民热线'
const words = (container: HTMLElement) => [...container.querySelectorAll('.keep-words__word')].map((w) => w.textContent)

describe('KeepWords', () => {
  it('makes each word one unbreakable piece, so a narrow line breaks between words (便民 stays whole)', () => {
    const { container } = render(<KeepWords text={NAME} />)
    expect(container).toHaveTextContent(NAME)
    expect(words(container)).toEqual(['天津市', '12345', '政务', '服务', '便民', '热线'])
  })

  it('keeps a short phrase whole up to its punctuation, and a number with its per cent sign', () => {
    const { container } = render(<KeepWords text='正在被骗、被催着交钱，马上打：' />)
    expect(words(container)).toEqual(['正在被骗、', '被催着交钱，', '马上打：'])
    const quote = render(<KeepWords text='承诺年回报率15%并到期返还' />).container
    expect(words(quote)).toContain('15%')
    expect(words(quote).join('')).toBe('承诺年回报率15%并到期返还')
    const title = words(render(<KeepWords text='“众筹建房”“集资盖楼”，小心房钱两空' />).container)
    // A quoted name is a phrase: it opens with its quote and stays whole (never 集资盖 | 楼, never a line ending in “).
    expect(title).toEqual(['“众筹建房”', '“集资盖楼”，', '小心房钱两空'])
  })

  it('leaves the text as it is on a webview without a segmenter, where one piece would run off a narrow screen', () => {
    const { Segmenter } = Intl
    try {
      // @ts-expect-error an old webview's Intl has no Segmenter
      delete Intl.Segmenter
      // A fresh copy of the component, as the app loads it on such a webview (the segmenter is looked up once).
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- isolateModules loads the component anew, which import cannot
        const { KeepWords: OnOldWebview, KeepAmounts: MarkOnOldWebview } = require('../../src/components/keep-words') as typeof import('../../src/components/keep-words')
        const { container } = render(<OnOldWebview text={NAME} />)
        expect(container).toHaveTextContent(NAME)
        expect(words(container)).toEqual([])
        // A highlighted phrase keeps only its sums whole there: its words, unknown, may break (kept as one, it ran off).
        const mark = render(<MarkOnOldWebview text='推荐一人奖励300元，每月返息150元' words />).container
        expect([...mark.querySelectorAll('.keep-words__amount')].map((w) => w.textContent)).toEqual(['300元', '150元'])
      })
    } finally {
      Object.assign(Intl, { Segmenter })
    }
  })

  it('keeps a call button’s number with its verb, so a narrow line never leaves the number alone (一键 | 拨打 12345)', () => {
    expect(words(render(<CallWords text='一键拨打 12345' />).container)).toEqual(['一键', '拨打 12345'])
    expect(words(render(<CallWords text='一键拨打 022-27391234' />).container)).toEqual(['一键', '拨打 022-27391234'])
    expect(words(render(<CallWords text='报警 110' />).container)).toEqual(['报警 110'])
  })

  it('keeps each sum with its unit in body text (充值1万元, 分红1200元, 年化18%, 满3人), leaving the rest as it was', () => {
    const text = '充值1万元，每月分红1200元，年化18%，满3人升级'
    const { container } = render(<KeepAmounts text={text} />)
    expect(container).toHaveTextContent(text)
    expect([...container.querySelectorAll('.keep-words__amount')].map((w) => w.textContent)).toEqual(['1万元', '1200元', '18%', '3人'])
  })

  it('keeps dates and counts with their units (2026年, 12月, 6日, 200名, 4人): a new user saw 12 | 月6日 and 李某等4 | 人', () => {
    cleanup()
    const text = '2026年12月6日起，前200名到店，李某等4人'
    const { container } = render(<KeepAmounts text={text} />)
    expect(container).toHaveTextContent(text)
    expect([...container.querySelectorAll('.keep-words__amount')].map((w) => w.textContent)).toEqual(['2026年', '12月', '6日', '200名', '4人'])
  })

  it('keeps a highlighted phrase’s words whole as well, when asked (推荐一人奖励300元 never breaks 奖 | 励)', () => {
    const text = '推荐一人奖励300元'
    const { container } = render(<KeepAmounts text={text} words />)
    expect(container).toHaveTextContent(text)
    const whole = [...container.querySelectorAll('.keep-words__amount')].map((w) => w.textContent)
    expect(whole).toContain('奖励')
    expect(whole).toContain('300元')
    // Without being asked, body text breaks as Chinese does: only its sums are kept.
    const plain = render(<KeepAmounts text={text} />).container
    expect([...plain.querySelectorAll('.keep-words__amount')].map((w) => w.textContent)).toEqual(['300元'])
  })
})
