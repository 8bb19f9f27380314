import { checkAdvert } from '../../src/core/ad-check/engine'
import evaluation from './ad-check-eval.json'

/**
 * The checker against a labelled set written separately from its rules
 * (test/core/ad-check-eval.json): recall on illegal adverts (high or medium)
 * and false alarms on legitimate texts (anything not low), printed on every
 * run so the figures are always current.
 */
const set = evaluation as { id: string; label: 'illegal' | 'legit'; kind: string; text: string }[]

describe('advert checker quality on the labelled set', () => {
  const illegal = set.filter((x) => x.label === 'illegal')
  const legit = set.filter((x) => x.label === 'legit')
  const caught = illegal.filter((x) => checkAdvert(x.text).risk !== 'low')
  const alarms = legit.filter((x) => checkAdvert(x.text).risk !== 'low')
  const recall = caught.length / illegal.length
  const falseAlarm = alarms.length / legit.length

  it('has at least 80 texts, half of them legitimate, covering all 15 disguises', () => {
    expect(set.length).toBeGreaterThanOrEqual(80)
    expect(legit.length).toBeGreaterThanOrEqual(40)
    expect(new Set(illegal.map((x) => x.kind)).size).toBe(15)
    process.stdout.write(
      `\n广告体检质量：违法广告 ${illegal.length} 条，识别 ${caught.length} 条（召回率 ${(recall * 100).toFixed(1)}%）；` +
        `正常文字 ${legit.length} 条，误报 ${alarms.length} 条（误报率 ${(falseAlarm * 100).toFixed(1)}%）\n` +
        (alarms.length ? `误报：${alarms.map((x) => x.id).join('、')}\n` : '') +
        (caught.length < illegal.length ? `漏报：${illegal.filter((x) => !caught.includes(x)).map((x) => x.id).join('、')}\n` : '')
    )
  })

  it('catches at least 95% of illegal adverts', () => {
    expect(recall).toBeGreaterThanOrEqual(0.95)
  })

  it('raises at most 10% false alarms on legitimate texts', () => {
    expect(falseAlarm).toBeLessThanOrEqual(0.1)
  })
})
