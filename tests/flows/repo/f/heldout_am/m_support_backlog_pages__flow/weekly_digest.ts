export async function main(total: number, vip: number, escalated: number) {
  return `Support backlog: ${total} open tickets, ${vip} from VIP accounts, ${escalated} escalated`;
}
