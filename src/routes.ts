/** Every page path of the app, in one place. */
export const routes = {
  home: '/pages/index/index',
  learn: '/pages/learn/index',
  article: (id: string) => `/packages/reading/article/index?id=${encodeURIComponent(id)}`,
  caseLesson: (id: string) => `/packages/reading/case/index?id=${encodeURIComponent(id)}`,
  report: '/pages/report/index',
  adCheck: '/packages/check/index',
  followUp: '/packages/tips/followup/index',
  tipDesk: '/packages/staff/tips/index',
  tipDetail: (id: string) => `/packages/staff/tip/index?id=${encodeURIComponent(id)}`,
  mine: '/pages/mine/index',
  staffLogin: '/packages/staff/login/index',
  staffPassword: '/packages/staff/password/index',
  desk: (kind: 'article' | 'case' = 'article') => `/packages/staff/desk/index?kind=${kind}`,
  edit: (kind: 'article' | 'case', id?: string) => `/packages/staff/edit/index?kind=${kind}${id ? `&id=${encodeURIComponent(id)}` : ''}`,
  preview: (kind: 'article' | 'case', id: string) => `/packages/staff/preview/index?kind=${kind}&id=${encodeURIComponent(id)}`,
  campaigns: '/packages/staff/campaigns/index',
  exposuresDesk: '/packages/staff/exposures/index',
  town: '/packages/staff/town/index',
  users: '/packages/staff/users/index',
  audit: '/packages/staff/audit/index',
  villageScreen: '/packages/screen/index'
} as const
