// Zed runs language servers only through extensions: this one starts `reqlint-language-server
// --stdio`, from the `lsp.reqlint.binary.path` setting when given, else from PATH.
use zed_extension_api::{self as zed, settings::LspSettings, LanguageServerId, Result};

struct Reqlint;

impl zed::Extension for Reqlint {
    fn new() -> Self {
        Reqlint
    }

    fn language_server_command(&mut self, _id: &LanguageServerId, worktree: &zed::Worktree) -> Result<zed::Command> {
        let configured = LspSettings::for_worktree("reqlint", worktree)
            .ok()
            .and_then(|settings| settings.binary)
            .and_then(|binary| binary.path);
        let command = match configured {
            Some(path) => path,
            None => worktree
                .which("reqlint-language-server")
                .ok_or("reqlint-language-server is not on PATH: install reqlint (npm install -g reqlint) or set lsp.reqlint.binary.path")?,
        };
        Ok(zed::Command { command, args: vec!["--stdio".into()], env: Default::default() })
    }
}

zed::register_extension!(Reqlint);
