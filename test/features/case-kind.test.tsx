import { render, screen } from '@testing-library/react'
import { ContentCard } from '../../src/components/content-card'
import type { CaseLesson } from '../../src/core/reading-types'
import { CaseView } from '../../src/features/cases/components/case-view'

const lesson: CaseLesson = {
  id: 'case-x',
  title: '床位返利，老刘的钱没了',
  category: 'pension',
  summary: '摘要',
  publishedAt: '2026-06-15T00:00:00.000Z',
  town: null,
  redFlags: [],
  featured: true,
  kind: 'illustrative',
  source: '',
  sourceUrl: '',
  story: '某县农村的老刘交了钱。',
  outcome: '钱没拿回来。',
  lesson: '先问一问。',
  question: { prompt: '怎么办？', options: ['先问', '先交'], answer: 0, explanation: '先问。' }
}

describe('a case lesson says whether it happened', () => {
  it('marks an illustrative case on its card and at the top of its page', () => {
    render(<ContentCard {...lesson} url='/case' />)
    expect(screen.getByText('情景案例，根据常见案情编写')).toBeInTheDocument()
    render(<CaseView lesson={lesson} />)
    expect(screen.getByText(/情景案例，根据常见案情编写，地点和人物都不是真的/)).toBeInTheDocument()
  })

  it('shows a real case with who made it public and where', () => {
    const real: CaseLesson = { ...lesson, kind: 'real', source: '某某区人民法院', sourceUrl: 'https://court.example.cn/case/1' }
    render(<ContentCard {...real} url='/case' />)
    expect(screen.getByText('真实案例')).toBeInTheDocument()
    render(<CaseView lesson={real} />)
    expect(screen.getByText('真实案例 · 来源：某某区人民法院')).toBeInTheDocument()
    expect(screen.getByText('https://court.example.cn/case/1')).toBeInTheDocument()
    expect(screen.queryByText(/情景案例/)).toBeNull()
  })
  it("marks the resident's own town's items 本地, and the district's (shown in every town) not at all", () => {
    const { unmount } = render(<ContentCard {...lesson} url='/case' />)
    expect(screen.queryByText('本地')).toBeNull()
    unmount()
    render(<ContentCard {...lesson} town='beicang' url='/case' />)
    expect(screen.getByText('本地')).toBeInTheDocument()
  })
})
