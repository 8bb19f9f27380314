export default definePageConfig({ navigationBarTitleText: '广告体检', enableShareAppMessage: true })
