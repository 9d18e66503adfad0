//! `gca`: the Green Community assessment command-line tool (native only).
//!
//! ```text
//! gca validate [--instrument FILE] FILE  check an instrument (or assessment) file
//! gca score [--instrument FILE] FILE...  score assessments, CSV on stdout
//! gca schema [instrument|assessment]     print the JSON Schema
//! ```
//! Exit codes: 0 ok, 1 invalid data, 2 usage error. See `docs/cli.md`.
//!
//! All the logic lives in `green_community::domain`; this file only reads files, parses
//! arguments and prints. On wasm32 (trunk builds every bin target) it is an empty program.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = cli::run(&args);
    std::process::exit(code);
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use green_community::domain::assessment::{self, Assessment};
    use green_community::domain::exchange::{self, Rejection};
    use serde_json::Value;
    use green_community::domain::format::schema::{schema, Which};
    use green_community::domain::instrument::{self, INSTRUMENT_FORMAT};
    use green_community::domain::{bundled, report, LoadedInstrument, Problem};

    pub const OK: i32 = 0;
    pub const INVALID: i32 = 1;
    pub const USAGE: i32 = 2;

    const USAGE_TEXT: &str = "\
usage:
  gca validate [--instrument FILE] FILE  check an instrument or assessment file
  gca score [--instrument FILE] FILE...  score assessment files (or bundles) as CSV
  gca schema [instrument|assessment]     print the JSON Schema (draft 2020-12)
