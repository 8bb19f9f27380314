import { flagMarks, markedCodes, marksForEditing, marksFromEditing, markWords, markWordsProblem, parseBody, parseInlines, plainText, unmarkWords } from '../../src/core/body-text'
import { bodyProblems } from '../../src/core/content-rules'

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

  it('reads a mark typed with a name it does not know as a mark, so residents never see its brackets', () => {
    expect(parseInlines('他说[[稳赚|高回报]]。')).toEqual([{ text: '他说' }, { text: '稳赚' }, { text: '。' }])
    expect(bodyProblems('他说[[稳赚|高回报]]。')).toEqual(['正文里标出的“高回报”不是认识的危险信号，请取消这个标记后重新标出。'])
  })

  it('shows the office each mark by its label and stores it by its code', () => {
    const stored = '**注意**：[[月息三分|high_return]]，[[保本|guaranteed]]，[[稳赚|no_such_flag]]'
    const editing = marksForEditing(stored)
    expect(editing).toBe('**注意**：[[月息三分|承诺高额或固定回报]]，[[保本|承诺保本、无风险]]，[[稳赚|no_such_flag]]')
    expect(marksFromEditing(editing)).toBe(stored)
    // A mark the author types with a label, or edits the words of, is stored by its code.
    expect(marksFromEditing('[[拉人头|拉人头、发展下线]]，[[年返一成|承诺高额或固定回报 ]]')).toBe('[[拉人头|recruit]]，[[年返一成|high_return]]')
    expect(marksFromEditing('[[稳赚|高回报]]')).toBe('[[稳赚|高回报]]')
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

  it('marks the first occurrence of words not yet marked or bold, and takes a mark off again', () => {
    const src = '**保本**是假话。[[保本|guaranteed]]也是，保本更是。'
    const marked = markWords(src, ' 保本 ', 'guaranteed')
    expect(marked).toBe('**保本**是假话。[[保本|guaranteed]]也是，[[保本|guaranteed]]更是。')
    expect(flagMarks(marked!)).toEqual([
      { words: '保本', code: 'guaranteed' },
      { words: '保本', code: 'guaranteed' }
    ])
    expect(markWords(marked!, '保本', 'guaranteed')).toBeNull()
    expect(markWords('月息三分', '月息三分', 'high_return')).toBe('[[月息三分|high_return]]')
    expect(unmarkWords('甲[[月息三分|high_return]]乙', '月息三分', 'high_return')).toBe('甲月息三分乙')
  })

  it('refuses words that would break the mark, in Chinese', () => {
    expect(markWordsProblem('  ')).toBe('请先填上要标出的原话。')
    for (const bad of ['a|b', '[保本]', '**保本', '一行\n两行']) expect(markWordsProblem(bad)).toContain('不能有')
    expect(markWords('a|b 在这里', 'a|b', 'guaranteed')).toBeNull()
    expect(markWordsProblem('每年返利百分之十')).toBeNull()
  })
})
