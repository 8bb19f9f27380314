/**
 * A small statistical second opinion for the advert checker: a logistic
 * model over the character pairs and triples of the normalized text, trained
 * by scripts/train-ad-check.ts on the development part of the real corpus
 * (test/core/ad-check-real.json) and shipped as data (scorer-weights.json).
 *
 * It never raises a flag of its own: the engine lets it move the level only
 * where the rules found words to point at (see checkAdvert), because a
 * resident must always see which words worried the checker.
 */
import model from './scorer-weights.json'

export interface ScorerModel {
  version: number
  /** Lengths of the character grams read, e.g. [2, 3]. */
  sizes: number[]
  bias: number
  weights: Record<string, number>
}

export const SCORER: ScorerModel = model as ScorerModel
const maps = new WeakMap<ScorerModel, Map<string, number>>()
const weightsOf = (m: ScorerModel): Map<string, number> => {
  let w = maps.get(m)
  if (!w) maps.set(m, (w = new Map(Object.entries(m.weights))))
  return w
}

/** The model's grams as a tree of characters (by UTF-16 code), so a text is read without cutting a string for every gram. */
interface GramNode {
  weight?: number
  next: Map<number, GramNode>
}
const trees = new WeakMap<ScorerModel, GramNode>()
const treeOf = (m: ScorerModel): GramNode => {
  let root = trees.get(m)
  if (root) return root
  root = { next: new Map() }
  for (const [gram, weight] of Object.entries(m.weights)) {
    let node = root
    for (let i = 0; i < gram.length; i++) {
      const code = gram.charCodeAt(i)
      let child = node.next.get(code)
      if (!child) node.next.set(code, (child = { next: new Map() }))
      node = child
    }
    node.weight = weight
  }
  trees.set(m, root)
  return root
}

/**
 * The model's log-odds that a normalized text asks the public for money with a promised return. Each gram it knows counts
 * once: the features are present or absent.
 */
export function scoreLogit(normalized: string, m: ScorerModel = SCORER): number {
  const root = treeOf(m)
  const longest = Math.max(...m.sizes)
  const seen = new Set<GramNode>()
  let z = m.bias
  for (let i = 0; i < normalized.length; i++) {
    let node: GramNode | undefined = root
    for (let k = i; k < i + longest && k < normalized.length; k++) {
      node = node.next.get(normalized.charCodeAt(k))
      if (!node) break
      if (node.weight !== undefined && !seen.has(node)) {
        seen.add(node)
        z += node.weight
      }
    }
  }
  return z
}

/** Where a clause ends in a normalized text (quotes, colons and spaces are gone): the heaviest words are shown a clause at a time. */
const CLAUSE_BREAK = /[。！？!?；;，,、]/
/** A window this close to its clause's edge is stretched to it, so a shown stretch starts and ends where the clause does. */
const SNAP = 12

/**
 * The stretches of a normalized text that weigh most towards the model's verdict, heaviest first: whole clauses, or in a
 * clause longer than `longest` its heaviest window of that length, stretched to the clause's edge where that is near;
 * only stretches that weigh towards fundraising. The resident is shown these where the model alone lifts a text, so it
 * still points at words. Linear in the text's length.
 */
export function heaviest(normalized: string, m: ScorerModel, count: number, longest: number): { a: number; b: number }[] {
  const weights = weightsOf(m)
  const found: { a: number; b: number; w: number }[] = []
  let start = 0
  for (let end = 0; end <= normalized.length; end++) {
    if (end < normalized.length && !CLAUSE_BREAK.test(normalized[end])) continue
    // Each gram's weight where it starts, by length; a window counts the grams wholly inside it.
    const size = Math.min(longest, end - start)
    const at = m.sizes.map((n) => {
      const w: number[] = []
      for (let i = start; i < end; i++) w.push(i + n <= end ? (weights.get(normalized.slice(i, i + n)) ?? 0) : 0)
      return w
    })
    let sum = m.sizes.reduce((total, n, k) => total + at[k].slice(0, size - n + 1).reduce((x, y) => x + y, 0), 0)
    let best = { a: start, w: sum }
    for (let from = start + 1; from + size <= end; from++) {
      // Slid by one: the grams that started at the old first place leave, those that now end at the new last place come in.
      m.sizes.forEach((n, k) => {
        sum += (at[k][from - start + size - n] ?? 0) - at[k][from - 1 - start]
      })
      if (sum > best.w) best = { a: from, w: sum }
    }
    if (size > 0 && best.w > 0) found.push({ a: best.a - start <= SNAP ? start : best.a, b: end - (best.a + size) <= SNAP ? end : best.a + size, w: best.w })
    start = end + 1
  }
  return found
    .sort((x, y) => y.w - x.w)
    .slice(0, count)
    .map(({ a, b }) => ({ a, b }))
}
