-- Apology Lint in Neovim 0.7 or later: the configuration the README shows, loaded as it is by the
-- end-to-end test. Needs `apology-lint-server` on PATH.
-- .letter/.apology files are letters; for Markdown and plain text the server decides which
-- buffers are letters (paths under letters/, front matter, or a letter's look), never a README.
vim.cmd([[autocmd BufRead,BufNewFile *.letter,*.apology setfiletype apology-letter]])

local apology_lint
vim.api.nvim_create_autocmd("FileType", {
  pattern = { "apology-letter", "markdown", "text" },
  callback = function(args)
    apology_lint = apology_lint or vim.lsp.start_client({
      name = "apology-lint",
      cmd = { "apology-lint-server", "--stdio" },
      root_dir = vim.fn.getcwd(),
    })
    vim.lsp.buf_attach_client(args.buf, apology_lint)
  end,
})
