import { writeClipboard } from '../../src/services/clipboard'

describe('copying in the web version', () => {
  const env = process.env.TARO_ENV
  beforeEach(() => {
    process.env.TARO_ENV = 'h5'
  })
  afterEach(() => {
    process.env.TARO_ENV = env
  })

  it('says it failed when the browser refuses, so the receipt is written down instead', async () => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: jest.fn().mockRejectedValue(new DOMException('Write permission denied.', 'NotAllowedError')) } })
    await expect(writeClipboard('1234567812345678')).rejects.toThrow('denied')
  })

  it('says it failed where the browser has no clipboard for the page (not a secure origin)', async () => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined })
    await expect(writeClipboard('1234567812345678')).rejects.toBeInstanceOf(TypeError)
  })

  it('copies when the browser allows it', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } })
    await writeClipboard('1234567812345678')
    expect(writeText).toHaveBeenCalledWith('1234567812345678')
  })
})
