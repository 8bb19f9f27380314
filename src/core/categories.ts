/**
 * Content categories: one for each disguise named in the town's plan
 * (section 三（二）) plus the legal basics. The same codes are used by
 * articles, case lessons, the quiz and the tip form.
 */
export const CATEGORIES = [
  { code: 'basics', name: '法律常识' },
  { code: 'crypto', name: '虚拟货币' },
  { code: 'mutual_finance', name: '金融互助' },
  { code: 'rebate', name: '消费返利' },
  { code: 'art_collection', name: '文化艺术品收藏' },
  { code: 'pension', name: '养老投资' },
  { code: 'project', name: '项目投资' },
  { code: 'education', name: '教育投资' },
  { code: 'housing_crowdfunding', name: '众筹建房' },
  { code: 'village_coop', name: '村民互助社' },
  { code: 'wealth_investment', name: '投资理财' },
  { code: 'private_lending', name: '民间借贷' },
  { code: 'internal_fundraising', name: '内部集资' },
  { code: 'equity', name: '股权认购' },
  { code: 'wealth_management', name: '财富管理' },
  { code: 'business_consulting', name: '商务咨询' }
] as const

export type CategoryCode = (typeof CATEGORIES)[number]['code']

export const CATEGORY_CODES: readonly CategoryCode[] = CATEGORIES.map((c) => c.code)

const NAMES = new Map<string, string>(CATEGORIES.map((c) => [c.code, c.name]))

export function isCategoryCode(value: string): value is CategoryCode {
  return NAMES.has(value)
}

export function categoryName(code: string): string {
  return NAMES.get(code) ?? code
}
