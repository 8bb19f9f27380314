import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import AdCheck from '../../src/packages/check/index'
import { forgetCheckDraft } from '../../src/features/ad-check/hooks/use-draft'

const chooseMedia = Taro.chooseMedia as unknown as jest.Mock
const uploadFile = Taro.uploadFile as unknown as jest.Mock
const request = Taro.request as unknown as jest.Mock
const showModal = Taro.showModal as unknown as jest.Mock
const openSetting = Taro.openSetting as unknown as jest.Mock

const READ = '幸福康养投资项目\n保本保息，年化收益高达18%\n推荐一人加入奖励500元'

/** Plays the server: the hotline, no related articles, and an easy challenge (bits 0) for each photo. */
function serve(): { challenges: number } {
  const seen = { challenges: 0 }
  request.mockImplementation(async (req: { url: string }) => {
    if (req.url.includes('/api/tips/challenge')) {
      seen.challenges++
      return { statusCode: 200, data: { challenge: `170000000000${seen.challenges}.abc.def`, bits: 0 } }
    }
    if (req.url.includes('/api/hotline')) return { statusCode: 200, data: { phone: '022-27391234', hours: '', schedule: '', address: '', openNow: true } }
    return { statusCode: 200, data: { items: [], total: 0 } }
  })
  return seen
}

// What chooseMedia resolves with, as documented: the chosen files with their temporary paths and sizes in bytes.
const chosen = (size = 800_000) => ({ type: 'image', tempFiles: [{ tempFilePath: 'wxfile://tmp/flyer.jpg', size, fileType: 'image' }], errMsg: 'chooseMedia:ok' })
const answer = (statusCode: number, body: object) => ({ statusCode, data: JSON.stringify(body), errMsg: 'uploadFile:ok' })

/** The text in the 宣传文字 box, as Taro's textarea holds it. */
const boxText = () => (document.querySelector('.ad-check__input textarea') as HTMLTextAreaElement | null)?.value ?? document.querySelector('.ad-check__input')?.getAttribute('value')

async function tapPhoto(): Promise<void> {
  await act(async () => fireEvent.click(screen.getByText('拍照或选图')))
}

