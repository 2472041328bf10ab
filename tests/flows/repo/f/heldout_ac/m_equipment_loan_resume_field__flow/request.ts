import * as wmill from "windmill-client";

export async function main(employee: string, item: string, days: number) {
  const { approvalPage } = await wmill.getResumeUrls("it-desk");
  return { summary: `${employee} asks for ${item} for ${days} days`, approval_page: approvalPage };
}
