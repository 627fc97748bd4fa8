//! An OpenAPI document as data: the JSON value, its version, JSON-pointer lookups with `$ref`
//! resolution, and the source line of each node (from the lenient JSON reader's positions,
//! or for YAML, which serde_yaml gives no positions for, from [`yaml_lines`]: block
//! mappings and sequences; a node inside a flow collection `{…}` reports its line).
//!
//! A document may be split over several files: a `$ref` to `./schemas/user.yaml` or
//! `common.json#/components/schemas/Error` names another file, relative to the file the
//! reference is in. Given where the document is on disk ([`Origin`]), [`OpenApiDoc::read`]
//! reads every file its references reach (JSON or YAML, chains and cycles of them) before
//! anything else, and never outside the root folder: a reference to a URL (`http:`, `//…`,
//! any `scheme:`) or to a path leading out of the root (after `..` and symbolic links) is
//! refused with an error at the reference. Nothing is read from the network.
//!
//! A place in the document set is a *location*: a JSON pointer into the document itself
//! (`/paths/~1users/get`, `` for the whole), or `name#pointer` into another file, `name`
//! being its path relative to the document's folder (`schemas/user.yaml#/properties/id`).
//! [`OpenApiDoc::line`], [`OpenApiDoc::display`] and [`OpenApiDoc::pointer`] give a
//! location's line, file and pointer for messages.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::path::{Component, Path, PathBuf};

use serde_json::Value;

use crate::diag::Diagnostic;
use crate::read::Origin;
use crate::read::json::{Kind, Node};

/// The OpenAPI versions read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    /// Swagger 2.0.
    Swagger2,
    /// OpenAPI 3.0.x.
    V30,
    /// OpenAPI 3.1.x.
    V31,
}

/// The parsed document, with the other files its references reach.
pub struct OpenApiDoc {
    /// The document.
    pub root: Value,
    /// Its version.
    pub version: Version,
    lines: HashMap<String, u32>,
    /// How diagnostics name the document.
    file: String,
    /// Other files read, by name (their path relative to the document's folder).
    parts: BTreeMap<String, Part>,
    /// (file the reference is in, its path part) → the file's name, or `None` for the
    /// document itself; only for files read.
    links: HashMap<(String, String), Option<String>>,
    /// Problems met reading other files: refused, missing or broken ones (errors), or
    /// references to files a document read as text cannot follow (warnings).
    pub diags: Vec<Diagnostic>,
    /// Locations of `$ref`s whose problem is in `diags` already.
    reported: BTreeSet<String>,
}

/// Another file of the document set.
struct Part {
    value: Value,
    lines: HashMap<String, u32>,
    /// How diagnostics name it.
    display: String,
}

/// Why a document is not OpenAPI.
pub struct NotOpenApi {
    /// 1-based line (0: the whole file).
    pub line: u32,
    /// What is wrong.
    pub message: String,
}

impl OpenApiDoc {
    /// Reads `text` as JSON (when it starts with `{`) or YAML, and detects the version from
    /// its `openapi` or `swagger` member. References to other files are not followed (see
    /// [`OpenApiDoc::read`]).
    pub fn parse(text: &str) -> Result<Self, NotOpenApi> {
        let (root, lines) = parse_value(text)?;
        let version = detect(&root)?;
        Ok(Self {
            root,
            version,
            lines,
            file: String::new(),
            parts: BTreeMap::new(),
            links: HashMap::new(),
            diags: Vec::new(),
            reported: BTreeSet::new(),
        })
    }

    /// [`OpenApiDoc::parse`], then every file the document's references reach, read from
    /// `origin` (when the document was read from disk): see the module's documentation.
    /// `file` names the document in diagnostics.
    pub fn read(text: &str, file: &str, origin: Option<&Origin>) -> Result<Self, NotOpenApi> {
        let mut doc = Self::parse(text)?;
        doc.file = file.to_string();
        Loader::run(&mut doc, origin);
        Ok(doc)
    }

    /// The file and pointer of a location: `None` for the document itself.
    fn split(location: &str) -> (Option<&str>, &str) {
        if location.is_empty() || location.starts_with('/') {
            return (None, location);
        }
        match location.find('#') {
            Some(i) => (Some(&location[..i]), &location[i + 1..]),
            None => (None, location),
        }
    }

