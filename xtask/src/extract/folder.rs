//! An API published as a folder of pages (one page per resource, as Mastodon's reference
//! is): every page of the folder is read in name order and the pages become one spec.
//!
//! - Each page is read by its own family ([`super::extract_detected`], or the family given); a page no
//!   family finds an operation in (an index, a guide) is skipped with a warning that says
//!   so.
//! - Operation ids are unique across pages (a later page's `create` becomes `create_2`,
//!   with the usual warning); each operation's `file` names its page and `line` is a line
//!   of that page.
//! - Named types form one set: a type another page already defines the same way is shared;
//!   one of the same name defined otherwise is renamed (`Status2`) on its page before the
//!   merge, so normalisation can later share structurally equal types under one name.
//! - The API's auth is the first page's that states one; its base URL the one every page
//!   that gives a server agrees on.
//!
//! A folder of OpenAPI documents (one per resource, sharing definitions) is read the same
//! way: every YAML or JSON file with an `openapi` or `swagger` member is a document, read as
//! OpenAPI with the folder as the base its `$ref`s' files are named from and reading stays
//! inside the folder (or the root given); other YAML and JSON files (the definitions the
//! documents share) are not documents. A schema file several documents reference is the
//! same named type in each and is kept once. Operation ids repeated across documents are made
//! unique as on pages (the later document's `send` becomes `send_2`, with a warning naming
//! both files); each operation's `file` names its document (or the file of a path item it
//! refers to) and `line` is a line of that file; a type's `file` names the document or file
//! that defines it.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use chatgen_codegen::spec::{ApiSpec, AuthScheme, TypeDef, TypeForm, TypeRef};

use super::kit::Ids;
use super::{Extracted, Family};
use crate::diag::{Diagnostic, Severity, has_errors};
use crate::read::Origin;
use crate::read::blocks::Document;

/// File extensions read as pages (Markdown's longer and older names too: `rpc.mkd`;
/// Markdoc's `.mdoc`, Markdown with `{% tag %}` blocks).
pub const PAGE_EXTENSIONS: [&str; 15] = [
    "md", "mdx", "markdown", "mkd", "mkdn", "mdown", "mdwn", "mdoc", "html", "htm", "txt", "rst",
    "adoc", "asciidoc", "textile",
];

/// Extensions of templates that docs sites render pages from (`accounts.blade.php`,
/// `index.html.md.erb`, `api.njk`, Express's `overview.ejs`): a page, its kind told from its content (Markdown or
/// HTML with the template's tags in it), when its name says it is a template.
const TEMPLATE_EXTENSIONS: [&str; 10] = [
    "erb",
    "njk",
    "liquid",
    "hbs",
    "handlebars",
    "mustache",
    "twig",
    "jinja",
    "j2",
    "ejs",
];

/// Extensions of files a page includes (Sphinx's `.. include:: users.inc`, os-api-ref's
/// reference sections): a page, its kind told from its content.
const INCLUDE_EXTENSIONS: [&str; 1] = ["inc"];

/// Whether a file named `name` is a page: a documentation file by its extension, a docs
/// site's template ([`TEMPLATE_EXTENSIONS`], and Laravel's `.blade.php` views) or an
/// included section ([`INCLUDE_EXTENSIONS`]).
fn is_page_name(name: &str, extensions: &[&str]) -> bool {
    let lower = name.to_lowercase();
    let Some((_, ext)) = lower.rsplit_once('.') else {
        return false;
    };
    extensions.contains(&ext)
        || (extensions == PAGE_EXTENSIONS
            && (TEMPLATE_EXTENSIONS.contains(&ext)
                || INCLUDE_EXTENSIONS.contains(&ext)
                || lower.ends_with(".blade.php")))
}

/// File extensions of OpenAPI documents (and of the files they refer to).
pub const OPENAPI_EXTENSIONS: [&str; 3] = ["yaml", "yml", "json"];

/// The file that says where a folder's pages come from (`INDEX.md`, in capitals, as in
/// `spec/sources/mastodon/`): never a page. A vendor's own `index.md` (a Hugo page bundle)
/// or `README.md` is a page like any other, skipped only when it documents no operation.
pub const PROVENANCE: &str = "INDEX.md";

/// The pages of `dir` (recursively), in name order: documentation files, not licences,
/// the provenance file or truth files.
pub fn pages(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    walk(dir, &PAGE_EXTENSIONS, &mut out)?;
    out.sort();
    Ok(out)
}

