// Whether a YAML file found in a folder is an account plan: its top level has a
// `plan:` key. Checked on the text, without parsing, so that a hostile or broken
// file does not cost anything here (it is reported when loaded).
import { open } from "node:fs/promises";

const PLAN_KEY = /^(?:\uFEFF)?["']?plan["']?[ \t]*:/m;
/** A plan's `plan:` key is near its top; reading this much is enough. */
const HEAD_BYTES = 64 * 1024;

export async function looksLikePlan(file: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, "r");
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return PLAN_KEY.test(buffer.subarray(0, bytesRead).toString("utf8"));
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}
