import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  fileSize
} from "./chunk-VLPSJNSG.js";
import {
  FLATTEN_ON,
  alphaPngUnder,
  hasTransparency,
  readImageHeader,
  usableAsIs
} from "./chunk-SUMJWZ6U.js";
import "./chunk-EP4KRDZC.js";

// src/render/decode-bmp.ts
function decodeBmp(data) {
  if (data.length < 54 || data[0] !== 66 || data[1] !== 77) return void 0;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const offset = view.getUint32(10, true);
  const width = view.getInt32(18, true);
  const rawHeight = view.getInt32(22, true);
  const bpp = view.getUint16(28, true);
  const compression = view.getUint32(30, true);
  if (width <= 0 || rawHeight === 0 || bpp !== 24 && bpp !== 32 || compression !== 0 && compression !== 3)
    return void 0;
  const height = Math.abs(rawHeight);
  const topDown = rawHeight < 0;
  const stride = Math.ceil(width * bpp / 32) * 4;
  if (offset + stride * height > data.length) return void 0;
  const pixels = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const row = offset + stride * (topDown ? y : height - 1 - y);
    for (let x = 0; x < width; x++) {
      const src = row + x * (bpp / 8);
      const dst = (y * width + x) * 4;
      pixels[dst] = data[src + 2];
      pixels[dst + 1] = data[src + 1];
      pixels[dst + 2] = data[src];
      pixels[dst + 3] = bpp === 32 && compression === 3 ? data[src + 3] : 255;
    }
  }
  return { width, height, pixels };
}

// src/render/svg-scale.ts
var MAX_SCALE = 3;
var MAX_PIXELS = 2 * 1920 * 1920;
function svgScale(width, height, maxWidth) {
  if (!(width > 0 && height > 0)) return 1;
  const scale = Math.min(MAX_SCALE, maxWidth / width, Math.sqrt(MAX_PIXELS / (width * height)));
  return Math.max(scale, 1);
}
function drawnAt(meta, maxWidth) {
  const scale = meta.format === "svg" ? svgScale(meta.width ?? 0, meta.height ?? 0, maxWidth) : 1;
  return scale > 1 ? { scale, cssWidth: meta.width } : {};
}

