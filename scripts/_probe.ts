import { startServer } from '../test/server/helpers'
import { launch, WEB_DIR } from '../test/e2e/browser'
async function main() {
  const server = await startServer('sqlite', { WEB_DIR })
  const base = await server.app.listen({ port: 0, host: '127.0.0.1' })
  const browser = await launch()
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
  await page.goto(`${base}${process.argv[2]}`)
  await page.waitForTimeout(2500)
  const out = await page.evaluate(new Function(process.argv[3]) as () => unknown)
  console.log(JSON.stringify(out, null, 1))
  await browser.close(); await server.close()
}
main()
