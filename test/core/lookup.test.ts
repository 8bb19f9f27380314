import { halfWidth, identifierProblem, isDistinctive, localNumber, lookupKey, LookupIndex, LOOKUP_MAX } from '../../src/core/lookup'

const LIST = [
  { id: 'x-1', name: '天津某某财富管理有限公司', identifiers: ['（022）2739-1234', '138 0013 8000', 'https://www.moumou-caifu.com/', '微信号：MouMou_888', '6222 0212 3456 7890 123'] },
  { id: 'x-2', name: '福寿康养老服务中心', identifiers: ['福寿康养生馆', 'fushoukang.cn/invest'] },
  { id: 'x-3', name: '金鼎投资管理有限责任公司', identifiers: ['尾号 6789'] },
  { id: 'x-4', name: '投资管理有限公司', identifiers: [] }
]
const index = new LookupIndex(LIST)
const ids = (q: string) => index.find(q).hits.map((h) => h.id)

describe('查一查 keys', () => {
  it('reads full-width letters, digits and spaces as half-width', () => {
    expect(halfWidth('ＭｏｕＭｏｕ＿８８８　１２３')).toBe('moumou_888 123')
  })

  it('reads a phone number however it is spaced, dashed, bracketed or prefixed', () => {
    for (const typed of ['13800138000', '138 0013 8000', '138-0013-8000', '+86 138 0013 8000', '0086-13800138000', '８６１３８００１３８０００', '手机：138 0013 8000']) {
      expect(lookupKey(typed)).toEqual({ kind: 'number', key: '13800138000' })
    }
    expect(lookupKey('022－27391234')).toEqual({ kind: 'number', key: '02227391234' })
    expect(localNumber('02227391234')).toBe('27391234')
    expect(localNumber('031112345678')).toBe('12345678')
    expect(localNumber('13800138000')).toBeNull()
  })

  it('reads a link without its scheme, www., port, query, fragment or trailing slash', () => {
    for (const typed of ['https://www.MouMou-CaiFu.com/', 'http://moumou-caifu.com', 'moumou-caifu.com///', 'www.moumou-caifu.com:443/?from=wx#top', 'ｗｗｗ．ｍｏｕｍｏｕ－ｃａｉｆｕ．ｃｏｍ']) {
      expect(lookupKey(typed)).toEqual({ kind: 'link', key: 'moumou-caifu.com' })
    }
    expect(lookupKey('网址：http://a.cn/p/q/')).toEqual({ kind: 'link', key: 'a.cn/p/q' })
    expect(lookupKey('http://10.0.0.1/x')).toEqual({ kind: 'link', key: '10.0.0.1/x' })
  })

  it('reads an account without its label, spaces or dashes, in lower case; an e-mail is an account, not a link', () => {
    expect(lookupKey('微信号：MouMou_888')).toEqual({ kind: 'account', key: 'moumou_888' })
    expect(lookupKey('Zhang.San@163.com')).toEqual({ kind: 'account', key: 'zhang.san@163.com' })
    expect(lookupKey('ab')).toBeNull()
  })

  it('reads a name without brackets, punctuation or its legal form, so 有限公司 and 有限责任公司 agree', () => {
    const key = { kind: 'name', key: '天津某某财富管理' }
    expect(lookupKey('天津某某财富管理有限公司')).toEqual(key)
    expect(lookupKey('天津 某某 财富管理有限责任公司')).toEqual(key)
    expect(lookupKey('天津某某财富管理股份有限公司。')).toEqual(key)
    expect(lookupKey('（天津）某某财富管理公司')).toEqual(key)
    // A name that starts like a label is still a name.
    expect(lookupKey('手机之家有限公司')).toEqual({ kind: 'name', key: '手机之家' })
    expect(lookupKey('公司')).toEqual({ kind: 'name', key: '公司' })
    expect(lookupKey('——')).toBeNull()
    expect(lookupKey('110')).toBeNull()
  })

  it('counts a part of a name as distinctive only when it is more than common business words', () => {
    expect(isDistinctive('某某财富')).toBe(true)
    expect(isDistinctive('投资管理')).toBe(false)
    expect(isDistinctive('天津财富管理')).toBe(false)
    expect(isDistinctive('金鼎投资')).toBe(true)
  })

  it('tells the office why an identifier cannot be looked up', () => {
    expect(identifierProblem('138 0013 8000')).toBeNull()
    expect(identifierProblem('  ')).toContain('空行')
    expect(identifierProblem('12')).toContain('查不出来')
    expect(identifierProblem('a'.repeat(101))).toContain('最多 100 个字')
  })
})

