-- Driven by test_editors.py after the README's configuration was loaded as
-- init.lua: opens $WAC_FILE, waits for wac-lint's diagnostics, then (if
-- $WAC_SAVE is set) saves the buffer, so that a fix-on-save hook runs, and
-- writes what it saw to $WAC_OUT as JSON.
local result = {}
local ok, err = pcall(function()
  vim.cmd("edit " .. vim.fn.fnameescape(os.getenv("WAC_FILE")))
  local bufnr = vim.api.nvim_get_current_buf()
  result.opened = vim.wait(30000, function()
    return #vim.diagnostic.get(bufnr) > 0
  end, 20)
  result.codes = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(result.codes, d.code)
  end
  table.sort(result.codes)
  result.clients = {}
  local get = vim.lsp.get_clients or vim.lsp.get_active_clients
  for _, client in ipairs(get({ bufnr = bufnr })) do
    table.insert(result.clients, client.name)
  end
  if os.getenv("WAC_SAVE") then
    vim.cmd("write")
    result.saved = true
  end
end)
if not ok then
  result.error = tostring(err)
end
vim.fn.writefile({ vim.fn.json_encode(result) }, os.getenv("WAC_OUT"))
vim.cmd("qall!")
