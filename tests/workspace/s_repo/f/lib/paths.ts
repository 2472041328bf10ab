// SDK: no windmill-client import; the script paths the billing workflows dispatch to
export const SCRIPTS = {
  render: "f/billing/render_pdf",
  archive: "f/billing/archive_invoice",
} as const;
