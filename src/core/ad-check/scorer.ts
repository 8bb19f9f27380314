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

/** Each distinct gram of the text that the model knows, once: the features are present or absent. */
export function grams(text: string, sizes: readonly number[], known: (gram: string) => boolean): Set<string> {
  const found = new Set<string>()
  for (const n of sizes) {
    for (let i = 0; i + n <= text.length; i++) {
      const g = text.slice(i, i + n)
      if (known(g)) found.add(g)
    }
  }
  return found
}

/** The model's log-odds that a normalized text asks the public for money with a promised return. */
export function scoreLogit(normalized: string, m: ScorerModel = SCORER): number {
  const weights = weightsOf(m)
  let z = m.bias
  for (const g of grams(normalized, m.sizes, (x) => weights.has(x))) z += weights.get(g) ?? 0
  return z
}
