import type { FastifyReply } from 'fastify'

/** Texts already made, per object and the route that made it (its own response schema made the text). */
const texts = new WeakMap<object, { route: string; text: string }>()

/**
 * Answers with an object a service keeps cached (the same object until the
 * content changes), serialised by the route's own response schema once per
 * object rather than once per request: serialising a reading list was a
 * third of the request's time. A text lives as long as its object.
 */
export function sendSerialisedOnce<R extends FastifyReply>(reply: R, value: Parameters<R['send']>[0] & object): R {
  const route = reply.request.routeOptions.url ?? ''
  const made = texts.get(value)
  const text = made?.route === route ? made.text : String(reply.serialize(value))
  if (made?.route !== route) texts.set(value, { route, text })
  // A string with a JSON content type is sent as it is, not serialised again.
  return reply.type('application/json; charset=utf-8').send(text) as R
}
