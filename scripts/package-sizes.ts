// npm run size: the size of each package of the weapp build (dist/), as
// WeChat counts it: the bytes of the files, the main package being everything
// outside the subpackage roots named in app.json.
import fs from 'node:fs'
import path from 'node:path'

export function packageSizes(dist = 'dist'): Record<string, number> {
  const app = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8')) as { subPackages?: { root: string }[] }
  const roots = (app.subPackages ?? []).map((p) => p.root.replace(/\/$/, ''))
  const sizes: Record<string, number> = Object.fromEntries([['main', 0], ...roots.map((r) => [r, 0])])
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else {
        const rel = path.relative(dist, full).split(path.sep).join('/')
        const root = roots.find((r) => rel.startsWith(`${r}/`)) ?? 'main'
        sizes[root] += fs.statSync(full).size
      }
    }
  }
  walk(dist)
  return sizes
}

if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  for (const [name, bytes] of Object.entries(packageSizes(process.argv[2] ?? 'dist'))) {
    process.stdout.write(`${name.padEnd(20)} ${(bytes / 1024).toFixed(1).padStart(8)} KB\n`)
  }
}
