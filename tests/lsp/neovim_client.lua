-- Driven by test_neovim.py: Neovim's built-in LSP client starts `wac-lint lsp`,
-- opens a script, waits for diagnostics, edits the buffer, waits again, and
-- writes what it saw to $WAC_OUT as JSON. Works with Neovim 0.7 and later.
local out = os.getenv("WAC_OUT")
local file = os.getenv("WAC_FILE")
local cmd = vim.fn.json_decode(os.getenv("WAC_CMD"))
local result = {}

local function finish()
  vim.fn.writefile({ vim.fn.json_encode(result) }, out)
  vim.cmd("qall!")
end

local function snapshot(bufnr)
  local items = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(items, {
      code = d.code or lsp.code,
      source = d.source or lsp.source,
      lnum = d.lnum,
      col = d.col,
      end_col = d.end_col,
      message = d.message,
    })
  end
  table.sort(items, function(a, b) return a.code < b.code end)
  return items
end

local ok, err = pcall(function()
  vim.cmd("edit " .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = "wac-lint",
    cmd = cmd,
    root_dir = vim.fn.fnamemodify(file, ":h"),
  })
  vim.lsp.buf_attach_client(bufnr, client_id)

  local opened = vim.wait(30000, function() return #vim.diagnostic.get(bufnr) >= 2 end, 20)
  result.opened = opened
  result.after_open = snapshot(bufnr)

  -- Delete the line with the side effect, as a user would: an incremental change.
  local target = tonumber(os.getenv("WAC_DELETE_ROW"))
  vim.api.nvim_buf_set_lines(bufnr, target, target + 1, false, {})
  local edited = vim.wait(30000, function() return #vim.diagnostic.get(bufnr) == 1 end, 20)
  result.edited = edited
  result.after_edit = snapshot(bufnr)

  local client = vim.lsp.get_client_by_id(client_id)
  client.stop()
  result.stopped = vim.wait(10000, function() return client.is_stopped() end, 20)
end)
if not ok then
  result.error = tostring(err)
end
finish()
