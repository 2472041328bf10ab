// SDK: windmill-client 1.818.0 workflow() calls the function with the job's args each round; a parameter default that draws randomness is drawn again in every round
import { parallel, task, workflow } from "windmill-client";

const listUsers = task(async (segment: string): Promise<string[]> => {
  const res = await fetch(`${process.env.USERS_API}/segments/${segment}/members`, { headers: { authorization: `Bearer ${process.env.USERS_TOKEN}` } });
  return ((await res.json()) as { ids: string[] }).ids;
});

const enroll = task(async (experiment: string, userId: string, variant: string) => {
  await fetch(`${process.env.EXPERIMENTS_API}/experiments/${experiment}/assignments`, {
    method: "POST",
    body: JSON.stringify({ userId, variant }),
  });
  return { userId, variant };
});

function bucketOf(userId: string, salt: number): number {
  let h = salt >>> 0;
  for (let i = 0; i < userId.length; i++) h = Math.imul(h ^ userId.charCodeAt(i), 16777619) >>> 0;
  return h % 100;
}

export const main = workflow(async (
  experiment: string,
  segment: string,
  treatmentPercent: number = 10,
  salt: number = Math.floor(Math.random() * 2 ** 31), // expect: WAC102
) => {
  const users = await listUsers(segment);
  const assignments = users.map((u) => ({ u, variant: bucketOf(u, salt) < treatmentPercent ? "treatment" : "control" }));
  const enrolled = await parallel(assignments, (a) => enroll(experiment, a.u, a.variant), { concurrency: 20 });
  return { experiment, enrolled: enrolled.length, treatment: enrolled.filter((e) => e.variant === "treatment").length };
});
