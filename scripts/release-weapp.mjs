// npm run release:weapp: the mini-program as residents get it. The build
// itself refuses a plain-HTTP, IP or localhost API and a missing AppID
// (config/release.ts); then dist/ gets a project.config.json of its own with
// the office's AppID, so WeChat DevTools can import dist/ and upload it.
// The repository's project.config.json keeps touristappid for development.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const env = { ...process.env }
delete env.FANGFEI_DEV_BUILD
const res = spawnSync(path.join('node_modules', '.bin', 'taro'), ['build', '--type', 'weapp'], { stdio: 'inherit', env })
if (res.status !== 0) process.exit(res.status ?? 1)
const project = JSON.parse(fs.readFileSync('project.config.json', 'utf8'))
const release = { ...project, appid: process.env.WECHAT_APPID, miniprogramRoot: './', setting: { ...project.setting, urlCheck: true, minified: true } }
fs.writeFileSync(path.join('dist', 'project.config.json'), `${JSON.stringify(release, null, 2)}\n`)
process.stdout.write(`\n正式版已构建到 dist/（AppID ${process.env.WECHAT_APPID}，接口 ${process.env.TARO_APP_API_BASE}）：在微信开发者工具里导入 dist/ 文件夹并上传。\n`)
