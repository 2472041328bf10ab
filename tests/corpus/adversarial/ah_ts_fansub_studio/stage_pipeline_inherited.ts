// SDK: windmill-client 1.818.0 client.mjs workflow(): the body re-runs each round; `FontSubset.exec` (reached through the base class's `run`) POSTs to the font service in the body, unlike the task-backed stages
import { task, workflow } from "windmill-client";

// Ported from Mastra: each createStep({ id, execute }) became a Stage subclass; most call tasks.

type Job = { episodeId: string; assUrl: string; fonts: string[]; subsetUrl?: string; muxed?: string };

const muxTask = task(async (episodeId: string, assUrl: string, subsetUrl: string) => {
  const r = await fetch("https://mux.subtle-studio.example/v1/mkv", { method: "POST", body: JSON.stringify({ episodeId, assUrl, subsetUrl }) });
  return (await r.json()).releaseUrl as string;
});

abstract class Stage {
  abstract readonly id: string;
  protected abstract exec(job: Job): Promise<Job>;
  async run(job: Job): Promise<Job> {
    console.log(`stage ${this.id} for ${job.episodeId}`);
    return this.exec(job);
  }
}

class FontSubset extends Stage {
  readonly id = "font-subset";
  protected async exec(job: Job): Promise<Job> {
    const r = await fetch("https://fonts.subtle-studio.example/v1/subset", {
      method: "POST",
      body: JSON.stringify({ assUrl: job.assUrl, fonts: job.fonts }),
    });
    return { ...job, subsetUrl: (await r.json()).url as string };
  }
}

class Mux extends Stage {
  readonly id = "mux";
  protected async exec(job: Job): Promise<Job> {
    return { ...job, muxed: await muxTask(job.episodeId, job.assUrl, job.subsetUrl ?? "") };
  }
}

const PIPELINE: Stage[] = [new FontSubset(), new Mux()];

export const main = workflow(async (episodeId: string, assUrl: string, fonts: string[]) => {
  let job: Job = { episodeId, assUrl, fonts };
  for (const stage of PIPELINE) job = await stage.run(job); // expect: WAC101
  return job;
});
