// Fulfil an order: reserve stock, charge, and ship. Orders above the
// high-value threshold need a manual fraud review first.
import { task, taskScript, taskFlow, workflow, step, waitForApproval, getResumeUrls } from "windmill-client";

const reserveStock = taskScript("f/warehouse/reserve_stock");
const releaseStock = taskScript("f/warehouse/release_stock");
const chargeCustomer = taskScript("f/payments/charge", { timeout: 120 });
const shipOrder = taskFlow("f/shipping/create_shipment");

const notifyFraudTeam = task(async (orderId: string, total: number, reviewPage: string) => {
  await fetch("https://hooks.slack.example/fraud", {
    method: "POST",
    body: JSON.stringify({ text: `Order ${orderId} ($${total}) needs review: ${reviewPage}` }),
  });
});

export const main = workflow(async (orderId: string, customerId: string, items: { sku: string; qty: number }[], total: number) => {
  const reservation = await reserveStock({ order_id: orderId, items });
  if (total > 2000) {
    const urls = await step("review_urls", () => getResumeUrls());
    await notifyFraudTeam(orderId, total, urls.approvalPage);
    const review = await waitForApproval({
      timeout: 4 * 3600,
      form: { type: "object", properties: { note: { type: "string" } } },
    });
    if (!review.approved) {
      await releaseStock({ reservation_id: reservation.id });
      return { orderId, status: "cancelled_fraud" };
    }
  }
  const charge = await chargeCustomer({ customer_id: customerId, amount: total, reference: orderId });
  const shipment = await shipOrder({ order_id: orderId, reservation_id: reservation.id });
  return { orderId, charge: charge.id, tracking: shipment.tracking_number };
});