exit codes: 0 ok, 1 invalid data, 2 usage error";

    fn usage(msg: &str) -> i32 {
        eprintln!("gca: {msg}\n{USAGE_TEXT}");
        USAGE
    }

    pub fn run(args: &[String]) -> i32 {
        let Some((cmd, rest)) = args.split_first() else {
            return usage("no command given");
        };
        match cmd.as_str() {
            "validate" => match split_instrument_option(rest) {
                Ok((inst, files)) if files.len() == 1 => validate(files[0], inst),
                Ok(_) => usage("validate takes exactly one FILE"),
                Err(msg) => usage(&msg),
            },
            "score" => score(rest),
            "schema" => match rest {
                [] => print_schema(Which::All),
                [w] if w == "instrument" => print_schema(Which::Instrument),
                [w] if w == "assessment" => print_schema(Which::Assessment),
                _ => usage("schema takes nothing, \"instrument\" or \"assessment\""),
            },
            "-h" | "--help" | "help" => {
                println!("{USAGE_TEXT}");
                OK
            }
            other => usage(&format!("unknown command \"{other}\"")),
        }
    }

    /// A file's text. A UTF-8 byte-order mark at the start is dropped (spreadsheet programs and
    /// Windows editors write one); an empty file is refused, saying so.
    fn read(path: &str) -> Result<String, i32> {
        let bytes = std::fs::read(path).map_err(|e| {
            eprintln!("gca: cannot read {path}: {e}");
            INVALID
        })?;
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
        if bytes.iter().all(u8::is_ascii_whitespace) {
            eprintln!("gca: {path}: the file is empty");
            return Err(INVALID);
        }
        String::from_utf8(bytes.to_vec()).map_err(|e| {
            eprintln!("gca: {path}: not a UTF-8 text file ({e})");
            INVALID
        })
    }

    /// Every problem on stderr (stdout is kept for results: the CSV, the `ok:` line), each
    /// naming the item it is in when `text` parses (`indicators[5] C06: label.th: empty`).
    fn print_problems(file: &str, problems: &[Problem], text: &str) {
        let doc = serde_json::from_str::<Value>(text).unwrap_or(Value::Null);
        for p in problems {
            eprintln!("{file}: {}", p.named(&doc));
        }
        eprintln!("gca: {file}: {} problem(s)", problems.len());
    }

    /// A file the import screen would reject, reported as it would be (every shape problem).
    fn print_rejection(file: &str, rejection: &Rejection, text: &str) {
        match rejection {
            Rejection::Shape { problems } => print_problems(file, problems, text),
            Rejection::InstrumentFile => eprintln!("gca: {file}: this is an instrument; pass it with --instrument"),
            other => eprintln!("gca: {file}: {}", other.message(false)),
        }
    }

    /// Splits `--instrument FILE` (or `--instrument=FILE`) from the other arguments.
    fn split_instrument_option(args: &[String]) -> Result<(Option<&str>, Vec<&str>), String> {
        let mut instrument_file = None;
        let mut files = Vec::new();
        let mut it = args.iter();
        while let Some(a) = it.next() {
            if a == "--instrument" {
                match it.next() {
                    Some(f) => instrument_file = Some(f.as_str()),
                    None => return Err("--instrument needs a FILE".into()),
                }
            } else if let Some(f) = a.strip_prefix("--instrument=") {
                instrument_file = Some(f);
            } else if a.starts_with("--") {
                return Err(format!("unknown option {a}"));
            } else {
                files.push(a.as_str());
            }
        }
        Ok((instrument_file, files))
    }

    /// The instrument given with --instrument, or the bundled one.
    fn instrument_from(path: Option<&str>) -> Result<LoadedInstrument, i32> {
        let Some(path) = path else {
            return Ok(bundled_instrument_or_exit());
        };
        let text = read(path)?;
        instrument::load(&text).map_err(|e| {
            print_problems(path, &e.problems(), &text);
            INVALID
        })
    }

    fn validate(file: &str, instrument_file: Option<&str>) -> i32 {
        let text = match read(file) {
            Ok(t) => t,
            Err(code) => return code,
        };
        if looks_like_assessments(&text) {
            return match instrument_from(instrument_file) {
                Ok(inst) => validate_assessments(file, &text, &inst),
                Err(code) => code,
            };
        }
        match instrument::load(&text) {
            Ok(loaded) => {
                let i = &loaded.instrument;
                println!("ok: {} {} {}", i.id, i.version, loaded.hash);
                OK
            }
            Err(e) => {
                print_problems(file, &e.problems(), &text);
                INVALID
            }
        }
    }

    /// An assessment or a bundle, as opposed to an instrument: decided by `format`, or for
    /// files without one (every form import reads, `docs/exchange-format.md`), by the absence of
    /// `indicators` and the presence of `answers` or `assessments`.
    fn looks_like_assessments(text: &str) -> bool {
        let Ok(v) = serde_json::from_str::<Value>(text) else {
            return false;
        };
        match v.get("format").and_then(|f| f.as_str()) {
            Some(f) => f == assessment::BUNDLE_FORMAT,
            None => {
                v.is_object()
                    && v.get("indicators").is_none()
                    && (v.get("answers").is_some() || v.get("assessments").is_some())
            }
        }
    }

    /// Reads the file as the import screen does (`exchange::read_file`: the same envelopes,
    /// byte-order mark, empty bundle and repeated ids), then checks each assessment's content.
    fn validate_assessments(file: &str, text: &str, inst: &LoadedInstrument) -> i32 {
        let bundle = serde_json::from_str::<Value>(text).is_ok_and(|v| v.get("assessments").is_some());
        match exchange::read_file(text.as_bytes()) {
            Ok(read) => {
                let list: Vec<Assessment> = read.incoming.into_iter().map(|i| i.assessment).collect();
                let mut problems = Vec::new();
                for (i, a) in list.iter().enumerate() {
                    for p in a.check(&inst.instrument) {
                        let path = if list.len() > 1 || bundle {
                            format!(
                                "assessments[{i}]{}{}",
                                if p.path.is_empty() { "" } else { "." },
                                p.path
                            )
                        } else {
                            p.path.clone()
                        };
                        problems.push(Problem::new(path, p.message));
                    }
                }
                if problems.is_empty() {
                    println!("ok: {} assessment(s)", list.len());
                    OK
                } else {
                    print_problems(file, &problems, text);
                    INVALID
                }
            }
            Err(rejection) => {
                print_rejection(file, &rejection, text);
                INVALID
            }
        }
    }

    fn bundled_instrument_or_exit() -> LoadedInstrument {
        match bundled::instrument() {
            Ok(i) => i,
            Err(e) => {
                eprintln!("gca: the bundled instrument is invalid: {e}");
                std::process::exit(INVALID);
            }
        }
    }

    fn score(args: &[String]) -> i32 {
        let (instrument_file, files) = match split_instrument_option(args) {
            Ok(x) => x,
            Err(msg) => return usage(&msg),
        };
        if files.is_empty() {
            return usage("score needs at least one assessment FILE");
        }
        let inst = match instrument_from(instrument_file) {
            Ok(i) => i,
            Err(code) => return code,
        };
        let mut all: Vec<Assessment> = Vec::new();
        let mut failed = false;
        for f in files {
            let text = match read(f) {
                Ok(t) => t,
                Err(_) => {
                    failed = true;
                    continue;
                }
            };
            if text.contains(&format!("\"{INSTRUMENT_FORMAT}\"")) && !looks_like_assessments(&text)
            {
                eprintln!("gca: {f}: this is an instrument; pass it with --instrument");
                failed = true;
                continue;
            }
            // The import screen's reader: a file it would reject is left out of the table.
            match exchange::read_file(text.as_bytes()) {
                Ok(read) => all.extend(read.incoming.into_iter().map(|i| i.assessment)),
                Err(rejection) => {
                    print_rejection(f, &rejection, &text);
                    failed = true;
                }
            }
        }
        print!("{}", report::score_csv(&all, &inst.instrument));
        if failed {
            INVALID
        } else {
            OK
        }
    }

    fn print_schema(which: Which) -> i32 {
        match serde_json::to_string_pretty(&schema(which)) {
            Ok(s) => {
                println!("{s}");
                OK
            }
            Err(e) => {
                eprintln!("gca: {e}");
                INVALID
            }
        }
    }
}
