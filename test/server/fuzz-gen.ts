import { multipartBody } from './forms'

/**
 * Malformed requests for every operation of the API's OpenAPI document:
 * a small seeded generator (the same seed gives the same requests), for
 * fuzz.test.ts. Each case starts from an input that fits the route's schema
 * and breaks one thing, so the breakage reaches the check or handler it aims at.
 */

/** mulberry32: a tiny seeded generator, good enough to pick test inputs. */
export class Rng {
  constructor(private state: number) {}
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  int(n: number): number {
    return Math.floor(this.next() * n)
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]
  }
  chance(p: number): boolean {
    return this.next() < p
  }
}

/** A route's own random stream: the same seed gives a route the same cases whatever other routes exist. */
export function rngFor(seed: number, key: string): Rng {
  let h = seed | 0
  for (const ch of key) h = Math.imul(h ^ ch.charCodeAt(0), 0x9e3779b1)
  return new Rng(h)
}

/** The parts of JSON Schema that the routes' TypeBox schemas use. */
export interface JsonSchema {
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  anyOf?: JsonSchema[]
  enum?: unknown[]
  const?: unknown
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  minItems?: number
  maxItems?: number
  pattern?: string
  format?: string
}

interface Parameter {
  name: string
  in: 'path' | 'query' | 'header'
  schema: JsonSchema
}

export interface Operation {
  method: string
  path: string
  parameters: Parameter[]
  body: JsonSchema | null
  /** Documented answers: a 2xx outside these is a finding. */
  statuses: string[]
}

interface OpenApi {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> }; responses?: Record<string, unknown> }>>
}

/** Every operation under /api in the document app.swagger() returns. */
export function operationsOf(doc: unknown): Operation[] {
  const ops: Operation[] = []
  for (const [path, methods] of Object.entries((doc as OpenApi).paths)) {
    if (!path.startsWith('/api/')) continue
    for (const [method, op] of Object.entries(methods)) {
      ops.push({
        method: method.toUpperCase(),
        path,
        parameters: op.parameters ?? [],
        body: op.requestBody?.content?.['application/json']?.schema ?? null,
        statuses: Object.keys(op.responses ?? {})
      })
    }
  }
  return ops
}

/** An input that fits the schema (as far as a pattern-free guess can). */
export function sample(schema: JsonSchema, rng: Rng): unknown {
  if (schema.const !== undefined) return schema.const
  if (schema.enum) return rng.pick(schema.enum)
  if (schema.anyOf) return sample(rng.pick(schema.anyOf), rng)
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {}
      for (const [key, prop] of Object.entries(schema.properties ?? {})) {
        if (schema.required?.includes(key) || rng.chance(0.5)) out[key] = sample(prop, rng)
      }
      return out
    }
    case 'array': {
      const n = Math.min(schema.maxItems ?? 3, Math.max(schema.minItems ?? 0, rng.int(3)))
      return Array.from({ length: n }, () => sample(schema.items ?? {}, rng))
    }
    case 'string': {
      if (schema.format === 'date' || schema.pattern?.includes('\\d{4}-')) return '2026-12-01'
      if (schema.format === 'date-time') return '2026-12-01T08:00:00.000Z'
      if (schema.pattern === '^[0-9]{16}$') return '1234567890123456'
      const min = schema.minLength ?? 1
      const max = Math.max(min, Math.min(schema.maxLength ?? min + 8, min + 8))
      return '测'.repeat(min + rng.int(max - min + 1))
    }
    case 'integer':
    case 'number':
      return Math.min(schema.maximum ?? Infinity, Math.max(schema.minimum ?? 1, 1 + rng.int(3)))
    case 'boolean':
      return rng.chance(0.5)
    case 'null':
      return null
    default:
      return '测试'
  }
}

// Strings that have broken parsers, databases and renderers elsewhere.
export const ODD_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfff\ud800y',
  '\u202e反向文字\u202c',
  '\u200f\u200e',
  '\u200b\u200c\u200d\u2060',
  '\ufeff开头有 BOM',
  '😀👨‍👩‍👧‍👦🏳️‍🌈',
  '𠀀𠀁𪚥',
  'e\u0301\u0301\u0301\u0301',
  '\r\n\t\u000b\u000c',
  '%00%ZZ%',
  '../../../etc/passwd',
  '<script>alert(1)</script>',
  "' or 1=1 --",
  '${7*7}{{7*7}}',
  '__proto__',
  'constructor',
  'x'.repeat(100_000),
  '中'.repeat(30_000),
  '9'.repeat(400),
  '-1',
  '1e309',
  'NaN',
  'null',
  '[]'
]

const ODD_VALUES: unknown[] = [null, true, false, 0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 2, [], {}, [[[]]], ['a', 'a'], { a: { b: { c: 1 } } }, Array.from({ length: 5000 }, (_, i) => i), 'text']

