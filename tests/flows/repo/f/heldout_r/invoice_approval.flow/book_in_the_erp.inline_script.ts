type Netsuite = { account: string; token: string }

export async function main(erp: Netsuite, invoice: { vendor: string; total: number }, cost_center: string) {
  console.log(`booking ${invoice.total} from ${invoice.vendor} on ${cost_center} in ${erp.account}`)
  return { booked: true }
}
