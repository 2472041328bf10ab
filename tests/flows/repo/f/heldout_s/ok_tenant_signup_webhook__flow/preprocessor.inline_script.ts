export async function preprocessor(event: {
  kind: "webhook" | "http";
  body: { company_name: string; contact: { email: string }; selected_plan?: string };
  raw_string: string | null;
}) {
  const { body } = event;
  return {
    company: body.company_name.trim(),
    email: body.contact.email.toLowerCase(),
    plan: body.selected_plan,
  };
}
