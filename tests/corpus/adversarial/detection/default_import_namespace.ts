// SDK: windmill-client 1.818.0 dist/index.mjs: the default export is an object holding task/step/workflow; through it they run, but Windmill's parser looks for the bare names.
import wmill from "windmill-client";

const sendDigest = wmill.task(async (team: string) => ({ team, sent: true })); // expect: WAC002

export const main = wmill.workflow(async (teams: string[]) => { // expect: WAC002
  const sent = [];
  for (const team of teams) sent.push(await sendDigest(team));
  return sent;
});
