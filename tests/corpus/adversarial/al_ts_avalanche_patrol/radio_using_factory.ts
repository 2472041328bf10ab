// SDK: windmill-client 1.818.0 index.js: the body re-runs after each task, and leaving the block (the task's `StepSuspend` included) runs the `[Symbol.dispose]` of the object `openChannel` returns, which posts a "channel closed" message in the body on every replay
// Team code: a radio channel opened for a rescue callout, closed by `using`.
import { task, workflow } from "windmill-client";

function openChannel(team: string) {
  const channel = `rescue-${team}`;
  return {
    channel,
    [Symbol.dispose]() {
      void fetch(`https://radio.snowwatch.example/api/channels/${channel}/close`, { method: "POST" });
    },
  };
}

const pageRescuers = task(async function pageRescuers(team: string, channel: string) {
  const r = await fetch(`https://dispatch.snowwatch.example/api/teams/${team}/callout`, {
    method: "POST",
    body: JSON.stringify({ channel }),
  });
  return ((await r.json()) as { paged: number }).paged;
});

export const main = workflow(async (team: string) => {
  using radio = openChannel(team); // expect: WAC101
  const paged = await pageRescuers(team, radio.channel);
  return { team, paged };
});
