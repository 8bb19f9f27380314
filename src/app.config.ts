export default defineAppConfig({
  pages: ['pages/index/index', 'pages/learn/index', 'pages/quiz/index', 'pages/report/index', 'pages/mine/index'],
  subPackages: [
    {
      // Article and lesson pages: opened from lists, so kept out of the main package.
      root: 'packages/reading',
      pages: ['article/index', 'case/index'],
      // 朗读 (services/speech-weapp): WeChat's 同声传译 plugin, declared for this subpackage only, so the
      // main package and the other pages never load it. The account must have added the plugin
      // (mp.weixin.qq.com → 设置 → 第三方设置 → 插件管理), or WeChat refuses to run the app; until
      // then FANGFEI_SPEECH_PLUGIN=off builds without it, and 朗读 says 这台手机暂时不能朗读.
      ...(process.env.FANGFEI_SPEECH_PLUGIN === 'off' ? {} : { plugins: { WechatSI: { version: '0.3.5', provider: 'wx069ba97219f66d99' } } })
    },
    {
      // The office's pages: residents never download them.
      root: 'packages/staff',
      pages: [
        'login/index',
        'password/index',
        'desk/index',
        'edit/index',
        'preview/index',
        'campaigns/index',
        'exposures/index',
        'town/index',
        'users/index',
        'audit/index',
        'tips/index',
        'tip/index',
        'quiz-stats/index',
        'quiz-bank/index',
        'quiz-item/index'
      ]
    },
    {
      // The quiz's wrong-answer book and the village board.
      root: 'packages/quiz',
      pages: ['wrongbook/index', 'board/index']
    },
    {
      // 广告体检: paste an advert, see its red flags; 查一查: a name, number, link or account against 曝光台; 举报这条宣传,
      // the tip form opened over a result so that back returns to it.
      root: 'packages/check',
      pages: ['index', 'lookup/index', 'report/index']
    },
    {
      // Coming back to a tip or feedback with its receipt; 投诉建议 (from 我的).
      root: 'packages/tips',
      pages: ['followup/index', 'feedback/index']
    },
    {
      // The village hall screen (H5 on a television; also opens in WeChat).
      root: 'packages/screen',
      pages: ['index']
    }
  ],
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['packages/reading', 'packages/check'] },
    'pages/learn/index': { network: 'all', packages: ['packages/reading'] },
    'pages/report/index': { network: 'all', packages: ['packages/tips'] }
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
      { pagePath: 'pages/learn/index', text: '学习', iconPath: 'assets/tab-learn.png', selectedIconPath: 'assets/tab-learn-on.png' },
      { pagePath: 'pages/quiz/index', text: '答题', iconPath: 'assets/tab-quiz.png', selectedIconPath: 'assets/tab-quiz-on.png' },
      { pagePath: 'pages/report/index', text: '举报', iconPath: 'assets/tab-report.png', selectedIconPath: 'assets/tab-report-on.png' },
      { pagePath: 'pages/mine/index', text: '我的', iconPath: 'assets/tab-mine.png', selectedIconPath: 'assets/tab-mine-on.png' }
    ]
  },
  // Privacy-relevant APIs (album, camera, clipboard) go through WeChat's privacy flow.
  __usePrivacyCheck__: true,
  sitemapLocation: 'sitemap.json'
})
