export default definePageConfig({ navigationBarTitleText: '举报这条宣传' })
