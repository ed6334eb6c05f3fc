-- Drives Neovim's built-in LSP client against the Apology Lint server, as a user with the README's
-- configuration (neovim-init.lua) would. Run by test/e2e/neovim.e2e.mjs:
--   nvim --headless -u NONE -c 'luafile test/e2e/neovim.lua'
-- with APOLOGY_LINT_INIT (neovim-init.lua), APOLOGY_LINT_LETTER (a letter under letters/) and
-- APOLOGY_LINT_OUT (where the JSON result goes) in the environment, apology-lint-server on PATH.
local letter = os.getenv("APOLOGY_LINT_LETTER")
local out = os.getenv("APOLOGY_LINT_OUT")
local FIX = 'Add: "I take full responsibility'

local function codes(buf)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(list, d.code)
  end
  table.sort(list)
  return list
end

local function run()
  local result = {}
  dofile(os.getenv("APOLOGY_LINT_INIT"))
  vim.cmd("filetype on") -- -u NONE leaves detection off; a user's Neovim has it on
  vim.cmd("edit " .. vim.fn.fnameescape(letter))
  local buf = vim.api.nvim_get_current_buf()
  result.filetype = vim.bo[buf].filetype
  result.attached = vim.wait(10000, function() return next(vim.lsp.buf_get_clients(buf)) ~= nil end, 10)

  result.diagnostics_arrived = vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 10)
  result.codes_before = codes(buf)

  -- What `:lua vim.lsp.buf.code_action()` sends with the cursor on the greeting, where a missing
  -- element is reported: the cursor's range and the line's diagnostics in LSP form.
  local target
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.code == "missing-responsibility" then target = d end
  end
  assert(target, "no missing-responsibility diagnostic")
  vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
  local params = vim.lsp.util.make_range_params()
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf) }
  local responses = assert(vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, 10000), "no code actions")
  result.titles = {}
  local chosen
  for _, response in pairs(responses) do
    for _, action in ipairs(response.result or {}) do
      table.insert(result.titles, action.title)
      if not chosen and action.title:sub(1, #FIX) == FIX then chosen = action end
    end
  end
  assert(chosen and chosen.edit, "no \"" .. FIX .. "…\" action with an edit")
  vim.lsp.util.apply_workspace_edit(chosen.edit, "utf-16")

  -- The edit goes back to the server as didChange; wait for the finding to go.
  result.finding_gone = vim.wait(15000, function()
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.code == "missing-responsibility" then return false end
    end
    return true
  end, 10)
  result.codes_after = codes(buf)
  result.text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), "\n")
  return result
end

local ok, result = pcall(run)
if not ok then result = { error = tostring(result) } end
vim.fn.writefile({ vim.fn.json_encode(result) }, out)
vim.lsp.stop_client(vim.lsp.get_active_clients())
vim.cmd("qall!")
