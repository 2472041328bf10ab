// SDK: windmill-client 1.818.0 client.mjs: the body replays; @vercel/postgres's sql tagged template runs the insert each replay.
import { sql } from "@vercel/postgres";
import { task, workflow } from "windmill-client";

const grade = task(async (answer: string) => (answer.length > 20 ? "A" : "B"));

export const main = workflow(async (student: string, answer: string) => {
  const g = await grade(answer);
  await sql`insert into grades (student, grade) values (${student}, ${g})`; // expect: WAC101
  return g;
});
