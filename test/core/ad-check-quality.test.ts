import { checkAdvert } from '../../src/core/ad-check/engine'
import evaluation from './ad-check-eval.json'
import real from './ad-check-real.json'
import redteam from './ad-check-redteam.json'

/**
 * The checker against two labelled lanes, printed on every run so the figures
 * are always current: recall on illegal texts (rated high or medium) and false
 * alarms on legitimate ones (rated anything but low), per kind.
 *
 * - written: adverts and ordinary texts written alongside the rules
 *   (test/core/ad-check-eval.json). The "probe-" texts were written in fresh
 *   wording to test how the rules generalise; scored before the rules were
 *   changed for them, the first 95 gave recall 80% (40 of 50) and false
 *   alarms 8.9% (4 of 45) against the rules alone, the next 200 ("probe-p3-" to
 *   "probe-p8-") 93.3% (70 of 75) and 6.4% (8 of 125) against the rules with
 *   the scorer; the
 *   rules have since been tuned on them;
 * - real: texts modelled on real public cases, each with its source
 *   (test/core/ad-check-real.json). Its development part is what the rules
 *   were tuned on, and the thresholds below hold what they achieve there; the
 *   held-back part was written after the last change to the rules and is only
 *   reported (the file's "about" keeps the figures of earlier held-back parts).
 */
interface Labelled {
  id: string
  label: 'illegal' | 'legit'
  kind: string
}
interface Real extends Labelled {
  part: 'dev' | 'held'
  text: string
}

const written = evaluation as (Labelled & { text: string })[]
const texts = (real as { texts: Real[] }).texts
const alarmed = (x: { text: string }) => checkAdvert(x.text).risk !== 'low'
const percent = (n: number, of: number) => `${((n / of) * 100).toFixed(1)}%`

function figures(set: (Labelled & { text: string })[]) {
  // Between a held-back part's scoring and the next one's arrival the lane is empty: it says so rather than print NaN.
  if (set.length === 0) return { recall: NaN, falseAlarm: NaN, line: '暂无（上一份已评分并移入调试部分，新的一份正在另行编写）' }
  const illegal = set.filter((x) => x.label === 'illegal')
  const legit = set.filter((x) => x.label === 'legit')
  const missed = illegal.filter((x) => !alarmed(x))
  const alarms = legit.filter(alarmed)
  const byKind = [...new Set(set.map((x) => x.kind))].map((kind) => {
    const of = set.filter((x) => x.kind === kind)
    const wrong = of.filter((x) => alarmed(x) !== (x.label === 'illegal'))
    return `${kind} ${of.length - wrong.length}/${of.length}`
  })
  return {
    recall: (illegal.length - missed.length) / illegal.length,
    falseAlarm: alarms.length / legit.length,
    line:
      `违法 ${illegal.length} 条，识别 ${illegal.length - missed.length} 条（召回率 ${percent(illegal.length - missed.length, illegal.length)}）；` +
      `正常 ${legit.length} 条，误报 ${alarms.length} 条（误报率 ${percent(alarms.length, legit.length)}）\n  按类判对：${byKind.join('，')}` +
      (missed.length ? `\n  漏报：${missed.map((x) => x.id).join('、')}` : '') +
      (alarms.length ? `\n  误报：${alarms.map((x) => x.id).join('、')}` : '')
  }
}

/**
 * A scheme can add a caution to its own pitch (温馨提示：谨防非法集资 at the end, a 【反诈提醒】 heading) to pass as a warning.
 * Each caution below is added to every real pitch of the development part that the checker flags as it is; the share still
 * flagged is printed and held. Before the checker read what is left beneath the cautions (engine.ts offerBeneath), 0.2 %
 * to 21.6 % stayed flagged (投资有风险 alone, which no warning says alone, 99.3 %); after, 60.6 % to 72.6 %; since the scorer
 * too reads what is left (its learned warning words gone with the cautions), 67.9 % to 75.2 % of 1,195; with a tally (累计,
 * 共计) no longer read as a case beneath them, 66.8 % to 75.9 % of 1,356 (the blind parts since brought more pitches).
 */
const CAUTIONS: [string, (text: string) => string][] = [
  ['句尾“温馨提示：谨防非法集资”', (t) => `${t}\n温馨提示：谨防非法集资，远离高息诱惑。`],
  ['开头“【反诈提醒】”', (t) => `【反诈提醒】${t}`],
  ['句尾“投资有风险”', (t) => `${t}投资有风险，理财需谨慎。`],
  ['句尾“认准正规渠道”', (t) => `${t}请认准正规渠道，谨防上当受骗。`],
  ['开头“防范非法集资，人人有责”', (t) => `防范非法集资，人人有责！${t}`],
  ['句尾“警方提醒”', (t) => `${t}\n警方提醒：天上不会掉馅饼，不要轻信陌生人。`],
  ['首尾都加', (t) => `【反诈提醒】防范非法集资，人人有责！\n${t}\n温馨提示：请认准正规渠道，谨防上当受骗，遇到可疑情况请及时报警。`]
]

