/**
 * A JSON response made ahead of the request (cached, or assembled from
 * ready-made parts): sent as it is, without serialising it again. `T` is the
 * shape the text holds, there for the reader and the compiler only.
 */
export interface Prebuilt<T> {
  readonly json: string
  readonly shape?: T
}

export function prebuilt<T>(value: T): Prebuilt<T> {
  return { json: JSON.stringify(value) }
}

/** Sends the text as it is; through `send`'s type, the compiler still holds T to the route's response schema. */
export function sendPrebuilt<T, R extends { type(contentType: string): R; send(payload: T): R }>(reply: R, response: Prebuilt<T>): R {
  return (reply.type('application/json; charset=utf-8') as unknown as { send(payload: string): R }).send(response.json)
}
