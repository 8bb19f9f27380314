/** Every page path of the app, in one place. */
export const routes = {
  home: '/pages/index/index',
  learn: '/pages/learn/index',
  article: (id: string) => `/packages/reading/article/index?id=${encodeURIComponent(id)}`,
  caseLesson: (id: string) => `/packages/reading/case/index?id=${encodeURIComponent(id)}`
} as const
