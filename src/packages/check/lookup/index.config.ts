export default definePageConfig({ navigationBarTitleText: '查一查', enableShareAppMessage: true })
