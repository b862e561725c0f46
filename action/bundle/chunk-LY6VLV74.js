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

export {
  readImageHeader,
  usableAsIs
};
