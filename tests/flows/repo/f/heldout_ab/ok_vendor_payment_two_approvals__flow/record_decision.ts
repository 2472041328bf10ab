import * as wmill from "windmill-client";

export async function main(
  invoice_id: string,
  decisions: string[],
  comments: string[],
  approved_by: string[],
) {
  const pay = decisions.length === 2 && decisions.every((d) => d === "pay");
  await wmill.setFlowUserState(`decision-${invoice_id}`, { pay, approved_by, comments });
  return { pay, approved_by, comments };
}
