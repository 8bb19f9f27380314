// The house rules a tool keeps: TypeScript's recommended checks, React's hook
// rules, and the layers of src/README.md and server/README.md (who may import
// whom). `npm test` runs it; `npx eslint .` alone is the quick check.
import { builtinModules } from 'node:module'
import js from '@eslint/js'
import boundaries from 'eslint-plugin-boundaries'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

const node = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)]
// Exact names as paths (so 'http' stops Node's http, not ./services/http), wildcards as patterns.
const restrict = (names, message) => ({
  paths: names.filter((n) => !n.includes('*')).map((name) => ({ name, message })),
  patterns: [{ group: names.filter((n) => n.includes('*')), message }].filter((p) => p.group.length > 0)
})
const UI = ['react', 'react/*', 'react-dom', 'react-dom/*', '@tarojs/*', '@nutui/*']

export default tseslint.config(
  // What .gitignore leaves out (builds, data, outputs) is not the house's code.
  { ignores: ['dist/**', 'dist-h5/**', 'dist-server/**', 'node_modules/**', 'coverage/**', '.swc/**', 'data/**', 'backups/**', 'screenshots/**', 'bench/results/**', '**/*.scss'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Unused names are tsc's job (noUnusedLocals, noUnusedParameters), which also knows about `_` names.
      '@typescript-eslint/no-unused-vars': 'off',
      // Tests and fixtures parse JSON and third-party answers whose shape they then assert.
      '@typescript-eslint/no-explicit-any': 'off',
      // The house writes no semicolons, so a line starting with ( or [ begins with one (as Prettier does).
      'no-extra-semi': 'off'
    }
  },
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      // The house's loading hooks take a callback and its dependencies as useCallback does, so their call sites are checked the same way.
      'react-hooks/exhaustive-deps': ['error', { additionalHooks: '^(useResource|usePagedList)$' }]
    }
  },
  {
    // Runs inside the page under test (playwright's evaluate), not in Node.
    files: ['test/e2e/page-audit.js'],
    languageOptions: { globals: { getComputedStyle: 'readonly', NodeFilter: 'readonly', document: 'readonly', window: 'readonly' } }
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        module: 'writable',
        require: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        Response: 'readonly'
      }
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  // What each part may use from outside the project: the rules every phone and the server can run.
  {
    files: ['src/core/**'],
    rules: { 'no-restricted-imports': ['error', restrict([...UI, ...node], 'src/core is plain TypeScript: no React, Taro, NutUI or Node, so the phone, the browser and the server share it.')] }
  },
  {
    files: ['src/**'],
    ignores: ['src/core/**'],
    rules: { 'no-restricted-imports': ['error', restrict(node, 'The app runs in WeChat and the browser: no Node modules.')] }
  },
  {
    files: ['server/**'],
    rules: { 'no-restricted-imports': ['error', restrict(UI, 'The server does not use React, Taro or NutUI.')] }
  },
  // Who may import whom inside the project.
  {
    files: ['src/**', 'server/**'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' } },
      'boundaries/include': ['src/**', 'server/**'],
      'boundaries/elements': [
        { type: 'core', pattern: 'src/core' },
        { type: 'services', pattern: 'src/services' },
        { type: 'services', pattern: 'src/routes.ts', mode: 'file' },
        { type: 'components', pattern: 'src/components' },
        { type: 'feature', pattern: 'src/features/*', capture: ['name'] },
        { type: 'page', pattern: 'src/pages/*', capture: ['name'] },
        // A subpackage page named as a tab page (packages/check/report) shows that tab's screen over another page, so
        // back returns there; it may import that tab's folder (pages/report), as the tab's own page does.
        { type: 'page', pattern: 'src/packages/*/*/index.tsx', mode: 'file', capture: ['area', 'name'] },
        { type: 'page', pattern: 'src/packages/**/index.tsx', mode: 'file' },
        { type: 'page', pattern: 'src/packages/**/index.config.ts', mode: 'file' },
        { type: 'app', pattern: 'src/app*.ts', mode: 'file' },
        { type: 'route-kit', pattern: 'server/routes/*.ts', mode: 'file' },
        { type: 'route', pattern: 'server/routes/*', capture: ['name'] },
        { type: 'module', pattern: 'server/modules/*', capture: ['name'] },
        { type: 'db', pattern: 'server/db' },
        { type: 'plugin', pattern: 'server/plugins' },
        { type: 'server-app', pattern: 'server/{app,main}.ts', mode: 'file' },
        { type: 'server-kit', pattern: 'server/*.ts', mode: 'file' }
      ]
    },
    rules: {
      'boundaries/element-types': [
        'error',
        {
          default: 'disallow',
          message: '${file.type} must not import ${dependency.type} (see src/README.md and server/README.md)',
          rules: [
            { from: 'core', allow: ['core'] },
            { from: 'services', allow: ['core', 'services'] },
            { from: 'components', allow: ['core', 'services', 'components'] },
            // A feature is its own island: what two features share moves down to components, services or core.
            { from: 'feature', allow: ['core', 'services', 'components', ['feature', { name: '${from.name}' }]] },
            { from: 'page', allow: ['core', 'services', 'components', 'feature', ['page', { name: '${from.name}' }]] },
            { from: 'app', allow: ['core', 'services', 'components', 'feature', 'page'] },
            { from: 'route-kit', allow: ['core', 'server-kit', 'route-kit', 'plugin'] },
            // Routes are thin: they read the request, call a service and shape the answer. No route imports another, or the database.
            { from: 'route', allow: ['core', 'server-kit', 'route-kit', 'plugin', 'module', ['route', { name: '${from.name}' }]] },
            { from: 'plugin', allow: ['core', 'server-kit', 'module', 'plugin'] },
            { from: 'module', allow: ['core', 'server-kit', 'db', 'module'] },
            { from: 'db', allow: ['core', 'server-kit', 'db'] },
            { from: 'server-kit', allow: ['core', 'server-kit', 'db'] },
            { from: 'server-app', allow: ['core', 'server-kit', 'db', 'module', 'plugin', 'route', 'route-kit', 'server-app'] }
          ]
        }
      ]
    }
  }
)
