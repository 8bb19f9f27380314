// npm test: type-check, lint, build both targets and the compiled server (the weapp,
// browser and compiled-server tests use the built output), then every jest lane. Ends with one summary line.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// Build output (webpack's progress bars) is kept back unless the step fails.
const run = (label, cmd, args, env = {}) => {
  process.stdout.write(`\n== ${label}\n`)
  const started = Date.now()
  const res = spawnSync(cmd, args, { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (res.status !== 0) {
    process.stdout.write(`${res.stdout ?? ''}${res.stderr ?? ''}`.slice(-20000))
    process.stdout.write(`\n${label} 失败（退出码 ${res.status}）\n`)
    process.exit(res.status ?? 1)
  }
  process.stdout.write(`== ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
}

const bin = (name) => path.join('node_modules', '.bin', name)

run('类型检查 (tsc)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json'])
// Each layer alone, with only what its hosts give it: core neither DOM nor Node, the server no DOM, the client no Node.
for (const layer of ['core', 'server', 'client']) run(`类型检查：${layer}`, bin('tsc'), ['--noEmit', '-p', `tsconfig.${layer}.json`])
run('代码检查 (eslint)', bin('eslint'), ['.'])
run('格式检查 (prettier)', bin('prettier'), ['--check', '.'])
if (!process.env.SKIP_BUILD) {
  // A development build: it talks to the local API, which a release build refuses.
  process.env.FANGFEI_DEV_BUILD = '1'
  run('构建小程序 (weapp)', bin('taro'), ['build', '--type', 'weapp'])
  run('构建网页版 (h5)', bin('taro'), ['build', '--type', 'h5'])
  run('预压缩网页版 (br, gz)', process.execPath, ['scripts/precompress.mjs'])
  // What npm run serve runs in production; test/server/compiled.test.ts starts it.
  run('构建服务端 (tsc → dist-server)', process.execPath, ['scripts/build-server.mjs'])
}
// The benchmark, briefly and with no thresholds, so that it keeps running: a crash, an error, a refused request
// or a target that answers nothing fails it. Its figures mean something only in a full run (npm run bench).
run('基准测试冒烟 (bench)', bin('tsx'), ['bench/run.ts'], {
  BENCH_SECONDS: '1',
  BENCH_WARMUP_SECONDS: '0',
  BENCH_ROUNDS: '20000',
  BENCH_SCALE: '100,1000',
  BENCH_SCALE_SECONDS: '2'
})

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-jest-')), 'report.json')
process.stdout.write('\n== 测试 (jest: core, server, components, weapp, e2e)\n')
const jest = spawnSync(bin('jest'), ['--json', `--outputFile=${report}`, ...process.argv.slice(2)], { stdio: 'inherit', env: process.env })
let summary = null
try {
  summary = JSON.parse(fs.readFileSync(report, 'utf8'))
} catch {
  // jest crashed before writing its report; its own output says why.
}
if (summary) {
  const skipped = summary.numPendingTests + summary.numTodoTests
  process.stdout.write(`\ntests: ${summary.numPassedTests} passed, ${summary.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}\n`)
}
process.exit(jest.status ?? 1)
