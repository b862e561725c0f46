import { describe, expect, it } from 'vitest'
import { isLightColour, luminanceOnWhite } from '../../src/render/is-light-colour.js'

describe('light colours', () => {
  it('measure relative luminance on white, translucent colours blended onto it', () => {
    expect(luminanceOnWhite('#fff')).toBeCloseTo(1)
    expect(luminanceOnWhite('#000000')).toBeCloseTo(0)
    expect(luminanceOnWhite('rgb(204, 204, 204)')).toBeCloseTo(0.604, 2)
    expect(luminanceOnWhite('rgba(0,0,0,0)')).toBeCloseTo(1)
    expect(luminanceOnWhite('#0000')).toBeCloseTo(1)
    expect(luminanceOnWhite('hsl(0 0% 100%)')).toBeCloseTo(1)
    expect(luminanceOnWhite('var(--x)')).toBeUndefined()
  })

  it('call white, near-white, pale named colours and faint text light; not grey, dark or unknown ones', () => {
    for (const light of [
      '#fff',
      '#FFFFFF',
      'white',
      'WHITE !important',
      'rgb(255,255,255)',
      'rgba(0,0,0,.1)',
    ])
      expect(isLightColour(light), light).toBe(true)
    for (const light of ['#f5f5f5', 'ivory', 'yellow', 'hsla(60, 100%, 90%, 1)', 'rgb(100% 100% 100% / 50%)'])
      expect(isLightColour(light), light).toBe(true)
    for (const dark of [
      '#ccc',
      '#333',
      'red',
      'navy',
      'rgb(0,0,0)',
      'hsl(210, 50%, 40%)',
      'currentColor',
      'inherit',
    ])
      expect(isLightColour(dark), dark).toBe(false)
    expect(isLightColour('transparent')).toBe(false)
    expect(isLightColour('var(--light)')).toBe(false)
  })
})
