const RED_FLAGS = ["bleeding", "seizure", "not breathing", "poison", "collapse"];

export async function main(symptoms: string[]) {
  const clean = symptoms.map((s) => s.trim().toLowerCase()).filter(Boolean);
  return { symptoms: clean, red_flags: clean.filter((s) => RED_FLAGS.some((f) => s.includes(f))) };
}
