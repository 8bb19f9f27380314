// The weapp lane's environment: jsdom, for the simulator, plus the fetch
// Response of the Node running it, which jsdom lacks and @fastify/compress
// checks every answer against (the server runs in the same process).
const { TestEnvironment } = require('jest-environment-jsdom')

class JsdomWithNode extends TestEnvironment {
  constructor(config, context) {
    super(config, context)
    this.global.Response = Response
  }
}

module.exports = JsdomWithNode