/// The OpenAPI documents of `dir` (recursively), in name order, with their text: YAML and
/// JSON files with an `openapi` or `swagger` member naming a version read.
pub fn openapi_documents(dir: &Path) -> std::io::Result<Vec<(PathBuf, String)>> {
    let mut files = Vec::new();
    walk(dir, &OPENAPI_EXTENSIONS, &mut files)?;
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let text = String::from_utf8_lossy(&fs::read(&path)?).into_owned();
        if super::openapi::doc::OpenApiDoc::parse(&text).is_ok() {
            out.push((path, text));
        }
    }
    Ok(out)
}

fn walk(dir: &Path, extensions: &[&str], out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        let written = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if written.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            walk(&path, extensions, out)?;
        } else if written != PROVENANCE && is_page_name(&written, extensions) {
            out.push(path);
        }
    }
    Ok(())
}

/// One page read: its name as shown (relative to the folder) and its text.
pub struct Page {
    /// The page's path relative to the folder, `/`-separated.
    pub name: String,
    /// Its text.
    pub text: String,
    /// For an OpenAPI document: where it is on disk (the files its `$ref`s name are read
    /// from there). Such a page is read as OpenAPI.
    pub origin: Option<Origin>,
    /// The folder the page was read from, where files its markup names are read
    /// ([`Document::parse_beside`]); `None` for text read on its own.
    pub dir: Option<std::path::PathBuf>,
}

/// Reads `pages` as one API. `display` prefixes each page's name in diagnostics and in
/// `file` (e.g. `spec/sources/mastodon`); `family` forces one family, else each page's is
/// detected.
pub fn extract_pages(
    pages: &[Page],
    family: Option<Family>,
    api: &str,
    source: &str,
    display: &str,
) -> Extracted {
    let mut spec = ApiSpec {
        api: api.to_string(),
        source: source.to_string(),
        ..ApiSpec::default()
    };
    let mut diags = Vec::new();
    let mut families: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut servers: Vec<Option<String>> = Vec::new();
    let mut ids = Ids::default();
    let mut read_any = false;
    // (Every page parsed once; the method the pages (not OpenAPI documents) say every call
    // uses is each page's.)
    let docs: Vec<Document> = pages
        .iter()
        .map(|p| {
            let shown = format!("{display}/{}", p.name);
            Document::parse_beside(shown, &p.text, p.dir.as_deref())
        })
        .collect();
    let method = folder_method(
        docs.iter()
            .zip(pages)
            .filter(|(_, p)| p.origin.is_none())
            .map(|(d, _)| d),
    );
    let base = folder_base(docs.iter());
    for (page, doc) in pages.iter().zip(docs) {
        let shown = format!("{display}/{}", page.name);
        let doc = doc
            .with_folder_method(method)
            .with_folder_base(base.clone());
        let (doc, read) = read_page(page, doc, family, api, source);
        let failed = |out: &Extracted| {
            out.spec.operations.is_empty()
                || out.diags.iter().any(|d| d.severity == Severity::Error)
        };
        // An OpenAPI document's errors (a refused `$ref`) are the folder's: they stop the run.
        if let Some((_, out)) = &read
            && page.origin.is_some()
            && has_errors(&out.diags)
        {
            add_once(&mut diags, out.diags.clone());
            continue;
        }
        let Some((chosen, mut out)) = read.filter(|(_, out)| !failed(out)) else {
            diags.push(Diagnostic::warning(
                &shown,
                0,
                "no operation found on this page (an index or a guide?); skipped",
            ));
            continue;
        };
        *families.entry(chosen.name()).or_default() += out.spec.operations.len();
        if !adopt(&mut spec, &out.spec, &mut read_any, &shown, &mut diags) {
            continue;
        }
        servers.push(out.spec.base_url.clone());
        if page.origin.is_some() {
            // An OpenAPI document's own types are defined in it (those of the files it
            // refers to name their file already).
            for def in out.spec.types.values_mut() {
                def.file.get_or_insert_with(|| page.name.clone());
            }
        }
        merge_types(&mut spec.types, &mut out.spec);
        merge_events(&mut spec, &mut out.spec, &page.name, &shown, &mut diags);
        for op in std::mem::take(&mut out.spec.operations) {
            let op = with_unique_id(op, &mut ids, page, &doc, &mut diags);
            spec.operations.push(op);
        }
        add_once(&mut diags, out.diags);
    }
    finish(&mut spec, &servers, display, &families);
    if spec.operations.is_empty() && !has_errors(&diags) {
        diags.push(Diagnostic::error(
            display,
            0,
            format!(
                "expected at least one page with an operation among {} page(s), found none",
                pages.len()
            ),
        ));
    }
    Extracted { spec, diags }
}

