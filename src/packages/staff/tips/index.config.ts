export default definePageConfig({ navigationBarTitleText: '线索办理', enablePullDownRefresh: true })
