export async function main(stage: string, candidates: { candidate_id: number; score: number }[], channel: string) {
  const top = candidates.toSorted((a, b) => b.score - a.score).slice(0, 5);
  await fetch("https://slack.com/api/chat.postMessage", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${process.env.SLACK_TOKEN}` },
    body: JSON.stringify({ channel, text: `${stage}: ${top.map((c) => `#${c.candidate_id} (${c.score})`).join(", ")}` }),
  });
  return { stage, posted: top.length };
}
