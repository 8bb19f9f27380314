/**
 * Build-time settings, read once. The weapp build needs the API's origin
 * (TARO_APP_API_BASE); the H5 build is served by the API itself and uses its
 * own origin.
 */
const configured = (process.env.TARO_APP_API_BASE ?? '').replace(/\/+$/, '')

export const API_BASE: string = process.env.TARO_ENV === 'h5' ? configured : configured || 'http://127.0.0.1:3000'
