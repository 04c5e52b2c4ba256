import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { fitImage, readImageSize, sizeFromHeader } from "../../src/layout/image-size.js";
import { ROOT } from "./pipeline.js";

function png(width: number, height: number): Uint8Array {
  const b = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b, 0);
  b.writeUInt32BE(13, 8);
  b.write("IHDR", 12, "latin1");
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  return b;
}

function jpeg(width: number, height: number): Uint8Array {
  // SOI, an APP0 segment to skip, then SOF0 with the frame size.
  const app0 = [0xff, 0xe0, 0x00, 0x06, 0x4a, 0x46, 0x49, 0x46];
  const sof0 = [0xff, 0xc0, 0x00, 0x0b, 0x08, height >> 8, height & 255, width >> 8, width & 255, 0x01, 0x01, 0x11, 0x00];
  return Uint8Array.from([0xff, 0xd8, ...app0, ...sof0, 0xff, 0xd9]);
}

describe("sizeFromHeader", () => {
  it("reads PNG IHDR and JPEG SOF sizes", () => {
    expect(sizeFromHeader(png(640, 200))).toEqual({ width: 640, height: 200 });
    expect(sizeFromHeader(jpeg(300, 450))).toEqual({ width: 300, height: 450 });
  });

  it("returns undefined for other bytes", () => {
    expect(sizeFromHeader(Buffer.from("GIF89a........"))).toBeUndefined();
  });

  it("reads a sample logo from disk", () => {
    const size = readImageSize(join(ROOT, "samples/logos/maison-doree.png"));
    expect(size?.width).toBeGreaterThan(0);
    expect(size?.height).toBeGreaterThan(0);
  });
});

describe("fitImage", () => {
  it("keeps the aspect ratio inside the box, centred", () => {
    const box = fitImage({ width: 400, height: 100 }, { x: 1, y: 1, w: 2, h: 2 });
    expect(box.w).toBeCloseTo(2, 6);
    expect(box.h).toBeCloseTo(0.5, 6);
    expect(box.y).toBeCloseTo(1.75, 6);
  });
});