    /// The source line of the node at `location` (or of its nearest ancestor that has one).
    pub fn line(&self, location: &str) -> u32 {
        let (file, mut p) = Self::split(location);
        let lines = match file {
            None => &self.lines,
            Some(f) => match self.parts.get(f) {
                Some(part) => &part.lines,
                None => return 0,
            },
        };
        loop {
            if let Some(l) = lines.get(p) {
                return *l;
            }
            match p.rfind('/') {
                Some(i) if i > 0 => p = &p[..i],
                // Another file: its first line of content (a whole file is a schema).
                _ if file.is_some() => return lines.get("").copied().unwrap_or(0),
                _ => return 0,
            }
        }
    }

    /// The file a location is in, as diagnostics name it.
    pub fn display<'a>(&'a self, location: &str) -> &'a str {
        match Self::split(location).0.and_then(|f| self.parts.get(f)) {
            Some(part) => &part.display,
            None => &self.file,
        }
    }

    /// How diagnostics name the other file `name` (`None`: the document itself).
    pub fn display_of(&self, name: Option<&str>) -> &str {
        match name.and_then(|n| self.parts.get(&escape_name(n))) {
            Some(part) => &part.display,
            None => &self.file,
        }
    }

    /// The JSON pointer of a location inside its file.
    pub fn pointer(location: &str) -> &str {
        Self::split(location).1
    }

    /// The other file a location is in (its path relative to the document's folder), or
    /// `None` for the document itself.
    pub fn file_name(location: &str) -> Option<String> {
        Self::split(location).0.map(unescape_name)
    }

    /// Whether a location is in another file than the document.
    pub fn is_other_file(location: &str) -> bool {
        Self::split(location).0.is_some()
    }

    /// The node at a location (`/paths/~1users/get`, `schemas/user.yaml#/properties`), if
    /// any.
    pub fn at(&self, location: &str) -> Option<&Value> {
        match Self::split(location) {
            (None, p) => self.root.pointer(p),
            (Some(f), p) => self.parts.get(f)?.value.pointer(p),
        }
    }

    /// Where the reference `r`, written in the node at `from`, leads: a location, or `None`
    /// when it names a file that was not read (a URL, a file outside the root, a missing
    /// one, or any file when the document was read as text).
    pub fn target(&self, r: &str, from: &str) -> Option<String> {
        let (file, fragment) = match r.find('#') {
            Some(i) => (&r[..i], &r[i + 1..]),
            None => (r, ""),
        };
        let here = Self::split(from).0;
        if file.is_empty() {
            return Some(locate(here, fragment));
        }
        let to = self
            .links
            .get(&(here.unwrap_or("").to_string(), file.to_string()))?;
        Some(locate(to.as_deref(), fragment))
    }

    /// Whether the `$ref` at `location` names a file whose problem was already reported (so
    /// a reader need not warn that it does not resolve).
    pub fn reported(&self, location: &str) -> bool {
        self.reported.contains(location)
    }

    /// Follows `$ref`s (to this file or others) from `value` at `location`: the node
    /// reached and its location. `None` when a reference does not resolve (or loops).
    pub fn resolve<'a>(&'a self, value: &'a Value, location: &str) -> Option<(&'a Value, String)> {
        let mut value = value;
        let mut location = location.to_string();
        for _ in 0..32 {
            match value.get("$ref").and_then(Value::as_str) {
                Some(r) => {
                    let target = self.target(r, &location)?;
                    value = self.at(&target)?;
                    location = target;
                }
                None => return Some((value, location)),
            }
        }
        None
    }
}

/// The location of `fragment` in the file `file` (`None`: the document itself).
fn locate(file: Option<&str>, fragment: &str) -> String {
    match file {
        None => fragment.to_string(),
        Some(f) => format!("{f}#{fragment}"),
    }
}

/// A file's name as a location holds it: `#` (which would end the name) as `%23`.
fn escape_name(name: &str) -> String {
    name.replace('%', "%25").replace('#', "%23")
}

fn unescape_name(name: &str) -> String {
    name.replace("%23", "#").replace("%25", "%")
}

