/**
 * The telephone lines residents are pointed to (facts: /work/shared/domain.md).
 * The town office's own number and hours are facts only the office can set
 * (the town profile); these exist whatever it has set.
 */
import { isOpen, nextOpening, parseSchedule } from './office-hours'
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
export function askLine(hotline: Pick<Hotline, 'phone' | 'town'>): PhoneLine {
  // Named for its town, so a resident can tell whose number it is; a copy saved before towns says 镇.
  return hotline.phone ? { phone: hotline.phone, name: `${hotline.town ?? '镇'}防范非法集资咨询电话`, when: '' } : CITY_LINE
}

/** Whether the office answers now, worked out from its schedule, so a phone offline (or a page served a minute ago) stays right. */
export function openStatus(hotline: Pick<Hotline, 'schedule' | 'openNow'>, now: Date): { open: boolean; text: string } {
  try {
    const schedule = parseSchedule(hotline.schedule)
    if (isOpen(schedule, now)) return { open: true, text: '现在是办公时间，可以直接打过去' }
    const next = nextOpening(schedule, now)
    return { open: false, text: next ? `现在不在办公时间，下次接听：${next}` : '现在不在办公时间' }
  } catch {
    return hotline.openNow ? { open: true, text: '现在是办公时间' } : { open: false, text: '现在不在办公时间' }
  }
}

/**
 * What the hotline card says, line by line: the app's card
 * (features/hotline) and the copy of it the server puts in the H5 page for
 * the first paint (server/plugins/first-paint.ts) both render this, so the
 * two cannot say different things.
 */
export interface HotlineCardWords {
  title: string
  hint: string
  name: string
  /** Who answers, or until the office has set its number, that the city's line stands in. */
  soft: string
  call: { label: string; phone: string }
  /** Only once the office has set its number and hours. */
  status: { open: boolean; text: string } | null
  /** 当面咨询 (with the hours) or 办公时间, if the office has set either. */
  place: { key: string; text: string } | null
  /** The city's line beside the town's own, once the town has one. */
  other: { name: string; when: string; label: string; phone: string } | null
  urgent: { title: string; police: { label: string; phone: string }; antiFraud: { label: string; phone: string }; note: string }
}

export function hotlineCardWords(hotline: Hotline, now: Date): HotlineCardWords {
  const line = askLine(hotline)
  const { address, hours } = hotline
  return {
    title: '咨询电话',
    hint: '拿不准的投资、看不懂的宣传，先打电话问一问',
    name: line.name,
    // Until the office sets its own number the city's line simply stands in: a resident can do nothing with "not set up
    // yet" (the office is told on its 我的 page).
    soft: hotline.phone ? `${hotline.town ?? '镇'}防范和处置非法集资领导小组办公室接听` : CITY_LINE.when,
    call: { label: `一键拨打 ${line.phone}`, phone: line.phone },
    // Hours are the office's to set: until it does, the card says nothing about them.
    status: hotline.phone && hotline.schedule ? openStatus(hotline, now) : null,
    place: address || hours ? { key: address ? '当面咨询' : '办公时间', text: address && hours ? `${address}（${hours}）` : address || hours } : null,
    other: hotline.phone ? { name: CITY_LINE.name, when: CITY_LINE.when, label: `拨打 ${CITY_LINE.phone}`, phone: CITY_LINE.phone } : null,
    urgent: {
      title: `${POLICE_LINE.when}：`,
      police: { label: `报警 ${POLICE_LINE.phone}`, phone: POLICE_LINE.phone },
      antiFraud: { label: `反诈 ${ANTI_FRAUD_LINE.phone}`, phone: ANTI_FRAUD_LINE.phone },
      note: `${ANTI_FRAUD_LINE.phone} 是${ANTI_FRAUD_LINE.name}：${ANTI_FRAUD_LINE.when}。`
    }
  }
}
