import { ALLOWED_REFERENCES, articleNumber, legalReferenceProblems, legalReferences } from '../../src/core/legal-references'

describe('legal references', () => {
  it('reads article numbers in Chinese numerals and in digits', () => {
    expect(['二', '十一', '二十五', '一百七十六', '一百九十二', '一百零三', '25'].map(articleNumber)).toEqual([2, 11, 25, 176, 192, 103, 25])
  })

  it('gives a bare 第N条 to the law named before it, by its full or short name', () => {
    const text = '《防范和处置非法集资条例》第三条和第二十五条；刑法第一百七十六条、第一百九十二条；条例第十一条；《中华人民共和国广告法》第二十五条'
    expect(legalReferences(text).map((r) => [r.law, r.article])).toEqual([
      ['防范和处置非法集资条例', 3],
      ['防范和处置非法集资条例', 25],
      ['刑法', 176],
      ['刑法', 192],
      ['防范和处置非法集资条例', 11],
      ['广告法', 25]
    ])
    expect(legalReferenceProblems(text)).toEqual([])
  })

  it('names an article that is not on the checked list, and one whose law is not said', () => {
    expect(legalReferenceProblems('条例第三十条规定可以罚款')).toEqual(['引用的“条例第三十条”不在核实过的法条清单里（防范和处置非法集资条例第 30 条）。'])
    expect(legalReferenceProblems('《民法典》第六百八十条')[0]).toContain('民法典')
    expect(legalReferenceProblems('第二条')).toEqual(['引用的“第二条”没有写明是哪部法律。'])
  })

  it('lists each law once, with the articles checked against its text', () => {
    expect(Object.keys(ALLOWED_REFERENCES).sort()).toEqual(['刑法', '广告法', '防范和处置非法集资条例'])
  })
})
