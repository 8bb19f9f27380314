import Ajv, { type AnySchema } from 'ajv'
import ajvErrors from 'ajv-errors'
import addFormats from 'ajv-formats'
import type { FastifyInstance } from 'fastify'

/**
 * Two validators: query strings and path parameters arrive as text, so they
 * are coerced ("2" -> 2); JSON bodies are taken exactly as sent, so a null
 * never turns into "" and "yes" never into true. Both report the schema's
 * Chinese `errorMessage` (ajv-errors).
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
}
