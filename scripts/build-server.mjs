// `npm run build:server`: the API as production runs it, compiled JavaScript in
// dist-server/ (tsconfig.server-build.json: server/ and the src/core files it
// imports, in the same layout). Every other file under server/ (the starter
// content's YAML) is copied to the same place, so code finds what it reads
// beside itself whether it runs compiled or as TypeScript. Built afresh each
// time: a file deleted from the sources never lingers in the build.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const OUT = 'dist-server'

fs.rmSync(OUT, { recursive: true, force: true })
const tsc = spawnSync(process.execPath, [path.join('node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.server-build.json'], { stdio: 'inherit' })
if (tsc.status !== 0) process.exit(tsc.status ?? 1)
fs.cpSync('server', path.join(OUT, 'server'), { recursive: true, filter: (source) => fs.statSync(source).isDirectory() || !source.endsWith('.ts') })
process.stdout.write(`服务端已编译到 ${OUT}/（npm run serve 运行 ${OUT}/server/main.js）\n`)
