// SDK: windmill-client 1.818.0 client.mjs: an agent-written orchestrator class whose methods only await tasks and steps; zod parses checkpointed JSON (pure), task options use `satisfies`, and the status enum is only compared, never used as a key
import { z } from "zod";
import { task, taskScript, step, workflow } from "windmill-client";

enum Status {
  Draft = "draft",
  Reviewed = "reviewed",
  Published = "published",
}

const Programme = z.object({
  pieces: z.array(z.object({ title: z.string(), composer: z.string(), lyrics: z.string() })),
  language: z.string(),
});

const OPTIONS = { timeout: 600, tag: "llm" } satisfies { timeout: number; tag: string };

const translate = taskScript("f/tours/translate_lyrics", OPTIONS);

const loadProgramme = task(async (concertId: string) => {
  const r = await fetch(`https://programmes.choir-tours.example/v1/concerts/${concertId}`);
  return await r.json();
});

const publish = task(async (concertId: string, booklet: { title: string; text: string }[]) => {
  const r = await fetch(`https://programmes.choir-tours.example/v1/concerts/${concertId}/booklet`, {
    method: "PUT",
    body: JSON.stringify({ booklet }),
  });
  return { status: r.ok ? Status.Published : Status.Reviewed };
});

class BookletBuilder {
  constructor(
    private readonly concertId: string,
    private readonly target: string,
  ) {}

  async build() {
    const programme = Programme.parse(await loadProgramme(this.concertId));
    const out: { title: string; text: string }[] = [];
    for (const piece of programme.pieces) {
      const t = await translate({ text: piece.lyrics, from: programme.language, to: this.target });
      out.push({ title: `${piece.title} (${piece.composer})`, text: String(t.text) });
    }
    return out;
  }
}

export const main = workflow(async (concertId: string, target = "en") => {
  const booklet = await new BookletBuilder(concertId, target).build();
  const words = await step("word_count", () => booklet.reduce((n, p) => n + p.text.split(/\s+/).length, 0));
  const { status } = await publish(concertId, booklet);
  return { concertId, pieces: booklet.length, words, status, done: status === Status.Published };
});
