import { HOME_BANNER, sloganHalves } from '../../src/core/slogans'

describe('sloganHalves', () => {
  it('cuts a slogan into the halves around its middle dot, so a line breaks between them and never ends in the dot', () => {
    expect(sloganHalves(HOME_BANNER.slogan)).toEqual(['守住钱袋子', '远离非法集资'])
    expect(sloganHalves('守住钱袋子·护好幸福家')).toEqual(['守住钱袋子', '护好幸福家'])
  })

  it('leaves a slogan without a middle dot whole', () => {
    expect(sloganHalves('高息诱惑是陷阱，保本承诺不可信')).toEqual(['高息诱惑是陷阱，保本承诺不可信'])
  })
})
