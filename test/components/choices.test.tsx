import { fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { Choices, Toggle } from '../../src/components/choices'

const TOPICS = [
  { value: 'app', label: '关于小程序' },
  { value: 'service', label: '关于办事服务' }
]

function Single() {
  const [picked, setPicked] = useState('')
  return <Choices label='关于什么' options={TOPICS} selected={[picked]} onChange={([v]) => setPicked(v)} />
}

function Several() {
  const [picked, setPicked] = useState<string[]>([])
  return <Choices multiple label='角色' options={TOPICS} selected={picked} onChange={setPicked} />
}

describe('choice chips tell a screen reader whether one or several may be picked', () => {
  it('a single choice is a radio group named by its question: picking one unpicks the other', () => {
    render(<Single />)
    const group = screen.getByRole('radiogroup', { name: '关于什么' })
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0)
    const [app, service] = screen.getAllByRole('radio')
    expect(group).toContainElement(app)
    expect(app).toHaveAttribute('aria-checked', 'false')
    fireEvent.click(app)
    expect(screen.getByRole('radio', { name: '关于小程序' })).toHaveAttribute('aria-checked', 'true')
    fireEvent.click(service)
    expect(screen.getByRole('radio', { name: '关于小程序' })).toHaveAttribute('aria-checked', 'false')
    expect(screen.getByRole('radio', { name: '关于办事服务' })).toHaveAttribute('aria-checked', 'true')
  })

  it('several choices stay checkboxes in a named group, each toggled on its own', () => {
    render(<Several />)
    expect(screen.getByRole('group', { name: '角色' })).toBeInTheDocument()
    expect(screen.queryAllByRole('radio')).toHaveLength(0)
    fireEvent.click(screen.getByRole('checkbox', { name: '关于小程序' }))
    fireEvent.click(screen.getByRole('checkbox', { name: '关于办事服务' }))
    expect(screen.getByRole('checkbox', { name: '关于小程序' })).toHaveAttribute('aria-checked', 'true')
    expect(screen.getByRole('checkbox', { name: '关于办事服务' })).toHaveAttribute('aria-checked', 'true')
  })

  it('a yes/no toggle is a pair of radios', () => {
    render(<Toggle value yes='显示' no='隐藏' onChange={() => {}} />)
    expect(screen.getByRole('radio', { name: '显示' })).toHaveAttribute('aria-checked', 'true')
    expect(screen.getByRole('radio', { name: '隐藏' })).toHaveAttribute('aria-checked', 'false')
  })
})
