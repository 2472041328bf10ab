export async function main(service: string, firing: number) {
  console.log(`${service}: ${firing} low-severity alerts, not paging`);
  return { logged: true, firing };
}
