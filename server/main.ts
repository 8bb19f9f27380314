import { buildApp } from './app'
import { loadConfig } from './config'

async function main(): Promise<void> {
  // Every file the server writes (database, its log, uploads, backups) is its user's alone, whatever folder it is in.
  process.umask(0o077)
  const config = loadConfig()
  const app = await buildApp(config)
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info({ signal }, 'shutting down')
      app
        .close()
        .then(() => process.exit(0))
        .catch(() => process.exit(1))
    })
  }
  const address = await app.listen({ port: config.PORT, host: config.HOST })
  const shown = address.replace('[::1]', 'localhost')
  process.stdout.write(
    [
      '',
      '防非宣传已启动',
      `  网页版（居民端与办公室桌面）：${shown}/`,
      `  接口文档：${shown}/api/docs`,
      `  数据库：${app.dbKind === 'postgres' ? 'PostgreSQL' : `SQLite，位于 ${config.DATA_DIR}`}`,
      '  微信小程序：用微信开发者工具打开本目录（project.config.json 指向 dist/）',
      ...(app.initialAdminPassword ? ['', '  首次启动，已创建管理员账号（只显示这一次，请登录后立即修改密码）：', '    用户名：admin', `    密码：${app.initialAdminPassword}`] : []),
      ''
    ].join('\n') + '\n'
  )
}

main().catch((err: unknown) => {
  process.stderr.write(`启动失败：${err instanceof Error ? err.message : String(err)}\n`)
  process.exit(1)
})
