/** Staff roles (a person may hold several). */
export const ROLES = [
  { code: 'editor', label: '编辑', does: '写草稿、提交审核' },
  { code: 'publisher', label: '发布员', does: '审核、发布、排期、办宣传月、管曝光台' },
  { code: 'tip_handler', label: '线索处理员', does: '处理群众举报线索' },
  { code: 'admin', label: '管理员', does: '管理账号、镇情资料、查看操作记录' }
] as const

export type Role = (typeof ROLES)[number]['code']

export const ROLE_CODES: readonly Role[] = ROLES.map((r) => r.code)

export const isRole = (value: string): value is Role => (ROLE_CODES as readonly string[]).includes(value)

export const roleLabel = (code: string): string => ROLES.find((r) => r.code === code)?.label ?? code