describe('查一查 against the list', () => {
  it('finds an entry by its name, a distinctive part of it, or a longer text holding it', () => {
    expect(ids('天津某某财富管理有限责任公司')).toEqual(['x-1'])
    expect(ids('某某财富')).toEqual(['x-1'])
    expect(ids('听说天津某某财富管理在村里招人')).toEqual(['x-1'])
    expect(ids('金鼎投资管理有限公司')).toEqual(['x-3'])
    expect(index.find('某某财富').hits[0]).toEqual({ id: 'x-1', matched: '天津某某财富管理有限公司', kind: 'name' })
  })

  it('finds an entry by another name the office listed with it', () => {
    expect(index.find('福寿康养生馆').hits).toEqual([{ id: 'x-2', matched: '福寿康养生馆', kind: 'name' }])
    expect(ids('福寿康养')).toEqual(['x-2'])
  })

  it('does not look for short or common-word parts inside longer names, but still finds them exactly', () => {
    expect(index.find('某某')).toMatchObject({ hits: [], partial: 'short' })
    expect(index.find('财富管理')).toMatchObject({ hits: [], partial: 'generic' })
    // A listed name made only of common words is found when typed in full, never as a part of a query.
    expect(ids('投资管理有限责任公司')).toEqual(['x-4'])
    expect(ids('某某投资管理咨询')).toEqual([])
  })

  it('finds an entry by its phone number, with or without the area code', () => {
    expect(ids('+86 138-0013-8000')).toEqual(['x-1'])
    expect(ids('022 27391234')).toEqual(['x-1'])
    expect(ids('2739 1234')).toEqual(['x-1'])
    expect(ids('13800138001')).toEqual([])
  })

  it('finds an entry by a card number or its last digits, and by a listed tail', () => {
    expect(ids('6222021234567890123')).toEqual(['x-1'])
    expect(ids('尾号0123')).toEqual(['x-1'])
    expect(ids('890123')).toEqual(['x-1'])
    expect(ids('6222 0212 3456 6789')).toEqual(['x-3'])
    expect(ids('6789')).toEqual(['x-3'])
    // Four digits never match the end of a phone number.
    expect(ids('8000')).toEqual([])
  })

  it('finds an entry by its site, a page on it, or a page under a listed page', () => {
    expect(ids('HTTP://MOUMOU-CAIFU.COM/invest/plan?id=3')).toEqual(['x-1'])
    expect(ids('https://fushoukang.cn/invest/')).toEqual(['x-2'])
    expect(ids('fushoukang.cn/invest/a/b')).toEqual(['x-2'])
    // The listed page is /invest: the site's home is not it.
    expect(ids('fushoukang.cn')).toEqual([])
    expect(ids('moumou-caifu.com.evil.cn')).toEqual([])
  })

  it('finds an entry by its account in any case and width', () => {
    expect(ids('ｍｏｕｍｏｕ＿８８８')).toEqual(['x-1'])
    expect(ids('moumou_88')).toEqual([])
  })

  it('says what it could not read', () => {
    expect(index.find('？？')).toEqual({ query: null, hits: [], partial: null })
  })

  it('takes time that grows with the query, not with the list', () => {
    const many = Array.from({ length: 20000 }, (_, i) => ({ id: `y-${i}`, name: `第${i}号某某商贸有限公司`, identifiers: [`1${String(i).padStart(10, '0')}`] }))
    const big = new LookupIndex(many)
    const time = (q: string) => {
      const t = process.hrtime.bigint()
      for (let i = 0; i < 200; i++) big.find(q)
      return Number(process.hrtime.bigint() - t) / 200 / 1e6
    }
    expect(big.find('第12345号某某商贸').hits.map((h) => h.id)).toEqual(['y-12345'])
    // A query of the longest length, made to meet as many pieces as it can, stays well under a millisecond.
    expect(time('测'.repeat(LOOKUP_MAX))).toBeLessThan(1)
    expect(time('1'.repeat(LOOKUP_MAX))).toBeLessThan(1)
  })
})
