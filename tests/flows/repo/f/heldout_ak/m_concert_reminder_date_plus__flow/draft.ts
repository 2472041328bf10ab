import * as wmill from "windmill-client";

export async function main(show_id: string) {
  const urls = await wmill.getResumeUrls("box-office");
  const box = await wmill.getResource("f/concert/box_office");
  return { show_id, approval_page: urls.approvalPage, template: box.reminder_template };
}
