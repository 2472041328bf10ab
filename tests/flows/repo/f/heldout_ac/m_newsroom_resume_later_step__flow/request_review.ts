import * as wmill from "windmill-client";

export async function main(story_id: string, headline: string) {
  const urls = await wmill.getResumeUrls("desk");
  await fetch(Bun.env.NEWSROOM_CHAT_HOOK ?? "", {
    method: "POST",
    body: JSON.stringify({ text: `Review "${headline}" (${story_id}): ${urls.approvalPage}` }),
  });
  return { asked: true };
}
