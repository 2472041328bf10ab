export async function main(run: { invited: number; skipped: number; practice: string }) {
  return `${run.practice}: ${run.invited} recall invitations sent, ${run.skipped} patients skipped`;
}
