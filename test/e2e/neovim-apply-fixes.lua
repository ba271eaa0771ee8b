-- Drives Neovim's built-in LSP client against reqlint's language server, headless:
-- open the fixture, wait for diagnostics, apply the preferred quick fix of a diagnostic (the code
-- action an editor user picks first), wait for the re-lint, repeat until no preferred fix is left,
-- then :write the file. Reports what happened as JSON in $REQLINT_E2E_REPORT.
-- Written against the APIs of Neovim 0.7 (Debian bookworm) that later versions keep.
local server = os.getenv('REQLINT_E2E_SERVER')
local file = os.getenv('REQLINT_E2E_FILE')
local report_path = os.getenv('REQLINT_E2E_REPORT')
local report = { diagnostics = {}, applied = {}, error = nil }

local function finish()
  local out = io.open(report_path, 'w')
  out:write(vim.fn.json_encode(report))
  out:close()
  vim.cmd('qall!')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'reqlint',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
  })
  assert(client_id, 'the language server did not start')
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)

  local function wait_for_diagnostics(previous)
    local changed = vim.wait(15000, function()
      local now = vim.diagnostic.get(bufnr)
      return #now > 0 and vim.inspect(now) ~= previous
    end, 20)
    return changed
  end

  assert(wait_for_diagnostics(nil), 'no diagnostics arrived')
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(report.diagnostics, { code = d.user_data and d.user_data.lsp and d.user_data.lsp.code or d.code, line = d.lnum, message = d.message })
  end

  for _ = 1, 10 do
    local current = vim.diagnostic.get(bufnr)
    local preferred
    for _, d in ipairs(current) do
      -- Neovim keeps the LSP fields it needs under user_data.lsp, but not the range (0.7):
      -- rebuild it from the diagnostic's own position (the fixture is ASCII, so bytes = UTF-16).
      local range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } }
      local lsp_diagnostic = vim.tbl_extend('force', d.user_data and d.user_data.lsp or {}, { range = range, message = d.message })
      local params = {
        textDocument = vim.lsp.util.make_text_document_params(bufnr),
        range = range,
        context = { diagnostics = { lsp_diagnostic }, only = { 'quickfix' } },
      }
      local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 5000) or {}
      for _, response in pairs(responses) do
        for _, action in ipairs(response.result or {}) do
          if action.isPreferred and not preferred then preferred = action end
        end
      end
      if preferred then break end
    end
    if not preferred then break end
    table.insert(report.applied, preferred.title)
    local before = vim.inspect(current)
    vim.lsp.util.apply_workspace_edit(preferred.edit, client.offset_encoding or 'utf-16')
    -- The fix removed its diagnostic: wait for the server's next publication (it may be empty).
    vim.wait(15000, function() return vim.inspect(vim.diagnostic.get(bufnr)) ~= before end, 20)
  end
  vim.cmd('write')
  report.remaining = #vim.diagnostic.get(bufnr)
end)
if not ok then report.error = tostring(err) end
finish()
