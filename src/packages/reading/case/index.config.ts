export default definePageConfig({
  navigationBarTitleText: '以案说法',
  enableShareAppMessage: true
})
