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
  return { status: 500, code: 'internal', message: '服务器开小差了，请稍后再试。' }
}

/**
 * Answers an error in the one shape. Also Fastify's `frameworkErrors`
 * (app.ts): a URL the router cannot take (bad percent-encoding, a parameter
 * over its length) fails before any route, where no error handler runs.
 */
export function answerError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const { status, code, message } = toApiError(error)
  if (status >= 500) request.log.error({ err: error }, 'request failed')
  else request.log.info({ code, status }, 'request refused')
  return reply.status(status).send({ error: { code, message } })
}

/** One error shape for the whole API: `{ error: { code, message } }`, message in Chinese. */
export default fp(async function errors(app: FastifyInstance) {
  app.setErrorHandler(answerError)
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ error: { code: 'not_found', message: request.url.startsWith('/api') ? '没有这个接口。' : '没有找到这个页面。' } })
  )
})
