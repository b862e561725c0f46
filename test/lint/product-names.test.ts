/** typography/product-name: names the list missed (editor report 4), and the places they stay as written. */
import { describe, expect, it } from 'vitest'
import { lintAndFix } from './lint-helpers.js'

const names = (body: string) =>
  lintAndFix(body)
    .findings.filter((f) => f.ruleId === 'typography/product-name')
    .map((f) => f.value)

describe('typography/product-name', () => {
  it('fixes IOS, nodejs, wifi and usb-c next to Chinese and version numbers', () => {
    const body = '升级到 IOS 18.3 以后，用 nodejs 20 跑脚本。\n\n路由器支持 wifi 7，机身是 usb-c 接口。\n'
    expect(names(body)).toEqual(['IOS', 'nodejs', 'wifi', 'usb-c'])
    expect(lintAndFix(body).fixed).toBe(
      '升级到 iOS 18.3 以后，用 Node.js 20 跑脚本。\n\n路由器支持 Wi-Fi 7，机身是 USB-C 接口。\n',
    )
  })

  it('leaves paths, URLs, inline code, English text and longer names alone', () => {
    for (const body of [
      '打开 ios/Podfile 文件。\n',
      '见 https://example.com/ios/nodejs 页面。\n',
      '运行 `nodejs` 和 `ios` 命令。\n',
      '装 ios-deploy 和 usb-c-hub 工具。\n',
      '思科的 Cisco IOS router 很老了。\n',
      '用 iOS、Node.js、Wi-Fi 和 USB-C。\n',
    ])
      expect(names(body), body).toEqual([])
  })
})
