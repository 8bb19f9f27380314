export default definePageConfig({ navigationBarTitleText: '宣传月' })
