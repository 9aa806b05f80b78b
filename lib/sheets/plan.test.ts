import { describe, expect, it } from "vitest";
import { parseSheet } from "./parse";
import { type CurrentMap, planSheet } from "./plan";

let n = 0;
const newId = () => `new-${++n}`;
const sheet = (text: string) => {
  const parsed = parseSheet(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.sheet;
};
const current: CurrentMap = {
  departments: [
    { id: "d-sales", name: "Sales", position: 0, color: "#000000" },
    { id: "d-ops", name: "Ops", position: 1, color: "#000000" },
  ],
  journeys: [
    { id: "j-buy", name: "Buy", position: 0 },
    { id: "j-old", name: "Old", position: 1 },
  ],
  stages: [
    { id: "s-pay", journeyId: "j-buy", name: "Pay", position: 0 },
    { id: "s-ship", journeyId: "j-buy", name: "Ship", position: 1 },
  ],
  touchpoints: [
    { id: "t-card", journeyId: "j-buy", stageId: "s-pay", name: "Card", channel: "WEB", position: 0 },
    { id: "t-box", journeyId: "j-buy", stageId: "s-ship", name: "Box", channel: "POST", position: 0 },
  ],
  assignments: [
    { touchpointId: "t-card", departmentId: "d-ops", role: "A" },
    { touchpointId: "t-box", departmentId: "d-ops", role: "R" },
  ],
};

describe("planSheet", () => {
  it("merge: a kept A of an unnamed department makes a named A a contest; nothing is removed", () => {
    const { summary, writes } = planSheet({
      sheet: sheet("journey,stage,touchpoint,channel,Sales\nBuy,Pay,Card,web,A\nBuy,Pay,Cash,web,"),
      current,
      mode: "merge",
      newId,
    });
    expect(summary.contested).toEqual([{ journey: "Buy", stage: "Pay", touchpoint: "Card" }]);
    expect(summary.counts).toMatchObject({
      touchpointsCreated: 1,
      touchpointsChanged: 1,
      touchpointsRemoved: 0,
    });
    expect(writes.removeJourneyIds).toEqual([]);
    // What exists keeps its place; new things follow.
    expect(writes.journeys.map((j) => [j.name, j.position])).toEqual([
      ["Buy", 0],
      ["Old", 1],
    ]);
    expect(writes.touchpoints.filter((t) => t.stageId === "s-pay").map((t) => [t.name, t.position])).toEqual([
      ["Card", 0],
      ["Cash", 1],
    ]);
  });

  it("replace: sheet order, unnamed things removed, unnamed departments cleared but kept", () => {
    const { summary, writes } = planSheet({
      sheet: sheet("journey,stage,touchpoint,channel,Sales\nNew,Look,Ad,web,A\nBuy,Pay,Card,chat,A"),
      current,
      mode: "replace",
      newId,
    });
    expect(writes.journeys.map((j) => j.name)).toEqual(["New", "Buy"]);
    expect(writes.removeJourneyIds).toEqual(["j-old"]);
    expect(writes.removeStageIds).toEqual(["s-ship"]);
    expect(writes.clearRoles).toEqual([{ touchpointId: "t-card", departmentId: "d-ops" }]);
    expect(summary.clearedDepartments).toEqual(["Ops"]);
    expect(summary.contested).toEqual([]);
    expect(writes.departments).toEqual([]);
    expect(writes.touchpoints.find((t) => t.id === "t-card")).toMatchObject({ channel: "CHAT", bump: true });
  });
});