/// Adds `new` to `diags`, each once (documents sharing a file report its problems once).
fn add_once(diags: &mut Vec<Diagnostic>, new: Vec<Diagnostic>) {
    for d in new {
        if !diags.contains(&d) {
            diags.push(d);
        }
    }
}

/// Takes what the API's first page read gives the whole API (protocol, title, text) and the
/// first auth scheme any page gives; `false` (with a warning) for a page whose calls travel
/// otherwise than the first page's (RPC vs REST), which is skipped.
fn adopt(
    spec: &mut ApiSpec,
    page: &ApiSpec,
    read_any: &mut bool,
    shown: &str,
    diags: &mut Vec<Diagnostic>,
) -> bool {
    if !*read_any {
        spec.protocol = page.protocol.clone();
        spec.title = page.title.clone();
        spec.doc = page.doc.clone();
        *read_any = true;
    } else if page.protocol.is_rpc() != spec.protocol.is_rpc() {
        diags.push(Diagnostic::warning(
            shown,
            0,
            "this page's calls travel otherwise (RPC vs REST) than the first page's; skipped",
        ));
        return false;
    }
    if spec.auth.scheme == AuthScheme::None && page.auth.scheme != AuthScheme::None {
        spec.auth = page.auth.clone();
    }
    true
}

/// A page's document (with its origin for an OpenAPI document) read: by the OpenAPI reader
/// for an OpenAPI document, by `family` when given, else by the family detection chooses.
fn read_page(
    page: &Page,
    mut doc: Document,
    family: Option<Family>,
    api: &str,
    source: &str,
) -> (Document, Option<(Family, Extracted)>) {
    let read = match (&page.origin, family) {
        (Some(origin), _) => {
            doc = doc.with_origin(origin.clone());
            let f = Family::OpenApi;
            Some((f, f.extract(&doc, api, source)))
        }
        (None, Some(f)) => Some((f, f.extract(&doc, api, source))),
        (None, None) => super::extract_detected(&doc, api, source)
            .ok()
            .map(|(d, out)| (d.family, out)),
    };
    (doc, read)
}

/// The one method the pages of a folder say every call uses, when they name one and no
/// other (`调用API时，…通过`POST`方法发送到API的Endpoint` on a guide page over pages that
/// list only each call's endpoint): each page reads it for calls it gives no method of
/// their own.
pub fn folder_method<'d>(docs: impl Iterator<Item = &'d Document>) -> Option<&'static str> {
    let mut stated: Vec<&'static str> = docs
        .filter_map(crate::extract::reference::stated_method)
        .collect();
    stated.sort_unstable();
    stated.dedup();
    match stated.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// The base URL the folder's pages say their routes are relative to, when those that
/// say one give the same path (see `reference::stated_base`; the hosts
/// of examples may differ, `example.org` and `egw.example.org`): the first page's.
pub fn folder_base<'d>(docs: impl Iterator<Item = &'d Document>) -> Option<String> {
    let stated: Vec<String> = docs
        .filter_map(crate::extract::reference::stated_base)
        .collect();
    let path = crate::extract::reference::url_path;
    let first = stated.first()?;
    stated
        .iter()
        .all(|u| path(u) == path(first))
        .then(|| first.clone())
}

/// `op` with an id unique across the folder's pages (a taken one renamed, with a warning at
/// the page's line) and its `file` (an OpenAPI path item in another file names it already).
fn with_unique_id(
    mut op: chatgen_codegen::spec::Operation,
    ids: &mut Ids,
    page: &Page,
    doc: &Document,
    diags: &mut Vec<Diagnostic>,
) -> chatgen_codegen::spec::Operation {
    let holder = format!("an operation of {} (line {})", page.name, op.line);
    let (id, taken) = ids.unique(&op.id, holder);
    if let Some(holder) = taken {
        diags.push(
            Diagnostic::warning(
                &doc.file,
                op.line,
                Ids::message(&op.id, &holder, &op.name, &id),
            )
            .with_source(doc.line(op.line)),
        );
    }
    op.id = id;
    op.file = Some(op.file.take().unwrap_or_else(|| page.name.clone()));
    op
}

