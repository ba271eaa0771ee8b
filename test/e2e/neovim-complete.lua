-- Drives Neovim's built-in completion (the LSP omnifunc, <C-x><C-o>, no plugin) against reqlint's
-- language server, headless: append to line $REQLINT_E2E_LINE of the file (typing there, as a user
-- without an auto-pair plugin does, leaves a string open), ask for completion, pick the item whose
-- word is $REQLINT_E2E_PICK with <C-n> and accept it. Reports the menu and the buffer as JSON in
-- $REQLINT_E2E_REPORT. Written against the APIs of Neovim 0.7 (Debian bookworm).
local server = os.getenv('REQLINT_E2E_SERVER')
local file = os.getenv('REQLINT_E2E_FILE')
local line = tonumber(os.getenv('REQLINT_E2E_LINE'))
local pick = os.getenv('REQLINT_E2E_PICK')
local report_path = os.getenv('REQLINT_E2E_REPORT')
local report = { words = {}, lines = {}, error = nil }

local function keys(text)
  return vim.api.nvim_replace_termcodes(text, true, false, true)
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
  -- Initialised: the client has sent the document (didOpen goes out right after `initialized`).
  assert(vim.wait(10000, function()
    local client = vim.lsp.get_client_by_id(client_id)
    return client ~= nil and client.server_capabilities ~= nil and client.server_capabilities.completionProvider ~= nil
  end, 20), 'the language server did not initialise')
  vim.bo[bufnr].omnifunc = 'v:lua.vim.lsp.omnifunc'
  -- Nothing selected when the menu opens, so that n times <C-n> selects the n-th item.
  vim.o.completeopt = 'menuone,noselect'
  vim.api.nvim_win_set_cursor(0, { line, 0 })
  -- Keys fed with 'x!' run until insert mode waits for more; the menu arrives asynchronously, so
  -- the rest runs from a timer while insert mode is still on, and ends it.
  vim.defer_fn(function()
    local ok_menu, menu_err = pcall(function()
      assert(vim.wait(10000, function() return vim.fn.pumvisible() == 1 end, 20), 'no completion menu appeared')
      local items = vim.fn.complete_info({ 'items' }).items
      local index
      for i, item in ipairs(items) do
        table.insert(report.words, item.word)
        if item.word == pick and not index then index = i end
      end
      assert(index, pick .. ' is not in the menu')
      vim.api.nvim_feedkeys(keys(string.rep('<C-n>', index) .. '<C-y><Esc>'), 'n', false)
    end)
    if not ok_menu then
      report.error = tostring(menu_err)
      vim.api.nvim_feedkeys(keys('<C-e><Esc>'), 'n', false)
    end
  end, 50)
  vim.api.nvim_feedkeys(keys('A<C-x><C-o>'), 'x!', false)
  report.lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
end)
if not ok then report.error = tostring(err) end
local out = io.open(report_path, 'w')
out:write(vim.fn.json_encode(report))
out:close()
vim.cmd('qall!')
