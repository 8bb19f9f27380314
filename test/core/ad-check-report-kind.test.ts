import { checkAdvert } from '../../src/core/ad-check/engine'
import { likelyKind } from '../../src/core/ad-check/present'

describe('广告体检 → 举报: the kind a report of a checked text starts with', () => {
  it('is the kind of scheme its signs say it is dressed as, before the return it promises', () => {
    // 每月返息 (a return, 投资理财) comes first in the text; the scheme is a 互助合作社 (村民互助社).
    expect(likelyKind(checkAdvert('每月返息150元，村民互助合作社，入股分红，保本保息！'))).toBe('village_coop')
    expect(likelyKind(checkAdvert('年化18%，养老公寓床位预订，名额有限。'))).toBe('pension')
  })

  it('falls back to the kind of a generic sign, and to none where no sign names one', () => {
    expect(likelyKind(checkAdvert('本公司产品年化收益18%，稳赚不赔。'))).toBe('wealth_investment')
    expect(likelyKind(checkAdvert('二叔，家里盖房还差两万块，能不能先借我，年底还你。'))).toBeUndefined()
  })
})
