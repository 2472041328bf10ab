export async function main(full_name: string, role: string) {
  return { text: `New hire ${full_name} (${role}): confirm team and start date` };
}