/// Reads JSON (when the text starts with `{`) or YAML: the value and the line of each node.
fn parse_value(text: &str) -> Result<(Value, HashMap<String, u32>), NotOpenApi> {
    let text = text.trim_start_matches('\u{feff}');
    let trimmed = text.trim_start();
    if trimmed.starts_with('{') {
        // Lines count from the file's first line, blank lines before the `{` included.
        let skipped = text[..text.len() - trimmed.len()].matches('\n').count();
        let first = 1 + u32::try_from(skipped).unwrap_or(0);
        let parsed = crate::read::json::parse(trimmed, first).map_err(|e| NotOpenApi {
            line: e.line,
            message: format!("expected {}, found {}", e.expected, e.found),
        })?;
        let mut lines = HashMap::new();
        index_lines(&parsed.node, &mut String::new(), &mut lines);
        Ok((parsed.node.to_value(), lines))
    } else {
        let value: Value = super::yaml::from_str(trimmed).map_err(|e| NotOpenApi {
            line: e
                .location()
                .map_or(0, |l| u32::try_from(l.line()).unwrap_or(0)),
            message: format!("not YAML: {e}"),
        })?;
        Ok((value, yaml_lines(text)))
    }
}

/// Why the file a reference names cannot be read.
fn unreadable(r: &str, file: &str, e: &std::io::Error) -> String {
    if e.kind() == std::io::ErrorKind::NotFound {
        format!("reference `{r}`: file `{file}` does not exist")
    } else {
        format!("reference `{r}`: file `{file}` cannot be read: {e}")
    }
}

/// The first line with content (not blank, a comment or `---`), 1-based.
fn first_line(text: &str) -> u32 {
    text.lines()
        .position(|l| {
            let t = l.trim();
            !t.is_empty() && !t.starts_with('#') && !t.starts_with("---")
        })
        .map_or(1, |i| u32::try_from(i + 1).unwrap_or(u32::MAX))
}

/// Members whose value maps names to objects (schemas, parameters, paths, …): a key there
/// is a name, never a keyword, and `$ref` there is a name too.
const NAME_MAPS: [&str; 22] = [
    "properties",
    "patternProperties",
    "$defs",
    "definitions",
    "dependentSchemas",
    "schemas",
    "paths",
    "webhooks",
    "responses",
    "parameters",
    "requestBodies",
    "headers",
    "securitySchemes",
    "securityDefinitions",
    "links",
    "callbacks",
    "pathItems",
    "content",
    "encoding",
    "variables",
    "mapping",
    "scopes",
];

/// Members holding data, not schema or document structure: a `$ref` inside one is a value
/// (an example's member), not a reference.
const DATA: [&str; 5] = ["example", "examples", "enum", "const", "default"];

/// Every `$ref` of a file, in document order: (the pointer of the object holding it, the
/// reference). Examples, enums, defaults and `x-` extensions are data and are not searched.
fn references(value: &Value, pointer: &mut String, names: bool, out: &mut Vec<(String, String)>) {
    let len = pointer.len();
    match value {
        Value::Object(members) => {
            if !names && let Some(r) = members.get("$ref").and_then(Value::as_str) {
                out.push((pointer.clone(), r.to_string()));
            }
            for (k, v) in members {
                if !names && (k.starts_with("x-") || DATA.contains(&k.as_str())) {
                    continue;
                }
                pointer.push('/');
                pointer.push_str(&escape(k));
                references(v, pointer, !names && NAME_MAPS.contains(&k.as_str()), out);
                pointer.truncate(len);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                pointer.push('/');
                pointer.push_str(&i.to_string());
                references(v, pointer, false, out);
                pointer.truncate(len);
            }
        }
        _ => {}
    }
}

/// Whether a reference names a URL: `//host/…` or a scheme (`http:`, `https:`, `file:`, …).
fn is_url(r: &str) -> bool {
    if r.starts_with("//") {
        return true;
    }
    match r.find(':') {
        Some(i) => {
            let scheme = &r[..i];
            scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        }
        None => false,
    }
}

