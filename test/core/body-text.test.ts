import { markedCodes, parseBody, parseInlines, plainText } from '../../src/core/body-text'

describe('body text format', () => {
  it('splits headings, paragraphs, quotes and lists', () => {
    const blocks = parseBody('## 小标题\n第一段第一行\n接着第一段\n\n> 广告原话\n> 第二行\n\n- 一\n- 二\n\n最后一段')
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'quote', 'list', 'paragraph'])
    expect(blocks[1]).toEqual({ type: 'paragraph', inlines: [{ text: '第一段第一行接着第一段' }] })
    expect(blocks[2]).toEqual({ type: 'quote', inlines: [{ text: '广告原话\n第二行' }] })
    expect(blocks[3]).toEqual({ type: 'list', items: [[{ text: '一' }], [{ text: '二' }]] })
  })

  it('marks red-flag words with their label and keeps the words around them', () => {
    expect(parseInlines('他说[[保本保息|guaranteed]]，**千万别信**。')).toEqual([
      { text: '他说' },
      { text: '保本保息', flag: { code: 'guaranteed', label: '承诺保本、无风险' } },
      { text: '，' },
      { text: '千万别信', strong: true },
      { text: '。' }
    ])
  })

  it('keeps the words of a mark with an unknown code, without a flag', () => {
    expect(parseInlines('[[稳赚|no_such_flag]]')).toEqual([{ text: '稳赚' }])
  })

  it('treats HTML as plain text, so nothing can run', () => {
    const blocks = parseBody('<script>alert(1)</script><img src=x onerror=alert(1)>')
    expect(blocks).toEqual([{ type: 'paragraph', inlines: [{ text: '<script>alert(1)</script><img src=x onerror=alert(1)>' }] }])
  })

  it('reads Windows line endings like Unix ones', () => {
    expect(parseBody('甲\r\n\r\n乙').map((b) => b.type)).toEqual(['paragraph', 'paragraph'])
  })

  it('lists marked codes once each, in order, and strips marks for plain text', () => {
    const src = '[[月息三分|high_return]]，[[保本|guaranteed]]，[[稳赚|high_return]]，**注意**'
    expect(markedCodes(src)).toEqual(['high_return', 'guaranteed'])
    expect(plainText(src)).toBe('月息三分，保本，稳赚，注意')
  })
})
