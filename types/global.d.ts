/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.svg'
declare module '*.css'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    /** The API's origin for the weapp build, e.g. https://fangfei.example.gov.cn; H5 uses its own origin. */
    TARO_APP_API_BASE?: string
    TARO_ENV: 'weapp' | 'h5'
    /** 'off' builds the weapp without the 同声传译 plugin (app.config.ts), for an account that has not added it. */
    FANGFEI_SPEECH_PLUGIN?: string
  }
}
