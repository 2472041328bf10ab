import * as wmill from "windmill-client";

export async function main(name: string, pb: string) {
  const urls = await wmill.getResumeUrls("race-director");
  return { message: `Elite entry: ${name} (PB ${pb})`, approve: urls.approvalPage };
}
