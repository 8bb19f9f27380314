export default definePageConfig({ navigationBarTitleText: '我的错题本' })
