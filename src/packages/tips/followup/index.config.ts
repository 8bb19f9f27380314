export default definePageConfig({ navigationBarTitleText: '凭回执码查看进展' })
