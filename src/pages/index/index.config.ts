export default definePageConfig({
  navigationBarTitleText: '防非宣传',
  enablePullDownRefresh: true,
  enableShareAppMessage: true
})
