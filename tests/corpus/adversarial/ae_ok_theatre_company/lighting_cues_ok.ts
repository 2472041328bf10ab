// SDK: windmill-client 1.818.0 an in-memory cue stack whose write()/post() methods build a show file; the file is written with node:fs only inside a task; a class whose async methods do I/O and are called only from tasks; Object.groupBy-free grouping with reduce
import { task, workflow } from "windmill-client";
import { writeFile } from "node:fs/promises";

type Cue = { number: number; label: string; fadeS: number; channels: Record<string, number> };

class CueStack {
  private cues: Cue[] = [];
  write(c: Cue) {
    this.cues.push(c);
    return this;
  }
  post(offset: number) {
    for (const c of this.cues) c.number += offset;
    return this;
  }
  serialize(): string {
    return this.cues
      .sort((a, b) => a.number - b.number)
      .map((c) => `CUE ${c.number.toFixed(1)} "${c.label}" FADE ${c.fadeS} ${Object.entries(c.channels).map(([k, v]) => `${k}@${v}`).join(" ")}`)
      .join("\n");
  }
}

class Console {
  constructor(private readonly host: string) {}
  async upload(name: string, body: string) {
    const res = await fetch(`http://${this.host}/showfiles/${name}`, { method: "PUT", body });
    return res.ok;
  }
}

const loadCues = task(async (production: string, act: number): Promise<Cue[]> => {
  const res = await fetch(`https://design.theatre.example/${production}/acts/${act}/cues`);
  return await res.json();
});

const pushShowFile = task(async (production: string, text: string, host: string) => {
  const path = `/tmp/${production}.asc`;
  await writeFile(path, text, "utf8");
  return { path, uploaded: await new Console(host).upload(`${production}.asc`, text) };
});

export const main = workflow(async (production: string, acts: number[], consoleHost: string) => {
  const perAct = await Promise.all(acts.map((a) => loadCues(production, a)));
  const stack = new CueStack();
  perAct.forEach((cues, i) => {
    const offset = acts[i] * 100;
    const actStack = new CueStack();
    for (const c of cues) actStack.write({ ...c });
    actStack.post(offset);
    for (const c of cues) stack.write({ ...c, number: c.number + offset });
  });
  const text = stack.serialize();
  const result = await pushShowFile(production, text, consoleHost);
  return { production, cues: text.split("\n").length, ...result };
});
