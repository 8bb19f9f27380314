import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { PhotoPicker, type PickedPhoto } from '../../src/features/tips/components/photo-picker'

const chooseMedia = Taro.chooseMedia as unknown as jest.Mock
const uploadFile = Taro.uploadFile as unknown as jest.Mock
const request = Taro.request as unknown as jest.Mock

describe('PhotoPicker', () => {
  beforeEach(() => {
    chooseMedia.mockReset()
    uploadFile.mockReset()
    request.mockReset()
  })

  it('treats closing the picker as nothing chosen, not as an error', async () => {
    chooseMedia.mockRejectedValueOnce({ errMsg: 'chooseMedia:fail cancel' })
    const onChange = jest.fn()
    render(<PhotoPicker photos={[]} onChange={onChange} />)
    await act(async () => fireEvent.click(screen.getByText(/添加照片/)))
    expect(chooseMedia).toHaveBeenCalledWith(expect.objectContaining({ mediaType: ['image'] }))
    expect(uploadFile).not.toHaveBeenCalled()
    expect(onChange).not.toHaveBeenCalled()
    expect(screen.queryByText(/没有传上去|cancel/)).toBeNull()
  })

  it('uploads each chosen photo with one solved challenge for all of them', async () => {
    chooseMedia.mockResolvedValueOnce({ type: 'image', tempFiles: [{ tempFilePath: 'wxfile://a.jpg' }, { tempFilePath: 'wxfile://b.jpg' }] })
    request.mockResolvedValue({ statusCode: 200, data: { challenge: '1700000000000.abc.def', bits: 1 } })
    uploadFile.mockResolvedValueOnce({ statusCode: 201, data: '{"id":"pa"}' }).mockResolvedValueOnce({ statusCode: 201, data: '{"id":"pb"}' })
    let picked: PickedPhoto[] = []
    render(<PhotoPicker photos={[]} onChange={(next) => (picked = next)} />)
    await act(async () => fireEvent.click(screen.getByText(/添加照片/)))
    await waitFor(() => expect(picked.map((p) => p.id)).toEqual(['pa', 'pb']))
    const proofs = uploadFile.mock.calls.map(([options]) => (options as { header: Record<string, string> }).header['x-tip-proof'])
    expect(proofs[0]).toMatch(/^1700000000000\.abc\.def:\d+$/)
    expect(proofs[1]).toBe(proofs[0])
    expect(request).toHaveBeenCalledTimes(1)
  })

  it('shows a failed upload in plain Chinese', async () => {
    chooseMedia.mockResolvedValueOnce({ type: 'image', tempFiles: [{ tempFilePath: 'wxfile://c.jpg' }] })
    request.mockResolvedValue({ statusCode: 200, data: { challenge: '1700000000001.abc.def', bits: 1 } })
    uploadFile.mockResolvedValueOnce({ statusCode: 415, data: JSON.stringify({ error: { code: 'not_an_image', message: '只能上传手机拍的照片或截图（JPG、PNG、WebP）。' } }) })
    render(<PhotoPicker photos={[]} onChange={jest.fn()} />)
    await act(async () => fireEvent.click(screen.getByText(/添加照片/)))
    expect(await screen.findByText('只能上传手机拍的照片或截图（JPG、PNG、WebP）。')).toBeInTheDocument()
  })
})
