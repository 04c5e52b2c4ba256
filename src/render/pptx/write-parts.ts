// Gets pptxgenjs's package as parts without zipping it. pptxgenjs fills a JSZip
// object and ends with `zip.generateAsync({ type: outputType })`; zipping there
// (JSZip's chunked pipeline, ~100 ms for a 12-slide deck) only for
// post-processing to unzip it again was most of the render time. A one-time
// hook on JSZip answers a private output type with the entries instead; every
// other caller of JSZip is untouched.
import JSZip from "jszip";
import type { Pptx } from "./pptxgen.js";
import type { Parts } from "./postprocess/parts.js";
import { collectParts } from "./jszip-entries.js";
import { readZip } from "./postprocess/zip-io.js";

const PARTS_OUTPUT = "kamdeck-parts";
const HOOKED = Symbol.for("kamdeck.jszip-parts-output");

interface CapturedParts {
  [HOOKED]: true;
  parts: Parts;
}

type Generate = (this: JSZip, options?: { type?: string }, ...rest: unknown[]) => Promise<unknown>;

function installHook(): void {
  const proto = JSZip.prototype as unknown as { generateAsync: Generate; [HOOKED]?: true };
  if (proto[HOOKED]) return;
  const original = proto.generateAsync;
  proto.generateAsync = function (this: JSZip, options, ...rest) {
    if (options?.type !== PARTS_OUTPUT) return original.call(this, options, ...rest);
    return collectParts(this).then((parts): CapturedParts => ({ [HOOKED]: true, parts }));
  };
  proto[HOOKED] = true;
}

export async function writeParts(pptx: Pptx): Promise<Parts> {
  installHook();
  const out = (await pptx.write({ outputType: PARTS_OUTPUT as "uint8array" })) as unknown;
  if (typeof out === "object" && out !== null && HOOKED in out) return (out as CapturedParts).parts;
  // Another copy of JSZip served pptxgenjs: fall back to unzipping its output.
  return readZip(out as Uint8Array);
}
