/**
 * The H5 page arrives with a copy of home's banner, hotline and four signs
 * (server/plugins/first-paint.ts), shown while the app's scripts come over a
 * slow line. Once the app's own home is on screen the copy goes, so there is
 * one home and one set of buttons. WeChat has no such copy.
 */
export function dropFirstPaint(): void {
  if (process.env.TARO_ENV !== 'h5') return
  document.getElementById('first-paint')?.remove()
}
