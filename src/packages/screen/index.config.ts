export default definePageConfig({
  navigationBarTitleText: '村屏模式',
  navigationStyle: 'custom',
  pageOrientation: 'auto'
})
