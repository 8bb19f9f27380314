import { optionId, type QuizFields } from '../../src/core/quiz-item'

/** The item's columns; options get stable ids (a, b, c …) that answers refer to. Shared by the office's bank and the starter content's seeding. */
export function quizItemColumns(f: QuizFields) {
  return {
    kind: f.kind,
    category: f.category,
    difficulty: f.difficulty,
    personas: JSON.stringify(f.personas),
    prompt: f.prompt,
    advert: f.advert ? JSON.stringify({ source: f.advert.source, text: f.advert.text }) : null,
    options: JSON.stringify(f.options.map((o, i) => ({ id: optionId(i), text: o.text, correct: o.correct, ...(o.flag ? { flag: o.flag } : {}) }))),
    red_flags: JSON.stringify(f.redFlags),
    explanation: f.explanation
  }
}
