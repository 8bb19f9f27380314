import { CATEGORIES, categoryName, isCategoryCode } from '../../src/core/categories'
import { isRedFlagCode, RED_FLAGS, toRedFlags } from '../../src/core/red-flags'

// The fifteen disguises named in section 三（二） of the town's plan.
const PLAN_DISGUISES = '虚拟货币、金融互助、消费返利、文化艺术品收藏、养老投资、项目投资、教育投资、众筹建房、村民互助社、投资理财、民间借贷、内部集资、股权认购、财富管理、商务咨询'.split('、')

describe('categories and red flags', () => {
  it('has one category for each disguise in the plan, plus the legal basics', () => {
    expect(CATEGORIES.map((c) => c.name)).toEqual(['法律常识', ...PLAN_DISGUISES])
    expect(new Set(CATEGORIES.map((c) => c.code)).size).toBe(CATEGORIES.length)
  })

  it('names categories and recognises codes', () => {
    expect(categoryName('village_coop')).toBe('村民互助社')
    expect(isCategoryCode('pension')).toBe(true)
    expect(isCategoryCode('PENSION')).toBe(false)
  })

  it('expands red-flag codes into labels and drops unknown ones', () => {
    expect(new Set(RED_FLAGS.map((f) => f.code)).size).toBe(RED_FLAGS.length)
    expect(toRedFlags(['recruit', 'bogus', 'crypto'])).toEqual([
      { code: 'recruit', label: '拉人头、发展下线' },
      { code: 'crypto', label: '虚拟货币、区块链概念' }
    ])
    expect(isRedFlagCode('bogus')).toBe(false)
  })
})
