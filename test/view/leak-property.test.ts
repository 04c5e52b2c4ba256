// Property: whatever subset of a plan is marked confidential, nothing secret
// reaches the client view or the client deck, and everything reaches the
// internal view. Secret text is written as MARKER-..., visible text never is.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { toView } from "../../src/view/to-view.js";
import { composeDeck } from "../../src/deck/compose.js";
import { buildPlan, shape } from "./leak-plans.js";

describe("no secret reaches a client, whatever is marked confidential", () => {
  it("holds for the client view and deck, and the internal view keeps every secret", () => {
    fc.assert(
      fc.property(shape, (s) => {
        const { plan, markers } = buildPlan(s);
        const client = toView(plan, "client", { planFile: "/tmp/plan.yaml" });
        expect(JSON.stringify(client)).not.toContain("MARKER");
        const deck = composeDeck(client, { timestamp: 1_800_000_000 });
        expect(JSON.stringify(deck)).not.toContain("MARKER");
        expect(deck.slides.at(-1)?.kind).toBe("validation");
        const internalView = toView(plan, "internal", { planFile: "/tmp/plan.yaml" });
        const internal = JSON.stringify(internalView);
        expect(markers.filter((m) => !internal.includes(m))).toEqual([]);
        const internalDeck = composeDeck(internalView, { timestamp: 1_800_000_000 });
        expect(internalDeck.slides[0].kind).toBe("cover");
      }),
      { numRuns: 400 },
    );
  });
});
