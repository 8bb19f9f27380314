import Taro from '@tarojs/taro'
import { saveCardImage } from '../../src/services/card-image'
import { saveReceiptImage } from '../../src/features/tips/components/receipt-image'

const mocked = Taro as unknown as Record<'createOffscreenCanvas' | 'canvasToTempFilePath' | 'saveImageToPhotosAlbum' | 'requirePrivacyAuthorize', jest.Mock>

describe('saving a card as a picture', () => {
  const env = process.env.TARO_ENV
  afterEach(() => {
    process.env.TARO_ENV = env
    jest.restoreAllMocks()
  })

  it('in WeChat draws on an offscreen canvas, asks the privacy prompt, then saves to the album', async () => {
    process.env.TARO_ENV = 'weapp'
    const ctx = { fillRect: jest.fn(), fillText: jest.fn(), measureText: () => ({ width: 0 }) }
    const canvas = { getContext: () => ctx }
    mocked.createOffscreenCanvas.mockReturnValue(canvas)
    const draw = jest.fn()
    await saveCardImage({ width: 720, height: 960, draw, fileName: 'x.png', noCanvasMessage: '' })
    expect(mocked.createOffscreenCanvas).toHaveBeenCalledWith({ type: '2d', width: 720, height: 960 })
    expect(draw).toHaveBeenCalledWith(ctx)
    expect(mocked.canvasToTempFilePath).toHaveBeenCalledWith({ canvas })
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
    await saveCardImage({ width: 720, height: 960, draw, fileName: '答题成绩.png', noCanvasMessage: '' })
    expect(draw).toHaveBeenCalledWith(ctx)
    expect(click).toHaveBeenCalled()
  })

  it("keeps the tip receipt's own advice when a browser cannot draw", async () => {
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null)
    await expect(saveReceiptImage('1234567812345678', '辛口镇')).rejects.toThrow('这个浏览器不能生成图片，请抄下或复制回执码。')
  })
})
