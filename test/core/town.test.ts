import { unsetHotlineFacts } from '../../src/core/town'

describe('town profile', () => {
  it('names each hotline fact the office has not set yet, for the warning on its home', () => {
    const town = { name: '辛口镇', hotlinePhone: '', hotlineHours: '', hotlineAddress: '', villages: [], units: [] }
    expect(unsetHotlineFacts(town)).toEqual(['咨询电话', '办公时间', '当面咨询地址'])
    expect(unsetHotlineFacts({ ...town, hotlinePhone: '022-27391234', hotlineAddress: '镇政府一楼' })).toEqual(['办公时间'])
    expect(unsetHotlineFacts({ ...town, hotlinePhone: '022-27391234', hotlineHours: '1-5 08:30-17:30', hotlineAddress: '镇政府一楼' })).toEqual([])
  })
})
