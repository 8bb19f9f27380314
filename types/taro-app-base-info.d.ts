import '@tarojs/taro'

// Taro 4.2.1 types getAppBaseInfo without the documented font fields
// (https://developers.weixin.qq.com/miniprogram/dev/api/base/system/wx.getAppBaseInfo.html).
declare module '@tarojs/taro' {
  namespace getAppBaseInfo {
    interface Result {
      /** 微信字体大小缩放比例: 1 at WeChat's standard font size. */
      fontSizeScaleFactor?: number
      /** 微信字体大小，单位 px (base library 2.23.4). */
      fontSizeSetting?: number
    }
  }
}
