//! The command a generated header names for regenerating the output, and
//! how paths are shown in messages and in the generated file.

use super::Builder;
use crate::emit::Include;
use crate::files::paths;
use crate::flags;
use crate::model::{Field, Policy};

/// How the header says the default command is installed.
const INSTALL: &str = "cargo install kms-errors-build --features cli";

impl Builder {
    /// The command the generated header gives for regenerating the output
    /// (its paths shown as [`display_path`](Self::display_path)
    /// describes), and how to install it if it is the default command.
    pub(crate) fn command(&self) -> (String, Option<String>) {
        match &self.regenerate_command {
            Some(command) => (command.clone(), None),
            None => (self.default_command(), Some(INSTALL.to_string())),
        }
    }

    /// The `kms-errors-build generate …` command for this builder.
    fn default_command(&self) -> String {
        let mut words = vec![
            "kms-errors-build".to_string(),
            "generate".to_string(),
            shell_word(&self.shown_spec()),
        ];
        if let Some(out) = &self.output {
            words.push(format!("-{}", flags::OUTPUT_SHORT));
            words.push(shell_word(&paths::shown(out)));
        }
        if let Some(name) = &self.enum_name {
            words.push(format!("--{}", flags::ENUM_NAME));
            words.push(shell_word(name));
        }
        for (include, always, if_feature) in [
            (&self.settings.serde, flags::SERDE, flags::SERDE_FEATURE),
            (&self.settings.json, flags::JSON, flags::JSON_FEATURE),
        ] {
            match include {
                Include::Never => {}
                Include::Always => words.push(format!("--{always}")),
                Include::IfFeature(feature) => {
                    words.push(format!("--{if_feature}"));
                    words.push(shell_word(feature));
                }
            }
        }
        if let Some(path) = &self.settings.doctest_path {
            words.push(format!("--{}", flags::DOCTEST_PATH));
            words.push(shell_word(path));
        }
        if self.options.policy == Policy::Lenient {
            words.push(format!("--{}", flags::LENIENT));
        }
        if let Some(names) = &self.names {
            words.push(format!("--{}", flags::NAMES));
            words.push(shell_word(&paths::shown(names)));
        }
        if let (Some(retired), true) = (&self.retired, self.names.is_some()) {
            words.push(format!("--{}", flags::RETIRED));
            words.push(shell_word(&paths::shown(retired)));
        }
        for (header, field) in &self.options.columns {
            let field = field.map_or(flags::IGNORE, Field::cli_name);
            words.push(format!("--{}", flags::COLUMN));
            words.push(shell_word(&format!("{header}={field}")));
        }
        words.join(" ")
    }

    /// The spec's path in messages: as given.
    pub(super) fn display(&self) -> String {
        self.display_path.clone().unwrap_or_else(|| {
            self.spec
                .as_ref()
                .map_or_else(String::new, |spec| spec.display().to_string())
        })
    }

    /// The spec's path in the generated file: never absolute (see
    /// [`Builder::display_path`]).
    pub(super) fn shown_spec(&self) -> String {
        self.display_path
            .clone()
            .unwrap_or_else(|| self.spec.as_deref().map_or_else(String::new, paths::shown))
    }
}

/// `word` quoted for a POSIX shell if it needs it.
fn shell_word(word: &str) -> String {
    let plain = !word.is_empty()
        && word.chars().all(|c| {
            c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '_' | '-' | '=' | ':' | '+' | ',')
        });
    if plain {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}
