/** A response with its JSON already made: sent as it is, without serialising it again. */
export interface Prebuilt<T> {
  value: T
  json: string
}

export function sendPrebuilt<T, R extends { serializer(fn: (payload: unknown) => string): R; send(payload: T): R }>(reply: R, prebuilt: Prebuilt<T>): R {
  return reply.serializer(() => prebuilt.json).send(prebuilt.value)
}
