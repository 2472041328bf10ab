export async function main(tracking_no: string) {
  const res = await fetch(`https://track.example.com/v1/shipments/${encodeURIComponent(tracking_no)}`);
  const s = await res.json();
  return { carrier: s.carrier as string, eta: s.estimated_delivery as string, status: s.status as string };
}