/// What the folder as a whole says: the base URL when every page that gives one gives the
/// same, the title after the folder (not its first page), the family that read the most
/// operations.
fn finish(
    spec: &mut ApiSpec,
    servers: &[Option<String>],
    display: &str,
    families: &BTreeMap<&'static str, usize>,
) {
    let mut given: Vec<String> = servers.iter().flatten().cloned().collect();
    given.sort();
    given.dedup();
    if given.len() == 1 {
        spec.base_url = given.pop();
    }
    if let Some(name) = display
        .trim_end_matches('/')
        .rsplit('/')
        .next()
        .filter(|n| !n.is_empty())
    {
        let mut c = name.chars();
        spec.title = c
            .next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or_default();
    }
    spec.family = families
        .iter()
        .max_by_key(|(_, n)| **n)
        .and_then(|(f, _)| f.parse().ok())
        .unwrap_or(chatgen_codegen::spec::Family::Reference);
}

/// Reads every page and OpenAPI document of `dir` as one API (see [`extract_pages`]): with
/// `family`, only the documents of that family (pages, or with `openapi` the OpenAPI
/// documents). `root` is the folder the OpenAPI documents' `$ref`s may read from (`dir`
/// when `None`).
pub fn extract_dir(
    dir: &Path,
    root: Option<&Path>,
    family: Option<Family>,
    api: &str,
    source: &str,
    display: &str,
) -> std::io::Result<Extracted> {
    let mut read = Vec::new();
    let name = |path: &Path| {
        path.strip_prefix(dir)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/")
    };
    if family != Some(Family::OpenApi) {
        for path in pages(dir)? {
            let bytes = fs::read(&path)?;
            read.push(Page {
                name: name(&path),
                text: String::from_utf8_lossy(&bytes).into_owned(),
                origin: None,
                dir: path.parent().map(Path::to_path_buf),
            });
        }
    }
    if family.is_none() || family == Some(Family::OpenApi) {
        for (path, text) in openapi_documents(dir)? {
            let origin = Origin {
                path: path.clone(),
                root: root.map_or_else(|| dir.to_path_buf(), Path::to_path_buf),
                base: dir.to_path_buf(),
                base_display: display.to_string(),
            };
            read.push(Page {
                name: name(&path),
                text,
                origin: Some(origin),
                dir: None,
            });
        }
    }
    read.sort_by(|a, b| Path::new(&a.name).cmp(Path::new(&b.name)));
    Ok(extract_pages(&read, family, api, source, display))
}

/// Moves `page`'s named types into `types`: a type defined the same way is shared, one of
/// a taken name defined otherwise is renamed on the page first.
fn merge_types(types: &mut BTreeMap<String, TypeDef>, page: &mut ApiSpec) {
    let mut renames: BTreeMap<String, String> = BTreeMap::new();
    let taken = |name: &str, types: &BTreeMap<String, TypeDef>, page: &ApiSpec| {
        types.contains_key(name) || page.types.contains_key(name)
    };
    // To a fixpoint: a type whose own fields match but that refers to a renamed type
    // differs too (its `status: NotificationStatus` is the page's, renamed).
    loop {
        let mut changed = false;
        for (name, def) in &page.types {
            if renames.contains_key(name) {
                continue;
            }
            let Some(existing) = types.get(name) else {
                continue;
            };
            let mut def = def.clone();
            for t in def.type_refs_mut() {
                rename_ref(t, &renames);
            }
            if same_def(existing, &def) {
                continue;
            }
            let mut n = 2;
            let mut fresh = format!("{name}{n}");
            while taken(&fresh, types, page) || renames.values().any(|v| *v == fresh) {
                n += 1;
                fresh = format!("{name}{n}");
            }
            renames.insert(name.clone(), fresh);
            changed = true;
        }
        if !changed {
            break;
        }
    }
    if !renames.is_empty() {
        let rename = |t: &mut TypeRef| rename_ref(t, &renames);
        crate::normalise::for_each_typeref_mut(page, &mut { rename });
        // (Fields' types are among those `for_each_typeref_mut` renames.)
        for def in page.types.values_mut() {
            match &mut def.form {
                TypeForm::Alias(a) => rename_ref(a, &renames),
                TypeForm::OneOf(o) => {
                    for v in &mut o.variants {
                        rename_ref(&mut v.ty, &renames);
                    }
                }
                TypeForm::Struct(_) | TypeForm::Enum(_) => {}
            }
        }
    }
    for (name, def) in std::mem::take(&mut page.types) {
        let name = renames.get(&name).cloned().unwrap_or(name);
        types.entry(name).or_insert(def);
    }
}

