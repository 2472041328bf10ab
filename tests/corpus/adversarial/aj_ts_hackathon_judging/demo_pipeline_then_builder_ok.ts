// SDK: windmill-client 1.818.0 client.mjs: every stage of the chain is a task, so each runs once as its own job and replays from the checkpoint
// Ported from a Mastra workflow: `createWorkflow(...).then(stepA).then(stepB).commit()`, kept as a small builder class.
import { step, task, workflow } from "windmill-client";

type Demo = { team: string; videoUrl: string; notes?: string; transcript?: string; highlight?: string };
type Stage = (demo: Demo) => Promise<Demo>;

const transcribe = task(async (demo: Demo): Promise<Demo> => {
  const r = await fetch("https://asr.hackday.example/v1/transcribe", {
    method: "POST",
    body: JSON.stringify({ url: demo.videoUrl }),
  });
  return { ...demo, transcript: ((await r.json()) as { text: string }).text };
});

const summarise = task(async (demo: Demo): Promise<Demo> => {
  const r = await fetch("https://llm.hackday.example/v1/highlight", {
    method: "POST",
    body: JSON.stringify({ transcript: demo.transcript }),
  });
  return { ...demo, highlight: ((await r.json()) as { text: string }).text };
});

const announce = task(async (demo: Demo): Promise<Demo> => {
  await fetch("https://chat.hackday.example/hooks/demos", {
    method: "POST",
    body: JSON.stringify({ text: `${demo.team}: ${demo.highlight}` }),
  });
  return demo;
});

class DemoPipeline {
  private stages: Stage[] = [];
  then(stage: Stage) {
    this.stages.push(stage);
    return this;
  }
  async run(demo: Demo) {
    for (const stage of this.stages) demo = await stage(demo);
    return demo;
  }
}

const pipeline = new DemoPipeline().then(transcribe).then(summarise).then(announce);

export const main = workflow(async (demos: Demo[]) => {
  const done: Demo[] = [];
  for (const demo of demos) {
    done.push(await pipeline.run(demo));
  }
  return await step("highlights", () => done.map((d) => ({ team: d.team, highlight: d.highlight ?? "" })));
});
