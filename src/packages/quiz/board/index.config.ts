export default definePageConfig({ navigationBarTitleText: '各村答题榜', enablePullDownRefresh: true })