export const ODD_PATH_VALUES = [
  'x',
  '0',
  '-1',
  '1e309',
  '..',
  '%2e%2e',
  '%00',
  '%ZZ',
  '%E0%A4%A',
  '%20',
  encodeURIComponent('\u202e'),
  encodeURIComponent('😀'),
  encodeURIComponent('𠀀'),
  encodeURIComponent("';--"),
  '__proto__',
  'constructor',
  'a'.repeat(1000),
  'null'
]

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype']

/** Percent-encodes every UTF-8 byte (a lone surrogate becomes U+FFFD, as a browser sends it). */
const percent = (s: string) => [...Buffer.from(s)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')

const deep = (depth: number, leaf = '1') => `${'{"a":'.repeat(depth)}${leaf}${'}'.repeat(depth)}`

export interface FuzzCase {
  method: string
  url: string
  headers: Record<string, string>
  payload?: string | Buffer
  /** What was broken, for the failure report. */
  what: string
}

const JSON_TYPE = { 'content-type': 'application/json' }

/** The value with every string in it changed, so the change reaches every text column a body writes. */
function everyString(value: unknown, change: (s: string) => string): unknown {
  if (typeof value === 'string') return change(value)
  if (Array.isArray(value)) return value.map((v) => everyString(v, change))
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, everyString(v, change)]))
  return value
}

const BODY_CASES = 15
const NUL_EVERYWHERE = 14

/** The body mutations: each takes the route's fitting body and returns a broken one. */
function bodyCase(base: Record<string, unknown>, schema: JsonSchema | null, rng: Rng, kind: number): Pick<FuzzCase, 'headers' | 'payload' | 'what'> {
  const fields = Object.keys(schema?.properties ?? {})
  const field = fields.length > 0 ? rng.pick(fields) : 'x'
  const json = JSON.stringify(base)
  const withField = (value: unknown) => JSON.stringify({ ...base, [field]: value })
  switch (kind) {
    case NUL_EVERYWHERE:
      return { headers: JSON_TYPE, payload: JSON.stringify(everyString(base, (v) => `${v}\u0000${rng.pick(ODD_STRINGS.slice(4, 13))}`)), what: '每个文字字段都带 NUL 和怪字符' }
    case 0:
      return { headers: JSON_TYPE, payload: withField(rng.pick(ODD_VALUES)), what: `字段 ${field} 类型不对` }
    case 1: {
      const s = rng.pick(ODD_STRINGS)
      return { headers: JSON_TYPE, payload: withField(s), what: `字段 ${field} 是怪字符串（${JSON.stringify(s.slice(0, 20))}）` }
    }
    case 2: {
      const { [field]: _dropped, ...rest } = base
      return { headers: JSON_TYPE, payload: JSON.stringify(rest), what: `少了字段 ${field}` }
    }
    case 3: {
      const key = rng.pick([...PROTO_KEYS, 'extra', '\u0000', '😀'])
      const inner = rng.pick(['{"isAdmin":true,"roles":["admin"]}', '{"prototype":{"x":1}}', '1', 'null'])
      return { headers: JSON_TYPE, payload: json.length > 2 ? `{${JSON.stringify(key)}:${inner},${json.slice(1)}` : `{${JSON.stringify(key)}:${inner}}`, what: `多了字段 ${key}` }
    }
    case 4:
      return { headers: JSON_TYPE, payload: json.length > 2 ? `{"${field}":${deep(3000)},${json.slice(1)}` : deep(3000), what: '嵌套 3000 层' }
    case 5:
      return { headers: JSON_TYPE, payload: rng.pick(['[]', '"text"', '1', 'null', 'true', '[{}]', deep(20)]), what: '整个请求体类型不对' }
    case 6: {
      const broken = [json.slice(0, Math.max(1, rng.int(json.length))), '{', '{"a":}', '{"a":1,}', "{'a':1}", '{"a":NaN}', `\ufeff${json}`, `${json}${json}`, '\u0000']
      return { headers: JSON_TYPE, payload: rng.pick(broken), what: 'JSON 不完整或写错' }
    }
    case 7:
      return { headers: JSON_TYPE, payload: Buffer.concat([Buffer.from('{"a":"'), Buffer.from([0xff, 0xfe, 0xc0, 0x80, 0xed, 0xa0, 0x80]), Buffer.from('"}')]), what: '不是 UTF-8 的字节' }
    case 8: {
      const type = rng.pick([
        'text/plain',
        'application/x-www-form-urlencoded',
        'application/xml',
        'application/json; charset=utf-16',
        'application/octet-stream',
        'image/png',
        '*/*',
        'application/json, text/plain',
        ';;;'
      ])
      return { headers: { 'content-type': type }, payload: json, what: `Content-Type 为 ${type}` }
    }
    case 9:
      return { headers: JSON_TYPE, payload: '', what: '空的请求体' }
    case 10:
      return { headers: JSON_TYPE, payload: withField('x'.repeat(1_100_000)), what: '超过 1 MB 的请求体' }
    case 11:
      return { headers: JSON_TYPE, payload: withField(Array.from({ length: 10_000 }, () => rng.pick(ODD_STRINGS.slice(0, 20)))), what: `字段 ${field} 是一万项的数组` }
    case 12: {
      const m = rng.pick(brokenForms())
      return { headers: m.headers, payload: m.payload, what: `坏的 multipart：${m.what}` }
    }
    default:
      return { headers: { ...JSON_TYPE, 'content-length': '10' }, payload: json, what: 'Content-Length 不对' }
  }
}

