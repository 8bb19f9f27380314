// npm run backup [-- DIR]: a consistent copy of the database (uploads included) while the server runs.
// npm run restore -- DIR: puts one back into a new DATA_DIR (and an empty database for PostgreSQL).
import path from 'node:path'
import { loadConfig } from '../server/config'
import { backup, restore } from '../server/db/backup'

async function main(): Promise<void> {
  const config = loadConfig()
  const store = { dataDir: config.DATA_DIR, databaseUrl: config.DATABASE_URL }
  if (process.argv[2] === 'restore') {
    const dir = process.argv[3]
    if (!dir) throw new Error('用法：npm run restore -- 备份目录')
    await restore(dir, store)
    process.stdout.write(`已从 ${dir} 恢复到 ${config.DATABASE_URL ? 'DATABASE_URL 指向的数据库' : config.DATA_DIR}（照片和图片都在数据库里）。启动服务后，线索处理员需要重新登录才能查看线索。\n`)
    return
  }
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '')
  const dir = process.argv[2] ?? path.join('backups', `fangfei-${stamp}`)
  const files = await backup(store, dir)
  process.stdout.write(`备份完成：${dir}（${files.join('、')}）。请把它复制到另一台机器或移动硬盘上保存。\n`)
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`)
  process.exit(1)
})