/// Moves `page`'s events and streams into `spec`, each with its page; a name another page
/// already documents keeps the first page's entry, with a warning.
fn merge_events(
    spec: &mut ApiSpec,
    page: &mut ApiSpec,
    name: &str,
    shown: &str,
    diags: &mut Vec<Diagnostic>,
) {
    for mut e in std::mem::take(&mut page.events) {
        if spec.events.iter().any(|x| x.name == e.name) {
            let line = e.line.unwrap_or(0);
            diags.push(Diagnostic::warning(
                shown,
                line,
                format!(
                    "event `{}` is documented on an earlier page; this entry is not used",
                    e.name
                ),
            ));
            continue;
        }
        e.file = Some(name.to_string());
        spec.events.push(e);
    }
    for mut s in std::mem::take(&mut page.streams) {
        if !spec.streams.iter().any(|x| x.name == s.name) {
            s.file = Some(name.to_string());
            spec.streams.push(s);
        }
    }
}

/// Whether two definitions describe the same type (source lines aside).
fn same_def(a: &TypeDef, b: &TypeDef) -> bool {
    let strip = |d: &TypeDef| {
        let mut d = d.clone();
        d.line = None;
        d.file = None;
        d.doc = None;
        for f in d.fields_mut() {
            f.line = None;
            f.doc = None;
        }
        d
    };
    strip(a) == strip(b)
}