/** Multipart bodies broken in the ways phones and attackers break them. */
export function brokenForms(): { headers: Record<string, string>; payload: Buffer | string; what: string }[] {
  const file = { name: 'file', filename: 'a.jpg', type: 'image/jpeg', data: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]) }
  const good = multipartBody([file])
  return [
    { headers: { 'content-type': 'multipart/form-data' }, payload: good.payload, what: '没有 boundary' },
    { headers: { 'content-type': 'multipart/form-data; boundary=other' }, payload: good.payload, what: 'boundary 对不上' },
    { headers: good.headers, payload: good.payload.subarray(0, good.payload.length - 20), what: '截断' },
    { headers: good.headers, payload: '', what: '空' },
    { headers: good.headers, payload: multipartBody([{ name: 'note', data: 'x'.repeat(200_000) }, file]).payload, what: '大字段' },
    { headers: good.headers, payload: multipartBody([file, { ...file, filename: 'b.jpg' }]).payload, what: '两个文件' },
    { headers: good.headers, payload: multipartBody([{ ...file, name: '__proto__' }]).payload, what: '字段名 __proto__' },
    { headers: good.headers, payload: multipartBody([{ ...file, filename: `${'\u202e'}gpj.exe\u0000${'a'.repeat(5000)}` }]).payload, what: '怪文件名' },
    { headers: { 'content-type': `multipart/form-data; boundary=${'b'.repeat(300)}` }, payload: good.payload, what: 'boundary 太长' }
  ]
}

/** A query string: the route's own parameters, fitting, with one of them (or an extra one) broken. */
function queryOf(op: Operation, rng: Rng): { query: string; what: string } {
  const params = op.parameters.filter((p) => p.in === 'query')
  const pairs = params.filter(() => rng.chance(0.5)).map((p) => [p.name, encodeURIComponent(String(sample(p.schema, rng)))])
  if (!rng.chance(0.5)) return { query: pairs.map(([k, v]) => `${k}=${v}`).join('&'), what: '' }
  const name = params.length > 0 && rng.chance(0.8) ? rng.pick(params).name : rng.pick([...PROTO_KEYS, '__proto__[isAdmin]', 'a[b][c]', 'x'])
  const odd = rng.pick([...ODD_STRINGS.map(percent), '%ED%A0%80', '%C0%80', '%E0%A4%A', '%', '1&__proto__=1', `1&${name}=2`, '[]', '1.5', '-0'])
  pairs.push([name, odd])
  return { query: pairs.map(([k, v]) => `${k}=${v}`).join('&'), what: `查询参数 ${name} 不对` }
}

/** `count` broken requests for one operation (without Authorization; the test adds it). */
export function casesFor(op: Operation, rng: Rng, count: number): FuzzCase[] {
  const cases: FuzzCase[] = []
  const pathParams = op.parameters.filter((p) => p.in === 'path')
  for (let i = 0; i < count; i++) {
    const whats: string[] = []
    let path = op.path
    for (const p of pathParams) {
      const odd = rng.chance(0.6)
      const value = odd ? rng.pick(ODD_PATH_VALUES) : encodeURIComponent(String(sample(p.schema, rng)))
      if (odd) whats.push(`路径参数 ${p.name}=${value.slice(0, 20)}`)
      path = path.replace(`{${p.name}}`, value)
    }
    const { query, what } = queryOf(op, rng)
    if (what) whats.push(what)
    const url = query ? `${path}?${query}` : path
    if (op.method === 'GET' || op.method === 'DELETE') {
      cases.push({ method: op.method, url, headers: {}, what: whats.join('；') || '参数齐全' })
      continue
    }
    const base = op.body ? (sample(op.body, rng) as Record<string, unknown>) : {}
    // The first case of a route with a body puts a NUL in every text field, so each text column sees one.
    const body = bodyCase(typeof base === 'object' && base !== null ? base : {}, op.body, rng, i === 0 && op.body ? NUL_EVERYWHERE : rng.int(BODY_CASES))
    cases.push({ method: op.method, url, headers: body.headers, payload: body.payload, what: [...whats, body.what].join('；') })
  }
  return cases
}
