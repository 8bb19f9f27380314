import { act, render, screen } from '@testing-library/react'
import { TipPhotos } from '../../src/features/tips/components/tip-photos'
import { downloadStaffFile } from '../../src/services/http'

jest.mock('../../src/services/http', () => ({ downloadStaffFile: jest.fn() }))

describe('TipPhotos', () => {
  it('downloads at most 4 photos at a time, shows each as it arrives, and says which one failed', async () => {
    const asked: { path: string; resolve: (local: string) => void; reject: (err: Error) => void }[] = []
    jest.mocked(downloadStaffFile).mockImplementation((path) => new Promise((resolve, reject) => asked.push({ path, resolve, reject })))
    render(<TipPhotos ids={['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7']} />)
    await act(async () => {})
    expect(asked.map((a) => a.path)).toEqual(['/api/admin/tips/photos/p1', '/api/admin/tips/photos/p2', '/api/admin/tips/photos/p3', '/api/admin/tips/photos/p4'])
    expect(screen.getAllByText('照片加载中…')).toHaveLength(7)

    await act(async () => asked[1].resolve('blob:two'))
    expect(asked).toHaveLength(5)
    expect(screen.getAllByText('照片加载中…')).toHaveLength(6)
    await act(async () => asked[0].reject(new Error('网络不好')))
    expect(asked).toHaveLength(6)
    expect(screen.getByText('照片打不开')).toBeInTheDocument()

    for (let i = 2; i < 7; i++) await act(async () => asked[i].resolve(`blob:${i}`))
    expect(asked).toHaveLength(7)
    expect(screen.queryByText('照片加载中…')).not.toBeInTheDocument()
  })

  it('says so when a tip has no photos, and downloads nothing', () => {
    jest.mocked(downloadStaffFile).mockClear()
    render(<TipPhotos ids={[]} />)
    expect(screen.getByText('没有照片')).toBeInTheDocument()
    expect(downloadStaffFile).not.toHaveBeenCalled()
  })
})
