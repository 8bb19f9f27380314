import Ajv, { type AnySchema } from 'ajv'
import ajvErrors from 'ajv-errors'
import addFormats from 'ajv-formats'
import type { FastifyInstance } from 'fastify'
import { AppError } from '../errors'

/**
 * Two validators: query strings and path parameters arrive as text, so they
 * are coerced ("2" -> 2); JSON bodies are taken exactly as sent, so a null
 * never turns into "" and "yes" never into true. Both report the schema's
 * Chinese `errorMessage` (ajv-errors). JSON bodies with a NUL are refused
 * before parsing.
 */
function makeAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({ allErrors: true, coerceTypes: coerce ? 'array' : false, useDefaults: true, removeAdditional: false, strict: false })
  addFormats(ajv)
  ajvErrors(ajv)
  return ajv
}

export function installValidation(app: FastifyInstance): void {
  const lenient = makeAjv(true)
  const strict = makeAjv(false)
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? strict : lenient).compile(schema as AnySchema))

  // A NUL character makes PostgreSQL refuse the whole statement (a 500 where a
  // field reaches a query as it is), and no text here needs one. In JSON it can
  // only be written as the escape \u0000; one search of the text finds it.
  const parseJson = app.getDefaultJsonParser('error', 'error')
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    const text = body.toString()
    if (text.includes('\\u0000')) return done(new AppError(400, 'nul_character', '提交的文字里有无法识别的字符（NUL），请删去后重试。'), undefined)
    parseJson(req, text, done)
  })
}
