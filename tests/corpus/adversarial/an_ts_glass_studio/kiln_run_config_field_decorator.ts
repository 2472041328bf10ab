// SDK: windmill-client 1.818.0 index.js: the body re-runs from the top after each task; a TC39 field decorator returns an initializer that every `new KilnRunConfig()` runs on the field's value, and `@fromEnv("KILN_REGION")`'s reads `process.env`, so the region can differ between rounds (the task was keyed and dispatched with the first round's)
import { task, workflow } from "windmill-client";

function fromEnv(name: string) {
  return function (_value: undefined, _context: ClassFieldDecoratorContext) {
    return (initial: string) => process.env[name] ?? initial;
  };
}

class KilnRunConfig {
  @fromEnv("KILN_REGION") region = "eu-west"; // expect: WAC903
  rampCPerHour = 150;
}

const scheduleFiring = task(async function scheduleFiring(pieceId: string, region: string, ramp: number) {
  const r = await fetch(`https://kilns.emberglass.example/api/${region}/firings`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ pieceId, ramp }),
  });
  return (await r.json()) as { firingId: string };
});

export const main = workflow(async (pieceId: string) => {
  const cfg = new KilnRunConfig(); // expect: WAC102
  return await scheduleFiring(pieceId, cfg.region, cfg.rampCPerHour);
});
