// SDK: windmill-client 1.818.0 client.mjs: @gitbeaker/rest's `MergeRequests.create` opens a GitLab merge request; in the body each replay opens another.
import { Gitlab } from "@gitbeaker/rest";
import { task, workflow } from "windmill-client";

const bump = task(async (projectId: number, version: string) => ({ branch: `release/${version}` }));

export const main = workflow(async (projectId: number, version: string, token: string) => {
  const { branch } = await bump(projectId, version);
  const api = new Gitlab({ token });
  const mr = await api.MergeRequests.create(projectId, branch, "main", `Release ${version}`); // expect: WAC101
  return { iid: mr.iid };
});
