import { quizItemProblems, residentQuestion, type QuizFields } from '../../src/core/quiz-item'

const flags: QuizFields = {
  kind: 'flags',
  category: 'crypto',
  difficulty: 2,
  personas: ['worker'],
  prompt: '这条消息有哪些危险信号？',
  advert: { source: '微信群', text: '云矿机[[日收益千分之三|high_return]]，推荐一人奖励 300 元。' },
  options: [
    { text: '承诺高额回报', correct: true, flag: 'high_return' },
    { text: '拉人头', correct: true, flag: 'recruit' },
    { text: '冒称国企背景', correct: false, flag: 'authority' }
  ],
  redFlags: ['high_return', 'recruit'],
  explanation: '日收益加推荐奖励，是高回报加拉人头。'
}

describe('the rules of a quiz item', () => {
  it('accepts a well-formed item', () => {
    expect(quizItemProblems(flags)).toEqual([])
  })

  it('asks the red flags of a flags item to be exactly those of its right options', () => {
    expect(quizItemProblems({ ...flags, redFlags: ['high_return', 'recruit', 'authority'] })).toContain('多选题的红旗要正好是正确选项的红旗。')
    expect(quizItemProblems({ ...flags, options: flags.options.map((o) => ({ ...o, correct: true })), redFlags: ['high_return', 'recruit', 'authority'] })).toEqual(['至少要有一个错误的选项。'])
  })

  it('lists every problem in the order the form asks for the fields', () => {
    expect(quizItemProblems({ ...flags, category: 'lottery', prompt: ' ', explanation: '' })).toEqual([
      '分类“lottery”不认识，请从分类里选。',
      '题目要填写，最多 200 个字。',
      '解析要填写，最多 500 个字。'
    ])
  })

  it('shows residents the advert without the marks and the options without answers', () => {
    expect(residentQuestion('q1', flags)).toEqual({
      id: 'q1',
      kind: 'flags',
      prompt: flags.prompt,
      advert: { source: '微信群', text: '云矿机日收益千分之三，推荐一人奖励 300 元。' },
      options: [
        { id: 'a', text: '承诺高额回报' },
        { id: 'b', text: '拉人头' },
        { id: 'c', text: '冒称国企背景' }
      ]
    })
  })
})
