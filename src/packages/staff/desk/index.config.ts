export default definePageConfig({ navigationBarTitleText: '内容管理', enablePullDownRefresh: true })
