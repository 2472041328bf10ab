// SDK: windmill-client 1.818.0 client.mjs: a method called from the workflow body is body code; its Bun.write repeats each round.
import { task, workflow } from "windmill-client";

class RunJournal {
  private lines: string[] = [];
  note(line: string) {
    this.lines.push(`${this.lines.length + 1}. ${line}`);
  }
  async flush(path: string) {
    await Bun.write(path, this.lines.join("\n"));
  }
}

const rotateKeys = task(async (service: string) => {
  const res = await fetch(`https://vault.example.com/api/rotate/${service}`, { method: "POST" });
  return (await res.json()) as { rotated: number };
});

export const main = workflow(async (services: string[]) => {
  const journal = new RunJournal();
  for (const s of services) {
    const { rotated } = await rotateKeys(s);
    journal.note(`${s}: ${rotated} keys`);
  }
  await journal.flush("/tmp/rotation.log"); // expect: WAC101
  return { services: services.length };
});
