import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);

// src/render/image-header.ts
function readImageHeader(data) {
  if (data.length > 24 && data[0] === 137 && data[1] === 80 && data[2] === 78 && data[3] === 71) {
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    return { format: "png", width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (data.length > 4 && data[0] === 255 && data[1] === 216) {
    let i = 2;
    while (i + 9 < data.length) {
      if (data[i] !== 255) return void 0;
      const marker = data[i + 1];
      if (marker === 216 || marker >= 208 && marker <= 215 || marker === 1 || marker === 255) {
        i += marker === 255 ? 1 : 2;
        continue;
      }
      const length = data[i + 2] << 8 | data[i + 3];
      if (marker >= 192 && marker <= 207 && marker !== 196 && marker !== 200 && marker !== 204) {
        return {
          format: "jpeg",
          height: data[i + 5] << 8 | data[i + 6],
          width: data[i + 7] << 8 | data[i + 8]
        };
      }
      i += 2 + length;
    }
  }
  return void 0;
}
function usableAsIs(header, bytes, maxBytes) {
  return header !== void 0 && header.width > 0 && header.height > 0 && bytes <= maxBytes && header.width <= 16384;
}

// src/render/alpha-png.ts
var FLATTEN_ON = "#ffffff";
var MIN_ALPHA_WIDTH = 686;
async function hasTransparency(pipeline) {
  return !(await pipeline.clone().stats()).isOpaque;
}
async function alphaPngUnder(pipeline, width, maxBytes, attempts = 4) {
  let target = width;
  for (let attempt = 0; attempt < attempts; attempt++) {
    let p = pipeline.clone();
    if (target < width) p = p.resize({ width: target });
    const png = await p.png({ compressionLevel: 9, palette: true, quality: attempt === 0 ? 100 : 80, effort: 1 }).toBuffer({ resolveWithObject: true });
    if (png.data.byteLength <= maxBytes) return png;
    if (target <= MIN_ALPHA_WIDTH) return void 0;
    const guess = Math.floor(target * Math.sqrt(maxBytes / png.data.byteLength) * 0.9);
    target = Math.max(MIN_ALPHA_WIDTH, Math.min(guess, target - 1));
  }
  return void 0;
}

export {
  readImageHeader,
  usableAsIs,
  FLATTEN_ON,
  hasTransparency,
  alphaPngUnder
};
