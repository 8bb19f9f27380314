export default definePageConfig({ navigationBarTitleText: '防骗答题', enableShareAppMessage: true })
