import { render, screen } from '@testing-library/react'
import type { Exposure } from '../../src/core/lookup'
import { ExposureList } from '../../src/features/exposures/components/exposure-list'
import type { PagedList } from '../../src/services/use-resource'

const empty: PagedList<Exposure> = { items: [], total: 0, loading: false, loadingMore: false, done: true, refresh: async () => {}, loadMore: async () => {} }

describe('曝光台', () => {
  it('empty on a new install, still says what it is for and that not listed is not safe', () => {
    render(<ExposureList list={empty} q='' />)
    expect(screen.getByText('曝光台登着被有关部门警示或查处过的机构和个人。遇到它们，请不要交钱。')).toBeInTheDocument()
    expect(screen.getByText(/镇里还没有发布曝光信息。没上曝光台也不代表安全/)).toBeInTheDocument()
  })

  it('a search that finds nothing says so, with the same warning', () => {
    render(<ExposureList list={empty} q='夕阳红' />)
    expect(screen.getByText('曝光台上没有“夕阳红”。没查到不代表安全，拿不准就打首页上的咨询电话问一问。')).toBeInTheDocument()
  })
})
