// The weapp lane renders in jsdom but also runs the real server in the same
// process; these Node globals are what the server's libraries expect.
const util = require('node:util')
const timers = require('node:timers')
const web = require('node:stream/web')
Object.assign(globalThis, {
  TextEncoder: util.TextEncoder,
  TextDecoder: util.TextDecoder,
  setImmediate: timers.setImmediate,
  clearImmediate: timers.clearImmediate,
  ReadableStream: web.ReadableStream
})
