import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { Screen } from '../../src/components/screen'
import { PhotoPicker } from '../../src/features/tips/components/photo-picker'
import { askPrivacy, listenForPrivacyRequests } from '../../src/services/privacy'
import { resetPrivacy } from '../setup/taro-mock'

const chooseMedia = Taro.chooseMedia as unknown as jest.Mock
const openPrivacyContract = Taro.openPrivacyContract as unknown as jest.Mock

const POPUP = '隐私保护提示'

describe('the privacy popup (WeChat)', () => {
  const env = process.env.TARO_ENV
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp'
    // A resident who has not agreed yet, in an app that registered its listener at start.
    resetPrivacy(false)
    listenForPrivacyRequests()
    chooseMedia.mockClear()
  })
  afterEach(() => {
    process.env.TARO_ENV = env
  })

  it('asks before a privacy API runs, opens the privacy guide on request, and lets it go on after 同意', async () => {
    render(<Screen>页面</Screen>)
    expect(screen.queryByText(POPUP)).toBeNull()
    let agreed = false
    let asked = Promise.resolve()
    await act(async () => {
      asked = askPrivacy('不同意').then(() => void (agreed = true))
    })
    expect(screen.getByText(POPUP)).toBeInTheDocument()
    expect(agreed).toBe(false)

    fireEvent.click(screen.getByText('《隐私保护指引》'))
    expect(openPrivacyContract).toHaveBeenCalled()

    await act(async () => fireEvent.click(screen.getByText('同意')))
    await asked
    expect(agreed).toBe(true)
    expect(screen.queryByText(POPUP)).toBeNull()
    // Agreed once is agreed: the next privacy API runs without asking.
    await act(async () => askPrivacy('不同意'))
    expect(screen.queryByText(POPUP)).toBeNull()
  })

  it('after 不同意 the photo picker says why, and stays usable: a second try asks again and then opens the picker', async () => {
    render(
      <Screen>
        <PhotoPicker photos={[]} onChange={jest.fn()} />
      </Screen>
    )
    await act(async () => fireEvent.click(screen.getByText(/添加照片/)))
    expect(screen.getByText(POPUP)).toBeInTheDocument()
    await act(async () => fireEvent.click(screen.getByText('不同意')))
    expect(screen.queryByText(POPUP)).toBeNull()
    expect(screen.getByText(/没有同意隐私保护指引，所以现在不能选照片/)).toBeInTheDocument()
    expect(chooseMedia).not.toHaveBeenCalled()

    await act(async () => fireEvent.click(screen.getByText(/添加照片/)))
    expect(screen.getByText(POPUP)).toBeInTheDocument()
    await act(async () => fireEvent.click(screen.getByText('同意')))
    expect(chooseMedia).toHaveBeenCalledWith(expect.objectContaining({ mediaType: ['image'] }))
    // The resident then closed the picker: no error either.
    expect(screen.queryByText(/不能选照片|没有传上去/)).toBeNull()
  })
})
