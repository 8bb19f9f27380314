import Fastify from 'fastify'
import { sendSerialisedOnce } from '../../server/routes/serialised-once'

describe('answers serialised once per cached object', () => {
  it("sends what the route's own schema makes of the object, making it once for the same object and again for a new one or another route", async () => {
    const app = Fastify()
    let made = 0
    // The routes' schemas still decide what is sent: counted each time one makes a text.
    app.setSerializerCompiler(() => (data) => {
      made++
      return JSON.stringify({ title: (data as { title: string }).title })
    })
    const cached = { title: '养老投资的坑', internal: 'never sent' }
    let current: object = cached
    app.get('/list', { schema: { response: { 200: { type: 'object', properties: { title: { type: 'string' } } } } } }, async (_req, reply) => sendSerialisedOnce(reply, current))
    app.get('/other', { schema: { response: { 200: { type: 'object', properties: { title: { type: 'string' } } } } } }, async (_req, reply) => sendSerialisedOnce(reply, cached))
    for (let i = 0; i < 3; i++) {
      const res = await app.inject({ url: '/list' })
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8')
      expect(res.json()).toEqual({ title: '养老投资的坑' })
    }
    expect(made).toBe(1)
    await app.inject({ url: '/other' })
    expect(made).toBe(2)
    // The content changed: the service's cache holds a new object, and its text is made anew.
    current = { title: '消费返利的坑' }
    expect((await app.inject({ url: '/list' })).json()).toEqual({ title: '消费返利的坑' })
    expect(made).toBe(3)
    await app.close()
  })
})
