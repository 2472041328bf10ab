// SDK: windmill-client 1.818.0 index.js `StepSuspend.name` is `"StepSuspend"` and a failed task reaches the body as an Error named `"TaskError"` (`taskErrorFromMarker`); the switch rethrows the suspension and anything unknown
// Team code: nightly font builds per family, the switch with its cases kept apart.
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
    } catch (e) {
      switch ((e as Error).name) {
        case "StepSuspend":
          throw e;
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
