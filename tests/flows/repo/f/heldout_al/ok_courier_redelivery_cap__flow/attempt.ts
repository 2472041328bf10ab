export async function main(parcel_id: string, attempt: number) {
  const res = await fetch(`https://dispatch.courier.example/parcels/${parcel_id}/attempt`, {
    method: "POST",
    body: JSON.stringify({ attempt }),
  });
  const body = await res.json();
  return { parcel_id, delivered: body.status === "delivered", attempt };
}
