// After `taro build --type h5`: writes a brotli (.br) and a gzip (.gz) copy
// beside every text file of dist-h5 (or the folder given), at the strongest
// settings, once per build; the server sends them as they are
// (@fastify/static preCompressed), so no phone waits for bytes nobody
// squeezed and the server does no work per request. A copy that would not be
// smaller is not written. Prints the sizes before and after.
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

const root = path.resolve(process.argv[2] ?? 'dist-h5')
const TEXT = /\.(js|css|html|svg|json|txt|map)$/

function* files(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* files(full)
    else if (TEXT.test(entry.name)) yield full
  }
}

let raw = 0
let br = 0
let gz = 0
for (const file of files(root)) {
  const data = fs.readFileSync(file)
  const squeezed = {
    br: zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
    gz: zlib.gzipSync(data, { level: 9 })
  }
  raw += data.length
  for (const [ext, out] of Object.entries(squeezed)) {
    const target = `${file}.${ext}`
    // A stale copy from an earlier build must never be served for a new file.
    fs.rmSync(target, { force: true })
    if (out.length < data.length) fs.writeFileSync(target, out)
    if (ext === 'br') br += Math.min(out.length, data.length)
    else gz += Math.min(out.length, data.length)
  }
}
const kb = (n) => `${Math.round(n / 1024)} KB`
process.stdout.write(`precompressed ${root}: ${kb(raw)} of text, ${kb(br)} as brotli, ${kb(gz)} as gzip\n`)
