import { workflow } from "windmill-client";
import { CrmClient } from "/f/lib/api_barrel.ts";

class TaggedCrm extends CrmClient {
  tag(id: string): string {
    return `crm:${id}`;
  }
}

export const main = workflow(async (base: string, id: string) => {
  const crm = new TaggedCrm(base);
  await crm.push({ id: crm.tag(id) }); // expect: WAC101
  return crm.describe();
});
