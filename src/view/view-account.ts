// General information, allowlisted field by field. `notes` is never read here:
// it reaches internal views only, through `account_notes` (see to-view.ts).
import { dirname, resolve } from "node:path";
import type { Account } from "../plan/schema.js";
import type { Audience, ViewAccount, ViewMarket } from "./types.js";
import { isVisible, visibleTexts } from "./visibility.js";
import { copyPerson } from "./copy-person.js";
import { sniffImage } from "../plan/logo.js";

function viewMarket(segment: NonNullable<Account["market"]>[number]): ViewMarket {
  const out: ViewMarket = { segment: segment.segment };
  if (segment.volume !== undefined) out.volume = segment.volume;
  if (segment.volume_unit !== undefined) out.volume_unit = segment.volume_unit;
  if (segment.value !== undefined) out.value = segment.value;
  if (segment.trend !== undefined) out.trend = segment.trend;
  return out;
}

/** A loaded plan holds an absolute logo path; a relative one (plan not loaded by the loader) resolves against the plan file. */
function viewLogo(logo: string, planFile: string): ViewAccount["logo"] {
  const path = resolve(dirname(planFile), logo);
  const mime = sniffImage(path);
  return mime ? { path, mime } : undefined;
}

export function viewAccount(account: Account, audience: Audience, planFile: string): ViewAccount {
  const out: ViewAccount = {
    name: account.name,
    market: (account.market ?? []).filter((m) => isVisible(m, audience)).map(viewMarket),
    news: visibleTexts(account.news, audience),
  };
  if (account.logo !== undefined) {
    const logo = viewLogo(account.logo, planFile);
    if (logo) out.logo = logo;
  }
  if (account.client_since !== undefined) out.client_since = account.client_since;
  if (account.sector !== undefined) out.sector = account.sector;
  if (account.main_contact !== undefined) out.main_contact = copyPerson(account.main_contact);
  if (account.buying_process !== undefined) out.buying_process = account.buying_process;
  return out;
}
