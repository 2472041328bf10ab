// SDK: windmill-client 1.818.0: `task as durable` runs the SDK's task, but Windmill's WAC parser looks for the name `task`, so the diagram misses every step (WAC001).
import { task as durable, workflow } from "windmill-client"; // expect: WAC001

type Plan = "starter" | "team" | "enterprise";

const createWorkspace = durable(async (org: string, plan: Plan) => ({ workspaceId: `ws-${org}` }));
const seedTemplates = durable(async (workspaceId: string) => ({ seeded: 12 }));

export const main = workflow(async (org: string, plan: Plan = "starter") => {
  const { workspaceId } = await createWorkspace(org, plan);
  const seeded = await seedTemplates(workspaceId);
  return { workspaceId, ...seeded };
});
