-- Headless Neovim as a user's editor: open a data file, start `wtsa server` with Neovim's own
-- LSP client, wait for wtsa's diagnostics, and write them to $WTSA_RESULT, one a line:
-- `LINE CODE MESSAGE` (LINE 1-based, as the editor shows it). Any failure is written too.
local result = assert(os.getenv("WTSA_RESULT"))
local out = assert(io.open(result, "w"))

local function run()
  local wtsa = assert(os.getenv("WTSA_BIN"))
  local file = assert(os.getenv("WTSA_FILE"))
  local want = assert(os.getenv("WTSA_CODE"))
  vim.cmd("edit " .. vim.fn.fnameescape(file))
  local buffer = vim.api.nvim_get_current_buf()
  local config = {
    name = "wtsa",
    cmd = { wtsa, "server" },
    root_dir = vim.fn.fnamemodify(file, ":p:h"),
  }
  if vim.lsp.start then
    -- Neovim 0.8 and later.
    vim.lsp.start(config)
  else
    local client = assert(vim.lsp.start_client(config))
    vim.lsp.buf_attach_client(buffer, client)
  end
  local function code(d)
    return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  end
  local found = vim.wait(60000, function()
    for _, d in ipairs(vim.diagnostic.get(buffer)) do
      if code(d) == want then
        return true
      end
    end
    return false
  end, 50)
  if not found then
    out:write("TIMEOUT no " .. want .. " diagnostic\n")
  end
  for _, d in ipairs(vim.diagnostic.get(buffer)) do
    local message = (d.message or ""):gsub("\n.*", "")
    out:write(string.format("%d %s %s %s\n", d.lnum + 1, tostring(code(d)), tostring(d.source), message))
  end
end

local ok, err = pcall(run)
if not ok then
  out:write("ERROR " .. tostring(err) .. "\n")
end
out:close()
vim.cmd("qall!")
