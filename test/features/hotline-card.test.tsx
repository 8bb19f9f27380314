import { fireEvent, render, screen } from '@testing-library/react'
import { openStatus } from '../../src/core/hotlines'
import { HotlineCard, UrgentLinesCard } from '../../src/features/hotline/components/hotline-card'
import type { Hotline } from '../../src/core/reading-types'

const hotline: Hotline = {
  phone: '022-12345678',
  hours: '周一至周五 8:30-17:30',
  schedule: '1-5 08:30-17:30',
  address: '镇政府经济办',
  openNow: false
}

// The call button's words, which stand in two pieces so the number keeps to its verb (一键 | 拨打 12345).
const callButton = (words: string) => screen.getByText((_, el) => !!el?.classList.contains('hotline-card__call') && el.textContent === words)

describe('HotlineCard', () => {
  it('shows the number, hours and address, and calls in one tap', () => {
    render(<HotlineCard hotline={{ data: hotline, loading: false, reload: async () => {} }} />)
    expect(screen.getByText('镇政府经济办（周一至周五 8:30-17:30）')).toBeInTheDocument()
    fireEvent.click(callButton('一键拨打 022-12345678'))
    expect(window.open).toHaveBeenCalledWith('tel:022-12345678')
    // The city's line stays one tap away, labelled as the city's, around the clock.
    expect(document.querySelector('.hotline-card__other-name')).toHaveTextContent(/^天津市12345政务服务便民热线$/)
    fireEvent.click(screen.getByText('拨打 12345'))
    expect(window.open).toHaveBeenLastCalledWith('tel:12345')
  })

  it('offers the city line while the town has no number yet, without telling residents about the set-up', () => {
    render(<HotlineCard hotline={{ data: { ...hotline, phone: null }, loading: false, reload: async () => {} }} />)
    expect(document.querySelector('.hotline-card__name')).toHaveTextContent(/^天津市12345政务服务便民热线$/)
    expect(screen.getByText('24 小时有人接，可以咨询、反映问题')).toBeInTheDocument()
    expect(screen.queryByText(/设置/)).toBeNull()
    expect(screen.queryByText(/现在不在办公时间/)).toBeNull()
    fireEvent.click(callButton('一键拨打 12345'))
    expect(window.open).toHaveBeenLastCalledWith('tel:12345')
  })

  it('shows no hours, status or address the office has not set', () => {
    render(<HotlineCard hotline={{ data: { ...hotline, hours: '', schedule: '', address: '' }, loading: false, reload: async () => {} }} />)
    expect(callButton('一键拨打 022-12345678')).toBeInTheDocument()
    expect(screen.queryByText('当面咨询')).toBeNull()
    expect(screen.queryByText(/办公时间/)).toBeNull()
    expect(screen.queryByText(/（）/)).toBeNull()
  })

  it('shows the hours alone when the office has set them but not an address', () => {
    render(<HotlineCard hotline={{ data: { ...hotline, address: '' }, loading: false, reload: async () => {} }} />)
    expect(screen.getByText('办公时间')).toBeInTheDocument()
    expect(screen.getByText('周一至周五 8:30-17:30')).toBeInTheDocument()
  })

  it('puts 110 and 96110 one tap away for someone being cheated right now', () => {
    render(<HotlineCard hotline={{ data: hotline, loading: false, reload: async () => {} }} />)
    expect(document.querySelector('.hotline-card__urgent-title')).toHaveTextContent(/^正在被骗、被催着交钱，马上打：$/)
    fireEvent.click(screen.getByText('报警 110'))
    expect(window.open).toHaveBeenLastCalledWith('tel:110')
    fireEvent.click(screen.getByText('反诈 96110'))
    expect(window.open).toHaveBeenLastCalledWith('tel:96110')
    expect(screen.getByText(/全国反诈预警劝阻专线/)).toBeInTheDocument()
  })

  it('can leave 110 and 96110 to a card of their own, for a page that puts something between (home: 广告体检)', () => {
    const loaded = { data: hotline, loading: false, reload: async () => {} }
    const { container } = render(
      <>
        <HotlineCard hotline={loaded} urgent={false} />
        <div className='between' />
        <UrgentLinesCard hotline={loaded} />
      </>
    )
    const [consult, between, urgent] = [...container.children]
    expect(consult.querySelector('.hotline-card__call')).not.toBeNull()
    expect(consult.querySelector('.hotline-card__urgent')).toBeNull()
    expect(between).toHaveClass('between')
    fireEvent.click(screen.getByText('报警 110'))
    expect(window.open).toHaveBeenLastCalledWith('tel:110')
    expect(urgent).toHaveTextContent(/反诈 96110/)
  })

  it('tells the resident when it cannot load, with a way to retry', () => {
    const reload = jest.fn(async () => {})
    render(<HotlineCard hotline={{ loading: false, error: '网络不太好', reload }} />)
    expect(screen.getByText('网络不太好')).toBeInTheDocument()
    fireEvent.click(screen.getByText('重新加载'))
    expect(reload).toHaveBeenCalled()
  })

  it('works out "open now" on the phone from the schedule, in Beijing time', () => {
    expect(openStatus(hotline, new Date('2026-11-30T10:00:00+08:00'))).toEqual({ open: true, text: '现在是办公时间，可以直接打过去' })
    expect(openStatus(hotline, new Date('2026-11-28T10:00:00+08:00'))).toEqual({ open: false, text: '现在不在办公时间，下次接听：周一 8:30' })
  })
})
