/**
 * The telephone lines residents are pointed to (facts: /work/shared/domain.md).
 * The town office's own number and hours are facts only the office can set
 * (the town profile); these exist whatever it has set.
 */
import type { Hotline } from './reading-types'

export interface PhoneLine {
  phone: string
  name: string
  /** When to call it, in a resident's words. */
  when: string
}

/** Tianjin's city government service hotline: it answers around the clock, and is not the town office's line. */
export const CITY_LINE: PhoneLine = { phone: '12345', name: '天津市12345政务服务便民热线', when: '24 小时有人接，可以咨询、反映问题' }

/** For someone being defrauded right now. */
export const POLICE_LINE: PhoneLine = { phone: '110', name: '报警电话', when: '正在被骗、被催着交钱，马上打' }

/** The national anti-fraud warning line: it calls people it thinks are being cheated, and takes calls too. */
export const ANTI_FRAUD_LINE: PhoneLine = { phone: '96110', name: '全国反诈预警劝阻专线', when: '这个号码打来一定要接；怀疑被骗也可以打过去问' }

/** The line to ask a question on: the town office's own once it is set, until then the city's. */
export function askLine(hotline: Pick<Hotline, 'phone'>): PhoneLine {
  return hotline.phone ? { phone: hotline.phone, name: '镇防范非法集资咨询电话', when: '' } : CITY_LINE
}
