// The method asks the client to validate the plan. When a client deck is built
// from a plan that is still a draft (or has no validation block), the CLI prints
// this one line so the key account manager does not forget to ask.
import type { PlanView } from "../view/types.js";

export function validationReminder(view: PlanView): string | undefined {
  if (view.audience !== "client") return undefined;
  if (!view.validation) return "The method asks the client to validate the plan: the plan has no validation block (add `validation: {status: draft}`)";
  if (view.validation.status === "draft") return "The method asks the client to validate the plan: validation.status is draft";
  return undefined;
}
