// SDK: windmill-oracle sig reads `pattern: (typeof PATTERNS)[number]` as typ "unknown" (the parser does not evaluate `typeof` on an `as const` array); `ReadonlyArray` default-less too
import { task, taskScript, workflow } from "windmill-client";

export const PATTERNS = ["grid", "corridor", "orbit"] as const;
type Pattern = (typeof PATTERNS)[number];

const CORRIDOR_BUFFER_M = 35;

const renderKml = taskScript("f/drone/render_kml", { timeout: 300 });

const splitCorridor = task(async (lineString: number[][], pattern: Pattern, bufferM: number) => {
  // pure geometry in the child job: chunk the centre line into 2 km legs
  const legs: number[][][] = [];
  let leg: number[][] = [];
  for (const pt of lineString) {
    leg.push(pt);
    if (leg.length >= 40) {
      legs.push(leg);
      leg = [pt];
    }
  }
  if (leg.length > 1) legs.push(leg);
  return legs.map((l, i) => ({ index: i, pattern, bufferM, points: l }));
});

export const main = workflow(async (
  projectCode: string,
  centreLine: number[][],
  pattern: (typeof PATTERNS)[number], // expect: WAC902
) => {
  const legs = await splitCorridor(centreLine, pattern, CORRIDOR_BUFFER_M);
  const kmls: string[] = [];
  for (const leg of legs) {
    const out = await renderKml({ project: projectCode, leg: leg.index, points: leg.points });
    kmls.push(out.url as string);
  }
  return { projectCode, pattern, legs: legs.length, kmls };
});
