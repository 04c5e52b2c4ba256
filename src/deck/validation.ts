// The validation page: what the client is asked to validate (the objectives and
// the action plan), the status, who validated and when, and where to sign.
import type { LabelledValue, ValidationSlide } from "./types.js";
import type { DeckContext } from "./context.js";

export function composeValidation(ctx: DeckContext): ValidationSlide {
  const { view, labels, fmt } = ctx;
  const l = labels.validation;
  const v = view.validation;
  const status = v?.status ?? "pending";
  const facts: LabelledValue[] = [{ label: l.status, value: l.statuses[status] }];
  if (v?.validated_by) facts.push({ label: l.validatedBy, value: [v.validated_by.name, v.validated_by.title].filter(Boolean).join(", ") });
  if (v?.date) facts.push({ label: l.date, value: fmt.date(v.date) });
  const toValidate = view.objectives.map((o) => l.objective(o.title));
  if (view.actions.length > 0) toValidate.push(l.actionPlan(view.actions.length));
  const slide: ValidationSlide = {
    kind: "validation",
    section: "validation",
    title: l.title,
    subtitle: l.subtitle(status),
    status,
    toValidate,
    facts,
    signatureLabels: [...l.signature],
  };
  if (v?.comments) slide.comments = v.comments;
  return slide;
}
