import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import { releaseProblems } from './release'

// Our styles are written for a 750-wide design; NutUI's for 375.
const designWidth = (input?: string | number | { file?: string }): number => (typeof input === 'object' && input.file?.replace(/\\+/g, '/').includes('@nutui') ? 375 : 750)

export default defineConfig<'webpack5'>(() => {
  if (process.env.TARO_ENV === 'weapp' && !process.env.FANGFEI_DEV_BUILD) {
    const problems = releaseProblems(process.env)
    if (problems.length) throw new Error(`正式版小程序不能这样构建：\n- ${problems.join('\n- ')}\n本机开发请用 npm run build:weapp（开发版）。`)
  }
  const config: UserConfigExport<'webpack5'> = {
    projectName: 'fangfei',
    date: '2026-11-28',
    designWidth,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // weapp and h5 both default to dist/ and would wipe each other.
    outputRoot: process.env.TARO_ENV === 'h5' ? 'dist-h5' : 'dist',
    plugins: [],
    // The API origin for the weapp build; the H5 build talks to the server that serves it.
    defineConstants: { 'process.env.TARO_APP_API_BASE': JSON.stringify(process.env.TARO_APP_API_BASE ?? '') },
    // WeChat search indexes only what sitemap.json allows (see test/weapp/sitemap.test.ts). A browser
    // asks for /favicon.ico on every page load whatever the page says, so the H5 build ships one there.
    copy: {
      patterns:
        process.env.TARO_ENV === 'weapp'
          ? [{ from: 'src/sitemap.json', to: 'dist/sitemap.json' }]
          : process.env.TARO_ENV === 'h5'
            ? [{ from: 'src/assets/favicon.ico', to: 'dist-h5/favicon.ico' }]
            : [],
      options: {}
    },
    framework: 'react',
    sass: { resource: [path.resolve(__dirname, '..', 'src/styles/theme.scss')] },
    compiler: {
      type: 'webpack5',
      // Keeps NutUI out of dist/prebundle, which would otherwise break the 2 MB cap.
      prebundle: { exclude: ['@nutui/nutui-react-taro', '@nutui/icons-react-taro'] }
    },
    cache: { enable: false },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      },
      miniCssExtractPluginOption: { ignoreOrder: true }
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[contenthash:8].css', chunkFilename: 'css/[name].[contenthash:8].css' },
      router: { mode: 'hash' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      }
    }
  }
  return config
})
