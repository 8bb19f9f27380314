import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { Client } from 'pg'
import { buildApp } from '../../server/app'
import { loadConfig } from '../../server/config'

/**
 * The database lanes every server test runs on: SQLite always, PostgreSQL
 * when TEST_DATABASE_URL names a server. In CI a missing PostgreSQL is an
 * error, never a silent skip.
 */
export type Lane = 'sqlite' | 'postgres'

const pgUrl = process.env.TEST_DATABASE_URL ?? ''
if (!pgUrl && process.env.CI) throw new Error('CI 必须设置 TEST_DATABASE_URL，PostgreSQL 测试通道不能跳过')
if (!pgUrl) process.stdout.write('TEST_DATABASE_URL 未设置：本次只在 SQLite 上跑服务端测试\n')

export const LANES: Lane[] = pgUrl ? ['sqlite', 'postgres'] : ['sqlite']

export interface TestServer {
  app: FastifyInstance
  close: () => Promise<void>
}

async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `fangfei_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`
  const admin = new Client({ connectionString: pgUrl })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = new URL(pgUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: pgUrl })
      await c.connect()
      await c.query(`drop database if exists ${name} with (force)`)
      await c.end()
    }
  }
}

/** A freshly migrated and seeded server on the given lane, driven with app.inject. */
export async function startServer(lane: Lane, env: Record<string, string> = {}): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-test-'))
  const pg = lane === 'postgres' ? await freshPostgres() : null
  const config = loadConfig({ DATA_DIR: dataDir, DATABASE_URL: pg?.url ?? '', WEB_DIR: path.join(dataDir, 'no-web'), ...env })
  const app = await buildApp(config, { logger: false })
  await app.ready()
  return {
    app,
    close: async () => {
      await app.close()
      await pg?.drop()
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  }
}
