// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; namespace functions that only format their arguments are pure, and the day comes from a step.
import { step, task, workflow } from "windmill-client";

namespace Clock {
  export function label(day: string): string {
    return `report-${day}`;
  }
  export namespace Parse {
    export const day = (iso: string) => iso.slice(0, 10);
  }
}

const buildReport = task(async (name: string, day: string) => ({ name, day }));

export const main = workflow(async (team: string) => {
  const now = await step("now", () => new Date().toISOString());
  const day = Clock.Parse.day(now);
  return await buildReport(`${team}-${Clock.label(day)}`, day);
});