describe('advert checker quality', () => {
  const lanes = {
    written: figures(written),
    dev: figures(texts.filter((x) => x.part === 'dev')),
    held: figures(texts.filter((x) => x.part === 'held'))
  }

  it('reports every lane', () => {
    process.stdout.write(`\n广告体检质量\n自编样本：${lanes.written.line}\n真实案例·调试部分：${lanes.dev.line}\n真实案例·留出部分（不参与调试，只报告）：${lanes.held.line}\n`)
    expect(Object.values(lanes).every((l) => Number.isNaN(l.recall) || l.recall > 0)).toBe(true)
    expect(lanes.written.recall > 0 && lanes.dev.recall > 0).toBe(true)
  })

  // Written blind to break the checker with cautions (test/core/ad-check-redteam.json, its about has each part's blind reading:
  // atk- in its first, rtb- and rtc- in December 2026); tuned on since, so it is held as a floor, not reported as a measure.
  // Fifteen of its warnings are case reports under a line of advice, relabelled descriptions by a blind second labeller under
  // the corpus's rule (which part leads; docs/ad-check-rounds.md): they are reported with the other illegal texts, and the
  // floors below hold the pitches that wear cautions, the warnings and the lawful texts as before. With the scorer of 10,000
  // grams two pitches fell below its lift (71 of 80, from 73), the descriptions caught went from 6 to 9 of 15 and the
  // warnings alarmed from 7 to 9 of 65; warnings alarmed 8 of 65 once it was trained with xc- to xf- (atk-75). The
  // descriptions caught went to 10 once a court's verdict and a 以案说法 column's name were read as the case's story, not its
  // advice (engine.ts STORY_ACT): rtb-23 is flagged by the rules, with the case's lead sentence (caseUnderAdvice). Warnings
  // alarmed went to 9 once a victim's story (确定被骗, 已经报警: engine.ts victimAt) was read as a case that leads: rtc-38, a
  // grandson's post on his grandfather's 每天增值0.6% app, which the blind second labeller called a description (arguable:
  // "case and advice about equal") and which kept its writer's label as warning. Descriptions caught went to 11 once the
  // scorer was trained with xw- to xz- in development (rtb-35, a 以案说法 of a 传销 case, lifted as a case's report).
  // Warnings alarmed went to 11 once a warning that tells its case in words the rules lack was lifted where the scorer is
  // surer (engine.ts SCORER_CASE_UNNAMED, chosen on the blind readings' records): atk-53, a school's notice quoting a
  // parent's 沉香木 custody pitch with its 3% a month and buy-back, and rtc-24, a family chat retelling a 消费返利 app's 0.5% a day;
  // 10 once the scorer was trained with wp- to ws- in development (rtc-24 low again). Pitches caught went from 71 to 74 of 80 (the
  // floor from 0.88 to 0.92) once a seller's own return in a sentence that cautions nothing was read as pitching however long its
  // opening caution (atk-5), and a private fund sold past its threshold as sold to the public (rtb-8, rtc-10); 75 once a
  // membership fee promised back whole was read as money put in (atk-14), 76 (the floor 0.95) once a sum paid per period with
  // its kind after the verb (每月返利息60元) was read against the sum paid in (rtc-14: 24 % a year with principal pledged).
  // With the scorer trained again on development with the 44 blind parts since vr- (December 2026, stop 47) descriptions
  // caught went to 12 (rtc-29, a police report of a co-operative's 保底分红 under "非保本产品" words) and warnings alarmed to
  // 11 (rtc-24 again, the family chat). Chosen on the blind readings, not here: replayed with a scorer trained on every part
  // before each (train-ad-check --history), the 28 parts since ue- read 1 more illegal text caught and 5 fewer alarms than
  // with the weights of d8bab97, none worse; the review sets 355 and 368 read one more wrong each (a family's post on a
  // father's 网贷 debts alarmed, a 安全账户 scam with a 3 % subsidy low).
  it('reads the red-team pitches wearing cautions as pitches, and their warnings and lawful texts mostly as what they are', () => {
    const team = (redteam as { texts: (Labelled & { text: string })[] }).texts
    const lane = figures(team)
    process.stdout.write(`红队样本（带提醒语的宣传、复述宣传的提醒、正规产品）：${lane.line}\n`)
    const pitches = team.filter((x) => x.kind === 'pitch')
    expect(pitches.filter(alarmed).length / pitches.length).toBeGreaterThanOrEqual(0.95)
    const descriptions = team.filter((x) => x.kind === 'description')
    expect(descriptions.filter(alarmed).length).toBeGreaterThanOrEqual(12)
    expect(team.filter((x) => x.kind === 'warning' && alarmed(x)).length).toBeLessThanOrEqual(11)
    expect(team.filter((x) => x.kind === 'legitimate product' && alarmed(x)).length).toBeLessThanOrEqual(1)
  })

  // The floor was 65 % until the pitches of zzt- to zzzh- (real 2019 posts cut short, many with no figure, flagged by fewer signs)
  // joined development: both cautions together then kept 64.8 % of 1,566, 63.5 % of 1,662 once zzza- to zzzh- had joined,
  // 62.9 % of 1,785 once zzzp- to zzzr- had, 62.3 % of 1,926 once zzzza- to zzzzf- had, 61.8 % of 1,960 once the unscored
  // texts of zzzzg- to zzzzj- had, 61.5 % of 1,981 once they had all joined and a crowdfunding page's agreed return was caught,
  // 61.0 % of 2,060 once zzzzs- to zzzzzd- had joined (22 of their 44 flagged pitches kept under both), and 63.1 % once a
  // pitch's own words of its product and terms (它, 法律, 对方 for its borrower...) no longer told its offer framed (engine.ts TOLD).
  // It is 66 % since an offer in its seller's own voice under a stock caution is read as the offer (rules.ts OWN_VOICE): both
  // cautions together kept 62.5 % of 2,199 before, 66.8 % of 2,223 after; the foot's 温馨提示 alone 64.6 % before, 70.9 % after.
  it('keeps most pitches flagged when a caution is added to them', () => {
    const flagged = texts.filter((x) => x.part === 'dev' && x.kind === 'pitch' && x.label === 'illegal' && alarmed(x))
    const kept = CAUTIONS.map(([name, add]) => ({ name, share: flagged.filter((x) => alarmed({ text: add(x.text) })).length / flagged.length }))
    process.stdout.write(`加了提醒语的宣传（${flagged.length} 条已识别的真实宣传）仍识别：${kept.map((k) => `${k.name} ${percent(k.share, 1)}`).join('，')}\n`)
    for (const k of kept) expect(k.share).toBeGreaterThanOrEqual(0.66)
  })

  it('has a written lane of at least 80 texts covering all 15 disguises, and a real lane of at least 200 with sources', () => {
    expect(written.length).toBeGreaterThanOrEqual(80)
    expect(new Set(written.filter((x) => x.label === 'illegal').map((x) => x.kind)).size).toBe(15)
    expect(texts.length).toBeGreaterThanOrEqual(200)
    expect(new Set(texts.map((x) => x.kind))).toEqual(new Set(['pitch', 'description', 'legitimate product', 'warning']))
    for (const x of texts) expect(x).toMatchObject({ source: expect.stringMatching(/\S/), category: expect.stringMatching(/\S/) })
  })

  // Between a held-back part's scoring (it then joins development) and the next one's merge there is none: the size check
  // is skipped and says so, rather than pass on a lane that is not there.
  const held = texts.filter((x) => x.part === 'held').length
  if (held === 0) process.stdout.write('真实案例·留出部分：暂无，不检查其条数（上一份已评分并移入调试部分，下一份正在另行编写）\n')
  ;(held > 0 ? it : it.skip)('holds back at least 70 real texts, written after the last change to the rules', () => {
    expect(held).toBeGreaterThanOrEqual(70)
  })

  it('catches at least 95% of the illegal written texts with at most 10% false alarms', () => {
    expect(lanes.written.recall).toBeGreaterThanOrEqual(0.95)
    expect(lanes.written.falseAlarm).toBeLessThanOrEqual(0.1)
  })

  // What the checker achieves on the development part, kept from slipping: 94.2%, 6,071 of 6,446, and 173 alarms in 6,725
  // since sj- to sm- joined (the scorer trained again with tg- to tj- in development; in sample: the blind readings are the
  // measure). Each blind reading joins with its own misses and alarms (listed per reading in the corpus's about), so the guard
  // moves down when one joins and up when a rule catches more; how it moved is in the commit messages that changed these lines.
  it('catches at least 94.1% of the illegal texts of the real development part with at most 2.6% false alarms', () => {
    expect(lanes.dev.recall).toBeGreaterThanOrEqual(0.941)
    expect(lanes.dev.falseAlarm).toBeLessThanOrEqual(0.026)
  })
})
