export default defineAppConfig({
  pages: ['pages/index/index', 'pages/learn/index'],
  subPackages: [
    {
      // Article and lesson pages: opened from lists, so kept out of the main package.
      root: 'packages/reading',
      pages: ['article/index', 'case/index']
    }
  ],
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['packages/reading'] },
    'pages/learn/index': { network: 'all', packages: ['packages/reading'] }
  },
  window: {
    navigationBarBackgroundColor: '#b3261e',
    navigationBarTitleText: '防非宣传',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f6f4f1',
    backgroundTextStyle: 'dark'
  },
  tabBar: {
    color: '#555555',
    selectedColor: '#b3261e',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/index/index', text: '首页', iconPath: 'assets/tab-home.png', selectedIconPath: 'assets/tab-home-on.png' },
      { pagePath: 'pages/learn/index', text: '学习', iconPath: 'assets/tab-learn.png', selectedIconPath: 'assets/tab-learn-on.png' }
    ]
  },
  // Privacy-relevant APIs (album, clipboard) go through WeChat's privacy flow.
  __usePrivacyCheck__: true
})
