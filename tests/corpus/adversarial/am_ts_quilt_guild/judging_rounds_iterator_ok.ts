// SDK: windmill-client 1.818.0 index.js: a task call in the body is keyed `judgeEntry`, `judgeEntry_2`, ... in call order; the class's `[Symbol.asyncIterator]` awaits each task before yielding, and `for await` in the body drives it, so every call is made and awaited by the body in the entries' order
import { task, workflow } from "windmill-client";

type Entry = { id: string; category: string };
type Score = { id: string; points: number };

const judgeEntry = task(async function judgeEntry(entryId: string, category: string) {
  const r = await fetch(`https://judging.quiltguild.example/api/entries/${entryId}/score?category=${category}`);
  return (await r.json()) as Score;
});

class JudgingRound implements AsyncIterable<Score> {
  readonly #entries: readonly Entry[];

  constructor(entries: readonly Entry[]) {
    this.#entries = entries;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Score> {
    for (const e of this.#entries) {
      yield await judgeEntry(e.id, e.category);
    }
  }
}

export const main = workflow(async (entries: Entry[]) => {
  const scores: Score[] = [];
  for await (const score of new JudgingRound(entries)) {
    scores.push(score);
  }
  scores.sort((a, b) => b.points - a.points || a.id.localeCompare(b.id));
  return { winner: scores[0]?.id ?? null, scores };
});
