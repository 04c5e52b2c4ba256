// Reading a rendered .pptx for assertions: its parts, and the raw zip central
// directory (JSZip hides the compression method and DOS dates of entries).
import JSZip from "jszip";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  size: number;
  /** The entry's DOS date and time decoded as UTC (JSZip writes UTC). */
  date: Date;
}

export interface Package {
  bytes: Uint8Array;
  names: string[];
  text(name: string): string;
  binary(name: string): Uint8Array;
  entries: ZipEntry[];
}

export async function openPackage(bytes: Uint8Array): Promise<Package> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.values(zip.files).filter((f) => !f.dir);
  const contents = new Map<string, Uint8Array>();
  for (const f of files) contents.set(f.name, await f.async("uint8array"));
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const get = (name: string) => {
    const c = contents.get(name);
    if (!c) throw new Error(`no part ${name}`);
    return c;
  };
  return {
    bytes,
    names: [...contents.keys()],
    text: (name) => decoder.decode(get(name)),
    binary: get,
    entries: centralDirectory(bytes),
  };
}

export function centralDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = bytes.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error("no end of central directory");
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error("bad central directory entry");
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    entries.push({
      method: view.getUint16(at + 10, true),
      date: dosDate(view.getUint16(at + 14, true), view.getUint16(at + 12, true)),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

function dosDate(date: number, time: number): Date {
  return new Date(
    Date.UTC(1980 + (date >> 9), ((date >> 5) & 15) - 1, date & 31, time >> 11, (time >> 5) & 63, (time & 31) * 2),
  );
}

/** Text of every `<a:t>` in a part, entities decoded. */
export function runTexts(xml: string): string[] {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decodeEntities(m[1]));
}

export function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, "&");
}
