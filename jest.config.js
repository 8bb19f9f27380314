// Test lanes (see README "Tests"). One transform for all: Babel with the
// TypeScript and React presets; babel-plugin-import keeps NutUI's 1.9 MB UMD
// bundle (which crashes jsdom on canvas) out of component tests.
const path = require('node:path')

const babel = [
  'babel-jest',
  {
    configFile: false,
    babelrc: false,
    presets: [['@babel/preset-env', { targets: { node: 'current' } }], ['@babel/preset-react', { runtime: 'automatic' }], '@babel/preset-typescript'],
    plugins: [
      [
        'import',
        {
          libraryName: '@nutui/nutui-react-taro',
          camel2DashComponentName: false,
          customName: (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}`,
          style: false
        },
        'nutui-react-taro'
      ]
    ]
  }
]

const common = {
  rootDir: __dirname,
  transform: { '^.+\\.(t|j)sx?$': babel, '^.+\\.mjs$': babel },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'mjs', 'json']
}

const node = (name, roots) => ({
  ...common,
  displayName: name,
  testEnvironment: 'node',
  testMatch: roots.map((r) => `<rootDir>/test/${r}/**/*.test.ts`),
  // content-disposition 3 (under @fastify/static) and cookie 2 (under
  // light-my-request) ship ES modules only.
  transformIgnorePatterns: ['/node_modules/(?!(.*/node_modules/)?(content-disposition|cookie)/)']
})

module.exports = {
  // Argon2 hashing and fresh databases on a busy two-core machine can pass jest's 5 s default; a hang still fails.
  testTimeout: 30000,
  projects: [
    node('core', ['core']),
    node('server', ['server']),
    {
      ...common,
      displayName: 'components',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/{features,components,services}/**/*.test.{ts,tsx}'],
      setupFiles: [path.join(__dirname, 'test/setup/taro-globals.js')],
      setupFilesAfterEnv: ['@testing-library/jest-dom'],
      moduleNameMapper: {
        '^@tarojs/components$': '@tarojs/components/lib/react',
        '^@tarojs/taro$': path.join(__dirname, 'test/setup/taro-mock.ts'),
        '\\.(css|scss)$': 'identity-obj-proxy'
      },
      transformIgnorePatterns: ['/node_modules/(?!(.*/node_modules/)?(@tarojs|@nutui|@swc/helpers|@stencil|tslib|swiper|ssr-window|dom7|\\.pnpm)/)']
    },
    {
      ...node('weapp', ['weapp']),
      // miniprogram-simulate renders into a DOM; the built dist/ runs as it is.
      testEnvironment: path.join(__dirname, 'test/setup/jsdom-with-node.js'),
      setupFiles: [path.join(__dirname, 'test/setup/node-in-jsdom.js')],
      transformIgnorePatterns: ['/node_modules/(?!(.*/node_modules/)?(content-disposition|cookie)/)', '<rootDir>/dist/']
    },
    node('e2e', ['e2e'])
  ]
}
