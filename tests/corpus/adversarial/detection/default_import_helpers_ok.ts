// SDK: windmill-client 1.818.0 dist/index.mjs: the default export also holds getVariable/getResource, which are not names Windmill's WAC parser draws; task and workflow are imported by name.
import wmill, { task, workflow } from "windmill-client";

const sendDigest = task(async (team: string) => {
  const token = await wmill.getVariable("f/digest/slack_token");
  return { team, sent: token.length > 0 };
});

export const main = workflow(async (teams: string[]) => {
  const sent = [];
  for (const team of teams) sent.push(await sendDigest(team));
  return sent;
});
