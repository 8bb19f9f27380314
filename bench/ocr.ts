/**
 * npm run bench:ocr: how long 广告体检 takes to read a photographed flyer.
 * A phone-sized photo (1600×1200, ten lines of a printed flyer, turned,
 * blurred, unevenly lit, a JPEG as WeChat's compressed pictures are) goes
 * through the server's own PhotoReader (its child process, one thread for
 * the models): the first read with the models loading, then warm reads
 * (`OCR_RUNS`, default 5). Also the photo process's peak memory, and the
 * lines it read against the lines printed.
 */
import fs from 'node:fs'
import { PhotoReader } from '../server/modules/ad-check/photo-reader'
import { flyer, FLYER_LINES, photographed } from '../test/server/flyers'

const RUNS = Number(process.env.OCR_RUNS ?? 5)

/** The peak resident memory (VmHWM) of this process's children, in MB. */
function childrenPeakMb(): number {
  const pids = fs.readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)
  return pids.reduce((mb, pid) => {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
    return mb + (hwm ? Number(hwm[1]) / 1024 : 0)
  }, 0)
}

async function main(): Promise<void> {
  const photo = await photographed(await flyer(FLYER_LINES, 1600, 1200))
  const reader = new PhotoReader()
  const timed = async () => {
    const started = process.hrtime.bigint()
    const lines = await reader.read([photo])
    return { ms: Number(process.hrtime.bigint() - started) / 1e6, lines }
  }
  try {
    const cold = await timed()
    const warm: number[] = []
    for (let i = 0; i < RUNS; i++) warm.push((await timed()).ms)
    warm.sort((a, b) => a - b)
    const exact = FLYER_LINES.filter((l) => cold.lines.includes(l)).length
    process.stdout.write(
      `照片 ${photo.length} 字节（1600×1200 拍摄效果 JPEG，${FLYER_LINES.length} 行）\n` +
        `首次（含加载模型）：${cold.ms.toFixed(0)} ms\n` +
        `之后 ${RUNS} 次：中位数 ${warm[Math.floor(warm.length / 2)].toFixed(0)} ms，最慢 ${warm[warm.length - 1].toFixed(0)} ms\n` +
        `识别进程内存峰值：${childrenPeakMb().toFixed(0)} MB\n` +
        `认出 ${cold.lines.length} 行，其中与原文逐字相同 ${exact} 行：\n${cold.lines.join('\n')}\n`
    )
  } finally {
    await reader.close()
  }
}

void main()