// src/render/prepare-image.ts
var MAX_WIDTH = 1920;
var loaded;
var loadSharp = () => loaded ??= import("sharp").then((m) => m.default);
async function prepareImage(input, maxBytes) {
  const bmp = decodeBmp(input);
  if (bmp) return encodeBmp(bmp, input.byteLength, maxBytes);
  const inspected = await inspectImage(input, maxBytes);
  if (!inspected.ok || inspected.ready) return inspected.ok ? inspected.ready : inspected;
  return convertImage(input, maxBytes, inspected.meta ?? {}, inspected.from);
}
async function inspectImage(input, maxBytes) {
  const kb = fileSize(input.byteLength);
  const header = readImageHeader(input);
  const fits = input.byteLength <= maxBytes;
  if (header && usableAsIs(header, input.byteLength, maxBytes)) {
    const { width: width2, height: height2 } = header;
    const mime = header.format === "png" ? "image/png" : "image/jpeg";
    return { ok: true, ready: { ok: true, data: input, mime, width: width2, height: height2, transformed: false } };
  }
  const bmp = decodeBmp(input);
  if (bmp)
    return { ok: true, from: `bmp ${bmp.width}\xD7${bmp.height}, ${kb}`, width: bmp.width, height: bmp.height };
  const sharp = await loadSharp();
  let meta;
  try {
    meta = await sharp(input, { animated: false }).metadata();
  } catch {
    return { ok: false, reason: "not a readable image (unknown or damaged format)" };
  }
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  if ((meta.format === "jpeg" || meta.format === "png") && fits && width <= 4096 * 4) {
    const mime = meta.format === "png" ? "image/png" : "image/jpeg";
    return { ok: true, ready: { ok: true, data: input, mime, width, height, transformed: false } };
  }
  const from = `${meta.format ?? "image"} ${width}\xD7${height}, ${kb}`;
  return { ok: true, meta, from, width, height, animated: (meta.pages ?? 1) > 1, ...drawnAt(meta, MAX_WIDTH) };
}
var made = (data, mime, size, note) => ({
  ok: true,
  data,
  mime,
  width: size.width,
  height: size.height,
  transformed: true,
  note
});
async function convertImage(input, maxBytes, meta, from) {
  const sharp = await loadSharp();
  const { scale = 1, cssWidth } = drawnAt(meta, MAX_WIDTH);
  const shown = cssWidth ? { cssWidth } : {};
  const width = Math.round((meta.width ?? 0) * scale);
  const pages = meta.pages ?? 1;
  try {
    let pipeline = sharp(input, { animated: false, ...scale > 1 && { density: 72 * scale } }).rotate();
    if (width > MAX_WIDTH) pipeline = pipeline.resize({ width: MAX_WIDTH, withoutEnlargement: true });
    const frame = pages > 1 ? " (first frame of an animation)" : "";
    const animation = pages > 1 ? { loss: "animation" } : {};
    let flattened = "";
    if (meta.hasAlpha && meta.format !== "jpeg") {
      const see = await hasTransparency(pipeline);
      const png = see ? await alphaPngUnder(pipeline, Math.min(width, MAX_WIDTH), maxBytes) : await alphaPngUnder(pipeline.clone().removeAlpha(), Math.min(width, MAX_WIDTH), maxBytes, 1);
      if (png) {
        const note = `${from} \u2192 PNG ${png.info.width}\xD7${png.info.height}${frame}`;
        return { ...made(png.data, "image/png", png.info, note), ...animation, ...shown };
      }
      pipeline = pipeline.flatten({ background: FLATTEN_ON });
      if (see) flattened = ` (transparency flattened onto ${FLATTEN_ON})`;
    }
    const loss = flattened ? { loss: "transparency" } : animation;
    for (const quality of [86, 76, 64, 50, 38]) {
      for (const scale2 of [1, 0.75, 0.5]) {
        let p = pipeline.clone();
        if (scale2 < 1) p = p.resize({ width: Math.round(Math.min(width, MAX_WIDTH) * scale2) });
        const jpg = await p.jpeg({ quality, mozjpeg: true }).toBuffer({ resolveWithObject: true });
        if (jpg.data.byteLength <= maxBytes) {
          const { width: w, height: h } = jpg.info;
          const kb = fileSize(jpg.data.byteLength);
          return {
            ...made(jpg.data, "image/jpeg", jpg.info, `${from} \u2192 JPEG ${w}\xD7${h}, ${kb}${frame}${flattened}`),
            ...loss,
            ...shown
          };
        }
      }
    }
  } catch (error) {
    return { ok: false, reason: `cannot be converted: ${error.message}` };
  }
  return { ok: false, reason: `cannot be made smaller than ${(maxBytes / 1024 / 1024).toFixed(0)} MB` };
}
async function encodeBmp(bmp, inputBytes, maxBytes) {
  const sharp = await loadSharp();
  const raw = () => sharp(bmp.pixels, { raw: { width: bmp.width, height: bmp.height, channels: 4 } });
  const from = `bmp ${bmp.width}\xD7${bmp.height}, ${fileSize(inputBytes)}`;
  const png = await raw().png({ compressionLevel: 9 }).toBuffer();
  if (png.byteLength <= maxBytes) return made(png, "image/png", bmp, `${from} \u2192 PNG`);
  for (const quality of [86, 70, 50]) {
    const jpg = await raw().flatten({ background: "#ffffff" }).resize({ width: Math.min(bmp.width, 1920), withoutEnlargement: true }).jpeg({ quality }).toBuffer({ resolveWithObject: true });
    if (jpg.data.byteLength <= maxBytes) return made(jpg.data, "image/jpeg", jpg.info, `${from} \u2192 JPEG`);
  }
  return { ok: false, reason: `cannot be made smaller than ${(maxBytes / 1024 / 1024).toFixed(0)} MB` };
}
async function imageSizeWithSharp(file) {
  const sharp = await loadSharp();
  const meta = await sharp(file).metadata();
  return meta.width && meta.height ? { width: meta.width, height: meta.height } : void 0;
}
async function thumbnailJpeg(input, maxWidth) {
  const sharp = await loadSharp();
  try {
    const out = await sharp(input, { animated: false }).resize({ width: maxWidth, withoutEnlargement: true }).flatten({ background: "#ffffff" }).jpeg({ quality: 80 }).toBuffer();
    return new Uint8Array(out);
  } catch {
    return void 0;
  }
}
async function colourSpread(input) {
  const sharp = await loadSharp();
  const stats = await sharp(input).stats();
  return Math.max(...stats.channels.map((c) => c.stdev));
}
export {
  colourSpread,
  imageSizeWithSharp,
  inspectImage,
  prepareImage,
  thumbnailJpeg
};
