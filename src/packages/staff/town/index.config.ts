export default definePageConfig({ navigationBarTitleText: '镇情资料' })
