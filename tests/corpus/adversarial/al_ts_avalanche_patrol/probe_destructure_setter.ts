// SDK: windmill-client 1.818.0 index.js: the body re-runs after each task; the destructuring assignment `({ depthCm: profile.depth } = reading)` sets `profile.depth` through its `set depth` accessor, which posts to the snowpack API in the body on every replay
// Team code: snow profiles mirrored to the field app as they are filled in.
import { task, workflow } from "windmill-client";

class SnowProfile {
  #depth = 0;
  constructor(readonly pitId: string) {}

  get depth() {
    return this.#depth;
  }

  set depth(cm: number) {
    this.#depth = cm;
    void fetch(`https://field.snowwatch.example/api/pits/${this.pitId}/depth`, {
      method: "PUT",
      body: JSON.stringify({ cm }),
    });
  }
}

const readProbe = task(async function readProbe(pitId: string) {
  const r = await fetch(`https://obs.snowwatch.example/api/pits/${pitId}/probe`);
  return (await r.json()) as { depthCm: number; tempC: number };
});

export const main = workflow(async (pitId: string) => {
  const profile = new SnowProfile(pitId);
  const reading = await readProbe(pitId);
  let tempC: number;
  ({ depthCm: profile.depth, tempC } = reading); // expect: WAC101
  return { pitId, depth: profile.depth, tempC };
});
