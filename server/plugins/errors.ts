import http from 'node:http'
import type { Socket } from 'node:net'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { AppError } from '../errors'

// Messages for the errors Fastify itself raises before a handler runs.
const FRAMEWORK_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: '提交的内容不是有效的 JSON。',
  FST_ERR_CTP_EMPTY_JSON_BODY: '提交的内容是空的。',
  FST_ERR_CTP_BODY_TOO_LARGE: '提交的内容太大了。',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: '不支持这种提交格式。',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: '提交内容的长度不对。',
  FST_ERR_BAD_URL: '网址不对，请检查后重试。',
  FST_ERR_MAX_PARAM_LENGTH: '网址太长了。'
}

const STATUS_MESSAGES: Record<number, string> = {
  400: '请求有误，请检查后重试。',
  401: '请先登录。',
  403: '没有权限进行这个操作。',
  404: '没有找到要找的内容。',
  405: '不支持这种请求方式。',
  413: '提交的内容太大了。',
  415: '不支持这种提交格式。',
  429: '操作太频繁了，请稍后再试。'
}

/** Connection refused or reset, PostgreSQL's connection-exception (08) and shutdown (57P) classes, or pg's "Connection terminated". */
function databaseUnreachable(error: FastifyError): boolean {
  const code = error.code ?? ''
  return ['ECONNREFUSED', 'ECONNRESET', 'EPIPE'].includes(code) || /^(08|57P0)/.test(code) || /Connection terminated/.test(error.message)
}

function toApiError(error: FastifyError): { status: number; code: string; message: string } {
  if (error instanceof AppError) return { status: error.statusCode, code: error.code, message: error.message }
  if (error.validation) {
    // ajv-errors puts each schema's Chinese errorMessage on the first error.
    const own = error.validation.find((v) => v.keyword === 'errorMessage')
    return { status: 400, code: 'invalid_request', message: own?.message ?? STATUS_MESSAGES[400] }
  }
  const status = error.statusCode ?? 500
  if (status >= 400 && status < 500) {
    return { status, code: error.code ?? `http_${status}`, message: FRAMEWORK_MESSAGES[error.code] ?? STATUS_MESSAGES[status] ?? STATUS_MESSAGES[400] }
  }
  // The database was held by someone else past every retry (a maintenance job, a stuck process): nothing was saved, and trying later will work.
  if (error.code?.startsWith('SQLITE_BUSY') || error.code?.startsWith('SQLITE_LOCKED')) return { status: 503, code: 'busy', message: '服务器正忙，刚才的内容没有保存，请过一会儿再提交一次。' }
  // PostgreSQL out of reach (restarting, failed over, the network between): nothing was saved, and the pool
  // connects again by itself once it is back, so the same request later works.
  if (databaseUnreachable(error)) return { status: 503, code: 'db_unavailable', message: '服务器暂时连不上数据库，刚才的内容没有保存，请过一会儿再试。' }
  return { status: 500, code: 'internal', message: '服务器开小差了，请稍后再试。' }
}

/**
 * Answers an error in the one shape. Also Fastify's `frameworkErrors`
 * (app.ts): a URL the router cannot take (bad percent-encoding, a parameter
 * over its length) fails before any route, where no error handler runs.
 */
export function answerError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const { status, code, message } = toApiError(error)
  if (status === 500) request.log.error({ err: error }, 'request failed')
  // Busy or closing: expected under load, and the client was told to try again; a stack would only hide real failures.
  else if (status >= 500) request.log.warn({ code, status }, 'request turned away')
  else request.log.info({ code, status }, 'request refused')
  return reply.status(status).send({ error: { code, message } })
}

// What Node's HTTP parser refuses before Fastify sees a request (Fastify's `clientErrorHandler`).
const CLIENT_ERRORS: Record<string, { status: number; message: string }> = {
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, message: '网络太慢，请求没有按时发完，请换个网络再试。' },
  HPE_HEADER_OVERFLOW: { status: 431, message: '请求头太大了。' }
}

/**
 * Answers a request the HTTP parser could not read (too slow, headers too
 * large, a broken Content-Length) in the API's one shape, then closes the
 * connection: after a parse error nothing more on it can be trusted.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  // A reset connection has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return
  const { status, message } = CLIENT_ERRORS[error.code ?? ''] ?? { status: 400, message: '请求的格式不对，请检查后重试。' }
  const body = JSON.stringify({ error: { code: `http_${status}`, message } })
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`)
  }
  socket.destroy()
}

/** One error shape for the whole API: `{ error: { code, message } }`, message in Chinese. */
export default fp(async function errors(app: FastifyInstance) {
  app.setErrorHandler(answerError)
  app.setNotFoundHandler((request, reply) => reply.status(404).send({ error: { code: 'not_found', message: request.url.startsWith('/api') ? '没有这个接口。' : '没有找到这个页面。' } }))
})
