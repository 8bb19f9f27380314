export default definePageConfig({ navigationBarTitleText: '查看举报进展' })