describe('广告体检: 拍照或选图', () => {
  beforeEach(() => {
    // Calls cleared, implementations kept: the mock's chooseMedia closes as documented unless a test picks a photo.
    jest.clearAllMocks()
    uploadFile.mockReset()
    forgetCheckDraft()
  })

  it('sends the chosen photo with a solved challenge and puts the text read into the box to correct, then checks what the resident corrected', async () => {
    const seen = serve()
    chooseMedia.mockResolvedValueOnce(chosen())
    uploadFile.mockResolvedValueOnce(answer(200, { text: READ, lines: 3 }))
    await act(async () => render(<AdCheck />))
    await tapPhoto()
    await waitFor(() => expect(screen.getByText(/已从照片认出 3 行文字/)).toBeInTheDocument())
    expect(chooseMedia).toHaveBeenCalledWith(expect.objectContaining({ count: 1, mediaType: ['image'], sourceType: ['album', 'camera'] }))
    const [upload] = uploadFile.mock.calls[0] as [{ url: string; filePath: string; name: string; header: Record<string, string> }]
    expect(upload).toEqual(expect.objectContaining({ filePath: 'wxfile://tmp/flyer.jpg', name: 'file' }))
    expect(upload.url).toMatch(/\/api\/ad-check\/photo$/)
    expect(upload.header['x-tip-proof']).toMatch(/^1700000000001\.abc\.def:\d+$/)
    expect(seen.challenges).toBe(1)
    expect(boxText()).toBe(READ)
    // Nothing is checked until the resident has read the text and taps 开始体检.
    expect(screen.queryByText(/高风险/)).toBeNull()
    await act(async () => fireEvent.click(screen.getByText('开始体检')))
    expect(await screen.findByText(/高风险/)).toBeInTheDocument()
  })

  it('says nothing when the resident closes the picker, and sends nothing', async () => {
    serve()
    // The mock's own chooseMedia rejects as documented for a closed picker: "chooseMedia:fail cancel".
    await act(async () => render(<AdCheck />))
    await tapPhoto()
    expect(chooseMedia).toHaveBeenCalledTimes(1)
    expect(uploadFile).not.toHaveBeenCalled()
    expect(document.querySelector('[role="alert"]')).toBeNull()
    expect(screen.getByText('拍照或选图')).toBeInTheDocument()
  })

  it('offers the settings when the camera was refused, and opens the picker again once it is allowed there', async () => {
    serve()
    chooseMedia.mockRejectedValueOnce({ errMsg: 'chooseMedia:fail auth deny' }).mockResolvedValueOnce(chosen())
    openSetting.mockResolvedValueOnce({ authSetting: { 'scope.camera': true }, errMsg: 'openSetting:ok' })
    uploadFile.mockResolvedValueOnce(answer(200, { text: READ, lines: 3 }))
    await act(async () => render(<AdCheck />))
    await tapPhoto()
    await waitFor(() => expect(boxText()).toBe(READ))
    expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '需要相机权限', confirmText: '去设置' }))
    expect(chooseMedia).toHaveBeenCalledTimes(2)
  })

  it('says how to allow the camera when the resident refused it and did not turn it on', async () => {
    serve()
    chooseMedia.mockRejectedValueOnce({ errMsg: 'chooseMedia:fail auth deny' })
    showModal.mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    await act(async () => render(<AdCheck />))
    await tapPhoto()
    expect(await screen.findByRole('alert')).toHaveTextContent('没有相机权限，没能拍照。可以点右上角“···”，进“设置”打开“相机”后再试')
    expect(openSetting).not.toHaveBeenCalled()
    expect(uploadFile).not.toHaveBeenCalled()
  })

  it.each([
    [
      'no text on the photo',
      answer(422, { error: { code: 'no_text', message: '照片上没有认出文字。请把传单放平、拍清楚、别反光，或直接输入文字。' } }),
      '照片上没有认出文字。请把传单放平、拍清楚、别反光，或直接输入文字。'
    ],
    ['the server busy', answer(503, { error: { code: 'busy', message: '现在识别照片的人太多，请过一会儿再试，或直接输入文字。' } }), '现在识别照片的人太多，请过一会儿再试，或直接输入文字。'],
    ['a photo over the server limit', answer(400, { error: { code: 'too_large', message: '照片不能超过 10 MB，请换一张或截图后再试。' } }), '照片不能超过 10 MB，请换一张或截图后再试。']
  ])('shows %s in plain Chinese and leaves the box as it was', async (_name, reply, message) => {
    serve()
    chooseMedia.mockResolvedValueOnce(chosen())
    uploadFile.mockResolvedValueOnce(reply)
    await act(async () => render(<AdCheck />))
    await tapPhoto()
    expect(await screen.findByRole('alert')).toHaveTextContent(message)
    expect(boxText() ?? '').toBe('')
  })

  it('refuses a photo over 10 MB on the phone, before sending a byte', async () => {
    serve()
    chooseMedia.mockResolvedValueOnce(chosen(11 * 1024 * 1024))
    await act(async () => render(<AdCheck />))
    await tapPhoto()
    expect(await screen.findByRole('alert')).toHaveTextContent('这张照片太大了（超过 10 MB）')
    expect(uploadFile).not.toHaveBeenCalled()
  })

  it("never shows the platform's English when the picker fails for another reason", async () => {
    serve()
    chooseMedia.mockRejectedValueOnce({ errMsg: 'chooseMedia:fail internal error' })
    await act(async () => render(<AdCheck />))
    await tapPhoto()
    expect(await screen.findByRole('alert')).toHaveTextContent('照片没能识别，请再试一次；也可以直接粘贴或输入文字。')
    expect(screen.getByRole('alert').textContent).not.toMatch(/[a-z]{3}/i)
  })

  it('says the network failed when the upload cannot reach the server', async () => {
    serve()
    chooseMedia.mockResolvedValueOnce(chosen())
    uploadFile.mockRejectedValueOnce({ errMsg: 'uploadFile:fail timeout' })
    await act(async () => render(<AdCheck />))
    await tapPhoto()
    expect(await screen.findByRole('alert')).toHaveTextContent('网络不太好，照片没能传上去，请稍后再试；也可以直接粘贴或输入文字。')
  })
})
