// SDK: windmill-client 1.818.0 index.js: the body re-runs from the top after each task; the TC39 field decorator `@clampedRamp` returns an initializer that only bounds the field's literal value in memory, the same in every round
import { task, workflow } from "windmill-client";

function clampedRamp(_value: undefined, _context: ClassFieldDecoratorContext) {
  return (initial: number) => Math.min(300, Math.max(50, initial));
}

class KilnRunConfig {
  region = "eu-west";
  @clampedRamp rampCPerHour = 420; // expect: WAC903
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
  const cfg = new KilnRunConfig();
  return await scheduleFiring(pieceId, cfg.region, cfg.rampCPerHour);
});