/// `%XX` escapes decoded (a reference is a URI reference); invalid ones kept as written.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(h) = s.get(i + 1..i + 3)
            && let Ok(b) = u8::from_str_radix(h, 16)
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `path` with `.` and `..` resolved without touching the disk.
fn normalise(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// `to` relative to the folder `from` (both absolute and normalised), `/`-separated.
pub fn relative(from: &Path, to: &Path) -> String {
    let a: Vec<Component> = from.components().collect();
    let b: Vec<Component> = to.components().collect();
    let common = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut parts: Vec<String> = vec!["..".to_string(); a.len() - common];
    parts.extend(
        b[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    parts.join("/")
}

/// `rel` (`/`-separated, maybe with `..`) appended to the display name of a folder, with
/// `..` taken off the folder's name where it can be.
pub fn join_display(base: &str, rel: &str) -> String {
    let absolute = base.starts_with('/');
    let mut parts: Vec<&str> = base
        .split('/')
        .filter(|s| !s.is_empty() && *s != ".")
        .collect();
    for s in rel.split('/') {
        match s {
            "" | "." => {}
            ".." if parts.last().is_some_and(|p| *p != "..") => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    let joined = parts.join("/");
    if absolute {
        format!("/{joined}")
    } else if joined.is_empty() {
        ".".to_string()
    } else {
        joined
    }
}

/// Reads the files a document's references reach (breadth first, references in document
/// order), recording where each reference leads and the problems met.
struct Loader<'o> {
    /// Where the document was read from, once its folders are known.
    origin: Option<&'o Origin>,
    /// The document was read from disk but its folders could not be opened (reported).
    closed: bool,
    /// The root and the base folder, canonical.
    root: PathBuf,
    base: PathBuf,
    /// The document's own path, canonical.
    entry: PathBuf,
    root_display: String,
    /// (file, path) of references that failed (reported at their first use).
    failed: BTreeSet<(String, String)>,
}

impl<'o> Loader<'o> {
    fn run(doc: &mut OpenApiDoc, origin: Option<&'o Origin>) {
        let mut loader = Loader {
            origin: None,
            closed: false,
            root: PathBuf::new(),
            base: PathBuf::new(),
            entry: PathBuf::new(),
            root_display: String::new(),
            failed: BTreeSet::new(),
        };
        if let Some(o) = origin {
            if loader.open(doc, o) {
                loader.origin = Some(o);
            } else {
                loader.closed = true;
            }
        }
        // Files to search for references: "" for the document, else a file's name.
        let mut queue: VecDeque<String> = VecDeque::from([String::new()]);
        while let Some(name) = queue.pop_front() {
            let value = if name.is_empty() {
                &doc.root
            } else {
                match doc.parts.get(&name) {
                    Some(p) => &p.value,
                    None => continue,
                }
            };
            let mut refs = Vec::new();
            references(value, &mut String::new(), false, &mut refs);
            for (pointer, r) in refs {
                let at = if name.is_empty() {
                    pointer
                } else {
                    format!("{name}#{pointer}")
                };
                if let Some(next) = loader.follow(doc, &name, &at, &r) {
                    queue.push_back(next);
                }
            }
        }
    }

    /// Canonical root, base and document; `false` (with an error) when they cannot be
    /// found or the document is outside the root.
    fn open(&mut self, doc: &mut OpenApiDoc, o: &Origin) -> bool {
        let file = doc.file.clone();
        let opened = |p: &Path, what: &str| {
            std::fs::canonicalize(p).map_err(|e| {
                format!(
                    "{what} `{}` cannot be opened ({e}); references to other files are not followed",
                    p.display()
                )
            })
        };
        let opened = opened(&o.root, "the root folder").and_then(|root| {
            let base = opened(&o.base, "the folder")?;
            Ok((root, base, opened(&o.path, "the document")?))
        });
        let (root, base, entry) = match opened {
            Ok(found) => found,
            Err(message) => {
                doc.diags.push(Diagnostic::error(&file, 0, message));
                return false;
            }
        };
        self.root_display = join_display(&o.base_display, &relative(&base, &root));
        if !entry.starts_with(&root) {
            doc.diags.push(Diagnostic::error(
                &file,
                0,
                format!(
                    "the document is outside the root folder `{}`; references to other files are not followed",
                    self.root_display
                ),
            ));
            return false;
        }
        self.root = root;
        self.base = base;
        self.entry = entry;
        true
    }

    /// Records where reference `r` (in the file `from`, at location `at`) leads, reading
    /// its file if it is new: that file's name, to be searched in turn.
    fn follow(&mut self, doc: &mut OpenApiDoc, from: &str, at: &str, r: &str) -> Option<String> {
        let path = r.split('#').next().unwrap_or("");
        if path.is_empty() {
            return None;
        }
        let key = (from.to_string(), path.to_string());
        if doc.links.contains_key(&key) {
            return None;
        }
        if self.closed || !self.failed.insert(key.clone()) {
            // Reported already (at the reference's first use, or the folder itself).
            doc.reported.insert(at.to_string());
            return None;
        }
        match self.read(doc, from, r, path) {
            Ok((name, new)) => {
                self.failed.remove(&key);
                doc.links.insert(key, name.clone());
                name.filter(|_| new)
            }
            Err((error, message)) => {
                let message = format!("{message} (at `#{}`)", OpenApiDoc::pointer(at));
                // The line of the `$ref` itself (its object's, written in flow style).
                let line = doc.line(&format!("{at}/$ref"));
                let shown = doc.display(at).to_string();
                doc.diags.push(if error {
                    Diagnostic::error(&shown, line, message)
                } else {
                    Diagnostic::warning(&shown, line, message)
                });
                doc.reported.insert(at.to_string());
                None
            }
        }
    }

    /// The file reference `r` (whose path part is `path`) names, read into `doc` if new:
    /// its name (`None`: the document itself) and whether it is new; or why not (an error,
    /// or a warning, and the message).
    fn read(
        &self,
        doc: &mut OpenApiDoc,
        from: &str,
        r: &str,
        path: &str,
    ) -> Result<(Option<String>, bool), (bool, String)> {
        if is_url(path) {
            return Err((
                true,
                format!(
                    "reference `{r}` is a URL: references are read from files under the root folder only, never from the network"
                ),
            ));
        }
        let Some(origin) = self.origin else {
            return Err((
                false,
                format!(
                    "reference `{r}` names another file, which is not read (the document is read as text, without its folder); the value is kept as any JSON"
                ),
            ));
        };
        let here = if from.is_empty() {
            self.entry.clone()
        } else {
            normalise(&self.base.join(unescape_name(from)))
        };
        let dir = here.parent().unwrap_or(&self.base);
        let wanted = normalise(&dir.join(percent_decode(path)));
        let outside = || {
            format!(
                "reference `{r}` leads outside the root folder `{}`; files are read under it only (a higher root is named with `--root`)",
                self.root_display
            )
        };
        if !wanted.starts_with(&self.root) {
            return Err((true, outside()));
        }
        let shown = |p: &Path| join_display(&origin.base_display, &relative(&self.base, p));
        let canonical = std::fs::canonicalize(&wanted)
            .map_err(|e| (true, unreadable(r, &shown(&wanted), &e)))?;
        if !canonical.starts_with(&self.root) {
            return Err((true, format!("{} (through a symbolic link)", outside())));
        }
        if canonical == self.entry {
            return Ok((None, false));
        }
        let name = escape_name(&relative(&self.base, &canonical));
        if doc.parts.contains_key(&name) {
            return Ok((Some(name), false));
        }
        let part = read_part(r, &canonical, shown(&canonical))?;
        doc.parts.insert(name.clone(), part);
        Ok((Some(name), true))
    }
}

/// The file `path` a reference `r` names (shown as `display`), read and parsed as JSON or
/// YAML; or why not (always an error).
fn read_part(r: &str, path: &Path, display: String) -> Result<Part, (bool, String)> {
    let bytes = std::fs::read(path).map_err(|e| (true, unreadable(r, &display, &e)))?;
    let text = String::from_utf8_lossy(&bytes);
    let (value, mut lines) = parse_value(&text).map_err(|e| {
        let line = if e.line > 0 {
            format!(" line {}:", e.line)
        } else {
            String::new()
        };
        (
            true,
            format!(
                "reference `{r}`: file `{display}` is neither JSON nor YAML:{line} {}",
                e.message
            ),
        )
    })?;
    lines
        .entry(String::new())
        .or_insert_with(|| first_line(&text));
    Ok(Part {
        value,
        lines,
        display,
    })
}

fn detect(root: &Value) -> Result<Version, NotOpenApi> {
    let text = |k: &str| root.get(k).and_then(Value::as_str).map(str::to_string);
    if let Some(v) = text("openapi") {
        return if v.starts_with("3.0") {
            Ok(Version::V30)
        } else if v.starts_with("3.1") {
            Ok(Version::V31)
        } else {
            Err(NotOpenApi {
                line: 1,
                message: format!("unsupported OpenAPI version `{v}` (3.0 and 3.1 are read)"),
            })
        };
    }
    if let Some(v) = text("swagger") {
        return if v.starts_with("2.") {
            Ok(Version::Swagger2)
        } else {
            Err(NotOpenApi {
                line: 1,
                message: format!("unsupported Swagger version `{v}` (2.0 is read)"),
            })
        };
    }
    Err(NotOpenApi {
        line: 1,
        message: "expected an `openapi` or `swagger` member naming the version".into(),
    })
}

pub use chatgen_codegen::spec::pointer::escape;

fn index_lines(node: &Node, pointer: &mut String, out: &mut HashMap<String, u32>) {
    let len = pointer.len();
    match &node.kind {
        Kind::Object(members) => {
            out.insert(pointer.clone(), node.line);
            for (k, v) in members {
                pointer.push('/');
                pointer.push_str(&escape(k));
                index_lines(v, pointer, out);
                pointer.truncate(len);
            }
        }
        Kind::Array(items) => {
            out.insert(pointer.clone(), node.line);
            for (i, v) in items.iter().enumerate() {
                pointer.push('/');
                pointer.push_str(&i.to_string());
                index_lines(v, pointer, out);
                pointer.truncate(len);
            }
        }
        _ => {}
    }
}

/// Lines of the nodes of a YAML document written in block style: a key's pointer gets the
/// line the key is on, a sequence item's the line of its `-`. An approximation (it does not
/// read flow collections or multi-line plain scalars), enough to point at a node.
pub fn yaml_lines(text: &str) -> HashMap<String, u32> {
    struct Entry {
        indent: usize,
        pointer: String,
        next_index: usize,
        item: bool,
    }
    let mut out = HashMap::new();
    let mut stack = vec![Entry {
        indent: 0,
        pointer: String::new(),
        next_index: 0,
        item: true,
    }];
    let mut block_scalar: Option<usize> = None;
    for (n, raw) in text.lines().enumerate() {
        let line = u32::try_from(n + 1).unwrap_or(u32::MAX);
        let trimmed = raw.trim_start();
        let mut indent = raw.len() - trimmed.len();
        if let Some(b) = block_scalar {
            if trimmed.is_empty() || indent > b {
                continue;
            }
            block_scalar = None;
        }
        if trimmed.is_empty() || trimmed.starts_with('#') || trimmed.starts_with("---") {
            continue;
        }
        let mut content = trimmed;
        while let Some(rest) = content
            .strip_prefix("- ")
            .or_else(|| (content == "-").then_some(""))
        {
            while stack.len() > 1
                && stack
                    .last()
                    .is_some_and(|t| t.indent > indent || (t.indent == indent && t.item))
            {
                stack.pop();
            }
            let Some(parent) = stack.last_mut() else {
                break;
            };
            let pointer = format!("{}/{}", parent.pointer, parent.next_index);
            parent.next_index += 1;
            out.insert(pointer.clone(), line);
            stack.push(Entry {
                indent,
                pointer,
                next_index: 0,
                item: true,
            });
            let spaces = rest.len() - rest.trim_start().len();
            indent += 2 + spaces;
            content = rest.trim_start();
        }
        let Some((key, value)) = yaml_key(content) else {
            continue;
        };
        while stack.len() > 1 && stack.last().is_some_and(|t| t.indent >= indent) {
            stack.pop();
        }
        let Some(parent) = stack.last() else {
            continue;
        };
        let pointer = format!("{}/{}", parent.pointer, escape(&key));
        out.insert(pointer.clone(), line);
        let value = value.trim();
        if value.starts_with('|') || value.starts_with('>') {
            block_scalar = Some(indent);
        }
        stack.push(Entry {
            indent,
            pointer,
            next_index: 0,
            item: false,
        });
    }
    out
}

/// `key: value` → the key (unquoted) and the value text.
fn yaml_key(content: &str) -> Option<(String, &str)> {
    if let Some(q) = content.chars().next().filter(|c| *c == '"' || *c == '\'') {
        let close = content[1..].find(q)? + 1;
        let rest = content[close + 1..].trim_start().strip_prefix(':')?;
        return Some((content[1..close].to_string(), rest));
    }
    if content.starts_with(['{', '[', '&', '*', '!', '|', '>']) {
        return None;
    }
    let colon = content
        .match_indices(':')
        .map(|(i, _)| i)
        .find(|&i| content[i + 1..].is_empty() || content[i + 1..].starts_with(' '))?;
    Some((
        content[..colon].trim_end().to_string(),
        &content[colon + 1..],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_told_from_paths() {
        for url in [
            "http://x/a.yaml",
            "https://x/a.yaml#/A",
            "//x/a.json",
            "file:///etc/passwd",
            "urn:x:y",
        ] {
            assert!(is_url(url), "{url}");
        }
        for path in [
            "a.yaml",
            "./a:b.yaml",
            "../defs/a.json",
            "/abs/a.yaml",
            "9x:y",
        ] {
            assert!(!is_url(path), "{path}");
        }
    }

    #[test]
    fn display_names_and_relative_paths() {
        assert_eq!(
            join_display("spec/api", "../defs/a.yaml"),
            "spec/defs/a.yaml"
        );
        assert_eq!(join_display("", "a.yaml"), "a.yaml");
        assert_eq!(join_display("api", "../../a.yaml"), "../a.yaml");
        assert_eq!(join_display(".", "./x/./a.yaml"), "x/a.yaml");
        assert_eq!(join_display("/r/api", ".."), "/r");
        assert_eq!(
            relative(Path::new("/r/api/v1"), Path::new("/r/defs/a.yaml")),
            "../../defs/a.yaml"
        );
        assert_eq!(relative(Path::new("/r"), Path::new("/r/a.yaml")), "a.yaml");
        assert_eq!(
            normalise(Path::new("/r/api/../defs/./a")),
            Path::new("/r/defs/a")
        );
        assert_eq!(percent_decode("my%20file.yaml%zz"), "my file.yaml%zz");
    }

    #[test]
    fn references_in_examples_and_extensions_are_data() {
        let doc: Value = serde_json::json!({
            "paths": {"/a": {"get": {"responses": {"200": {"content": {"application/json": {
                "schema": {"$ref": "s.yaml"},
                "example": {"$ref": "https://x/ex"},
                "examples": {"one": {"value": {"$ref": "https://x/ex2"}}}
            }}}}}}},
            "components": {"schemas": {
                "A": {"properties": {
                    "example": {"$ref": "e.yaml"},
                    "$ref": {"type": "string"}
                }, "default": {"$ref": "d.yaml"}, "x-extra": {"$ref": "x.yaml"}}
            }}
        });
        let mut out = Vec::new();
        references(&doc, &mut String::new(), false, &mut out);
        let refs: Vec<&str> = out.iter().map(|(_, r)| r.as_str()).collect();
        // A property named `example` is a schema; a property named `$ref` is a name.
        assert_eq!(refs, ["s.yaml", "e.yaml"]);
        assert_eq!(
            out[1].0, "/components/schemas/A/properties/example",
            "{out:?}"
        );
    }

    #[test]
    fn locations_name_their_file() {
        let doc = OpenApiDoc::parse("openapi: 3.1.0\npaths: {}\n")
            .ok()
            .unwrap();
        assert_eq!(OpenApiDoc::file_name("/paths"), None);
        assert_eq!(
            OpenApiDoc::file_name("defs/a%23b.yaml#/x").as_deref(),
            Some("defs/a#b.yaml")
        );
        assert_eq!(
            OpenApiDoc::pointer("defs/a.yaml#/properties/x"),
            "/properties/x"
        );
        assert_eq!(OpenApiDoc::pointer("/paths/~1a"), "/paths/~1a");
        assert!(OpenApiDoc::is_other_file("a.yaml#"));
        assert!(!OpenApiDoc::is_other_file(""));
        // A document read as text: a local reference resolves, another file's does not.
        assert_eq!(doc.target("#/paths", "/x").as_deref(), Some("/paths"));
        assert_eq!(doc.target("a.yaml#/x", "/x"), None);
    }
}
