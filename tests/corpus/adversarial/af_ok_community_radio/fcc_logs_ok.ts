// SDK: windmill-client 1.818.0 a four-line workflow: one task, its result returned
import { task, workflow } from "windmill-client";

const archiveLog = task(async (day: string) => (await fetch(`https://kxrd.example/logs/${day}/archive`, { method: "POST" })).status);

export const main = workflow(async (day: string) => ({ day, status: await archiveLog(day) }));  // expect: WAC903
