import { articleScript, blockBeingRead, caseScript, spokenBlocks, splitForSpeech, utf8Bytes } from '../../src/core/read-aloud'

const bytes = (s: string) => Buffer.byteLength(s, 'utf8')

describe('what 朗读 reads', () => {
  it('reads an article title first, then each block of its body as the page numbers them, words without marks', () => {
    const body = [
      '第一段讲**保本高息**。',
      '',
      '![宣传单](image:abc123)',
      '',
      '![](image:def456)',
      '',
      '## 怎么办',
      '',
      '- 先打热线问一问',
      '- 别急着交钱！',
      '',
      '有人说[[稳赚不赔|guaranteed_return]]。'
    ].join('\n')
    expect(spokenBlocks(body)).toEqual(['第一段讲保本高息。', '图片：宣传单', '', '怎么办', '先打热线问一问。别急着交钱！', '有人说稳赚不赔。'])
    expect(articleScript({ title: '养老公寓的“高回报”', body })).toEqual([
      { key: 'title', text: '养老公寓的“高回报”' },
      { key: 'body:0', text: '第一段讲保本高息。' },
      { key: 'body:1', text: '图片：宣传单' },
      { key: 'body:3', text: '怎么办' },
      { key: 'body:4', text: '先打热线问一问。别急着交钱！' },
      { key: 'body:5', text: '有人说稳赚不赔。' }
    ])
  })

  it('reads a case lesson in the order of the page: title, then each section title and its text; not the check question', () => {
    const script = caseScript({ title: '王大爷的“理财”', story: '他交了钱。\n\n后来人跑了。', outcome: '钱没追回。', lesson: '先问热线。' })
    expect(script.map((p) => p.key)).toEqual(['title', 'story', 'story:0', 'story:1', 'outcome', 'outcome:0', 'lesson', 'lesson:0'])
    expect(script.map((p) => p.text).join('|')).toBe('王大爷的“理财”|案情经过|他交了钱。|后来人跑了。|钱和人最后怎样了|钱没追回。|给您提个醒|先问热线。')
  })

  it('names the block being read only for its own body', () => {
    expect(blockBeingRead('story', 'story:3')).toBe(3)
    expect(blockBeingRead('story', 'story')).toBeUndefined()
    expect(blockBeingRead('body', 'story:3')).toBeUndefined()
    expect(blockBeingRead('body', undefined)).toBeUndefined()
  })
})

describe('splitForSpeech', () => {
  it('counts bytes as UTF-8 does', () => {
    for (const s of ['abc', '防非宣传', 'é', '😀', '“引号”']) expect(utf8Bytes(s)).toBe(bytes(s))
  })

  it('keeps a paragraph that fits whole, whitespace folded', () => {
    expect(splitForSpeech('  不要相信\n保本高息。 ', 1000)).toEqual(['不要相信 保本高息。'])
    expect(splitForSpeech(' \n ', 1000)).toEqual([])
  })

  it('cuts a long paragraph after whole sentences, each chunk within the limit, losing nothing', () => {
    const sentences = Array.from({ length: 40 }, (_, i) => `第${i + 1}句话说的是不要把养老钱交给陌生人，“保本高息”都是骗局！`)
    const text = sentences.join('')
    const chunks = splitForSpeech(text, 1000)
    expect(bytes(text)).toBeGreaterThan(3000)
    expect(chunks.length).toBeGreaterThan(3)
    for (const chunk of chunks) {
      expect(bytes(chunk)).toBeLessThanOrEqual(1000)
      // Each chunk ends where a sentence ends, closing quote and all.
      expect(chunk).toMatch(/骗局！$/)
    }
    expect(chunks.join('')).toBe(text)
    // Packed, not one sentence a call: no two neighbours would have fitted together.
    for (let i = 1; i < chunks.length; i++) expect(bytes(chunks[i - 1] + chunks[i])).toBeGreaterThan(1000)
  })

  it('keeps a closing quote with its sentence', () => {
    const chunks = splitForSpeech('他说：“稳赚不赔。”我信了。后来才知道是骗局。', 30)
    expect(chunks[0]).toBe('他说：“稳赚不赔。”')
    expect(chunks.join('')).toBe('他说：“稳赚不赔。”我信了。后来才知道是骗局。')
  })

  it('cuts a sentence too long alone after its commas, and a run-on with no stop anywhere', () => {
    const clauses = Array.from({ length: 30 }, (_, i) => `第${i + 1}个理由是高回报`).join('，') + '。'
    const byClause = splitForSpeech(clauses, 100)
    expect(byClause.length).toBeGreaterThan(1)
    byClause.slice(0, -1).forEach((chunk) => expect(chunk).toMatch(/，$/))
    expect(byClause.join('')).toBe(clauses)

    const runOn = '骗'.repeat(1000)
    const hard = splitForSpeech(runOn, 1000)
    expect(hard.map(bytes)).toEqual([999, 999, 999, 3])
    expect(hard.join('')).toBe(runOn)
  })

  it('never splits a character in two', () => {
    const text = '😀'.repeat(10)
    const chunks = splitForSpeech(text, 10)
    expect(chunks).toEqual(['😀😀', '😀😀', '😀😀', '😀😀', '😀😀'])
  })
})
