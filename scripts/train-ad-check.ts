/**
 * Trains the advert checker's statistical second opinion (src/core/ad-check/scorer.ts)
 * on the development part of the real corpus only, and writes its weights to
 * src/core/ad-check/scorer-weights.json.
 *
 * Usage: npx tsx scripts/train-ad-check.ts --help (USAGE below).
 *
 * The model: logistic regression over which character pairs and triples a
 * normalized text holds, L2-penalised, then cut to the grams that weigh most
 * and trained again on those, so the shipped file stays small. Texts from one
 * source share a fold: two retellings of one case would otherwise let the
 * model recognise the case, not the kind of text.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  checkAdvert,
  RATE_FLAG,
  retellsCase,
  SCORER_CASE,
  SCORER_CASE_UNNAMED,
  SCORER_LOWER,
  SCORER_LOWER_BARE,
  SCORER_RAISE,
  SCORER_RESEMBLE,
  SPEAKS_OF_MONEY,
  type CheckResult
} from '../src/core/ad-check/engine'
import { normalize } from '../src/core/ad-check/normalize'
import { CRIME, LAW_LIST, LICENSED, RULES, WARNING } from '../src/core/ad-check/rules'
import { scoreLogit, type ScorerModel } from '../src/core/ad-check/scorer'
import real from '../test/core/ad-check-real.json'

const USAGE = `  npx tsx scripts/train-ad-check.ts          train on all of part "dev", write the weights
  npx tsx scripts/train-ad-check.ts --cv     grouped 5-fold cross-validation on part "dev":
                                             rules alone against rules with the scorer
  npx tsx scripts/train-ad-check.ts --sweep  the same cross-validation over the model's settings (gram
                                             sizes, l2, grams kept: the scorer alone, by log-loss and
                                             ranking) and over the engine's thresholds (rules with the
                                             scorer): how SETTINGS and SCORER_RAISE/LOWER were chosen
  npx tsx scripts/train-ad-check.ts --history [part ...]
                                             the honest test of wording never tuned on: each
                                             earlier held-back part (or only those named: za zb)
                                             against the rules as they were when it was held back
                                             (taken from git), alone and with a scorer trained
                                             without that part
  npx tsx scripts/train-ad-check.ts --held   the held part's reading, as its merge commit records it: all of
                                             it and each part, with the shipped scorer and with the rules alone
  npx tsx scripts/train-ad-check.ts --stack  how the rules and the scorer combine, chosen out of sample: every
                                             blind reading of --history (rules as they were, a scorer trained
                                             without the part) as records, each candidate combination read on
                                             them, and the choice made leaving one reading out (--fresh: rebuild)`

interface Text {
  id: string
  part: string
  label: 'illegal' | 'legit'
  kind: string
  source: string
  text: string
}

export interface Settings {
  sizes: number[]
  /** A gram seen in fewer training texts says more about those texts than about a kind. */
  minDocs: number
  /** Grams shipped. */
  keep: number
  l2: number
}
// Chosen by --sweep (December 2026, 686 dev texts): the lowest out-of-fold log-loss of the grid (0.161; the
// earlier pairs and triples at l2 0.02, 700 kept: 0.288), single characters adding most. Swept again with part i-
// in dev (793 texts): still the lowest (0.150, AUC 0.986; pairs alone 0.191, pairs and triples 0.192, 2+3+4
// 0.201), the least penalty of the grid best at every size. Again with part j- in dev (903 texts): still the lowest
// (0.142, AUC 0.987; pairs alone 0.171, pairs and triples 0.174, 2+3+4 0.187). Again with part k- in dev (1,014
// texts): still the lowest (0.137, AUC 0.988; pairs alone 0.167, pairs and triples 0.172, 2+3+4 0.174). Again with part
// l- in dev (1,121 texts): still the lowest (0.134, AUC 0.989; pairs alone 0.164, pairs and triples 0.168, 2+3+4 0.171).
// With m-, n-, q- and r- in dev (1,555 texts) a lighter penalty won at every size and count kept: l2 0.0005 0.1342 against
// 0.001's 0.1359 (1,000 kept; 1+2+3+4 0.1354, 2+3+4 lost by 0.02 on 1,332 texts). Keeping 1,500 grams gave 0.1274 (AUC
// 0.9892 against 0.9879) but no better verdict with the rules out of fold (engine.ts), so 1,000 stay: the quality test's
// limit, and 7 KB less for the phone. With o- and p- in dev (1,767 texts), 1+2+3 at l2 0.0005: 0.1329 at 1,000 kept, 0.1282
// at 1,500 (the sweep was cut there for time): the settings stay. With s- and t- in dev (1,978 texts), the whole grid:
// 1+2+3 at l2 0.0005 still the lowest at 1,000 kept (0.1253, AUC 0.9900; 1+2+3+4 0.1254, l2 0.001 0.1267); 1,500 kept
// 0.1213, past the quality test's limit: the settings stay. With u- and v- in dev (2,183 texts), the whole grid: 1+2+3 at
// l2 0.0005 still the lowest at 1,000 kept (0.1204, AUC 0.9911; 1+2+3+4 0.1213, l2 0.001 0.1215); 1,500 kept 0.1166, past
// the limit again: the settings stay. (Its thresholds, read on dev, are no longer the engine's:
// --stack chooses them out of sample.) In December 2026 the grams kept were weighed on what the scorer is for, texts never
// seen: left out one blind reading at a time (the 13 since zzzza-, 1,710 texts), 1,000 kept ranked them at AUC 0.974 (86.0 %
// caught at 5 % false alarms), 3,000 at 0.978 (87.6 %), 10,000 at 0.981 (88.5 %), every gram seen in three texts at 0.982
// (89.5 %, 720 KB shipped); 1+2+3+4, 1,000 epochs and l2 0.0001 no better. 10,000 ship: 147 KB in the checker's subpackage.
const SETTINGS: Settings = { sizes: [1, 2, 3], minDocs: 3, keep: 10000, l2: 0.0005 }
const EPOCHS = 300
const RATE = 0.5
const FOLDS = 5

interface Example {
  grams: string[]
  y: number
}

function gramsOf(text: string, sizes: number[]): string[] {
  const t = normalize(text).text
  const found = new Set<string>()
  for (const n of sizes) for (let i = 0; i + n <= t.length; i++) found.add(t.slice(i, i + n))
  return [...found]
}

/**
 * Full-batch gradient descent on the mean log-loss plus an L2 penalty; features are 0/1. Grams are numbered and read from
 * typed arrays: the same sums in the same order as a map of grams would give (the same weights), at a twentieth of the time, so that a replay
 * that trains one scorer per part (--history, --stack) runs in minutes.
 */
function fit(examples: Example[], vocab: Set<string>, l2: number): { bias: number; weights: Map<string, number> } {
  const grams = [...vocab]
  const index = new Map(grams.map((g, i) => [g, i]))
  const weights = new Float64Array(grams.length)
  const grad = new Float64Array(grams.length)
  let bias = 0
  const rows = examples.map((e) => ({ g: Int32Array.from(e.grams.map((x) => index.get(x) ?? -1).filter((i) => i >= 0)), y: e.y }))
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    grad.fill(0)
    let gBias = 0
    for (const r of rows) {
      let z = bias
      for (const i of r.g) z += weights[i]
      const err = 1 / (1 + Math.exp(-z)) - r.y
      gBias += err
      for (const i of r.g) grad[i] += err
    }
    bias -= (RATE * gBias) / rows.length
    for (let i = 0; i < weights.length; i++) weights[i] -= RATE * (grad[i] / rows.length + l2 * weights[i])
  }
  return { bias, weights: new Map(grams.map((g, i) => [g, weights[i]])) }
}

