import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { CardCanvas } from '../../src/components/card-canvas'
import { Screen } from '../../src/components/screen'
import { saveCardImage } from '../../src/services/card-image'
import { RECEIPT_CANVAS, drawReceipt, saveReceiptImage } from '../../src/features/tips/components/receipt-image'
import { ReceiptCard } from '../../src/features/tips/components/receipt-card'
import { RECEIPT_LAYOUT } from '../../src/features/tips/components/receipt-layout'
import { listenForPrivacyRequests } from '../../src/services/privacy'
import { fakeContext } from '../setup/fake-canvas'
import { authSetting, canvasNodes, resetPrivacy, resetScopes, scopePrompt } from '../setup/taro-mock'

const mocked = Taro as unknown as Record<'canvasToTempFilePath' | 'saveImageToPhotosAlbum' | 'requirePrivacyAuthorize' | 'setClipboardData' | 'showModal' | 'openSetting', jest.Mock>
const RECEIPT = '1234567812345678'
const env = process.env.TARO_ENV

describe('saving a card as a picture', () => {
  afterEach(() => {
    process.env.TARO_ENV = env
    jest.restoreAllMocks()
  })

  it("in WeChat draws on the page's 2D canvas component at the card's size, asks the privacy prompt, then saves to the album", async () => {
    process.env.TARO_ENV = 'weapp'
    render(<CardCanvas id='card' width={720} height={960} />)
    const draw = jest.fn()
    await saveCardImage({ canvas: { id: 'card', width: 720, height: 960 }, draw, fileName: 'x.png', otherwise: '' })
    const canvas = [...canvasNodes.values()][0]
    expect(canvas).toMatchObject({ width: 720, height: 960 })
    expect(draw).toHaveBeenCalledWith(canvas.getContext('2d'))
    expect(mocked.canvasToTempFilePath).toHaveBeenCalledWith(expect.objectContaining({ canvas, destWidth: 720, destHeight: 960 }))
    expect(mocked.requirePrivacyAuthorize).toHaveBeenCalled()
    expect(mocked.saveImageToPhotosAlbum).toHaveBeenCalledWith({ filePath: 'wxfile://tmp/card.png' })
  })

  it('in a browser downloads a PNG under the given name', async () => {
    const ctx = {}
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(ctx as CanvasRenderingContext2D)
    jest.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockReturnValue('data:image/png;base64,AAAA')
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('答题成绩.png')
      expect(this.href).toBe('data:image/png;base64,AAAA')
    })
    const draw = jest.fn()
    await saveCardImage({ canvas: { id: 'card', width: 720, height: 960 }, draw, fileName: '答题成绩.png', otherwise: '' })
    expect(draw).toHaveBeenCalledWith(ctx)
    expect(click).toHaveBeenCalled()
  })

  it("keeps the tip receipt's own advice when a browser cannot draw", async () => {
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null)
    await expect(saveReceiptImage(RECEIPT, '辛口镇', 'tip')).rejects.toThrow('这个浏览器不能生成图片，请截屏，或把回执码抄下来。')
  })
})

describe('the receipt picture', () => {
  it('shows all 16 digits grouped 4-4-4-4, every line inside the picture', () => {
    const { ctx, texts } = fakeContext()
    drawReceipt(ctx, RECEIPT, '某某县某某镇', 'tip')
    const groups = texts.filter((t) => /^\d{4}$/.test(t.text))
    expect(groups.map((g) => g.text)).toEqual(['1234', '5678', '1234', '5678'])
    expect(groups.map((g) => g.x)).toEqual(RECEIPT_LAYOUT.code.slots)
    for (const g of groups) expect(g.width).toBeLessThanOrEqual(RECEIPT_LAYOUT.code.groupWidth)
    for (const t of texts) {
      expect(t.textAlign).toBe('center')
      expect(t.x - t.width / 2).toBeGreaterThanOrEqual(0)
      expect(t.x + t.width / 2).toBeLessThanOrEqual(RECEIPT_CANVAS.width)
    }
  })

  it('says on a feedback receipt what it is and where to read the answer', () => {
    const { ctx, texts } = fakeContext()
    drawReceipt(ctx, RECEIPT, '辛口镇', 'feedback')
    expect(texts.map((t) => t.text)).toEqual(expect.arrayContaining(['辛口镇投诉建议回执', '1234', '5678', '凭此码在“我的 → 投诉建议”查看回复']))
  })
})

describe('keeping the receipt when WeChat refuses', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp'
    resetPrivacy(false)
    resetScopes()
    listenForPrivacyRequests()
    mocked.showModal.mockClear()
    mocked.openSetting.mockClear()
    mocked.saveImageToPhotosAlbum.mockClear()
  })
  afterEach(() => {
    process.env.TARO_ENV = env
  })

  it('when clipboard access is refused, shows the 16 digits large, in groups, to be written down', async () => {
    render(
      <Screen>
        <ReceiptCard receipt={RECEIPT} townName='辛口镇' kind='tip' onDone={jest.fn()} />
      </Screen>
    )
    await act(async () => fireEvent.click(screen.getByText('复制回执码')))
    await act(async () => fireEvent.click(screen.getByText('不同意')))
    expect(mocked.setClipboardData).toHaveBeenCalledWith({ data: RECEIPT })
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('没能复制回执码')
    expect(alert).toHaveTextContent('请抄下来')
    expect([...alert.querySelectorAll('.receipt-card__group')].map((g) => g.textContent)).toEqual(['1234', '5678', '1234', '5678'])
  })

  it('when album access was refused before, offers the settings, and says how else to keep it if the resident declines', async () => {
    resetPrivacy(true)
    authSetting['scope.writePhotosAlbum'] = false
    mocked.showModal.mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    render(<ReceiptCard receipt={RECEIPT} townName='辛口镇' kind='tip' onDone={jest.fn()} />)
    await act(async () => fireEvent.click(screen.getByText('保存成图片')))
    expect(mocked.showModal).toHaveBeenCalledWith(expect.objectContaining({ confirmText: '去设置' }))
    expect(mocked.openSetting).not.toHaveBeenCalled()
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('没有相册权限，图片没能保存。请截屏，或把回执码抄下来。')
    expect(alert).toHaveTextContent('请抄下来')
  })

  it('when the resident refuses the album now, then turns it on in the settings, the picture is saved', async () => {
    resetPrivacy(true)
    scopePrompt.answer = false
    mocked.openSetting.mockImplementationOnce(() => {
      authSetting['scope.writePhotosAlbum'] = true
      return Promise.resolve({ authSetting: { ...authSetting }, errMsg: 'openSetting:ok' })
    })
    render(<ReceiptCard receipt={RECEIPT} townName='辛口镇' kind='tip' onDone={jest.fn()} />)
    await act(async () => fireEvent.click(screen.getByText('保存成图片')))
    expect(mocked.openSetting).toHaveBeenCalled()
    expect(mocked.saveImageToPhotosAlbum).toHaveBeenCalledTimes(2)
    expect(screen.queryByRole('alert')).toBeNull()
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已保存到相册' }))
  })
})
