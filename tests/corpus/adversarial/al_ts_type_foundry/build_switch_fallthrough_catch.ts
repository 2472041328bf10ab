// SDK: windmill-client 1.818.0 index.js `StepSuspend` sets `this.name = "StepSuspend"`; the `case "StepSuspend":` falls through to the `TaskError` case, which records the family as failed and carries on, so the suspension is swallowed and the next family's build starts
// Team code: nightly font builds per family; the error switch was meant to sort "expected" errors from the rest.
import { task, workflow } from "windmill-client";

const buildFamily = task(async function buildFamily(family: string, version: string) {
  const r = await fetch("https://ci.kernhaus.example/api/builds", {
    method: "POST",
    body: JSON.stringify({ family, version }),
  });
  if (!r.ok) throw new Error(`build ${family} failed`);
  return ((await r.json()) as { artifact: string }).artifact;
});

export const main = workflow(async (families: string[], version: string) => {
  const built: string[] = [];
  const failed: string[] = [];
  for (const family of families) {
    try {
      built.push(await buildFamily(family, version));
    } catch (e) { // expect: WAC202
      switch ((e as Error).name) {
        case "StepSuspend":
        case "TaskError":
          failed.push(family);
          break;
        default:
          throw e;
      }
    }
  }
  return { built, failed };
});
