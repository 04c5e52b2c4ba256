// A readable snapshot of the method slides' IR (objective, stakeholder map and
// table, solution, follow-up, validation) for the French and English samples,
// so any change of their geometry shows up in review.
import { expect, it } from "vitest";
import { join } from "node:path";
import { layoutFile, ROOT } from "./pipeline.js";
import { summarizeLayout } from "./summarize.js";

const METHOD_KINDS = ["objective", "stakeholder-map", "stakeholder-table", "solution", "followup", "validation"];

it.each(["maison-doree.yaml", "northwind-robotics.yaml"])("snapshots the method slides of %s", async (file) => {
  const { layout } = await layoutFile(join(ROOT, "samples", file), "internal", "default");
  expect(summarizeLayout(layout, { kinds: METHOD_KINDS })).toMatchSnapshot();
});
