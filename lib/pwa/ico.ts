/**
 * Writes a .ico file that holds PNG images (the format every browser and Windows since Vista
 * reads): a 6-byte header, a 16-byte directory entry per image, then the PNGs as they are.
 * https://en.wikipedia.org/wiki/ICO_(file_format)
 */
export function icoFromPngs(images: readonly { size: number; png: Uint8Array }[]): Uint8Array {
  if (!images.length) throw new Error("An icon needs at least one image.");
  const headerSize = 6 + 16 * images.length;
  const total = headerSize + images.reduce((n, i) => n + i.png.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0, true); // reserved
  view.setUint16(2, 1, true); // 1 = icon
  view.setUint16(4, images.length, true);
  let offset = headerSize;
  images.forEach(({ size, png }, i) => {
    if (!Number.isInteger(size) || size < 1 || size > 256) throw new Error(`An icon image is 1 to 256 pixels wide, not ${size}.`);
    if (png[0] !== 0x89 || png[1] !== 0x50 || png[2] !== 0x4e || png[3] !== 0x47) throw new Error("Each icon image must be a PNG.");
    const entry = 6 + 16 * i;
    view.setUint8(entry, size === 256 ? 0 : size); // width (0 means 256)
    view.setUint8(entry + 1, size === 256 ? 0 : size); // height
    view.setUint8(entry + 2, 0); // no palette
    view.setUint8(entry + 3, 0); // reserved
    view.setUint16(entry + 4, 1, true); // colour planes
    view.setUint16(entry + 6, 32, true); // bits per pixel
    view.setUint32(entry + 8, png.length, true);
    view.setUint32(entry + 12, offset, true);
    out.set(png, offset);
    offset += png.length;
  });
  return out;
}