export function train(texts: Text[], settings: Settings = SETTINGS): ScorerModel {
  const { sizes, minDocs, keep, l2 } = settings
  const examples = texts.map((t) => ({ grams: gramsOf(t.text, sizes), y: t.label === 'illegal' ? 1 : 0 }))
  const docs = new Map<string, number>()
  for (const e of examples) for (const g of e.grams) docs.set(g, (docs.get(g) ?? 0) + 1)
  const vocab = new Set([...docs].filter(([, d]) => d >= minDocs).map(([g]) => g))
  const first = fit(examples, vocab, l2)
  const kept = new Set(
    [...first.weights]
      .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
      .slice(0, keep)
      .map(([g]) => g)
  )
  const final = fit(examples, kept, l2)
  const weights: Record<string, number> = {}
  for (const [g, w] of [...final.weights].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (Math.abs(w) >= 0.005) weights[g] = Math.round(w * 100) / 100
  return { version: 1, sizes, bias: Math.round(final.bias * 100) / 100, weights }
}

// Texts written without a public address of their own (source "domain.md ...") share no case: each is its own group.
const groupOf = (t: Text) => (/^https?:/.test(t.source) ? t.source : t.id)

/** Folds by source, shuffled with a fixed seed so every run splits alike. */
export function folds(texts: Text[]): Text[][] {
  const sources = [...new Set(texts.map(groupOf))]
  let seed = 20260601
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
  for (let i = sources.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[sources[i], sources[j]] = [sources[j], sources[i]]
  }
  const foldOf = new Map(sources.map((s, i) => [s, i % FOLDS]))
  return Array.from({ length: FOLDS }, (_, k) => texts.filter((t) => foldOf.get(groupOf(t)) === k))
}

// A part may hold no text of a label (a reading without a pitch or an illegal text): it says so rather than print NaN.
const percent = (n: number, of: number) => (of === 0 ? '-' : `${((n / of) * 100).toFixed(1)}%`)

function figures(name: string, texts: Text[], alarmed: (t: Text) => boolean): void {
  const illegal = texts.filter((t) => t.label === 'illegal')
  const legit = texts.filter((t) => t.label === 'legit')
  const caught = illegal.filter(alarmed).length
  const alarms = legit.filter(alarmed)
  const kinds = [...new Set(texts.map((t) => t.kind))].map((k) => {
    const of = texts.filter((t) => t.kind === k)
    return `${k} ${of.filter((t) => alarmed(t) === (t.label === 'illegal')).length}/${of.length}`
  })
  process.stdout.write(
    `${name}: recall ${percent(caught, illegal.length)} (${caught}/${illegal.length}), false alarms ${percent(alarms.length, legit.length)} (${alarms.length}/${legit.length}); ${kinds.join(', ')}\n` +
      `  missed: ${
        illegal
          .filter((t) => !alarmed(t))
          .map((t) => t.id)
          .join(' ') || '-'
      }\n  alarms: ${alarms.map((t) => t.id).join(' ') || '-'}\n`
  )
}

/**
 * Every part written since b-, in the order it was written (parts written side by side as one), ending with the held
 * parts not yet scored: a reading leaves out its own part and every later one. f- was written for development after e-
 * was scored; q- and r- beside o- and p-, while m- and n- were tuned on; zc- and zd- while za- and zb- were, ze- and zf-
 * after; zg- to zj- while a third round was tuned on development texts, zk- to zm- while the third ran, zn- to zp- before the fifth, zq- to zs- while the sixth ran, zt- to zv- before the seventh, zw- and zx- while the eighth ran, zy- and zz- beside the caution reading, zza- to zzc- while zy- and zz- were tuned on, zzd- to zzf- while zza- to zzc- were, zzg- to zzi- while zzd- to zzf- were, zzj- to zzl- while zzg- to zzi- were, zzm- and zzn- while zzj- to zzl- were, zzo- and zzp- after, and from zzq- on each reading after the one before it was scored (HISTORY below names the engine each met).
 */
const WRITTEN = [
  'b',
  'e',
  'f',
  'g',
  'h',
  'i',
  'j',
  'k',
  'l',
  'm',
  'n',
  'q',
  'r',
  'o',
  'p',
  's',
  't',
  'u',
  'v',
  'w',
  'x',
  'y',
  'z',
  'za',
  'zb',
  'zc',
  'zd',
  'ze',
  'zf',
  'zg',
  'zh',
  'zi',
  'zj',
  'zk',
  'zl',
  'zm',
  'zn',
  'zo',
  'zp',
  'zq',
  'zr',
  'zs',
  'zt',
  'zu',
  'zv',
  'zw',
  'zx',
  'zy',
  'zz',
  'zza',
  'zzb',
  'zzc',
  'zzd',
  'zze',
  'zzf',
  'zzg',
  'zzh',
  'zzi',
  'zzj',
  'zzk',
  'zzl',
  'zzm',
  'zzn',
  'zzo',
  'zzp',
  'zzq',
  'zzr',
  'zzs',
  'zzt',
  'zzu',
  'zzv',
  'zzw',
  'zzx',
  'zzy',
  'zzz',
  'zzza',
  'zzzb',
  'zzzc',
  'zzzd',
  'zzze',
  'zzzf',
  'zzzg',
  'zzzh',
  'zzzi',
  'zzzj',
  'zzzk',
  'zzzl',
  'zzzm',
  'zzzn',
  'zzzo',
  'zzzp',
  'zzzq',
  'zzzr',
  'zzzs',
  'zzzt',
  'zzzu',
  'zzzv',
  'zzzw',
  'zzzx',
  'zzzy',
  'zzzz',
  'zzzza',
  'zzzzb',
  'zzzzc',
  'zzzzd',
  'zzzze',
  'zzzzf',
  'zzzzg',
  'zzzzh',
  'zzzzi',
  'zzzzj',
  'zzzzk',
  'zzzzl',
  'zzzzm',
  'zzzzn',
  'zzzzo',
  'zzzzp',
  'zzzzq',
  'zzzzr',
  'zzzzs',
  'zzzzt',
  'zzzzu',
  'zzzzv',
  'zzzzw',
  'zzzzx',
  'zzzzy',
  'zzzzz',
  'zzzzza',
  'zzzzzb',
  'zzzzzc',
  'zzzzzd',
  'zzzzze',
  'zzzzzf',
  'zzzzzg',
  'zzzzzh',
  'zzzzzi',
  'zzzzzj',
  'zzzzzk',
  'zzzzzl',
  'zzzzzm',
  'zzzzzn',
  'zzzzzo',
  'zzzzzp',
  'zzzzzq',
  'zzzzzr',
  'zzzzzs',
  'zzzzzt',
  'zzzzzu',
  'zzzzzv',
  'zzzzzw',
  'zzzzzx',
  'ya',
  'yb',
  'yc',
  'yd',
  'ye',
  'yf',
  'yg',
  'yh',
  'yi',
  'yj',
  'yk',
  'yl',
  'ym',
  'yn',
  'yo',
  'yp',
  'yq',
  'yr',
  'ys',
  'yt',
  'yu',
  'yv',
  'yw',
  'yx',
  'yy',
  'yz',
  'xa',
  'xb',
  'xc',
  'xd',
  'xe',
  'xf',
  'xg',
  'xh',
  'xi',
  'xj',
  'xk',
  'xl',
  'xm',
  'xn',
  'xo',
  'xp',
  'xq',
  'xr',
  'xs',
  'xt',
  'xu',
  'xv',
  'xw',
  'xx',
  'xy',
  'xz',
  'wa',
  'wb',
  'wc',
  'wd',
  'we',
  'wf',
  'wg',
  'wh',
  'wi',
  'wj',
  'wk',
  'wl',
  'wm',
  'wn',
  'wo',
  'wp',
  'wq',
  'wr',
  'ws',
  'wt',
  'wu',
  'wv',
  'ww',
  'wx',
  'wy',
  'wz',
  'va',
  'vb',
  'vc',
  'vd',
  've',
  'vf',
  'vg',
  'vh',
  'vi',
  'vj',
  'vk',
  'vl',
  'vm',
  'vn',
  'vo',
  'vp',
  'vq',
  'vr',
  'vs',
  'vt',
  'vu',
  'vv',
  'vw',
  'vx',
  'vy',
  'vz',
  'ua',
  'ub',
  'uc',
  'ud',
  'ue',
  'uf',
  'ug',
  'uh',
  'ui',
  'uj',
  'uk',
  'ul',
  'um',
  'un',
  'uo',
  'up',
  'uq',
  'ur',
  'us',
  'ut',
  'uu',
  'uv',
  'uw',
  'ux',
  'uy',
  'uz',
  'ta',
  'tb',
  'tc',
  'td',
  'te',
  'tf',
  'tg',
  'th',
  'ti',
  'tj',
  'tk',
  'tl',
  'tm',
  'tn',
  'tp',
  'tq',
  'tr',
  'ts',
  'tt',
  'tu',
  'tv',
  'tw',
  'tx',
  'ty',
  'tz',
  'sa',
  'sb',
  'sc',
  'sd',
  'se',
  'sf',
  'sg',
  'sh',
  'si',
  'sj',
  'sk',
  'sl',
  'sm'
]
/** The texts no scorer of a part's reading may have seen: that part and every part written after it. */
const since = (part: string): RegExp => new RegExp(`^(?:${WRITTEN.slice(WRITTEN.indexOf(part)).join('|')})-`)

/**
 * The held-back parts scored once against rules never tuned on them, with
 * the commit of those rules and the texts a scorer could have been trained on
 * then (since: the part itself and every later part left out).
 */
const HISTORY: { part: RegExp; rules: string; unseen: RegExp; scorer?: string; unscored?: string[] }[] = [
  { part: /^b-/, rules: '52ddd56', unseen: since('b') },
  { part: /^e-/, rules: 'bb66e6d', unseen: since('e') },
  { part: /^g-/, rules: '0a74e7e', unseen: since('g') },
  { part: /^h-/, rules: '4af0773', unseen: since('h') },
  { part: /^i-/, rules: '6aae1b0', unseen: since('i') },
  { part: /^j-/, rules: '25e23b4', unseen: since('j') },
  // Scored with the weights then shipped (trained at afb5810 on dev without k-), replayed from git as well.
  { part: /^k-/, rules: '7bbf6b2', unseen: since('k'), scorer: 'afb5810' },
  // Scored with the rules and weights of cd44b62 (trained on dev with k-, without l-).
  { part: /^l-/, rules: 'cd44b62', unseen: since('l'), scorer: 'cd44b62' },
  // Written together and scored together with the rules and weights of 88b8bd2 (trained on dev with l-, without m-
  // and n-); each is listed on its own. m-57 and m-78 went to development unscored (their page was i-37's).
  { part: /^m-/, rules: '88b8bd2', unseen: since('m'), scorer: '88b8bd2', unscored: ['m-57', 'm-78'] },
  { part: /^n-/, rules: '88b8bd2', unseen: since('m'), scorer: '88b8bd2' },
  // Written for development, but read once before any rule was changed for them, with the rules and weights of ad1c75e
  // (trained without m- and n-): as blind as a held-back part. The scorer here is trained without them and o- and p-.
  { part: /^q-/, rules: 'ad1c75e', unseen: since('q'), scorer: 'ad1c75e' },
  { part: /^r-/, rules: 'ad1c75e', unseen: since('q'), scorer: 'ad1c75e' },
  // Written together and scored together at d5c3f55 with the rules and weights of f3e65fe (trained on dev with m-, n-,
  // q- and r-, without o- and p-); each is listed on its own.
  { part: /^o-/, rules: 'f3e65fe', unseen: since('o'), scorer: 'f3e65fe' },
  { part: /^p-/, rules: 'f3e65fe', unseen: since('o'), scorer: 'f3e65fe' },
  // Written together and scored together at 6200c62 with the rules and weights of cf6fecd (trained on dev with o- and p-,
  // without s- and t-) and the combination --stack chose on b- to p-; each is listed on its own.
  { part: /^s-/, rules: 'cf6fecd', unseen: since('s'), scorer: 'cf6fecd' },
  { part: /^t-/, rules: 'cf6fecd', unseen: since('s'), scorer: 'cf6fecd' },
  // Written together and scored together at fe289ee with the rules and weights of 091c7ac (trained on dev with s- and t-,
  // without u- and v-) and the combination --stack chose on b- to t-; each is listed on its own.
  { part: /^u-/, rules: '091c7ac', unseen: since('u'), scorer: '091c7ac' },
  { part: /^v-/, rules: '091c7ac', unseen: since('u'), scorer: '091c7ac' },
  // Written blind (w- and x- with u- and v-, y- and z- while the rules were tuned on them) and scored together at aed65d1
  // with the rules and weights of efc83ae (trained on dev with u- and v-, without w- to z-) and the combination --stack
  // chose on b- to v-; each is listed on its own. w-17, w-55 and w-99 went to development unscored (their pages were
  // v-'s). The part patterns end in "-", so z- is never read as za- or zb-.
  { part: /^w-/, rules: 'efc83ae', unseen: since('w'), scorer: 'efc83ae', unscored: ['w-17', 'w-55', 'w-99'] },
  { part: /^x-/, rules: 'efc83ae', unseen: since('w'), scorer: 'efc83ae' },
  { part: /^y-/, rules: 'efc83ae', unseen: since('w'), scorer: 'efc83ae' },
  { part: /^z-/, rules: 'efc83ae', unseen: since('w'), scorer: 'efc83ae' },
  // Written blind while the rules were tuned on w- to z-, and scored together at d505988 with the rules and weights of
  // 57082d6 (trained on dev with w- to z-, without za- and zb-) and the combination --stack chose on b- to v-; each is
  // listed on its own.
  { part: /^za-/, rules: '57082d6', unseen: since('za'), scorer: '57082d6' },
  { part: /^zb-/, rules: '57082d6', unseen: since('za'), scorer: '57082d6' },
  // Written blind (zc- and zd- while the rules were tuned on za- and zb-, ze- and zf- after) and scored together at
  // d781adb with the rules and weights of f040cc2 (trained on dev with za- and zb-, without zc- to zf-) and the
  // combination --stack chose; each is listed on its own. The eight texts that retell a page or case an earlier part used
  // went to development unscored.
  { part: /^zc-/, rules: 'f040cc2', unseen: since('zc'), scorer: 'f040cc2', unscored: ['zc-10', 'zc-20'] },
  { part: /^zd-/, rules: 'f040cc2', unseen: since('zc'), scorer: 'f040cc2', unscored: ['zd-38', 'zd-39', 'zd-65'] },
  { part: /^ze-/, rules: 'f040cc2', unseen: since('zc'), scorer: 'f040cc2', unscored: ['ze-31', 'ze-84'] },
  { part: /^zf-/, rules: 'f040cc2', unseen: since('zc'), scorer: 'f040cc2', unscored: ['zf-60'] },
  // Written blind by four writers while a tuning round ran on development texts, and scored together at d2d67a8 with the
  // rules and weights of 4fe177f (trained on dev with zc- to zf-, without zg- to zj-) and the combination --stack chose;
  // each is listed on its own. zg-57 and zh-12 retell a page an earlier part used and went to development unscored.
  { part: /^zg-/, rules: '4fe177f', unseen: since('zg'), scorer: '4fe177f', unscored: ['zg-57'] },
  { part: /^zh-/, rules: '4fe177f', unseen: since('zg'), scorer: '4fe177f', unscored: ['zh-12'] },
  { part: /^zi-/, rules: '4fe177f', unseen: since('zg'), scorer: '4fe177f' },
  { part: /^zj-/, rules: '4fe177f', unseen: since('zg'), scorer: '4fe177f' },
  // Written blind by three writers while the third tuning round ran, and scored together at cf601ac with the rules of
  // 4dd0340 and the weights it shipped (those of 4fe177f, trained without zg- to zm-) and the combination --stack chose;
  // each is listed on its own. zl-11 retells a judgment zh-36 used and went to development unscored.
  { part: /^zk-/, rules: '4dd0340', unseen: since('zk'), scorer: '4dd0340' },
  { part: /^zl-/, rules: '4dd0340', unseen: since('zk'), scorer: '4dd0340', unscored: ['zl-11'] },
  { part: /^zm-/, rules: '4dd0340', unseen: since('zk'), scorer: '4dd0340' },
  // Written blind by three writers before the fifth tuning round, and scored together at 56b46b5 with the rules and weights
  // of f0af332 (a0c6f65's: trained on dev with zg- to zj-, without zk- to zp-) and the combination --stack chose; each is
  // listed on its own. zo-51, zp-20 and zp-49 retell a page an earlier part used and went to development unscored.
  { part: /^zn-/, rules: 'f0af332', unseen: since('zn'), scorer: 'f0af332' },
  { part: /^zo-/, rules: 'f0af332', unseen: since('zn'), scorer: 'f0af332', unscored: ['zo-51'] },
  { part: /^zp-/, rules: 'f0af332', unseen: since('zn'), scorer: 'f0af332', unscored: ['zp-20', 'zp-49'] },
  // Written blind by three writers while the sixth tuning round ran, and scored together at 1245109 with the rules and
  // weights of 98ad5e5 (68c8247's: trained on dev with zk- to zm-, without zn- to zs-) and the combination --stack chose;
  // each is listed on its own. zr-15 and zs-40 retell a page an earlier part used and went to development unscored.
  { part: /^zq-/, rules: '98ad5e5', unseen: since('zq'), scorer: '98ad5e5' },
  { part: /^zr-/, rules: '98ad5e5', unseen: since('zq'), scorer: '98ad5e5', unscored: ['zr-15'] },
  { part: /^zs-/, rules: '98ad5e5', unseen: since('zq'), scorer: '98ad5e5', unscored: ['zs-40'] },
  // Written blind by three writers before the seventh tuning round, and scored together at f9b4799 with the rules of
  // 60bba9a and the weights shipped there (d36f228's: trained on dev with zn- to zp-, without zq- to zv-) and the
  // combination --stack chose; each is listed on its own. zu-37 and zv-43 retell a page an earlier part used and went to
  // development unscored.
  { part: /^zt-/, rules: '60bba9a', unseen: since('zt'), scorer: '60bba9a' },
  { part: /^zu-/, rules: '60bba9a', unseen: since('zt'), scorer: '60bba9a', unscored: ['zu-37'] },
  { part: /^zv-/, rules: '60bba9a', unseen: since('zt'), scorer: '60bba9a', unscored: ['zv-43'] },
  // Written blind by two writers while the eighth tuning round ran, and scored together at 0d7fb2c with the engine of
  // 80c5e5d (the seventh round's rules with the scorer's own lift) and the weights shipped there (7ba5890's: trained on
  // dev with zq- to zs-, without zt- to zx-); each is listed on its own. None retells a page an earlier part used.
  { part: /^zw-/, rules: '80c5e5d', unseen: since('zw'), scorer: '80c5e5d' },
  { part: /^zx-/, rules: '80c5e5d', unseen: since('zw'), scorer: '80c5e5d' },
  // Written blind by two writers while the caution reading was built, and scored together at 8996d75 with the engine of
  // 170d31f and the weights shipped there (d394fe9's: trained on dev with zt- to zv-, without zw- to zz-); each is listed
  // on its own. None retells a page an earlier part used.
  { part: /^zy-/, rules: '170d31f', unseen: since('zy'), scorer: '170d31f' },
  { part: /^zz-/, rules: '170d31f', unseen: since('zy'), scorer: '170d31f' },
  // Written blind by three writers while zy- and zz- were tuned on, and scored together at 001d37b with the engine of
  // 5a35b1a and the weights shipped there (d394fe9's: trained on dev with zt- to zv-, without zw- to zzc-); each is listed
  // on its own. zzc-28 retells an article zy-34 used (republished under another id) and went to development unscored.
  { part: /^zza-/, rules: '5a35b1a', unseen: since('zza'), scorer: '5a35b1a' },
  { part: /^zzb-/, rules: '5a35b1a', unseen: since('zza'), scorer: '5a35b1a' },
  { part: /^zzc-/, rules: '5a35b1a', unseen: since('zza'), scorer: '5a35b1a', unscored: ['zzc-28'] },
  // Written blind by three writers while zza- to zzc- were tuned on, and scored together at 63a11f6 with the engine of
  // 3400d2f and the weights shipped there (d394fe9's, trained with zt- to zv-, without zw- to zzf-); each is listed on its own. zzf-3, zzf-21
  // and zzf-48 retell a case, an article and a product zzc- used and went to development unscored.
  { part: /^zzd-/, rules: '3400d2f', unseen: since('zzd'), scorer: '3400d2f' },
  { part: /^zze-/, rules: '3400d2f', unseen: since('zzd'), scorer: '3400d2f' },
  { part: /^zzf-/, rules: '3400d2f', unseen: since('zzd'), scorer: '3400d2f', unscored: ['zzf-3', 'zzf-21', 'zzf-48'] },
  // Written blind by three writers while zzd- to zzf- were tuned on, and scored together at 455b365 with the engine of
  // afe1d79 and the weights shipped there (d394fe9's, trained with zt- to zv-, without zw- to zzi-); each is listed on its own. zzg-38 and
  // zzi-47 retell a notice and an article earlier parts used and went to development unscored.
  { part: /^zzg-/, rules: 'afe1d79', unseen: since('zzg'), scorer: 'afe1d79', unscored: ['zzg-38'] },
  { part: /^zzh-/, rules: 'afe1d79', unseen: since('zzg'), scorer: 'afe1d79' },
  { part: /^zzi-/, rules: 'afe1d79', unseen: since('zzg'), scorer: 'afe1d79', unscored: ['zzi-47'] },
  // Written blind by three writers while zzg- to zzi- were tuned on, and scored together at a165e35 with the engine of
  // 3a16eb4 and the weights shipped there (d394fe9's, trained with zt- to zv-, without zw- to zzl-); each is listed on its own. zzj-15, zzj-50,
  // zzj-53 and zzl-30 retell a story, a product, cases and a notice earlier parts used and went to development unscored.
  { part: /^zzj-/, rules: '3a16eb4', unseen: since('zzj'), scorer: '3a16eb4', unscored: ['zzj-15', 'zzj-50', 'zzj-53'] },
  { part: /^zzk-/, rules: '3a16eb4', unseen: since('zzj'), scorer: '3a16eb4' },
  { part: /^zzl-/, rules: '3a16eb4', unseen: since('zzj'), scorer: '3a16eb4', unscored: ['zzl-30'] },
  // Written blind by two writers while zzj- to zzl- were tuned on, and scored together at 557b0ea with the engine of 7018a0e
  // and the weights shipped there (d394fe9's, trained with zt- to zv-, without zw- to zzn-); each is listed on its own. Eleven zzn- texts retell
  // articles earlier parts used (the dataset read at another commit) and went to development unscored.
  { part: /^zzm-/, rules: '7018a0e', unseen: since('zzm'), scorer: '7018a0e' },
  {
    part: /^zzn-/,
    rules: '7018a0e',
    unseen: since('zzm'),
    scorer: '7018a0e',
    unscored: ['zzn-3', 'zzn-4', 'zzn-7', 'zzn-12', 'zzn-20', 'zzn-21', 'zzn-22', 'zzn-23', 'zzn-26', 'zzn-33', 'zzn-47']
  },
  // Written blind by two writers after zzm- and zzn- were scored, and scored together at d93fc66 with the engine of 7018a0e
  // and the weights shipped there (d394fe9's, trained with zt- to zv-, without zw- to zzp-); each is listed on its own. zzo-9, zzo-44, zzp-7
  // and zzp-44 retell a judgment, a notice, a quiz and an article earlier parts used and went to development unscored.
  { part: /^zzo-/, rules: '7018a0e', unseen: since('zzo'), scorer: '7018a0e', unscored: ['zzo-9', 'zzo-44'] },
  { part: /^zzp-/, rules: '7018a0e', unseen: since('zzo'), scorer: '7018a0e', unscored: ['zzp-7', 'zzp-44'] },
  // Written blind by three writers after zzo- and zzp- were scored, and scored together at 275b34e with the engine of bea8e8b
  // and the weights shipped there (d394fe9's, trained with zt- to zv-, without zw- to zzs-); each is listed on its own. zzq-7 quotes the
  // 条例's definition b-domain-36 quotes, zzq-14 retells r-54's pitch: they went to development unscored.
  { part: /^zzq-/, rules: 'bea8e8b', unseen: since('zzq'), scorer: 'bea8e8b', unscored: ['zzq-7', 'zzq-14'] },
  { part: /^zzr-/, rules: 'bea8e8b', unseen: since('zzq'), scorer: 'bea8e8b' },
  { part: /^zzs-/, rules: 'bea8e8b', unseen: since('zzq'), scorer: 'bea8e8b' },
  // Written blind by four writers after zzq- to zzs- were scored, each from a stretch of one dataset of real 2019 posts, and
  // scored together at 917b490 with the engine of bea8e8b and the weights shipped there (d394fe9's, trained with zt- to zv-, without zw- to
  // zzw-); each is listed on its own. zzv-36 is a file's own mock-up; zzv-39 and zzw-26, -27, -38 and -41 retell rows or ads
  // other texts retold: they went to development unscored.
  { part: /^zzt-/, rules: 'bea8e8b', unseen: since('zzt'), scorer: 'bea8e8b' },
  { part: /^zzu-/, rules: 'bea8e8b', unseen: since('zzt'), scorer: 'bea8e8b' },
  { part: /^zzv-/, rules: 'bea8e8b', unseen: since('zzt'), scorer: 'bea8e8b', unscored: ['zzv-36', 'zzv-39'] },
  { part: /^zzw-/, rules: 'bea8e8b', unseen: since('zzt'), scorer: 'bea8e8b', unscored: ['zzw-26', 'zzw-27', 'zzw-38', 'zzw-41'] },
  // Written blind by three writers after zzt- to zzw- were scored, from the rest of the same dataset, and scored together at
  // 5e3c959 with the engine of bea8e8b and the weights shipped there (d394fe9's, trained with zt- to zv-, without zw- to zzz-); each is listed
  // on its own. Twelve retell articles other texts retold (the dataset holds many twice) and went to development unscored.
  { part: /^zzx-/, rules: 'bea8e8b', unseen: since('zzx'), scorer: 'bea8e8b', unscored: ['zzx-14', 'zzx-43'] },
  { part: /^zzy-/, rules: 'bea8e8b', unseen: since('zzx'), scorer: 'bea8e8b', unscored: ['zzy-3', 'zzy-18', 'zzy-48', 'zzy-61'] },
  { part: /^zzz-/, rules: 'bea8e8b', unseen: since('zzx'), scorer: 'bea8e8b', unscored: ['zzz-12', 'zzz-15', 'zzz-18', 'zzz-24', 'zzz-46', 'zzz-51'] },
  // Written blind by five writers after zzx- to zzz- were scored, from unused rows of the same dataset, and scored together at
  // 8e9eabe with the engine of b83b1b0 and the weights shipped there (d394fe9's, trained with zt- to zv-, without zw- to zzze-); each is listed
  // on its own. 25 retell a scheme, a product or an event other texts retold and went to development unscored.
  { part: /^zzza-/, rules: 'b83b1b0', unseen: since('zzza'), scorer: 'b83b1b0', unscored: ['zzza-19', 'zzza-20'] },
  { part: /^zzzb-/, rules: 'b83b1b0', unseen: since('zzza'), scorer: 'b83b1b0', unscored: ['zzzb-28'] },
  { part: /^zzzc-/, rules: 'b83b1b0', unseen: since('zzza'), scorer: 'b83b1b0' },
  { part: /^zzzd-/, rules: 'b83b1b0', unseen: since('zzza'), scorer: 'b83b1b0', unscored: ['zzzd-7', 'zzzd-9', 'zzzd-18', 'zzzd-21', 'zzzd-22', 'zzzd-23', 'zzzd-26'] },
  {
    part: /^zzze-/,
    rules: 'b83b1b0',
    unseen: since('zzza'),
    scorer: 'b83b1b0',
    unscored: ['zzze-8', 'zzze-9', 'zzze-13', 'zzze-15', 'zzze-18', 'zzze-19', 'zzze-22', 'zzze-24', 'zzze-26', 'zzze-27', 'zzze-32', 'zzze-42', 'zzze-45', 'zzze-57', 'zzze-59']
  },
  // Written blind by three writers after zzza- to zzze- were scored, from the last unused rows of the same dataset, and scored
  // together at c6d71dd with the engine of b83b1b0 and the weights shipped there (d394fe9's); each is listed on
  // its own. zzzg-2 and zzzh-5 retell schemes other texts retold and went to development unscored.
  { part: /^zzzf-/, rules: 'b83b1b0', unseen: since('zzzf'), scorer: 'b83b1b0' },
  { part: /^zzzg-/, rules: 'b83b1b0', unseen: since('zzzf'), scorer: 'b83b1b0', unscored: ['zzzg-2'] },
  { part: /^zzzh-/, rules: 'b83b1b0', unseen: since('zzzf'), scorer: 'b83b1b0', unscored: ['zzzh-5'] },
  // Written blind by three writers after zzzf- to zzzh- were scored, from sources no part used (unread folders of a
  // finance-articles collection, finance apps' own texts in code repositories, anti-fraud case and quiz banks), and scored
  // together at e83766c with the engine of b83b1b0 and the weights shipped there (d394fe9's); each is listed on its own.
  // 19 retell a case or a product other texts retold and went to development unscored.
  { part: /^zzzi-/, rules: 'b83b1b0', unseen: since('zzzi'), scorer: 'b83b1b0' },
  {
    part: /^zzzj-/,
    rules: 'b83b1b0',
    unseen: since('zzzi'),
    scorer: 'b83b1b0',
    unscored: ['zzzj-25', 'zzzj-26', 'zzzj-27', 'zzzj-28', 'zzzj-29', 'zzzj-30', 'zzzj-31', 'zzzj-32', 'zzzj-33', 'zzzj-34', 'zzzj-38', 'zzzj-39', 'zzzj-40', 'zzzj-45', 'zzzj-46', 'zzzj-47']
  },
  { part: /^zzzk-/, rules: 'b83b1b0', unseen: since('zzzi'), scorer: 'b83b1b0', unscored: ['zzzk-16', 'zzzk-17', 'zzzk-18'] },
  // Written blind by two writers after zzzi- to zzzk- were scored, from the unused half of a news data file of fundraising
  // articles, and scored together at 912e22b with the engine of b83b1b0 and the weights shipped there (d394fe9's); each is
  // listed on its own. 13 retell a case, a notice or a standard outreach text other texts retold and went to development unscored.
  { part: /^zzzl-/, rules: 'b83b1b0', unseen: since('zzzl'), scorer: 'b83b1b0', unscored: ['zzzl-3', 'zzzl-4', 'zzzl-32'] },
  {
    part: /^zzzm-/,
    rules: 'b83b1b0',
    unseen: since('zzzl'),
    scorer: 'b83b1b0',
    unscored: ['zzzm-3', 'zzzm-14', 'zzzm-17', 'zzzm-19', 'zzzm-22', 'zzzm-24', 'zzzm-27', 'zzzm-33', 'zzzm-38', 'zzzm-40']
  },
  // Written blind by two writers after zzzl- and zzzm- were scored and after LENDING_PLATFORM (792981a), from P2P platforms'
  // own pages and licensed products' texts in code repositories, and scored together at 17e0026 with the engine of 792981a
  // and the weights shipped there (d394fe9's); each is listed on its own. 11 repeat a source, product or case other texts
  // used and went to development unscored.
  {
    part: /^zzzn-/,
    rules: '792981a',
    unseen: since('zzzn'),
    scorer: '792981a',
    unscored: ['zzzn-26', 'zzzn-32', 'zzzn-36', 'zzzn-38', 'zzzn-44', 'zzzn-45', 'zzzn-46', 'zzzn-47', 'zzzn-49', 'zzzn-50']
  },
  { part: /^zzzo-/, rules: '792981a', unseen: since('zzzn'), scorer: '792981a', unscored: ['zzzo-1'] },
  // Written blind by three writers after zzzn- and zzzo- were scored and after lending_platform (5990578), from legal
  // datasets, app-store descriptions and a financial-news event set, and fraud datasets, and scored together at 6ac3bd3 with
  // the engine of 5990578 and the weights shipped there (d394fe9's); each is listed on its own. 17 repeat a case or a
  // standard legal text other texts used and went to development unscored.
  { part: /^zzzp-/, rules: '5990578', unseen: since('zzzp'), scorer: '5990578', unscored: ['zzzp-18', 'zzzp-28', 'zzzp-33', 'zzzp-34'] },
  { part: /^zzzq-/, rules: '5990578', unseen: since('zzzp'), scorer: '5990578', unscored: ['zzzq-32', 'zzzq-35', 'zzzq-36', 'zzzq-38', 'zzzq-39'] },
  {
    part: /^zzzr-/,
    rules: '5990578',
    unseen: since('zzzp'),
    scorer: '5990578',
    unscored: ['zzzr-3', 'zzzr-5', 'zzzr-21', 'zzzr-23', 'zzzr-34', 'zzzr-37', 'zzzr-41', 'zzzr-43']
  },
  // Written blind by three writers after zzzp- to zzzr- were scored and after PLEDGED_RATE and PERSONAL_LOAN (3b756cc), from
  // legal datasets, app-store descriptions and a fraud dataset's reports, and scored together at 911916e with the engine of
  // 3b756cc and the weights shipped there (d394fe9's); each is listed on its own. 34 repeat a source, case, product or
  // standard scheme script other texts used and went to development unscored.
  { part: /^zzzs-/, rules: '3b756cc', unseen: since('zzzs'), scorer: '3b756cc', unscored: ['zzzs-11', 'zzzs-44', 'zzzs-46'] },
  { part: /^zzzt-/, rules: '3b756cc', unseen: since('zzzs'), scorer: '3b756cc', unscored: ['zzzt-4', 'zzzt-6', 'zzzt-15', 'zzzt-16', 'zzzt-34', 'zzzt-51'] },
  {
    part: /^zzzu-/,
    rules: '3b756cc',
    unseen: since('zzzs'),
    scorer: '3b756cc',
    unscored: [
      'zzzu-10',
      'zzzu-11',
      'zzzu-12',
      'zzzu-13',
      'zzzu-14',
      'zzzu-19',
      'zzzu-20',
      'zzzu-21',
      'zzzu-23',
      'zzzu-25',
      'zzzu-26',
      'zzzu-29',
      'zzzu-30',
      'zzzu-31',
      'zzzu-35',
      'zzzu-36',
      'zzzu-37',
      'zzzu-40',
      'zzzu-42',
      'zzzu-44',
      'zzzu-45',
      'zzzu-46',
      'zzzu-51',
      'zzzu-52',
      'zzzu-55'
    ]
  },
  // Written blind by three writers after zzzs- to zzzu- were scored and after the fund and lending-licence changes (0b7ccd4),
  // from court findings and civil lending judgments, finance texts in code, and a legal LLM's law articles, and scored
  // together at 060d111 with the engine of 0b7ccd4 and the weights shipped there (d394fe9's); each is listed on its own. 15
  // went to development unscored: beyond two texts a source, or a repeat.
  { part: /^zzzv-/, rules: '0b7ccd4', unseen: since('zzzv'), scorer: '0b7ccd4', unscored: ['zzzv-48'] },
  {
    part: /^zzzw-/,
    rules: '0b7ccd4',
    unseen: since('zzzv'),
    scorer: '0b7ccd4',
    unscored: ['zzzw-3', 'zzzw-4', 'zzzw-5', 'zzzw-6', 'zzzw-7', 'zzzw-8', 'zzzw-33', 'zzzw-30', 'zzzw-31', 'zzzw-32', 'zzzw-47', 'zzzw-48']
  },
  { part: /^zzzx-/, rules: '0b7ccd4', unseen: since('zzzv'), scorer: '0b7ccd4', unscored: ['zzzx-1', 'zzzx-2'] },
  // Written blind by two writers after zzzv- to zzzx- were scored and after CIVIL_SUIT read 贷款纠纷 (878d844), aimed at
  // licensed products and warnings, from CAIL2019's civil cases and finance texts in code, and scored together at f4a3478
  // with the engine of 878d844 and the weights shipped there (d394fe9's); each is listed on its own. 12 repeat a product,
  // case, standard text or scheme script other texts used and went to development unscored.
  { part: /^zzzy-/, rules: '878d844', unseen: since('zzzy'), scorer: '878d844', unscored: ['zzzy-2', 'zzzy-9', 'zzzy-10', 'zzzy-12', 'zzzy-13', 'zzzy-15', 'zzzy-17'] },
  { part: /^zzzz-/, rules: '878d844', unseen: since('zzzy'), scorer: '878d844', unscored: ['zzzz-14', 'zzzz-24', 'zzzz-27', 'zzzz-44', 'zzzz-51'] },
  // Written blind by six writers after zzzy- and zzzz- were scored and after LOAN_PAPER and a bank's own launch (d30a526),
  // from news digests and archives, law collections, a P2P directory's database, finance benchmarks, fintech and bank sites
  // and a forum's archive, and scored together at d4d7865 with the engine of d30a526 and the weights shipped there
  // (d394fe9's); each is listed on its own. 101 repeat a case, platform, product or standard text and went unscored.
  {
    part: /^zzzza-/,
    rules: 'd30a526',
    unseen: since('zzzza'),
    scorer: 'd30a526',
    unscored: [
      'zzzza-8',
      'zzzza-12',
      'zzzza-19',
      'zzzza-24',
      'zzzza-25',
      'zzzza-26',
      'zzzza-34',
      'zzzza-38',
      'zzzza-42',
      'zzzza-45',
      'zzzza-46',
      'zzzza-49',
      'zzzza-51',
      'zzzza-52',
      'zzzza-53',
      'zzzza-54'
    ]
  },
  {
    part: /^zzzzb-/,
    rules: 'd30a526',
    unseen: since('zzzza'),
    scorer: 'd30a526',
    unscored: [
      'zzzzb-1',
      'zzzzb-2',
      'zzzzb-5',
      'zzzzb-6',
      'zzzzb-7',
      'zzzzb-8',
      'zzzzb-9',
      'zzzzb-10',
      'zzzzb-11',
      'zzzzb-12',
      'zzzzb-13',
      'zzzzb-14',
      'zzzzb-15',
      'zzzzb-16',
      'zzzzb-18',
      'zzzzb-21',
      'zzzzb-25',
      'zzzzb-26',
      'zzzzb-27',
      'zzzzb-28',
      'zzzzb-29',
      'zzzzb-30',
      'zzzzb-31',
      'zzzzb-32',
      'zzzzb-33',
      'zzzzb-35',
      'zzzzb-39',
      'zzzzb-40',
      'zzzzb-41',
      'zzzzb-42',
      'zzzzb-43',
      'zzzzb-45',
      'zzzzb-46',
      'zzzzb-47',
      'zzzzb-48',
      'zzzzb-49',
      'zzzzb-50'
    ]
  },
  {
    part: /^zzzzc-/,
    rules: 'd30a526',
    unseen: since('zzzza'),
    scorer: 'd30a526',
    unscored: ['zzzzc-1', 'zzzzc-2', 'zzzzc-3', 'zzzzc-4', 'zzzzc-5', 'zzzzc-6', 'zzzzc-8', 'zzzzc-43', 'zzzzc-47', 'zzzzc-49']
  },
  {
    part: /^zzzzd-/,
    rules: 'd30a526',
    unseen: since('zzzza'),
    scorer: 'd30a526',
    unscored: [
      'zzzzd-4',
      'zzzzd-5',
      'zzzzd-8',
      'zzzzd-9',
      'zzzzd-10',
      'zzzzd-11',
      'zzzzd-12',
      'zzzzd-13',
      'zzzzd-14',
      'zzzzd-15',
      'zzzzd-16',
      'zzzzd-17',
      'zzzzd-19',
      'zzzzd-20',
      'zzzzd-27',
      'zzzzd-28',
      'zzzzd-29',
      'zzzzd-38',
      'zzzzd-40',
      'zzzzd-41',
      'zzzzd-42',
      'zzzzd-45',
      'zzzzd-49',
      'zzzzd-50'
    ]
  },
  { part: /^zzzze-/, rules: 'd30a526', unseen: since('zzzza'), scorer: 'd30a526', unscored: ['zzzze-15', 'zzzze-16', 'zzzze-20', 'zzzze-21', 'zzzze-24', 'zzzze-33', 'zzzze-38', 'zzzze-41'] },
  { part: /^zzzzf-/, rules: 'd30a526', unseen: since('zzzza'), scorer: 'd30a526', unscored: ['zzzzf-8', 'zzzzf-20', 'zzzzf-23', 'zzzzf-24', 'zzzzf-26', 'zzzzf-30'] },
  // Written blind by four writers after zzzza- to zzzzf- were scored and after four readings of them (638bf21), from a
  // forum's threads, a podcast's transcripts, a Hong Kong news archive and the P2P database, and scored together at 92cf43d
  // with the engine of 638bf21 and the weights shipped there; 80 repeats, or texts carrying figures or advice their source
  // lacks, went unscored.
  {
    part: /^zzzzg-/,
    rules: '638bf21',
    unseen: since('zzzzg'),
    scorer: '638bf21',
    unscored: [
      'zzzzg-1',
      'zzzzg-2',
      'zzzzg-4',
      'zzzzg-5',
      'zzzzg-13',
      'zzzzg-18',
      'zzzzg-19',
      'zzzzg-20',
      'zzzzg-22',
      'zzzzg-23',
      'zzzzg-27',
      'zzzzg-32',
      'zzzzg-36',
      'zzzzg-38',
      'zzzzg-39',
      'zzzzg-41',
      'zzzzg-43',
      'zzzzg-44',
      'zzzzg-48',
      'zzzzg-49'
    ]
  },
  {
    part: /^zzzzh-/,
    rules: '638bf21',
    unseen: since('zzzzg'),
    scorer: '638bf21',
    unscored: [
      'zzzzh-1',
      'zzzzh-2',
      'zzzzh-3',
      'zzzzh-4',
      'zzzzh-5',
      'zzzzh-6',
      'zzzzh-7',
      'zzzzh-8',
      'zzzzh-11',
      'zzzzh-12',
      'zzzzh-13',
      'zzzzh-14',
      'zzzzh-16',
      'zzzzh-18',
      'zzzzh-20',
      'zzzzh-24',
      'zzzzh-27',
      'zzzzh-37',
      'zzzzh-39',
      'zzzzh-40',
      'zzzzh-41',
      'zzzzh-48',
      'zzzzh-49',
      'zzzzh-50'
    ]
  },
  {
    part: /^zzzzi-/,
    rules: '638bf21',
    unseen: since('zzzzg'),
    scorer: '638bf21',
    unscored: [
      'zzzzi-1',
      'zzzzi-2',
      'zzzzi-3',
      'zzzzi-4',
      'zzzzi-8',
      'zzzzi-9',
      'zzzzi-12',
      'zzzzi-17',
      'zzzzi-18',
      'zzzzi-21',
      'zzzzi-22',
      'zzzzi-23',
      'zzzzi-26',
      'zzzzi-27',
      'zzzzi-31',
      'zzzzi-32',
      'zzzzi-34',
      'zzzzi-35',
      'zzzzi-36',
      'zzzzi-40',
      'zzzzi-41',
      'zzzzi-42',
      'zzzzi-43',
      'zzzzi-49',
      'zzzzi-50'
    ]
  },
  {
    part: /^zzzzj-/,
    rules: '638bf21',
    unseen: since('zzzzg'),
    scorer: '638bf21',
    unscored: ['zzzzj-1', 'zzzzj-3', 'zzzzj-9', 'zzzzj-10', 'zzzzj-23', 'zzzzj-33', 'zzzzj-34', 'zzzzj-36', 'zzzzj-38', 'zzzzj-39', 'zzzzj-50']
  },
  // Written blind by four writers after zzzzg- to zzzzj- were scored and after SCORER_CASE 2.5 (82cd3c6), from the same
  // sources' unclaimed threads, files and rows, and scored together at b1a0e90 with the engine of 82cd3c6; 30 repeats went
  // unscored.
  { part: /^zzzzk-/, rules: '82cd3c6', unseen: since('zzzzk'), scorer: '82cd3c6', unscored: ['zzzzk-19', 'zzzzk-20', 'zzzzk-21'] },
  { part: /^zzzzl-/, rules: '82cd3c6', unseen: since('zzzzk'), scorer: '82cd3c6', unscored: ['zzzzl-1', 'zzzzl-2', 'zzzzl-16', 'zzzzl-28', 'zzzzl-33'] },
  { part: /^zzzzm-/, rules: '82cd3c6', unseen: since('zzzzk'), scorer: '82cd3c6', unscored: ['zzzzm-13', 'zzzzm-14'] },
  {
    part: /^zzzzn-/,
    rules: '82cd3c6',
    unseen: since('zzzzk'),
    scorer: '82cd3c6',
    unscored: [
      'zzzzn-1',
      'zzzzn-2',
      'zzzzn-3',
      'zzzzn-4',
      'zzzzn-6',
      'zzzzn-8',
      'zzzzn-10',
      'zzzzn-11',
      'zzzzn-12',
      'zzzzn-16',
      'zzzzn-17',
      'zzzzn-24',
      'zzzzn-28',
      'zzzzn-29',
      'zzzzn-30',
      'zzzzn-35',
      'zzzzn-36',
      'zzzzn-37',
      'zzzzn-39',
      'zzzzn-47'
    ]
  },
  // Written blind by four writers after zzzzk- to zzzzn- were scored and after b989586, from texts in code found by phrase,
  // blogs, a Zhihu archive and demo data, and scored at e2213ee with the engine of b989586 (52 texts: recorded and moved to
  // development in that one commit); 14 repeats went unscored.
  { part: /^zzzzo-/, rules: 'b989586', unseen: since('zzzzo'), scorer: 'b989586', unscored: ['zzzzo-2', 'zzzzo-6'] },
  { part: /^zzzzp-/, rules: 'b989586', unseen: since('zzzzo'), scorer: 'b989586', unscored: ['zzzzp-1', 'zzzzp-2', 'zzzzp-6'] },
  { part: /^zzzzq-/, rules: 'b989586', unseen: since('zzzzo'), scorer: 'b989586', unscored: ['zzzzq-2', 'zzzzq-13', 'zzzzq-15', 'zzzzq-16', 'zzzzq-20'] },
  { part: /^zzzzr-/, rules: 'b989586', unseen: since('zzzzo'), scorer: 'b989586', unscored: ['zzzzr-12', 'zzzzr-13', 'zzzzr-14', 'zzzzr-18'] },
  // Written blind by four writers, one topic each (old people's money, rural money, shares and tokens, consumption and
  // property), after zzzzo- to zzzzr- were tuned on, and scored at bdbc290 with the engine of d6b4b96; two repeats and four
  // texts their writers added to went unscored.
  { part: /^zzzzs-/, rules: 'd6b4b96', unseen: since('zzzzs'), scorer: 'd6b4b96', unscored: ['zzzzs-13', 'zzzzs-14'] },
  { part: /^zzzzt-/, rules: 'd6b4b96', unseen: since('zzzzs'), scorer: 'd6b4b96', unscored: ['zzzzt-15'] },
  { part: /^zzzzu-/, rules: 'd6b4b96', unseen: since('zzzzs'), scorer: 'd6b4b96', unscored: ['zzzzu-22'] },
  { part: /^zzzzv-/, rules: 'd6b4b96', unseen: since('zzzzs'), scorer: 'd6b4b96', unscored: ['zzzzv-18', 'zzzzv-23'] },
  // Written blind by four writers, one topic each (pyramid selling, pay-first frauds promising money back, private lending,
  // insurance's disguises), while zzzzs- to zzzzv- were scored and tuned on, and scored at 4c26dd2 with the engine of
  // 19123e5; four repeats and three texts their writer added to went unscored.
  { part: /^zzzzw-/, rules: '19123e5', unseen: since('zzzzw'), scorer: '19123e5', unscored: ['zzzzw-6', 'zzzzw-9'] },
  { part: /^zzzzx-/, rules: '19123e5', unseen: since('zzzzw'), scorer: '19123e5' },
  { part: /^zzzzy-/, rules: '19123e5', unseen: since('zzzzw'), scorer: '19123e5' },
  { part: /^zzzzz-/, rules: '19123e5', unseen: since('zzzzw'), scorer: '19123e5', unscored: ['zzzzz-2', 'zzzzz-14', 'zzzzz-19', 'zzzzz-24', 'zzzzz-29'] },
  // Written blind by four writers, one topic each (recent disguises, collectibles and gold, 定融 and 金交所 debt, trading
  // platforms), while zzzzw- to zzzzz- were scored and tuned on, and scored at e49bf15 with the engine of d6cb9a4; five
  // repeats and a pitch rebuilt from a report went unscored.
  { part: /^zzzzza-/, rules: 'd6cb9a4', unseen: since('zzzzza'), scorer: 'd6cb9a4', unscored: ['zzzzza-23', 'zzzzza-31'] },
  { part: /^zzzzzb-/, rules: 'd6cb9a4', unseen: since('zzzzza'), scorer: 'd6cb9a4' },
  { part: /^zzzzzc-/, rules: 'd6cb9a4', unseen: since('zzzzza'), scorer: 'd6cb9a4', unscored: ['zzzzzc-12', 'zzzzzc-20', 'zzzzzc-23'] },
  { part: /^zzzzzd-/, rules: 'd6cb9a4', unseen: since('zzzzza'), scorer: 'd6cb9a4', unscored: ['zzzzzd-19'] },
  // Written blind by four writers, one topic each (health, beauty and education; franchises; charity, clan and faith; homes
  // and cars), while zzzzza- to zzzzzd- were scored and tuned on, and scored at 7e3e658 with the engine of 366e2c6; three
  // repeats, five pitches rebuilt from reports, a read typo and a short story went unscored.
  { part: /^zzzzze-/, rules: '366e2c6', unseen: since('zzzzze'), scorer: '366e2c6' },
  { part: /^zzzzzf-/, rules: '366e2c6', unseen: since('zzzzze'), scorer: '366e2c6', unscored: ['zzzzzf-22', 'zzzzzf-25', 'zzzzzf-29'] },
  { part: /^zzzzzg-/, rules: '366e2c6', unseen: since('zzzzze'), scorer: '366e2c6', unscored: ['zzzzzg-2', 'zzzzzg-12', 'zzzzzg-17', 'zzzzzg-21', 'zzzzzg-31'] },
  { part: /^zzzzzh-/, rules: '366e2c6', unseen: since('zzzzze'), scorer: '366e2c6', unscored: ['zzzzzh-9', 'zzzzzh-21'] },
  // Written blind by four writers, one region each, while zzzzze- to zzzzzh- were scored, and scored with the engine of
  // 366e2c6 (68 texts: recorded and moved to development in one commit); seven repeats went unscored.
  { part: /^zzzzzi-/, rules: '366e2c6', unseen: since('zzzzzi'), scorer: '366e2c6', unscored: ['zzzzzi-3', 'zzzzzi-5', 'zzzzzi-6', 'zzzzzi-16'] },
  { part: /^zzzzzj-/, rules: '366e2c6', unseen: since('zzzzzi'), scorer: '366e2c6', unscored: ['zzzzzj-3'] },
  { part: /^zzzzzk-/, rules: '366e2c6', unseen: since('zzzzzi'), scorer: '366e2c6' },
  { part: /^zzzzzl-/, rules: '366e2c6', unseen: since('zzzzzi'), scorer: '366e2c6', unscored: ['zzzzzl-1', 'zzzzzl-2'] },
  // Written blind by four writers, one topic each (industry and green projects; farms, animals and plants; private funds and
  // wealth firms; apps and mini-games), after zzzzzi- to zzzzzl- were recorded, and scored at cc420d9 with the engine of
  // 3a5990b; six repeats, five pitches rebuilt from reports and four texts their writers added to went unscored.
  { part: /^zzzzzm-/, rules: '3a5990b', unseen: since('zzzzzm'), scorer: '3a5990b', unscored: ['zzzzzm-23', 'zzzzzm-30', 'zzzzzm-33'] },
  { part: /^zzzzzn-/, rules: '3a5990b', unseen: since('zzzzzm'), scorer: '3a5990b', unscored: ['zzzzzn-17'] },
  { part: /^zzzzzo-/, rules: '3a5990b', unseen: since('zzzzzm'), scorer: '3a5990b', unscored: ['zzzzzo-1', 'zzzzzo-3', 'zzzzzo-14', 'zzzzzo-15', 'zzzzzo-16', 'zzzzzo-17', 'zzzzzo-27', 'zzzzzo-30'] },
  { part: /^zzzzzp-/, rules: '3a5990b', unseen: since('zzzzzm'), scorer: '3a5990b', unscored: ['zzzzzp-1', 'zzzzzp-10', 'zzzzzp-24'] },
  // Written blind by four writers, one topic each (funerals, cemeteries, liquor and tea; money across borders; associations,
  // chambers and clubs; employers and small firms), while zzzzzm- to zzzzzp- were scored, and scored at 80c0fb5 with the
  // engine of 3a5990b; eight repeats, four pitches rebuilt from reports, a model-written dialogue and a label against the
  // scope went unscored.
  { part: /^zzzzzq-/, rules: '3a5990b', unseen: since('zzzzzq'), scorer: '3a5990b', unscored: ['zzzzzq-30'] },
  { part: /^zzzzzr-/, rules: '3a5990b', unseen: since('zzzzzq'), scorer: '3a5990b' },
  { part: /^zzzzzs-/, rules: '3a5990b', unseen: since('zzzzzq'), scorer: '3a5990b', unscored: ['zzzzzs-10', 'zzzzzs-13', 'zzzzzs-22', 'zzzzzs-24'] },
  {
    part: /^zzzzzt-/,
    rules: '3a5990b',
    unseen: since('zzzzzq'),
    scorer: '3a5990b',
    unscored: ['zzzzzt-7', 'zzzzzt-13', 'zzzzzt-21', 'zzzzzt-22', 'zzzzzt-23', 'zzzzzt-25', 'zzzzzt-27', 'zzzzzt-33', 'zzzzzt-34']
  },
  // Written blind by four writers, one register each (judgments; banks' and insurers' own words and their imitators; outreach
  // and its imitators; social-media posts), while zzzzzq- to zzzzzt- were scored, and scored at 451c1bf with the engine of
  // 3a5990b; seven repeats and six pitches rebuilt or added to went unscored.
  { part: /^zzzzzu-/, rules: '3a5990b', unseen: since('zzzzzu'), scorer: '3a5990b' },
  { part: /^zzzzzv-/, rules: '3a5990b', unseen: since('zzzzzu'), scorer: '3a5990b', unscored: ['zzzzzv-3', 'zzzzzv-11', 'zzzzzv-13', 'zzzzzv-30'] },
  { part: /^zzzzzw-/, rules: '3a5990b', unseen: since('zzzzzu'), scorer: '3a5990b', unscored: ['zzzzzw-5', 'zzzzzw-7', 'zzzzzw-9', 'zzzzzw-12', 'zzzzzw-13', 'zzzzzw-27', 'zzzzzw-29', 'zzzzzw-34'] },
  { part: /^zzzzzx-/, rules: '3a5990b', unseen: since('zzzzzu'), scorer: '3a5990b', unscored: ['zzzzzx-18'] },
  // Written blind by four writers, one register each (contracts; short messages; shops' promotions and 会销; village and
  // community notices), after f81c27f, and scored at d9a004e with its engine; three repeats, a writer's note and a notice made
  // from a template went unscored.
  { part: /^ya-/, rules: 'f81c27f', unseen: since('ya'), scorer: 'f81c27f', unscored: ['ya-12'] },
  { part: /^yb-/, rules: 'f81c27f', unseen: since('ya'), scorer: 'f81c27f' },
  { part: /^yc-/, rules: 'f81c27f', unseen: since('ya'), scorer: 'f81c27f', unscored: ['yc-17'] },
  { part: /^yd-/, rules: 'f81c27f', unseen: since('ya'), scorer: 'f81c27f', unscored: ['yd-1', 'yd-4', 'yd-20'] },
  // Written blind by four writers, one register each (local news; residents' own posts and questions; app and product pages;
  // recruitment of partners and agents), after a35524d, and scored at aa49f29 with its engine; four pitches recast from
  // reports went unscored.
  { part: /^ye-/, rules: 'a35524d', unseen: since('ye'), scorer: 'a35524d' },
  { part: /^yf-/, rules: 'a35524d', unseen: since('ye'), scorer: 'a35524d' },
  { part: /^yg-/, rules: 'a35524d', unseen: since('ye'), scorer: 'a35524d' },
  { part: /^yh-/, rules: 'a35524d', unseen: since('ye'), scorer: 'a35524d', unscored: ['yh-19', 'yh-21', 'yh-23', 'yh-29'] },
  // Written blind by four writers, one register each (case columns told to teach; insurance sales talk and its disguises;
  // live streams and short videos; regulators' own documents), after ce1c834, and scored at bd24222 with the engine and the
  // 10,000-gram weights of e91c4c5; pitches added to, filled templates and three repeats went unscored.
  { part: /^yi-/, rules: 'e91c4c5', unseen: since('yi'), scorer: 'e91c4c5' },
  { part: /^yj-/, rules: 'e91c4c5', unseen: since('yi'), scorer: 'e91c4c5', unscored: ['yj-2', 'yj-4', 'yj-8', 'yj-10', 'yj-18', 'yj-29', 'yj-30'] },
  {
    part: /^yk-/,
    rules: 'e91c4c5',
    unseen: since('yi'),
    scorer: 'e91c4c5',
    unscored: ['yk-2', 'yk-11', 'yk-12', 'yk-21', 'yk-22', 'yk-24', 'yk-27', 'yk-29', 'yk-30', 'yk-31', 'yk-33']
  },
  { part: /^yl-/, rules: 'e91c4c5', unseen: since('yi'), scorer: 'e91c4c5', unscored: ['yl-23'] },
  // Written blind by four writers, one register each (family and elders' group chats; printed matter; telephone scripts;
  // non-standard products' own papers), after 51d25ad, and scored at 10125b0 with the engine of 071db97 (its verdicts are
  // e91c4c5's) and the weights of e91c4c5; machine-written dialogues, standard texts retold, test data and a rebuilt pitch
  // went unscored.
  {
    part: /^ym-/,
    rules: '071db97',
    unseen: since('ym'),
    scorer: 'e91c4c5',
    unscored: ['ym-5', 'ym-6', 'ym-7', 'ym-8', 'ym-9', 'ym-10', 'ym-11', 'ym-12', 'ym-27', 'ym-28', 'ym-29']
  },
  { part: /^yn-/, rules: '071db97', unseen: since('ym'), scorer: 'e91c4c5', unscored: ['yn-5', 'yn-6', 'yn-11'] },
  { part: /^yo-/, rules: '071db97', unseen: since('ym'), scorer: 'e91c4c5', unscored: ['yo-8'] },
  { part: /^yp-/, rules: '071db97', unseen: since('ym'), scorer: 'e91c4c5', unscored: ['yp-4', 'yp-11', 'yp-12', 'yp-13', 'yp-14', 'yp-15', 'yp-22', 'yp-28'] },
  // Written blind by four writers, one register each (residents' messages to government and the replies; lawyers'
  // consultations; crowdfunding, collectibles and digital assets; companies raising from their own staff), on 5 December
  // 2026, and scored at b9133c8 with the engine of 7629b1c and the weights of 0fb8605; pitches put together from reports, a
  // form and a template, a machine-written dialogue and standard texts retold went unscored.
  { part: /^yq-/, rules: '7629b1c', unseen: since('yq'), scorer: '0fb8605', unscored: ['yq-8'] },
  { part: /^yr-/, rules: '7629b1c', unseen: since('yq'), scorer: '0fb8605' },
  {
    part: /^ys-/,
    rules: '7629b1c',
    unseen: since('yq'),
    scorer: '0fb8605',
    unscored: ['ys-2', 'ys-8', 'ys-11', 'ys-13', 'ys-15', 'ys-17', 'ys-23', 'ys-26', 'ys-27']
  },
  { part: /^yt-/, rules: '7629b1c', unseen: since('yq'), scorer: '0fb8605', unscored: ['yt-10', 'yt-20', 'yt-31'] },
  // Written blind by four writers, one register each (property and shop sales materials; short snippets; trading and
  // cross-border platforms; rural projects), on 5 December 2026, and scored at bb7b597 with the engine of 598c7b9 and the
  // weights of 6e157bb; pitches voiced out of reports, templates, fiction, a hypothetical and a slogan retold went unscored.
  { part: /^yu-/, rules: '598c7b9', unseen: since('yu'), scorer: '6e157bb', unscored: ['yu-15', 'yu-23'] },
  { part: /^yv-/, rules: '598c7b9', unseen: since('yu'), scorer: '6e157bb', unscored: ['yv-2', 'yv-7', 'yv-11', 'yv-22', 'yv-30'] },
  { part: /^yw-/, rules: '598c7b9', unseen: since('yu'), scorer: '6e157bb', unscored: ['yw-11', 'yw-28', 'yw-29'] },
  { part: /^yx-/, rules: '598c7b9', unseen: since('yu'), scorer: '6e157bb', unscored: ['yx-1', 'yx-6'] },
  // Written blind by four writers, one register each (recruitment; new-energy and equipment investment; mutual aid and
  // medical crowdfunding; official and charity disguises), on 5 December 2026, and scored at 33c33c7 with the engine of
  // d10ee3c and the weights of 6e157bb; pitches from fiction, put together or given added words, a writer's reading and two
  // texts retold went unscored.
  { part: /^yy-/, rules: 'd10ee3c', unseen: since('yy'), scorer: '6e157bb', unscored: ['yy-16'] },
  { part: /^yz-/, rules: 'd10ee3c', unseen: since('yy'), scorer: '6e157bb', unscored: ['yz-1', 'yz-2', 'yz-22'] },
  { part: /^xa-/, rules: 'd10ee3c', unseen: since('yy'), scorer: '6e157bb', unscored: ['xa-24', 'xa-27'] },
  { part: /^xb-/, rules: 'd10ee3c', unseen: since('yy'), scorer: '6e157bb', unscored: ['xb-2', 'xb-13', 'xb-18'] },
  // Written blind by four writers, one register each (online dating turned investment; lending adverts both ways; cars and
  // vehicles; associations), on 5 December 2026 until the search allowance ran out, and scored at dc4afe0 with the engine
  // of 76e535a and the weights of 6f0c28f; a case retold from a mirror, a reordered pitch and a template went unscored.
  { part: /^xc-/, rules: '76e535a', unseen: since('xc'), scorer: '6f0c28f' },
  { part: /^xd-/, rules: '76e535a', unseen: since('xc'), scorer: '6f0c28f' },
  { part: /^xe-/, rules: '76e535a', unseen: since('xc'), scorer: '6f0c28f', unscored: ['xe-7'] },
  { part: /^xf-/, rules: '76e535a', unseen: since('xc'), scorer: '6f0c28f', unscored: ['xf-4', 'xf-6', 'xf-19'] },
  // Written blind by four writers, one register each, where the readings before had failed (police and court notices that
  // retell one case under their advice; frauds that ask a payment before a promised payout; new-economy ventures; court
  // judgments on money lent or raised), on 5 December 2026, and scored at a84f7d5 with the engine of e438453 and the
  // weights of 95e0ec6; pitches rebuilt from reports, demonstration code and a court reply retold went unscored.
  { part: /^xg-/, rules: 'e438453', unseen: since('xg'), scorer: '95e0ec6' },
  { part: /^xh-/, rules: 'e438453', unseen: since('xg'), scorer: '95e0ec6' },
  { part: /^xi-/, rules: 'e438453', unseen: since('xg'), scorer: '95e0ec6', unscored: ['xi-4', 'xi-5', 'xi-6', 'xi-9', 'xi-26', 'xi-27', 'xi-28'] },
  { part: /^xj-/, rules: 'e438453', unseen: since('xg'), scorer: '95e0ec6', unscored: ['xj-14'] },
  // Written blind by four writers, one register each (victims' accounts of investment and task frauds; what residents forward
  // in family groups; money lent and borrowed in news and court reports; sales at bank and insurance counters), on 5 December
  // 2026 after xg- to xj- moved, and scored at a4df8f2 with the engine of 380fabc and the weights of 95e0ec6; repeats and a
  // merged pitch went unscored.
  { part: /^xk-/, rules: '380fabc', unseen: since('xk'), scorer: '95e0ec6' },
  { part: /^xl-/, rules: '380fabc', unseen: since('xk'), scorer: '95e0ec6' },
  { part: /^xm-/, rules: '380fabc', unseen: since('xk'), scorer: '95e0ec6', unscored: ['xm-1', 'xm-2', 'xm-22'] },
  { part: /^xn-/, rules: '380fabc', unseen: since('xk'), scorer: '95e0ec6', unscored: ['xn-22'] },
  // Written blind by four writers, one register each (old age and health; virtual currency and digital assets; shopping,
  // membership and prepaid money; shares and private funds), on 5 December 2026 after xk- to xn- moved, and scored at 0ef9aa0
  // with the engine of 7369f4b and the weights of 95e0ec6; repeats, a pitch given words and a machine-written answer went
  // unscored.
  { part: /^xo-/, rules: '7369f4b', unseen: since('xo'), scorer: '95e0ec6', unscored: ['xo-7', 'xo-14'] },
  { part: /^xp-/, rules: '7369f4b', unseen: since('xo'), scorer: '95e0ec6' },
  { part: /^xq-/, rules: '7369f4b', unseen: since('xo'), scorer: '95e0ec6', unscored: ['xq-1', 'xq-3', 'xq-24', 'xq-30'] },
  { part: /^xr-/, rules: '7369f4b', unseen: since('xo'), scorer: '95e0ec6', unscored: ['xr-1'] },
  // Written blind by four writers, one register each (farming and the countryside; property; online lending platforms;
  // recruiting schemes), on 5 December 2026 after xo- to xr- moved, and scored at ec3e4c8 with the engine of 7369f4b (the
  // same at 850d80d) and the weights of 95e0ec6; repeats, assembled pitches and scheme software's templates went unscored.
  { part: /^xs-/, rules: '7369f4b', unseen: since('xs'), scorer: '95e0ec6', unscored: ['xs-9', 'xs-10'] },
  { part: /^xt-/, rules: '7369f4b', unseen: since('xs'), scorer: '95e0ec6', unscored: ['xt-2', 'xt-3', 'xt-17'] },
  { part: /^xu-/, rules: '7369f4b', unseen: since('xs'), scorer: '95e0ec6', unscored: ['xu-4', 'xu-5', 'xu-19'] },
  { part: /^xv-/, rules: '7369f4b', unseen: since('xs'), scorer: '95e0ec6', unscored: ['xv-4', 'xv-20', 'xv-26', 'xv-30'] },
  // Written blind by four writers, one register each (insurance and its disguises; gold, collectibles and art; franchises,
  // partners and shop shareholders; short messages and posts), on 5 December 2026 after xs- to xv- moved, and scored at
  // d4a2387 with the engine of 1e10198 (the same at f7e88e5) and the weights of 95e0ec6; repeats, pitches rebuilt or given
  // words, a translated README and an SMS vendor's templates went unscored.
  { part: /^xw-/, rules: '1e10198', unseen: since('xw'), scorer: '95e0ec6', unscored: ['xw-8', 'xw-33'] },
  { part: /^xx-/, rules: '1e10198', unseen: since('xw'), scorer: '95e0ec6', unscored: ['xx-23'] },
  { part: /^xy-/, rules: '1e10198', unseen: since('xw'), scorer: '95e0ec6', unscored: ['xy-5'] },
  { part: /^xz-/, rules: '1e10198', unseen: since('xw'), scorer: '95e0ec6', unscored: ['xz-6', 'xz-20', 'xz-21', 'xz-30'] },
  // Written blind by four writers, one register each (education and training; medicine and health; tourism, hotels and
  // holiday homes; forests, tea, herbs and the environment), on 5 December 2026 after xw- to xz- moved, and scored at
  // 71f0b75 with the engine of 5d7f77f and the weights of 1a717aa (the same at f7e88e5 with those of 95e0ec6); repeats, a
  // refund the source lacks, an assembled pitch and generated dialogues went unscored.
  { part: /^wa-/, rules: '5d7f77f', unseen: since('wa'), scorer: '1a717aa', unscored: ['wa-3', 'wa-10', 'wa-13', 'wa-17'] },
  { part: /^wb-/, rules: '5d7f77f', unseen: since('wa'), scorer: '1a717aa' },
  { part: /^wc-/, rules: '5d7f77f', unseen: since('wa'), scorer: '1a717aa', unscored: ['wc-3', 'wc-10', 'wc-11'] },
  { part: /^wd-/, rules: '5d7f77f', unseen: since('wa'), scorer: '1a717aa', unscored: ['wd-2', 'wd-9'] },
  // Written blind by four writers from fetched public datasets (criminal judgments; a financial-entity dataset's promotional
  // posts; an anti-fraud dataset's news reports; short financial news rows), on 5 December 2026 after wa- to wd- moved, and
  // scored at 85c18d7 with the engine of 654b3f1 and the weights of 1a717aa; words for masked figures, scheme software's
  // adverts, a shared template and a repeated warning went unscored.
  { part: /^we-/, rules: '654b3f1', unseen: since('we'), scorer: '1a717aa', unscored: ['we-27'] },
  { part: /^wf-/, rules: '654b3f1', unseen: since('we'), scorer: '1a717aa', unscored: ['wf-8', 'wf-10', 'wf-11', 'wf-20', 'wf-27'] },
  { part: /^wg-/, rules: '654b3f1', unseen: since('we'), scorer: '1a717aa' },
  { part: /^wh-/, rules: '654b3f1', unseen: since('we'), scorer: '1a717aa', unscored: ['wh-9', 'wh-16'] },
  // Written blind by four writers from fetched public datasets (court cases; the training and the test file of a
  // financial-entity dataset; anti-fraud news and short financial news), on 5 December 2026 after we- to wh- moved, and
  // scored at 437e76f with the engine of 654b3f1 and the weights of 6b1488c (the same with those of 1a717aa); repeats of
  // guiding cases and rows, and words for cut-off rows or stripped figures went unscored.
  { part: /^wi-/, rules: '654b3f1', unseen: since('wi'), scorer: '6b1488c', unscored: ['wi-9', 'wi-22', 'wi-23', 'wi-24', 'wi-25'] },
  { part: /^wj-/, rules: '654b3f1', unseen: since('wi'), scorer: '6b1488c', unscored: ['wj-9', 'wj-12', 'wj-15'] },
  { part: /^wk-/, rules: '654b3f1', unseen: since('wi'), scorer: '6b1488c', unscored: ['wk-12', 'wk-20'] },
  { part: /^wl-/, rules: '654b3f1', unseen: since('wi'), scorer: '6b1488c', unscored: ['wl-4', 'wl-17'] },
  // Written blind by three writers from fetched public datasets (the training and the test file of a financial-entity
  // dataset's posts; short financial news), on 5 December 2026 after wi- to wl- moved, and scored at 0ff0896 with the engine
  // of 103e9ce and the weights of 6b1488c (the same with those of 1a717aa); words for cut-off rows or stripped figures and a
  // shared template went unscored.
  { part: /^wm-/, rules: '103e9ce', unseen: since('wm'), scorer: '6b1488c', unscored: ['wm-14', 'wm-18', 'wm-22'] },
  {
    part: /^wn-/,
    rules: '103e9ce',
    unseen: since('wm'),
    scorer: '6b1488c',
    unscored: ['wn-1', 'wn-3', 'wn-4', 'wn-6', 'wn-8', 'wn-14', 'wn-24', 'wn-26', 'wn-27', 'wn-28']
  },
  { part: /^wo-/, rules: '103e9ce', unseen: since('wm'), scorer: '6b1488c', unscored: ['wo-25'] },
  // Written blind by four writers (fetched legal datasets; an anti-fraud dataset's news reports; pages found by search; the
  // page texts of scheme and lawful sites' repositories), on 5 December 2026 after wm- to wo- moved, and scored at 5d1388f
  // with the engine of ee30b62 and the weights of 6b1488c; told statutes, a shared template, a used row, an assembled pitch
  // and two schemes of told groups went unscored.
  { part: /^wp-/, rules: 'ee30b62', unseen: since('wp'), scorer: '6b1488c', unscored: ['wp-23', 'wp-25'] },
  { part: /^wq-/, rules: 'ee30b62', unseen: since('wp'), scorer: '6b1488c', unscored: ['wq-23', 'wq-25'] },
  { part: /^wr-/, rules: 'ee30b62', unseen: since('wp'), scorer: '6b1488c', unscored: ['wr-14'] },
  { part: /^ws-/, rules: 'ee30b62', unseen: since('wp'), scorer: '6b1488c', unscored: ['ws-11', 'ws-12', 'ws-16'] },
  // Written blind by three writers (the anti-fraud dataset's news reports; a negative-financial-news dataset; a real spam
  // SMS set), on 5 December 2026 after wp- to ws- moved, and scored at 588bb7d with the engine of f0adc4c and the weights
  // of 04f9a51; a joined pitch, joined rows, an added explanation and words for masked figures went unscored.
  { part: /^wt-/, rules: 'f0adc4c', unseen: since('wt'), scorer: '04f9a51', unscored: ['wt-9'] },
  { part: /^wu-/, rules: 'f0adc4c', unseen: since('wt'), scorer: '04f9a51' },
  {
    part: /^wv-/,
    rules: 'f0adc4c',
    unseen: since('wt'),
    scorer: '04f9a51',
    unscored: ['wv-3', 'wv-4', 'wv-10', 'wv-14', 'wv-16', 'wv-17', 'wv-19', 'wv-22', 'wv-25', 'wv-26']
  },
  // Written blind by three writers (real SMS sets; the anti-fraud dataset's news reports; the negative-financial-news test
  // file), on 5 December 2026 after wt- to wv- moved, and scored at 47dcb7d with the engine of f0adc4c and the weights of
  // 04f9a51; a repeated press release and words for masked figures went unscored.
  { part: /^ww-/, rules: 'f0adc4c', unseen: since('ww'), scorer: '04f9a51', unscored: ['ww-2'] },
  { part: /^wx-/, rules: 'f0adc4c', unseen: since('ww'), scorer: '04f9a51', unscored: ['wx-9'] },
  { part: /^wy-/, rules: 'f0adc4c', unseen: since('ww'), scorer: '04f9a51' },
  // Written blind by three writers (unmasked real SMS sets; the anti-fraud dataset's least-used files; the negative-
  // financial-news test file), on 5 December 2026 after ww- to wy- moved, and scored at 812b851 with the engine of 6df34ab
  // and the weights of 04f9a51; a told case, a list told from another outlet and a closed cut-off sentence went unscored.
  { part: /^wz-/, rules: '6df34ab', unseen: since('wz'), scorer: '04f9a51' },
  { part: /^va-/, rules: '6df34ab', unseen: since('wz'), scorer: '04f9a51', unscored: ['va-5', 'va-15'] },
  { part: /^vb-/, rules: '6df34ab', unseen: since('wz'), scorer: '04f9a51', unscored: ['vb-7'] },
  // Written blind by three writers (unmasked real SMS sets; the anti-fraud dataset's news reports; the negative-financial-
  // news test file), on 5 December 2026 after wz- to vb- moved, and scored at 6d1362d with the engine of 6df34ab and the
  // weights of 04f9a51; an announcement on an earlier one's template went unscored.
  { part: /^vc-/, rules: '6df34ab', unseen: since('vc'), scorer: '04f9a51' },
  { part: /^vd-/, rules: '6df34ab', unseen: since('vc'), scorer: '04f9a51' },
  { part: /^ve-/, rules: '6df34ab', unseen: since('vc'), scorer: '04f9a51', unscored: ['ve-18'] },
  // Written blind by four writers (unmasked real SMS sets; the anti-fraud dataset's news reports; the negative-financial-
  // news test file; legal datasets), on 6 December 2026 after vc- to ve- moved, and scored at 207aa01 with the engine of
  // ca2a2f3 and the weights of 04f9a51; a fund's SMS on an earlier one's template and a case told before went unscored.
  { part: /^vf-/, rules: 'ca2a2f3', unseen: since('vf'), scorer: '04f9a51', unscored: ['vf-6'] },
  { part: /^vg-/, rules: 'ca2a2f3', unseen: since('vf'), scorer: '04f9a51' },
  { part: /^vh-/, rules: 'ca2a2f3', unseen: since('vf'), scorer: '04f9a51' },
  { part: /^vi-/, rules: 'ca2a2f3', unseen: since('vf'), scorer: '04f9a51', unscored: ['vi-1'] },
  // Written blind by three writers (the anti-fraud dataset's news reports; a copy of the negative-financial-news training
  // file; pages found by search), on 6 December 2026 after vf- to vi- moved, and scored at f074ff8 with the engine of
  // 73ef793 and the weights of 04f9a51; rows used before, lists and a law's conditions told before, and added words went
  // unscored.
  { part: /^vj-/, rules: '73ef793', unseen: since('vj'), scorer: '04f9a51', unscored: ['vj-14', 'vj-15', 'vj-17', 'vj-19', 'vj-20'] },
  { part: /^vk-/, rules: '73ef793', unseen: since('vj'), scorer: '04f9a51', unscored: ['vk-4', 'vk-15'] },
  { part: /^vl-/, rules: '73ef793', unseen: since('vj'), scorer: '04f9a51', unscored: ['vl-13'] },
  // Written blind by three writers (the two halves of a copy of the negative-financial-news training file; the anti-fraud
  // dataset's least-used files), on 6 December 2026 after vj- to vl- moved, and scored at 1accf70 with the engine of 22b7a1b
  // and the weights of 04f9a51; a template told before, a platform told twice and an added heading went unscored.
  { part: /^vm-/, rules: '22b7a1b', unseen: since('vm'), scorer: '04f9a51' },
  { part: /^vn-/, rules: '22b7a1b', unseen: since('vm'), scorer: '04f9a51', unscored: ['vn-7', 'vn-17'] },
  { part: /^vo-/, rules: '22b7a1b', unseen: since('vm'), scorer: '04f9a51', unscored: ['vo-7'] },
  // Written blind by three writers (the two halves of the copy of the negative-financial-news training file; the anti-fraud
  // dataset's least-used files), on 6 December 2026 after vm- to vo- moved, and scored at 85841f6 with the engine of 904b627
  // and the weights of 04f9a51; a template told before with its figures put back in order and two boilerplates went unscored.
  { part: /^vp-/, rules: '904b627', unseen: since('vp'), scorer: '04f9a51', unscored: ['vp-16'] },
  { part: /^vq-/, rules: '904b627', unseen: since('vp'), scorer: '04f9a51', unscored: ['vq-3', 'vq-4'] },
  { part: /^vr-/, rules: '904b627', unseen: since('vp'), scorer: '04f9a51' },
  // Written blind by four writers (the anti-fraud dataset's investment, general, crypto and 杀猪盘 files; the internet-finance
  // entity training file; the negative-financial-news test file), on 6 December 2026 after vp- to vr- moved, the case sign
  // added and the scorer trained again, and scored at d8c00d4 with the engine of 5fdc1da and the weights of d8bab97; the same
  // article, case or template as an earlier part's, a platform told twice, a sentence finished past its source and two
  // contract frauds on one person went unscored.
  { part: /^vs-/, rules: '5fdc1da', unseen: since('vs'), scorer: 'd8bab97', unscored: ['vs-1', 'vs-2', 'vs-7', 'vs-8', 'vs-20'] },
  { part: /^vt-/, rules: '5fdc1da', unseen: since('vs'), scorer: 'd8bab97' },
  { part: /^vu-/, rules: '5fdc1da', unseen: since('vs'), scorer: 'd8bab97', unscored: ['vu-2', 'vu-11'] },
  { part: /^vv-/, rules: '5fdc1da', unseen: since('vs'), scorer: 'd8bab97', unscored: ['vv-2', 'vv-4', 'vv-7', 'vv-8', 'vv-13', 'vv-15', 'vv-24'] },
  // Written blind by four writers (the internet-finance entity training file; the negative-financial-news test file; the
  // anti-fraud dataset's pyramid, gambling and task-scam files; three SMS datasets), on 6 December 2026 after vs- to vv-
  // moved and the case sign was narrowed, and scored at 6e35a8f with the engine of ce67e18 and the weights of d8bab97; the
  // same product or case as an earlier part's, figures and words a writer put back, an image's captions and a free token
  // went unscored.
  { part: /^vw-/, rules: 'ce67e18', unseen: since('vw'), scorer: 'd8bab97', unscored: ['vw-11'] },
  { part: /^vx-/, rules: 'ce67e18', unseen: since('vw'), scorer: 'd8bab97', unscored: ['vx-4', 'vx-24'] },
  { part: /^vy-/, rules: 'ce67e18', unseen: since('vw'), scorer: 'd8bab97', unscored: ['vy-2', 'vy-21'] },
  { part: /^vz-/, rules: 'ce67e18', unseen: since('vw'), scorer: 'd8bab97', unscored: ['vz-6', 'vz-7', 'vz-8', 'vz-9', 'vz-12', 'vz-13', 'vz-24', 'vz-25'] },
  // Written blind by four writers (two legal-advice datasets; the CAIL datasets, whose fundraising judgments are all claimed;
  // financial-news datasets; the financial-event news file), on 6 December 2026 after vw- to vz- moved, and scored at
  // fedaae4 with the engine of f00e62e and the weights of d8bab97; one item in two parts, a list or event an earlier part
  // used and police and statute templates went unscored.
  { part: /^ua-/, rules: 'f00e62e', unseen: since('ua'), scorer: 'd8bab97', unscored: ['ua-24'] },
  { part: /^ub-/, rules: 'f00e62e', unseen: since('ua'), scorer: 'd8bab97' },
  { part: /^uc-/, rules: 'f00e62e', unseen: since('ua'), scorer: 'd8bab97', unscored: ['uc-1', 'uc-6', 'uc-7', 'uc-10', 'uc-14', 'uc-25'] },
  { part: /^ud-/, rules: 'f00e62e', unseen: since('ua'), scorer: 'd8bab97', unscored: ['ud-22'] },
  // Written blind by four writers (the 2019 internet-finance entity and negative-news files, the FinCUGE negative-news and
  // news-summary lists, the negative-financial-sentences file), on 6 December 2026 after ua- to ud- moved and money told as
  // lost became a sign, and scored at 027a538 with the engine of 0411cff and the weights of d8bab97; one item in two parts
  // and an earlier part's article or template went unscored.
  { part: /^ue-/, rules: '0411cff', unseen: since('ue'), scorer: 'd8bab97', unscored: ['ue-2'] },
  { part: /^uf-/, rules: '0411cff', unseen: since('ue'), scorer: 'd8bab97', unscored: ['uf-1', 'uf-21', 'uf-23', 'uf-24'] },
  { part: /^ug-/, rules: '0411cff', unseen: since('ue'), scorer: 'd8bab97', unscored: ['ug-14'] },
  { part: /^uh-/, rules: '0411cff', unseen: since('ue'), scorer: 'd8bab97', unscored: ['uh-3', 'uh-5', 'uh-8', 'uh-14'] },
  // Written blind by four writers (the 2019 internet-finance entity training file, the FinCUGE lists, the anti-fraud
  // dataset's fraud news, the fundraising site's articles), on 6 December 2026 after ue- to uh- moved, and scored at
  // ee5877e with the engine of 37cbe4e and the weights of d8bab97; one case twice, an earlier part's case, exhibition or
  // template went unscored.
  { part: /^ui-/, rules: '37cbe4e', unseen: since('ui'), scorer: 'd8bab97', unscored: ['ui-1'] },
  { part: /^uj-/, rules: '37cbe4e', unseen: since('ui'), scorer: 'd8bab97', unscored: ['uj-9'] },
  { part: /^uk-/, rules: '37cbe4e', unseen: since('ui'), scorer: 'd8bab97', unscored: ['uk-3', 'uk-6', 'uk-14'] },
  { part: /^ul-/, rules: '37cbe4e', unseen: since('ui'), scorer: 'd8bab97', unscored: ['ul-2', 'ul-20'] },
  // Written blind by four writers (the 2019 internet-finance entity training file; the anti-fraud dataset's fraud news and
  // an SMS set; sources the third writer found; the fundraising site's case records and articles), on 6 December 2026
  // after ui- to ul- moved, and scored at 6f62655 with the engine of 4c4b7eb and the weights of d8bab97; an earlier part's
  // case, post, event, article or platform template went unscored.
  { part: /^um-/, rules: '4c4b7eb', unseen: since('um'), scorer: 'd8bab97', unscored: ['um-2', 'um-5', 'um-8', 'um-10'] },
  { part: /^un-/, rules: '4c4b7eb', unseen: since('um'), scorer: 'd8bab97', unscored: ['un-5'] },
  {
    part: /^uo-/,
    rules: '4c4b7eb',
    unseen: since('um'),
    scorer: 'd8bab97',
    unscored: ['uo-1', 'uo-3', 'uo-5', 'uo-10', 'uo-12', 'uo-16', 'uo-17', 'uo-21']
  },
  { part: /^up-/, rules: '4c4b7eb', unseen: since('um'), scorer: 'd8bab97', unscored: ['up-3'] },
  // Written blind by four writers (the negative-financial-sentences file; the 2019 internet-finance entity test file; two
  // repositories a writer found; the financial-event news file), on 6 December 2026 after um- to up- moved, and scored at
  // 3677673 with the engine of c02cb15 and the weights of d8bab97; an earlier part's notice, case, platform, announcement
  // or template went unscored.
  { part: /^uq-/, rules: 'c02cb15', unseen: since('uq'), scorer: 'd8bab97', unscored: ['uq-3', 'uq-6', 'uq-13', 'uq-16', 'uq-26'] },
  { part: /^ur-/, rules: 'c02cb15', unseen: since('uq'), scorer: 'd8bab97', unscored: ['ur-6', 'ur-20'] },
  { part: /^us-/, rules: 'c02cb15', unseen: since('uq'), scorer: 'd8bab97' },
  { part: /^ut-/, rules: 'c02cb15', unseen: since('uq'), scorer: 'd8bab97', unscored: ['ut-7', 'ut-10'] },
  // Written blind by four writers (police case summaries, Sina finance news, court case digests, an SMS spam set) on 6
  // December 2026 and scored at cf6983e; an earlier part's case, platform, news or notice template went unscored.
  { part: /^uu-/, rules: 'b31a7b2', unseen: since('uu'), scorer: 'd8bab97', unscored: ['uu-20'] },
  { part: /^uv-/, rules: 'b31a7b2', unseen: since('uu'), scorer: 'd8bab97', unscored: ['uv-2', 'uv-3', 'uv-15'] },
  { part: /^uw-/, rules: 'b31a7b2', unseen: since('uu'), scorer: 'd8bab97', unscored: ['uw-1', 'uw-3', 'uw-5', 'uw-8', 'uw-9', 'uw-21', 'uw-22'] },
  { part: /^ux-/, rules: 'b31a7b2', unseen: since('uu'), scorer: 'd8bab97', unscored: ['ux-1', 'ux-11'] },
  // Court case digests, the SMS set, police case summaries, news archives; scored at 79f0999.
  { part: /^uy-/, rules: '113c2f3', unseen: since('uy'), scorer: 'd8bab97', unscored: ['uy-2', 'uy-4', 'uy-5'] },
  { part: /^uz-/, rules: '113c2f3', unseen: since('uy'), scorer: 'd8bab97', unscored: ['uz-2', 'uz-10', 'uz-12'] },
  { part: /^ta-/, rules: '113c2f3', unseen: since('uy'), scorer: 'd8bab97', unscored: ['ta-1'] },
  { part: /^tb-/, rules: '113c2f3', unseen: since('uy'), scorer: 'd8bab97', unscored: ['tb-5', 'tb-9', 'tb-11', 'tb-15', 'tb-20'] },
  // The SMS set, court case digests, police case summaries with the law's articles, a news programme's archive; scored at
  // 5f53dc5.
  { part: /^tc-/, rules: '90d9ce6', unseen: since('tc'), scorer: 'd8bab97' },
  { part: /^td-/, rules: '90d9ce6', unseen: since('tc'), scorer: 'd8bab97', unscored: ['td-1', 'td-17', 'td-19', 'td-20', 'td-22'] },
  { part: /^te-/, rules: '90d9ce6', unseen: since('tc'), scorer: 'd8bab97', unscored: ['te-16', 'te-17', 'te-18', 'te-25'] },
  { part: /^tf-/, rules: '90d9ce6', unseen: since('tc'), scorer: 'd8bab97', unscored: ['tf-11'] },
  // The SMS set, police case summaries with 2009 fund news, court case digests, a grey-industry article archive; scored at
  // 2aa4047.
  { part: /^tg-/, rules: '33580ee', unseen: since('tg'), scorer: 'd8bab97', unscored: ['tg-6'] },
  { part: /^th-/, rules: '33580ee', unseen: since('tg'), scorer: 'd8bab97', unscored: ['th-3', 'th-5'] },
  { part: /^ti-/, rules: '33580ee', unseen: since('tg'), scorer: 'd8bab97', unscored: ['ti-2', 'ti-14', 'ti-21', 'ti-22'] },
  { part: /^tj-/, rules: '33580ee', unseen: since('tg'), scorer: 'd8bab97', unscored: ['tj-1', 'tj-2', 'tj-17'] },
  // The first reading with the scorer trained again (973ee46): police case summaries with 2009 finance news, court case
  // digests, the article archive, fund news; scored at 5acb587.
  { part: /^tk-/, rules: '973ee46', unseen: since('tk'), scorer: '973ee46' },
  { part: /^tl-/, rules: '973ee46', unseen: since('tk'), scorer: '973ee46', unscored: ['tl-1'] },
  { part: /^tm-/, rules: '973ee46', unseen: since('tk'), scorer: '973ee46', unscored: ['tm-2', 'tm-4'] },
  { part: /^tn-/, rules: '973ee46', unseen: since('tk'), scorer: '973ee46', unscored: ['tn-9'] },
  // 51 scored texts, below the held lane's minimum: scored in the working tree and moved to development at e9fbeef.
  { part: /^tp-/, rules: 'a808663', unseen: since('tp'), scorer: '973ee46' },
  { part: /^tq-/, rules: 'a808663', unseen: since('tp'), scorer: '973ee46', unscored: ['tq-5', 'tq-7', 'tq-9'] },
  { part: /^tr-/, rules: 'a808663', unseen: since('tp'), scorer: '973ee46' },
  { part: /^ts-/, rules: 'a808663', unseen: since('tp'), scorer: '973ee46', unscored: ['ts-10', 'ts-11'] },
  // The CCKS 2019 financial-event news sentences (zhuNanyang/extracting_entity), a pool repeating stories across rows;
  // scored at 4ccb5b8.
  { part: /^tt-/, rules: '4ccb5b8', unseen: since('tt'), scorer: '973ee46', unscored: ['tt-1', 'tt-6'] },
  { part: /^tu-/, rules: '4ccb5b8', unseen: since('tt'), scorer: '973ee46', unscored: ['tu-1', 'tu-2', 'tu-5', 'tu-6', 'tu-7', 'tu-8', 'tu-13', 'tu-14', 'tu-18'] },
  { part: /^tv-/, rules: '4ccb5b8', unseen: since('tt'), scorer: '973ee46', unscored: ['tv-5', 'tv-7', 'tv-10'] },
  { part: /^tw-/, rules: '4ccb5b8', unseen: since('tt'), scorer: '973ee46', unscored: ['tw-24'] },
  // The rest of the CCKS 2019 training file, and a blog archive's long-form P2P features; scored at 547781b.
  { part: /^tx-/, rules: '547781b', unseen: since('tx'), scorer: '973ee46', unscored: ['tx-1', 'tx-9', 'tx-10', 'tx-12', 'tx-17', 'tx-19', 'tx-20'] },
  { part: /^ty-/, rules: '547781b', unseen: since('tx'), scorer: '973ee46', unscored: ['ty-1', 'ty-5', 'ty-6', 'ty-8', 'ty-10'] },
  { part: /^tz-/, rules: '547781b', unseen: since('tx'), scorer: '973ee46', unscored: ['tz-2', 'tz-12'] },
  { part: /^sa-/, rules: '547781b', unseen: since('tx'), scorer: '973ee46', unscored: ['sa-1', 'sa-2', 'sa-3', 'sa-4', 'sa-5'] },
  // The search tool's stored web pages by topic; 46 scored texts, below the held lane's minimum: scored in the working tree
  // and moved to development in the commit that records it.
  { part: /^sb-/, rules: '714c4c4', unseen: since('sb'), scorer: '973ee46', unscored: ['sb-1', 'sb-4'] },
  { part: /^sc-/, rules: '714c4c4', unseen: since('sb'), scorer: '973ee46', unscored: ['sc-2', 'sc-8', 'sc-14', 'sc-16', 'sc-18'] },
  { part: /^sd-/, rules: '714c4c4', unseen: since('sb'), scorer: '973ee46', unscored: ['sd-1'] },
  { part: /^se-/, rules: '714c4c4', unseen: since('sb'), scorer: '973ee46' },
  // Unread rows of the CCF BDCI 2019 finance-news set (P2P-era news and posts); scored at 38319ca.
  { part: /^sf-/, rules: '38319ca', unseen: since('sf'), scorer: '973ee46' },
  { part: /^sg-/, rules: '38319ca', unseen: since('sf'), scorer: '973ee46', unscored: ['sg-1', 'sg-5', 'sg-8'] },
  { part: /^sh-/, rules: '38319ca', unseen: since('sf'), scorer: '973ee46', unscored: ['sh-3', 'sh-7', 'sh-11', 'sh-13'] },
  { part: /^si-/, rules: '38319ca', unseen: since('sf'), scorer: '973ee46', unscored: ['si-1', 'si-2', 'si-4', 'si-5', 'si-13', 'si-14', 'si-15', 'si-19'] },
  // The last unread rows of the same set (odd and even rows); scored at 83389a0.
  { part: /^sj-/, rules: '83389a0', unseen: since('sj'), scorer: '973ee46' },
  { part: /^sk-/, rules: '83389a0', unseen: since('sj'), scorer: '973ee46', unscored: ['sk-1', 'sk-2'] },
  { part: /^sl-/, rules: '83389a0', unseen: since('sj'), scorer: '973ee46', unscored: ['sl-8', 'sl-20', 'sl-22'] },
  { part: /^sm-/, rules: '83389a0', unseen: since('sj'), scorer: '973ee46', unscored: ['sm-1', 'sm-7', 'sm-12', 'sm-19'] }
]

type OldCheck = (text: string, options?: { scorer: ScorerModel | null }) => CheckResult

/**
 * The checker as it was at a commit, written out of git into a temporary folder: its rules alone, and (for engines
 * since the scorer) the engine itself, which takes a scorer as it did then.
 */
interface OldRegister {
  LICENSED: RegExp
  WARNING: RegExp
  CRIME?: RegExp
}

/** Where an old engine's verdict notes whether it read the text as a warning (its asWarning), for the stack's records. */
const WARNING_NOTE = '__adCheckWarning'
type Noted = { [WARNING_NOTE]?: boolean }

/**
 * An old engine's source with a line after its asWarning statement that notes the reading on globalThis (engines before
 * 0a74e7e have none: their records carry null). The statement ends at the first line break outside brackets whose line
 * does not end in an operator.
 */
export function notingWarning(source: string): string {
  const at = source.indexOf('const asWarning = ')
  if (at < 0) return source
  let depth = 0
  for (let i = at; i < source.length; i++) {
    const c = source[i]
    if (c === '(' || c === '[' || c === '{') depth++
    else if (c === ')' || c === ']' || c === '}') depth--
    else if (c === '\n' && depth === 0 && !/(?:\|\||&&|\?|:|,|=)\s*$/.test(source.slice(at, i)))
      return `${source.slice(0, i)}\n  ;(globalThis as unknown as Record<string, unknown>).${WARNING_NOTE} = asWarning${source.slice(i)}`
  }
  return source
}

function rulesAt(commit: string): { rules: (text: string) => CheckResult; engine: OldCheck | null; register: OldRegister } {
  const root = join(tmpdir(), `fangfei-ad-check-${commit}`)
  mkdirSync(join(root, 'core/ad-check'), { recursive: true })
  const show = (path: string) => execFileSync('git', ['show', `${commit}:src/${path}`], { cwd: join(__dirname, '..'), encoding: 'utf8' })
  writeFileSync(join(root, 'core/red-flags.ts'), show('core/red-flags.ts'))
  for (const f of ['rules', 'numbers', 'normalize']) writeFileSync(join(root, `core/ad-check/${f}.ts`), show(`core/ad-check/${f}.ts`))
  writeFileSync(join(root, 'core/ad-check/engine.ts'), notingWarning(show('core/ad-check/engine.ts')))
  // Engines since the scorer import it; they are replayed without it (the scorer below is trained without the part).
  const scored = show('core/ad-check/engine.ts').includes("from './scorer'")
  if (scored) for (const f of ['scorer.ts', 'scorer-weights.json']) writeFileSync(join(root, `core/ad-check/${f}`), show(`core/ad-check/${f}`))
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const old = (require(join(root, 'core/ad-check/engine.ts')) as { checkAdvert: OldCheck }).checkAdvert
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const register = require(join(root, 'core/ad-check/rules.ts')) as OldRegister
  return { rules: (text) => old(text, { scorer: null }), engine: scored ? old : null, register }
}

/**
 * The old rules' verdict moved by a scorer as checkAdvert moves it today: a
 * low text lifted where some word of a sign (a flag, or a hint word of
 * today's rules) is there to show; a flagged text dropped at or below
 * SCORER_LOWER where today's rules see advice or a licensed product's words,
 * at or below SCORER_LOWER_BARE where they see neither. (Today's
 * engine also never lifts a text it reads as a warning; the old engines do not
 * say which of their low texts they read so, and this replay lifts them too.)
 */
function withScorer(old: CheckResult, text: string, model: ScorerModel): boolean {
  const t = normalize(text).text
  const z = scoreLogit(t, model)
  if (old.risk !== 'low') {
    const register = new RegExp(WARNING.source).test(t) || LICENSED.test(t)
    return z > (register ? SCORER_LOWER : SCORER_LOWER_BARE)
  }
  // Nor is a licensed product that states its own risk lifted (a crime retold is no licensed product), nor a text
  // the old rules found no money to earn in.
  if ((LICENSED.test(t) && !CRIME.test(t) && new RegExp(WARNING.source).test(t)) || !old.investment) return false
  return z >= SCORER_RAISE && (old.flags.length > 0 || RULES.some((r) => r.hints && new RegExp(r.hints.source).test(t)))
}

function history(texts: Text[], only: string[]): void {
  process.stdout.write(
    `earlier held-back parts, against the rules of their time (scorer: raise at ${SCORER_RAISE}, lower at ${SCORER_LOWER} with licensed or advice words and ${SCORER_LOWER_BARE} without; rates at or above ${RATE_FLAG}% are figures)\n`
  )
  for (const h of HISTORY.filter((x) => only.length === 0 || only.includes(x.part.source.slice(1, -1)))) {
    const { rules: old, engine } = rulesAt(h.rules)
    const part = texts.filter((t) => h.part.test(t.id) && !h.unscored?.includes(t.id))
    const model = train(texts.filter((t) => !h.unseen.test(t.id)))
    figures(`part ${h.part.source.slice(1)} rules@${h.rules} alone`, part, (t) => old(t.text).risk !== 'low')
    figures(`part ${h.part.source.slice(1)} rules@${h.rules} + scorer`, part, (t) => withScorer(old(t.text), t.text, model))
    // An engine that already took a scorer moved verdicts by its own reading (and thresholds), which the replay above
    // only approximates: it lifts texts that engine read as warnings. Given a scorer trained as today's script trains
    // on the texts of its time, it gives the merge's figures where the settings were today's (i-, j-); g- and h- were
    // scored with scorers of other settings, so theirs differ from the merge's.
    if (engine) figures(`part ${h.part.source.slice(1)} engine@${h.rules} + scorer`, part, (t) => engine(t.text, { scorer: model }).risk !== 'low')
    if (engine && h.scorer) {
      const shipped = JSON.parse(execFileSync('git', ['show', `${h.scorer}:src/core/ad-check/scorer-weights.json`], { cwd: join(__dirname, '..'), encoding: 'utf8' })) as ScorerModel
      figures(`part ${h.part.source.slice(1)} engine@${h.rules} + scorer@${h.scorer}`, part, (t) => engine(t.text, { scorer: shipped }).risk !== 'low')
    }
  }
}

/** One text of a blind reading: what the rules of its time said of it, and what a scorer that never saw it says. */
interface StackRecord {
  id: string
  /** The parts scored together with one commit's rules (m-+n-, q-+r-, o-+p-), or one part. */
  reading: string
  illegal: boolean
  kind: string
  level: CheckResult['risk']
  z: number
  /** A promised rate at or above RATE_FLAG among the old rules' flags: a figure no register talks down. */
  figure: boolean
  /** The old rules' own licensed-product and advice words (their LICENSED and WARNING). */
  licensed: boolean
  warning: boolean
  investment: boolean
  flags: number
  /** Words a lift could point at: a flag of the old rules, or a hint word of today's. */
  pointable: boolean
  /** Whether the old engine read the text as a warning or a rule (its asWarning); null for engines before it had one. */
  engineWarning: boolean | null
  /** A sum or money named (the engine's SPEAKS_OF_MONEY): read from the text when the records are loaded. */
  money?: boolean
  /** A case told in the rules' words (today's retellsCase): read from the text when the records are loaded. */
  retells?: boolean
  /** A law's list of elements (today's LAW_LIST): read from the text when the records are loaded. */
  lawList?: boolean
}

/** How checkAdvert lets the scorer move the rules' level; each field a choice the stack weighs. */
interface Combo {
  /** Lift a low text to medium at or above this log-odds (Infinity: never). */
  raise: number
  /**
   * Which low texts may not be lifted: "warning" (advice words in it), "today" (also a licensed product with no sign and no
   * figure), "register" (any licensed-product or advice words); "engine" (only those the engine read as a warning or a
   * rule, its asWarning, advice words where the engine had no such reading) and "none" (any low text).
   */
  raiseBlock: 'warning' | 'today' | 'register' | 'engine' | 'none'
  /** Drop a flagged text to low at or below this log-odds where the rules read a licensed product or advice ... */
  lowerReg: number
  /** ... and at or below this one where they read neither (-Infinity: never). */
  lowerAny: number
  /** Which levels may be dropped: a medium only, or a high too. */
  scope: 'medium' | 'all'
  /** Whether a figure above bank rates keeps a flag whatever the scorer says: always, only where the rules read no licensed product or advice ("bare"), or never. */
  figureGuard: boolean | 'bare'
  /** Lift a low text with nothing to point at, or no money asked to earn, that speaks of money, showing its heaviest clauses, at or above this (Infinity: never). */
  resemble: number
  /**
   * With raiseBlock "engine": lift a text the engine read as a warning that retells a case, asks money to earn, has words to
   * point at and no licensed product's, at or above this and the lift (engine.ts SCORER_CASE: such a text must pass both).
   * Absent: such texts stay blocked. The licensed words are the old rules' own, where today's engine reads none beside a
   * crime named: a case's report that mentions a 国债 is lifted by the engine and counted blocked here.
   */
  caseLift?: number
  /**
   * With caseLift: lift such a text that tells its case in no words the rules know as a case's (no retells) and lists no
   * law's elements, at or above this (engine.ts SCORER_CASE_UNNAMED). Absent: such texts stay blocked.
   */
  caseUnnamed?: number
}

// As the engine was until --stack chose (f3e65fe), and as it is (the figure guard dropped after u- and v-).
const BEFORE: Combo = { raise: 2, raiseBlock: 'today', lowerReg: -1, lowerAny: -Infinity, scope: 'medium', figureGuard: true, resemble: Infinity }
const TODAY: Combo = {
  raise: SCORER_RAISE,
  raiseBlock: 'engine',
  lowerReg: SCORER_LOWER,
  lowerAny: SCORER_LOWER_BARE,
  scope: 'all',
  figureGuard: false,
  resemble: SCORER_RESEMBLE,
  caseLift: SCORER_CASE,
  caseUnnamed: SCORER_CASE_UNNAMED
}
const RULES_ALONE: Combo = { raise: Infinity, raiseBlock: 'today', lowerReg: -Infinity, lowerAny: -Infinity, scope: 'medium', figureGuard: true, resemble: Infinity }

function stackAlarmed(r: StackRecord, c: Combo): boolean {
  if (r.level !== 'low') {
    if (c.scope === 'medium' && r.level === 'high') return true
    const register = r.licensed || r.warning
    if (r.figure && (c.figureGuard === true || (c.figureGuard === 'bare' && !register))) return true
    return r.z > (register ? c.lowerReg : c.lowerAny)
  }
  if (c.raiseBlock === 'engine' && c.caseLift !== undefined && (r.engineWarning ?? r.warning))
    return (r.retells === true || (c.caseUnnamed !== undefined && r.lawList !== true && r.z >= c.caseUnnamed)) && !r.licensed && r.investment && r.pointable && r.z >= Math.max(c.raise, c.caseLift)
  if (!r.investment || !r.pointable) return !r.warning && !r.licensed && r.money === true && r.z >= c.resemble
  const blocked =
    c.raiseBlock === 'none'
      ? false
      : c.raiseBlock === 'engine'
        ? (r.engineWarning ?? r.warning)
        : c.raiseBlock === 'warning'
          ? r.warning
          : c.raiseBlock === 'today'
            ? r.warning || (r.licensed && r.flags === 0 && !r.figure)
            : r.warning || r.licensed
  return !blocked && r.z >= c.raise
}

function stackRecords(texts: Text[], fresh: boolean): StackRecord[] {
  const cache = join(tmpdir(), 'fangfei-ad-check-stack.json')
  const byId = new Map(texts.map((t) => [t.id, t]))
  const withTextReadings = (rs: StackRecord[]) =>
    rs.map((r) => {
      const n = normalize(byId.get(r.id)?.text ?? '').text
      return { ...r, money: SPEAKS_OF_MONEY.test(n), retells: retellsCase(n), lawList: LAW_LIST.test(n) }
    })
  if (!fresh && existsSync(cache)) return withTextReadings(JSON.parse(readFileSync(cache, 'utf8')) as StackRecord[])
  const records: StackRecord[] = []
  const models = new Map<string, ScorerModel>()
  for (const h of HISTORY) {
    const { rules: old, register } = rulesAt(h.rules)
    const reading = HISTORY.filter((o) => o.rules === h.rules)
      .map((o) => o.part.source.slice(1))
      .join('+')
    let model = models.get(h.unseen.source)
    if (!model) models.set(h.unseen.source, (model = train(texts.filter((t) => !h.unseen.test(t.id)))))
    for (const t of texts.filter((x) => h.part.test(x.id) && !h.unscored?.includes(x.id))) {
      const n = normalize(t.text).text
      ;(globalThis as Noted)[WARNING_NOTE] = undefined
      const r = old(t.text)
      const noted = (globalThis as Noted)[WARNING_NOTE]
      records.push({
        id: t.id,
        reading,
        illegal: t.label === 'illegal',
        kind: t.kind,
        level: r.risk,
        z: Math.round(scoreLogit(n, model) * 1000) / 1000,
        figure: r.flags.some((f) => f.code === 'high_return' && f.matches.some((m) => /\d|百分之|千分之|万分之|分/.test(m.text))),
        licensed: new RegExp(register.LICENSED.source).test(n),
        warning: new RegExp(register.WARNING.source).test(n),
        investment: r.investment !== false,
        flags: r.flags.length,
        pointable: r.flags.length > 0 || RULES.some((x) => x.hints && new RegExp(x.hints.source).test(n)),
        engineWarning: noted === undefined ? null : noted
      })
    }
    process.stdout.write(`  read ${h.part.source.slice(1)} (rules@${h.rules})\n`)
  }
  writeFileSync(cache, JSON.stringify(records))
  return withTextReadings(records)
}

interface Tally {
  caught: number
  illegal: number
  alarms: number
  legit: number
}
const tally = (rs: StackRecord[], alarmed: (r: StackRecord) => boolean): Tally => ({
  caught: rs.filter((r) => r.illegal && alarmed(r)).length,
  illegal: rs.filter((r) => r.illegal).length,
  alarms: rs.filter((r) => !r.illegal && alarmed(r)).length,
  legit: rs.filter((r) => !r.illegal).length
})
const pct = (a: number, b: number) => ((a / b) * 100).toFixed(1)
const shown = (t: Tally) => `${pct(t.caught, t.illegal)}/${pct(t.alarms, t.legit)}`
/** How far from the aim (recall 95 %, false alarms 5 %): the shortfall of each, summed; 0 meets it. */
const shortfall = (t: Tally) => Math.max(0, 0.95 - t.caught / t.illegal) + Math.max(0, t.alarms / t.legit - 0.05)

/**
 * A combination's worth on some readings: its mean shortfall per reading (each reading counts alike: the aim is to be
 * met on the next one, whatever its size), then its recall less its false alarms over them all.
 */
function worth(rs: StackRecord[], readings: string[], c: Combo): [number, number] {
  const per = readings.map((k) => perReading(rs, c).get(k) ?? tally([], () => false))
  const mean = per.reduce((sum, t) => sum + shortfall(t), 0) / readings.length
  const all = per.reduce((a, t) => ({ caught: a.caught + t.caught, illegal: a.illegal + t.illegal, alarms: a.alarms + t.alarms, legit: a.legit + t.legit }))
  return [mean, all.caught / all.illegal - all.alarms / all.legit]
}

// Each combination's tally on each reading, counted once: worth() reads thousands of combinations again for every reading
// left out in turn.
const tallies = new WeakMap<StackRecord[], { groups: Map<string, StackRecord[]>; byCombo: WeakMap<Combo, Map<string, Tally>> }>()
function perReading(rs: StackRecord[], c: Combo): Map<string, Tally> {
  let memo = tallies.get(rs)
  if (!memo) {
    const groups = new Map<string, StackRecord[]>()
    for (const r of rs) {
      const group = groups.get(r.reading)
      if (group) group.push(r)
      else groups.set(r.reading, [r])
    }
    tallies.set(rs, (memo = { groups, byCombo: new WeakMap() }))
  }
  let per = memo.byCombo.get(c)
  if (!per) {
    per = new Map([...memo.groups].map(([k, group]) => [k, tally(group, (r) => stackAlarmed(r, c))]))
    memo.byCombo.set(c, per)
  }
  return per
}

function combos(): Combo[] {
  const out: Combo[] = [BEFORE]
  // A lift below 0 flags what the scorer itself thinks more likely legitimate: on these records it still gains, but only on
  // the first readings (b- to k-, read by rules far weaker than today's), so the grid stops at 0.
  for (const raise of [0, 0.5, 1, 1.5, 2, 2.5, 3, 4, Infinity])
    for (const raiseBlock of ['warning', 'today', 'register'] as const)
      for (const lowerReg of [-Infinity, -3, -2, -1, -0.5, 0, 0.5, 1, 1.5])
        for (const lowerAny of [-Infinity, -4, -3, -2, -1, 0])
          for (const scope of ['medium', 'all'] as const)
            for (const figureGuard of [true, 'bare', false] as const) if (lowerAny <= lowerReg) out.push({ raise, raiseBlock, lowerReg, lowerAny, scope, figureGuard, resemble: SCORER_RESEMBLE })
  return out
}

/** The best combination on some readings; ties go to the one met first (today's, then the grid's order). */
function choose(rs: StackRecord[], readings: string[], grid: Combo[]): Combo {
  let best = grid[0]
  let score = worth(rs, readings, best)
  for (const c of grid.slice(1)) {
    const w = worth(rs, readings, c)
    if (w[0] < score[0] - 1e-9 || (Math.abs(w[0] - score[0]) < 1e-9 && w[1] > score[1] + 1e-9)) [best, score] = [c, w]
  }
  return best
}

const named = (c: Combo) =>
  `raise ${c.raise} (not ${c.raiseBlock}), lower ${c.lowerReg} with licensed/advice words, ${c.lowerAny} without, ${c.scope === 'medium' ? 'medium only' : 'medium or high'}${c.figureGuard === true ? ', a figure keeps the flag' : c.figureGuard === 'bare' ? ', a figure keeps the flag without licensed/advice words' : ''}${c.caseLift !== undefined ? `, a case told under a warning lifted at ${c.caseLift}` : ''}${c.caseUnnamed !== undefined ? ` (in words the rules lack at ${c.caseUnnamed})` : ''}`

function stack(texts: Text[]): void {
  const rs = stackRecords(texts, process.argv.includes('--fresh'))
  const readings = [...new Set(rs.map((r) => r.reading))]
  const last = readings.slice(-4)
  const grid = combos()
  process.stdout.write(
    `${rs.length} out-of-sample records from ${readings.length} blind readings (${readings.join(', ')}); ${grid.length} combinations\n` +
      `recall/false alarms %: all, per reading ${last.join(', ')}; mean shortfall from 95/5 per reading\n`
  )
  const line = (name: string, alarmed: (r: StackRecord) => boolean) => {
    const per = readings.map((k) =>
      tally(
        rs.filter((r) => r.reading === k),
        alarmed
      )
    )
    const mean = per.reduce((s, t) => s + shortfall(t), 0) / per.length
    process.stdout.write(`  ${name}: all ${shown(tally(rs, alarmed))}; ${last.map((k) => `${k} ${shown(per[readings.indexOf(k)])}`).join(', ')}; shortfall ${(mean * 100).toFixed(1)}\n`)
  }
  line(`rules alone`, (r) => stackAlarmed(r, RULES_ALONE))
  line(`before (${named(BEFORE)})`, (r) => stackAlarmed(r, BEFORE))
  line(`today (${named(TODAY)})`, (r) => stackAlarmed(r, TODAY))
  // The lift's cost and gain where the drop is the one chosen below.
  for (const raise of [0, 1, 2, Infinity]) {
    const c: Combo = { raise, raiseBlock: 'today', lowerReg: 1, lowerAny: -2, scope: 'all', figureGuard: false, resemble: SCORER_RESEMBLE }
    line(named(c), (r) => stackAlarmed(r, c))
  }
  // The scorer's own lift, where the rules found nothing to point at (SCORER_RESEMBLE), at the shipped combination.
  for (const resemble of [2, 3, 4, Infinity]) line(`today, its own lift at ${resemble}`, (r) => stackAlarmed(r, { ...TODAY, resemble }))
  // The best of each family on every reading (a fit to these records, shown for scale), then the honest figure: the
  // choice made without each reading, read on it.
  const families: [string, (c: Combo) => boolean][] = [
    ['raise only', (c) => c.lowerReg === -Infinity && c.lowerAny === -Infinity],
    ['lower only with licensed/advice words, medium', (c) => c.lowerAny === -Infinity && c.scope === 'medium'],
    ['lower only with licensed/advice words, medium or high', (c) => c.lowerAny === -Infinity && c.scope === 'all'],
    ['lower any flag, medium', (c) => c.scope === 'medium'],
    ['any drop, a figure keeps the flag', (c) => c.figureGuard === true],
    ['any drop, a figure keeps the flag without licensed/advice words', (c) => c.figureGuard === 'bare'],
    ['anything', () => true]
  ]
  for (const [name, keep] of families) {
    const sub = grid.filter(keep)
    const best = choose(rs, readings, sub)
    line(`best ${name} on all (${named(best)})`, (r) => stackAlarmed(r, best))
    const chosen = new Map(
      readings.map((k) => [
        k,
        choose(
          rs,
          readings.filter((x) => x !== k),
          sub
        )
      ])
    )
    line(`  leave one reading out, ${name}`, (r) => stackAlarmed(r, chosen.get(r.reading)!))
    if (name === 'anything') for (const [k, c] of chosen) process.stdout.write(`    without ${k}: ${named(c)}\n`)
  }
  // The lift beside the engine's own warning reading (engineWarning): may a lift reach texts the rules read as warnings? Read
  // at the drops the folds keep choosing, with each block of the lift, chosen leaving one reading out.
  const warned = rs.filter((r) => r.engineWarning === true)
  process.stdout.write(
    `the engine's own warning reading: ${rs.filter((r) => r.engineWarning !== null).length} records carry it, ${warned.length} read as warnings (${warned.filter((r) => r.illegal).length} illegal, ${warned.filter((r) => r.illegal && r.level === 'low').length} of them low)\n`
  )
  for (const raiseBlock of ['today', 'engine', 'none'] as const)
    for (const raise of [0, 1]) {
      const c: Combo = { raise, raiseBlock, lowerReg: TODAY.lowerReg, lowerAny: TODAY.lowerAny, scope: 'all', figureGuard: false, resemble: SCORER_RESEMBLE }
      line(named(c), (r) => stackAlarmed(r, c))
    }
  const lifts: Combo[] = []
  for (const raise of [0, 0.5, 1, 1.5, 2, 2.5, 3, 4, Infinity])
    for (const raiseBlock of ['warning', 'today', 'register', 'engine', 'none'] as const)
      for (const lowerReg of [0, 0.5, 1])
        for (const lowerAny of [-2, -1])
          for (const caseLift of raiseBlock === 'engine' ? [undefined, 2.5, 2, 1.5, 1, 0.5] : [undefined])
            for (const caseUnnamed of caseLift === undefined ? [undefined] : [undefined, 3, 2.5, 2, 1.5, 1])
              lifts.push({ raise, raiseBlock, lowerReg, lowerAny, scope: 'all', figureGuard: false, resemble: SCORER_RESEMBLE, caseLift, caseUnnamed })
  const best = choose(rs, readings, [TODAY, ...lifts])
  line(`best with the engine's reading on all (${named(best)})`, (r) => stackAlarmed(r, best))
  const chosen = new Map(
    readings.map((k) => [
      k,
      choose(
        rs,
        readings.filter((x) => x !== k),
        [TODAY, ...lifts]
      )
    ])
  )
  line(`  leave one reading out, with the engine's reading`, (r) => stackAlarmed(r, chosen.get(r.reading)!))
  for (const [k, c] of chosen) process.stdout.write(`    without ${k}: ${named(c)}\n`)
}

/** Each dev text's log-odds from a scorer trained without its fold, for one choice of settings. */
function outOfFold(dev: Text[], settings: Settings): Map<string, number> {
  const z = new Map<string, number>()
  for (const fold of folds(dev)) {
    const inFold = new Set(fold.map((t) => t.id))
    const model = train(
      dev.filter((t) => !inFold.has(t.id)),
      settings
    )
    for (const t of fold) z.set(t.id, scoreLogit(normalize(t.text).text, model))
  }
  return z
}

/** The chance that an illegal text outranks a legitimate one (AUC), and the mean log-loss. */
function ranking(dev: Text[], z: Map<string, number>): { auc: number; loss: number } {
  const ill = dev.filter((t) => t.label === 'illegal').map((t) => z.get(t.id) ?? 0)
  const leg = dev.filter((t) => t.label === 'legit').map((t) => z.get(t.id) ?? 0)
  let wins = 0
  for (const a of ill) for (const b of leg) wins += a > b ? 1 : a === b ? 0.5 : 0
  const loss = dev.reduce((sum, t) => {
    const p = 1 / (1 + Math.exp(-(z.get(t.id) ?? 0)))
    return sum - Math.log(Math.max(1e-9, t.label === 'illegal' ? p : 1 - p))
  }, 0)
  return { auc: wins / (ill.length * leg.length), loss: loss / dev.length }
}

function sweep(dev: Text[]): void {
  process.stdout.write(`grouped ${FOLDS}-fold cross-validation on part "dev" (${dev.length} texts): the scorer alone, per setting\n`)
  const rows: { settings: Settings; auc: number; loss: number }[] = []
  // Pairs alone and pairs with triples lost at every penalty in every sweep from 686 to 1,121 texts, and penalties above
  // 0.002 at every size; with m- and n- in dev (1,332 texts) 2+3+4 lost too (log-loss 0.148 at best, 1+2+3 0.121). The
  // grid tries what is left near the best: fours added, a lighter penalty, more grams kept (the quality test ships at
  // most 1,000: more would have to win clearly to be worth its size).
  for (const sizes of [
    [1, 2, 3],
    [1, 2, 3, 4]
  ])
    for (const l2 of [0.0005, 0.001])
      for (const keep of [1000, 1500]) {
        const settings = { sizes, minDocs: SETTINGS.minDocs, keep, l2 }
        const r = ranking(dev, outOfFold(dev, settings))
        rows.push({ settings, ...r })
        process.stdout.write(`  sizes ${sizes.join('+')} l2 ${l2} keep ${keep}: AUC ${r.auc.toFixed(4)}, log-loss ${r.loss.toFixed(4)}\n`)
      }
  const best = [...rows].sort((a, b) => a.loss - b.loss)[0]
  process.stdout.write(`lowest log-loss: sizes ${best.settings.sizes.join('+')} l2 ${best.settings.l2} keep ${best.settings.keep}\n`)
  const shipped = rows.find((r) => r.settings.sizes.join() === SETTINGS.sizes.join() && r.settings.l2 === SETTINGS.l2 && r.settings.keep === SETTINGS.keep)
  process.stdout.write(`SETTINGS (shipped): sizes ${SETTINGS.sizes.join('+')} l2 ${SETTINGS.l2} keep ${SETTINGS.keep}: AUC ${shipped?.auc.toFixed(4)}, log-loss ${shipped?.loss.toFixed(4)}\n`)
  // The thresholds, with the shipped settings: every verdict out of fold, the rules' own verdict beside it.
  const models = new Map<string, ScorerModel>()
  for (const fold of folds(dev)) {
    const inFold = new Set(fold.map((t) => t.id))
    const model = train(dev.filter((t) => !inFold.has(t.id)))
    for (const t of fold) models.set(t.id, model)
  }
  process.stdout.write(`rules with the scorer (shipped settings), per threshold: recall, false alarms\n`)
  const ill = dev.filter((t) => t.label === 'illegal')
  const leg = dev.filter((t) => t.label === 'legit')
  let chosen: { raise: number; lower: number; caught: number; alarms: number } | undefined
  for (const raise of [0.25, 0.5, 0.75, 1, 1.25, 1.5, 2]) {
    const cells = [-0.5, -1, -2].map((lower) => {
      const alarmed = (t: Text) => checkAdvert(t.text, { scorer: models.get(t.id), raise, lower }).risk !== 'low'
      const caught = ill.filter(alarmed).length
      const alarms = leg.filter(alarmed).length
      // The fewest false alarms, then the most caught. Where the cross-validation cannot tell thresholds apart, the
      // highest lift: texts unlike dev's (the written lane) are where a surer scorer errs. The drop stays the engine's.
      const tied = chosen && alarms === chosen.alarms && caught === chosen.caught
      const better = !chosen || alarms < chosen.alarms || (alarms === chosen.alarms && caught > chosen.caught) || (tied && (raise > chosen!.raise || lower === SCORER_LOWER))
      if (better) chosen = { raise, lower, caught, alarms }
      return `lower ${lower}: ${caught}/${ill.length}, ${alarms}/${leg.length}`
    })
    process.stdout.write(`  raise ${raise}: ${cells.join('; ')}\n`)
  }
  process.stdout.write(`chosen: raise ${chosen?.raise}, lower ${chosen?.lower} (engine: SCORER_RAISE ${SCORER_RAISE}, SCORER_LOWER ${SCORER_LOWER})\n`)
}

function main(): void {
  const all = (real as { texts: Text[] }).texts
  if (process.argv.includes('--help')) return void process.stdout.write(`${USAGE}\n`)
  if (process.argv.includes('--history'))
    return history(
      all,
      process.argv.slice(process.argv.indexOf('--history') + 1).filter((a) => /^[a-z]{1,6}$/.test(a))
    )
  if (process.argv.includes('--stack')) return stack(all)
  // A held reading at its merge: all of it and each part, with the shipped scorer and with the rules alone.
  if (process.argv.includes('--held')) {
    const held = all.filter((t) => t.part === 'held')
    for (const part of ['', ...new Set(held.map((t) => `${t.id.split('-')[0]}-`))]) {
      const of = held.filter((t) => t.id.startsWith(part))
      const name = part ? `part ${part}` : 'held'
      figures(`${name} rules + scorer`, of, (t) => checkAdvert(t.text).risk !== 'low')
      figures(`${name} rules alone`, of, (t) => checkAdvert(t.text, { scorer: null }).risk !== 'low')
    }
    return
  }
  const dev = all.filter((t) => t.part === 'dev')
  if (process.argv.includes('--sweep')) return sweep(dev)
  if (process.argv.includes('--cv')) {
    const verdict = new Map<string, boolean>()
    let moved = 0
    for (const fold of folds(dev)) {
      const inFold = new Set(fold.map((t) => t.id))
      const model = train(dev.filter((t) => !inFold.has(t.id)))
      for (const t of fold) {
        const alarmed = checkAdvert(t.text, { scorer: model }).risk !== 'low'
        if (alarmed !== (checkAdvert(t.text, { scorer: null }).risk !== 'low')) moved++
        verdict.set(t.id, alarmed)
      }
    }
    process.stdout.write(`grouped ${FOLDS}-fold cross-validation on part "dev" (${dev.length} texts, folds by source); the rules were written on all of it\n`)
    figures('rules alone', dev, (t) => checkAdvert(t.text, { scorer: null }).risk !== 'low')
    figures('rules + scorer (scorer trained without the fold)', dev, (t) => verdict.get(t.id) === true)
    process.stdout.write(`the scorer moved ${moved} verdicts\n`)
    return
  }
  const model = train(dev)
  const file = join(__dirname, '../src/core/ad-check/scorer-weights.json')
  writeFileSync(file, `${JSON.stringify(model)}\n`)
  process.stdout.write(`wrote ${Object.keys(model.weights).length} weights to ${file}\n`)
}

// Imported by experiments for train(); run as a script, it trains or cross-validates.
if (process.argv[1]?.endsWith('train-ad-check.ts')) main()