fn rename_ref(t: &mut TypeRef, renames: &BTreeMap<String, String>) {
    match t {
        TypeRef::Named(n) => {
            if let Some(to) = renames.get(n) {
                *n = to.clone();
            }
        }
        TypeRef::List(inner) | TypeRef::Map(inner) => rename_ref(inner, renames),
        TypeRef::Primitive(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(name: &str, text: &str) -> Page {
        Page {
            name: name.into(),
            text: text.into(),
            origin: None,
            dir: None,
        }
    }

    #[test]
    fn pages_become_one_api() {
        let a = "# Statuses\n\n## Get status\n\n```http\nGET /api/v1/statuses/:id HTTP/1.1\n```\n\n##### 200: OK\n\n```json\n{\"id\": \"1\", \"text\": \"hi\"}\n```\n";
        let b = "# Lists\n\n## Get status\n\n```http\nGET /api/v1/lists/:id HTTP/1.1\n```\n\n##### 200: OK\n\n```json\n{\"id\": \"1\", \"title\": \"x\"}\n```\n";
        let guide = "# Guide\n\nSome prose about the API.\n";
        let out = extract_pages(
            &[page("a.md", a), page("b.md", b), page("guide.md", guide)],
            None,
            "m",
            "sources/m",
            "docs",
        );
        let ids: Vec<&str> = out.spec.operations.iter().map(|o| o.id.as_str()).collect();
        assert_eq!(ids, ["get_status", "get_status_2"]);
        assert_eq!(out.spec.operations[1].file.as_deref(), Some("b.md"));
        assert_eq!(out.spec.operations[1].line, 3);
        assert!(out.diags.iter().any(|d| d.file == "docs/guide.md"
            && d.severity == Severity::Warning
            && d.message.contains("skipped")));
        assert!(
            out.diags
                .iter()
                .any(|d| d.message.contains("`get_status` is taken"))
        );
        // Two different answers named alike: both kept, the later one renamed.
        let names: Vec<&String> = out.spec.types.keys().collect();
        assert_eq!(names.len(), 2, "{names:?}");
        let second = out.spec.operations[1].responses[0]
            .ty
            .as_ref()
            .map(|t| t.to_string());
        assert_ne!(
            second,
            out.spec.operations[0].responses[0]
                .ty
                .as_ref()
                .map(|t| t.to_string())
        );
    }

    /// A guide page saying which method every call uses (`调用API时，…通过`POST`方法发送到
    /// API的Endpoint`) over pages giving each call's endpoint alone (`Endpoint: `task/add``):
    /// each endpoint is called with that method. A page read on its own says no method.
    #[test]
    fn a_guide_page_gives_every_call_its_method() {
        let guide = "## HTTP API请求\n\n调用API时，请将参数组装成json格式，通过`POST`方法发送到API的Endpoint。\n\n完整的URL形如`http://127.0.0.1:46014/api/user/checkLogin`。\n";
        let tasks = "## 任务系统\n\n1. 新建任务\n\nEndpoint: `task/add`\n\nParameters:\n\n|Name |Type |Desc\n|:----|:----|:----\n|url |string |地址\n\n2. 删除任务\n\nEndpoint: `task/delete`\n";
        let out = extract_pages(
            &[page("httpapi.md", guide), page("task.md", tasks)],
            None,
            "m",
            "s",
            "docs",
        );
        let routes: Vec<String> = out
            .spec
            .operations
            .iter()
            .filter_map(|o| o.route.as_ref())
            .map(|r| format!("{} {}", r.method.as_str(), r.path))
            .collect();
        assert_eq!(routes, ["POST /task/add", "POST /task/delete"]);
        let alone = extract_pages(&[page("task.md", tasks)], None, "m", "s", "docs");
        assert!(alone.spec.operations.is_empty());
    }

    #[test]
    fn a_type_whose_nested_type_differs_is_renamed_too() {
        // Both pages name their answer `Note` with a member `Note.user` of type `NoteUser`;
        // the users differ, so the second page's `Note` is not the first page's.
        let a = "# A\n\n## Get note\n\n```http\nGET /a HTTP/1.1\n```\n\n##### 200: OK\n\n```json\n{\"id\": \"1\", \"user\": {\"id\": \"2\"}}\n```\n";
        let b = "# B\n\n## Get note\n\n```http\nGET /b HTTP/1.1\n```\n\n##### 200: OK\n\n```json\n{\"id\": \"1\", \"user\": {\"id\": \"2\", \"name\": \"x\"}}\n```\n";
        let out = extract_pages(&[page("a.md", a), page("b.md", b)], None, "m", "s", "docs");
        let answers: Vec<String> = out
            .spec
            .operations
            .iter()
            .map(|o| o.responses[0].ty.as_ref().unwrap().to_string())
            .collect();
        assert_ne!(answers[0], answers[1], "{:?}", out.spec.types.keys());
        let user_of = |t: &str| out.spec.types[t].fields()[1].ty.to_string();
        assert_ne!(user_of(&answers[0]), user_of(&answers[1]));
    }

    /// A vendor's `index.md` (a Hugo page bundle) and `README.md` are pages, and so are
    /// docs sites' templates (`.blade.php`, `.erb`) and included sections (`.inc`); the
    /// provenance file `INDEX.md` is not, nor is other code.
    #[test]
    fn index_and_readme_pages_are_read_the_provenance_file_is_not() {
        let dir = std::env::temp_dir().join(format!("chatgen-pages-{}", std::process::id()));
        let sub = dir.join("api");
        fs::create_dir_all(&sub).expect("temp dir");
        for (name, text) in [
            (
                "INDEX.md",
                "# Where these come from
",
            ),
            (
                "README.md",
                "# API
",
            ),
            ("LICENSE", "licence\n"),
            ("truth.yaml", "x.md: []\n"),
        ] {
            fs::write(dir.join(name), text).expect("write");
        }
        fs::write(sub.join("index.md"), "# Items\n").expect("write");
        // (Docs sites' templates are pages, as Markdown under an older name is; other code
        // is not.)
        for name in [
            "users.blade.php",
            "guide.html.md.erb",
            "overview.ejs",
            "servers.inc",
            "rpc.mkd",
            "client.php",
            "app.js",
        ] {
            fs::write(sub.join(name), "# Users\n").expect("write");
        }
        let found: Vec<String> = pages(&dir)
            .expect("pages")
            .iter()
            .map(|p| {
                p.strip_prefix(&dir)
                    .unwrap_or(p)
                    .to_string_lossy()
                    .replace('\\', "/")
            })
            .collect();
        let _ = fs::remove_dir_all(&dir);
        assert_eq!(
            found,
            [
                "README.md",
                "api/guide.html.md.erb",
                "api/index.md",
                "api/overview.ejs",
                "api/rpc.mkd",
                "api/servers.inc",
                "api/users.blade.php"
            ]
        );
    }

    #[test]
    fn a_folder_without_operations_is_an_error() {
        let out = extract_pages(&[page("x.md", "# Hi\n\ntext\n")], None, "m", "s", "docs");
        assert!(out.diags.iter().any(|d| d.severity == Severity::Error));
    }
}
