// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; `Clock.today()` reads the wall clock in the body, and the day it returns (sent to the task) can change between rounds.
import { task, workflow } from "windmill-client";

namespace Clock {
  export function today(): string {
    return new Date().toISOString().slice(0, 10);
  }
  export function label(day: string): string {
    return `report-${day}`;
  }
}

const buildReport = task(async (name: string, day: string) => ({ name, day }));

export const main = workflow(async (team: string) => {
  const day = Clock.today(); // expect: WAC102
  return await buildReport(`${team}-${Clock.label(day)}`, day);
});
