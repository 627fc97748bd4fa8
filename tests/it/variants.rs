//! Other renderings and other pages of the four hand-written families: real captures from
//! `tests/fixtures/corpus/variants/` (ground truth counted by hand in its `INDEX.md`, not
//! taken from the tool), and renderings of seed excerpts in `tests/fixtures/renderings/`
//! (the same page as a text capture, Markdown and HTML; a `- ` bullet capture; a later
//! edition).

use std::path::{Path, PathBuf};

use chatgen_codegen::spec::{ApiSpec, Location, Primitive, TypeRef};
use xtask::diag::{Diagnostic, Severity, has_errors};
use xtask::extract::{Family, detect};
use xtask::normalise::normalise;
use xtask::read::blocks::Document;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn read(rel: &str) -> Document {
    let text = std::fs::read_to_string(root().join(rel)).unwrap();
    Document::parse(rel, &text)
}

/// Detects the family, extracts and normalises, as `cargo xtask extract` does.
fn spec_of(rel: &str) -> (Family, ApiSpec, Vec<Diagnostic>) {
    let doc = read(rel);
    let family = detect(&doc).unwrap_or_else(|e| panic!("{e}")).family;
    let out = family.extract(&doc, "variant", "variant");
    let mut diags = out.diags;
    let spec = normalise(out.spec, None, &mut diags);
    (family, spec, diags)
}

/// `METHOD /path` or the RPC target of every operation, in order.
fn names(spec: &ApiSpec) -> Vec<String> {
    spec.operations
        .iter()
        .map(|o| match (&o.route, &o.rpc) {
            (Some(r), _) => format!("{} {}", r.method, r.path),
            (None, Some(r)) => r.target.clone(),
            _ => o.name.clone(),
        })
        .collect()
}

/// The parameters of operation `i` as `location:name` (body fields of a typed body
/// included as `body:name`), in order.
fn params(spec: &ApiSpec, i: usize) -> Vec<String> {
    let op = &spec.operations[i];
    let mut out: Vec<String> = op
        .params
        .iter()
        .map(|p| {
            let loc = match p.location {
                Location::Path => "path",
                Location::Query => "query",
                Location::Header => "ident",
                Location::Body => "body",
                Location::Cookie => "cookie",
            };
            format!("{loc}:{}", p.name)
        })
        .collect();
    if let Some(body) = &op.body {
        for f in fields(spec, &body.ty) {
            let name = format!("body:{f}");
            if !out.contains(&name) {
                out.push(name);
            }
        }
    }
    out
}

fn fields(spec: &ApiSpec, ty: &TypeRef) -> Vec<String> {
    match ty {
        TypeRef::Named(n) => spec.types.get(n).map_or(Vec::new(), |t| {
            t.fields().iter().map(|f| f.name.clone()).collect()
        }),
        _ => Vec::new(),
    }
}

fn warned(diags: &[Diagnostic], line: u32, text: &str) -> bool {
    diags
        .iter()
        .any(|d| d.line == line && d.severity == Severity::Warning && d.message.contains(text))
}

const V: &str = "tests/fixtures/corpus/variants";

#[test]
fn weavy_files_pipe_and_whitespace_tables_read_the_same() {
    for file in ["api-reference-files.txt", "api-reference-files-ws.txt"] {
        let (family, spec, diags) = spec_of(&format!("{V}/weavy/{file}"));
        assert_eq!(family, Family::RestReference, "{file}");
        assert!(!has_errors(&diags), "{file}: {diags:#?}");
        assert_eq!(names(&spec), ["POST /api/apps/{id}/files"], "{file}");
        assert_eq!(
            params(&spec, 0),
            [
                "path:id",
                "body:blob_id",
                "body:name",
                "body:metadata",
                "body:tags",
                "body:replace"
            ],
            "{file}"
        );
    }
}

#[test]
fn weavy_conversations_no_table_then_a_table_cut_mid_row() {
    let (_, spec, diags) = spec_of(&format!("{V}/weavy/api-reference-conversations.txt"));
    assert!(!has_errors(&diags), "{diags:#?}");
    assert_eq!(
        names(&spec),
        ["POST /api/conversations", "GET /api/conversations"]
    );
    assert_eq!(params(&spec, 0), ["body:name", "body:members"]);
    assert_eq!(
        params(&spec, 1),
        [
            "query:unread",
            "query:contextual",
            "query:type",
            "query:q",
            "query:tag",
            "query:trashed",
            "query:order_by",
            "query:top",
            "query:skip"
        ]
    );
}

#[test]
fn weavy_webhooks_cut_inside_a_route_keeps_the_rest() {
    let (_, spec, diags) = spec_of(&format!("{V}/weavy/api-reference-webhooks.txt"));
    assert!(!has_errors(&diags), "{diags:#?}");
    assert_eq!(
        names(&spec),
        [
            "GET /api/webhooks",
            "POST /api/webhooks",
            "GET /api/webhooks/{id}"
        ]
    );
    assert_eq!(
        params(&spec, 0),
        [
            "query:q",
            "query:tag",
            "query:trashed",
            "query:order_by",
            "query:top",
            "query:skip",
            "query:count",
            "query:count_only"
        ]
    );
    assert_eq!(
        params(&spec, 1),
        [
            "body:payload_url",
            "body:secret",
            "body:triggers",
            "body:enabled"
        ]
    );
    assert_eq!(params(&spec, 2), ["path:id"]);
    // `PATCH /api/webhooks/{id` is the file's last line: reported there, left out.
    let last = read(&format!("{V}/weavy/api-reference-webhooks.txt"))
        .source
        .len();
    assert!(
        warned(&diags, last, "cut off inside its route"),
        "{diags:#?}"
    );
}

/// A page cut off inside its last operation, before that operation's parameters (finds/
/// INDEX: "start of Create file comment", "start of Get message"): the operation is kept
/// with what it has; its route's `{id}` becomes a required path parameter of unknown type
/// (a string, `type_cue: route placeholder`, `unknown` says so), with a warning at the
/// route line, instead of rejecting the page ("path placeholder `{id}` has no path
/// parameter").
#[test]
fn weavy_cut_before_its_parameters_keeps_the_operation_and_its_placeholder() {
    const F: &str = "tests/fixtures/corpus/finds/weavy";
    for (file, routes, route_line) in [
        (
            "api-reference-comments.txt",
            [
                "POST /api/apps/{id}/comments",
                "GET /api/apps/{id}/comments",
                "POST /api/files/{id}/comments",
            ],
            96,
        ),
        (
            "api-reference-messages-ws.txt",
            [
                "POST /api/apps/{id}/messages",
                "GET /api/apps/{id}/messages",
                "GET /api/messages/{id}",
            ],
            123,
        ),
    ] {
        let (family, spec, diags) = spec_of(&format!("{F}/{file}"));
        assert_eq!(family, Family::RestReference, "{file}");
        assert!(!has_errors(&diags), "{file}: {diags:#?}");
        assert_eq!(names(&spec), routes, "{file}");
        let last = &spec.operations[2];
        assert_eq!(params(&spec, 2), ["path:id"], "{file}");
        let id = &last.params[0];
        assert!(id.required, "{file}");
        assert_eq!(id.ty, TypeRef::Primitive(Primitive::String), "{file}");
        assert_eq!(id.type_cue.as_deref(), Some("route placeholder"), "{file}");
        assert!(
            last.unknown
                .contains(&chatgen_codegen::spec::Unknown::PathParamType("id".into())),
            "{file}: {:?}",
            last.unknown
        );
        assert!(
            warned(
                &diags,
                route_line,
                "path placeholder `{id}` has no documented parameter"
            ),
            "{file}: {diags:#?}"
        );
        // The documented `id` of the first two operations is not touched.
        for i in 0..2 {
            let p = &spec.operations[i].params[0];
            assert_eq!(
                (p.name.as_str(), p.type_cue.as_deref()),
                ("id", None),
                "{file}"
            );
        }
        assert!(spec.validate().is_empty(), "{file}: {:?}", spec.validate());
    }
}

#[test]
fn weavy_blobs_and_reactions_whitespace_tables() {
    let (_, spec, diags) = spec_of(&format!("{V}/weavy/api-reference-blobs-ws.txt"));
    assert!(!has_errors(&diags), "{diags:#?}");
    assert_eq!(
        names(&spec),
        [
            "GET /api/blobs/{id}",
            "POST /api/blobs",
            "POST /api/blobs/external"
        ]
    );
    assert_eq!(params(&spec, 0), ["path:id"]);
    assert!(params(&spec, 1).is_empty());
    assert_eq!(
        params(&spec, 2),
        [
            "body:provider",
            "body:link",
            "body:name",
            "body:width",
            "body:height",
            "body:size",
            "body:media_type",
            "body:download",
            "body:embed",
            "body:raw"
        ]
    );

    let (_, spec, diags) = spec_of(&format!("{V}/weavy/api-reference-reactions-ws.txt"));
    assert!(!has_errors(&diags), "{diags:#?}");
    assert_eq!(
        names(&spec),
        [
            "POST /api/comments/{id}/reactions",
            "DELETE /api/comments/{id}/reactions",
            "GET /api/comments/{id}/reactions"
        ]
    );
    assert_eq!(params(&spec, 0), ["path:id", "body:content"]);
    assert_eq!(params(&spec, 1), ["path:id"]);
    assert_eq!(
        params(&spec, 2),
        [
            "path:id",
            "query:content",
            "query:q",
            "query:tag",
            "query:trashed",
            "query:order_by",
            "query:top",
            "query:skip",
            "query:count",
            "query:count_only"
        ]
    );
    // `Status code 204` / `No Content`: a response without a body.
    let create = &spec.operations[0];
    assert_eq!(create.responses[0].code(), Some(204));
    assert_eq!(create.responses[0].doc.as_deref(), Some("No Content"));
    assert!(create.responses[0].ty.is_none());
}

#[test]
fn teamchat_other_domains_with_chrome() {
    let truth: [(&str, &[&str]); 5] = [
        (
            "activate.guest",
            &["account", "password", "hash", "auth_type"],
        ),
        ("api.test", &[]),
        ("auth.revoke", &[]),
        ("auth.test", &[]),
        ("channels.clone", &["channel", "warning"]),
    ];
    for (file, create) in [
        ("icewarp-com-ru-api.txt", &[][..]),
        (
            "icewarp-co-uk-product.txt",
            &["name", "group_folder_name", "warning"][..],
        ),
    ] {
        let (family, spec, diags) = spec_of(&format!("{V}/teamchat/{file}"));
        assert_eq!(family, Family::SlackMethods);
        assert!(!has_errors(&diags), "{file}: {diags:#?}");
        let mut expected: Vec<(&str, &[&str])> = truth.to_vec();
        expected.push(("channels.create", create));
        assert_eq!(spec.operations.len(), expected.len(), "{file}");
        for (i, (name, ps)) in expected.iter().enumerate() {
            assert_eq!(names(&spec)[i], *name, "{file}");
            let got: Vec<String> = spec.operations[i]
                .params
                .iter()
                .map(|p| p.name.clone())
                .collect();
            assert_eq!(got, *ps, "{file}: {name}");
        }
        assert!(
            warned(&diags, 1, "page text before the title skipped"),
            "{file}"
        );
    }
}

#[test]
fn negative_pages_are_errors_with_no_operation() {
    for file in [
        "teamchat/icewarp-nl-stripped.txt",
        "wimi/wapi-doc-overview-code-6.22.0.txt",
        "wimi/wapi-doc-overview-code-6.37.2.txt",
    ] {
        let doc = read(&format!("{V}/{file}"));
        let err = detect(&doc).expect_err(file);
        assert!(
            err.contains("no documentation family reads this document"),
            "{err}"
        );
        // Forced, each family finds nothing and says so.
        for family in Family::ALL {
            let out = family.extract(&doc, "x", "x");
            assert!(
                out.spec.operations.is_empty() || family == Family::Redoc,
                "{file}: {family}"
            );
            assert!(has_errors(&out.diags), "{file}: {family}");
        }
        // `auth.test` inside a JSON example (`"url": "/teamchatapi/auth.test"`) is no method.
        let out = Family::SlackMethods.extract(&doc, "x", "x");
        assert!(out.spec.operations.is_empty(), "{file}");
    }
}

#[test]
fn wimi_detailed_sections_as_html() {
    let (family, spec, diags) = spec_of(&format!("{V}/wimi/praftr-scraper-fixture-auth.html"));
    assert_eq!(family, Family::EnvelopeRpc);
    assert!(!has_errors(&diags), "{diags:#?}");
    assert_eq!(names(&spec), ["auth.user.Login", "auth.user.Logout"]);
    assert_eq!(
        params(&spec, 0),
        [
            "ident:account_name",
            "body:list_projects",
            "body:projects_auth",
            "body:projects_stats",
            "body:projects_tasks_stats",
            "body:projects_users",
            "body:manual",
            "body:token",
            "body:fetch_pwd_sha"
        ]
    );
    assert_eq!(
        params(&spec, 1),
        [
            "ident:account_id",
            "ident:user_id",
            "body:keep_self",
            "body:kill_all"
        ]
    );
    let output = |i: usize| {
        let ty = spec.operations[i].responses[0].ty.clone().unwrap();
        fields(&spec, &ty)
    };
    assert_eq!(
        output(0),
        [
            "user",
            "account",
            "projects",
            "need_update",
            "need_double_authentification"
        ]
    );
    assert_eq!(output(1), ["success"]);
    // Lines are the HTML source's: `<h2>` of Login on line 4, its first `<li>` on line 29.
    assert_eq!(spec.operations[0].line, 4);
    assert_eq!(spec.operations[0].params[0].line, Some(29));
    assert_eq!(spec.operations[1].line, 53);
}

#[test]
fn tada_variants() {
    /// File, operations, and each operation's parameters.
    type Case<'a> = (&'a str, &'a [&'a str], &'a [&'a [&'a str]]);
    let cases: [Case; 6] = [
        (
            "docs-api-base-compact-capture.txt",
            &[
                "POST /api/v3/ping",
                "GET /api/v3/ping",
                "GET /api/v3/time",
                "GET /api/v3/countries",
            ],
            &[&[], &[], &[], &[]],
        ),
        (
            "tdproto-docs-en-team-paths.txt",
            &[
                "GET /api/v4/teams",
                "GET /api/v4/teams/{team_id}",
                "PUT /api/v4/teams/{team_id}",
                "DELETE /api/v4/teams/{team_id}",
                "GET /api/v4/teams/{team_id}/chats",
                "GET /api/v4/teams/{team_id}/contacts",
            ],
            &[
                &[],
                &["path:team_id"],
                &["path:team_id"],
                &["path:team_id"],
                &["path:team_id"],
                &["path:team_id"],
            ],
        ),
        (
            "tdclient-send-message-README.md",
            &["POST /api/v4/teams/{team_uid}/chats/{chat_jid}/messages"],
            &[&["path:team_uid", "path:chat_jid", "body:type", "body:text"]],
        ),
        (
            "tdclient-send-upload-message-README.md",
            &["POST /api/v4/teams/{team_uid}/chats/{chat_jid}/messages"],
            &[&["path:team_uid", "path:chat_jid"]],
        ),
        (
            "tdclient-smsauth-README.md",
            &[
                "POST /api/v4/auth/sms/send-code",
                "POST /api/v4/auth/sms/get-token",
            ],
            &[&["body:phone"], &["body:code", "body:phone"]],
        ),
        (
            "tdclient-contacts-README.md",
            &["GET /api/v4/teams/{team_id}/contacts/"],
            &[&["path:team_id"]],
        ),
    ];
    for (file, ops, ps) in cases {
        let (family, spec, diags) = spec_of(&format!("{V}/tada/{file}"));
        assert_eq!(family, Family::RestByExample, "{file}");
        assert!(!has_errors(&diags), "{file}: {diags:#?}");
        assert_eq!(names(&spec), ops, "{file}");
        for (i, p) in ps.iter().enumerate() {
            assert_eq!(params(&spec, i), *p, "{file}: {}", ops[i]);
        }
    }
}

// --- renderings of seed excerpts -------------------------------------------------------

const R: &str = "tests/fixtures/renderings";

/// The spec with every line number, and every sample's raw text (which keeps the
/// rendering's indentation), cleared.
fn without_lines(mut spec: ApiSpec) -> ApiSpec {
    spec.auth.line = None;
    for op in &mut spec.operations {
        op.line = 0;
        op.params.iter_mut().for_each(|p| p.line = None);
        if let Some(b) = &mut op.body {
            b.line = None;
        }
        op.responses.iter_mut().for_each(|r| r.line = None);
        op.examples.iter_mut().for_each(|e| {
            e.line = 0;
            e.raw = None;
        });
    }
    for t in spec.types.values_mut() {
        t.line = None;
        t.fields_mut().iter_mut().for_each(|f| f.line = None);
    }
    spec
}

#[test]
fn the_same_page_as_text_markdown_and_html_gives_the_same_spec() {
    for (family, stem, ops) in [
        (Family::RestReference, "weavy", 2),
        (Family::SlackMethods, "teamchat", 6),
    ] {
        let (f, text, diags) = spec_of(&format!("{R}/{stem}.txt"));
        assert_eq!(f, family);
        assert!(!has_errors(&diags), "{diags:#?}");
        assert_eq!(text.operations.len(), ops, "{stem}");
        for ext in ["md", "html"] {
            let file = format!("{R}/{stem}.{ext}");
            let (f, other, diags) = spec_of(&file);
            assert_eq!(f, family, "{file}");
            assert!(!has_errors(&diags), "{file}: {diags:#?}");
            let (a, b) = (without_lines(text.clone()), without_lines(other));
            assert_eq!(a.to_yaml(), b.to_yaml(), "{file}");
        }
    }
    // Wimi's sections: HTML and its text capture.
    let (_, html, _) = spec_of(&format!("{V}/wimi/praftr-scraper-fixture-auth.html"));
    let (_, text, diags) = spec_of(&format!("{R}/wimi-auth.txt"));
    assert!(!has_errors(&diags), "{diags:#?}");
    assert_eq!(without_lines(text).to_yaml(), without_lines(html).to_yaml());
}

#[test]
fn html_lines_point_into_the_html_source() {
    let (_, spec, _) = spec_of(&format!("{R}/weavy.html"));
    let html = std::fs::read_to_string(root().join(R).join("weavy.html")).unwrap();
    let line_of = |needle: &str| {
        html.lines()
            .position(|l| l.contains(needle))
            .map(|i| i as u32 + 1)
    };
    assert_eq!(Some(spec.operations[0].line), line_of("<h2 id=\"op-0\">"));
    assert_eq!(spec.operations[1].params[1].line, line_of("<td>q</td>"));
}

#[test]
fn teamchat_dash_bullets_and_parameters_with_a_colon() {
    let (_, seed, _) = spec_of(&format!("{R}/teamchat.txt"));
    let (_, dash, diags) = spec_of(&format!("{R}/teamchat-dash.txt"));
    assert!(!has_errors(&diags), "{diags:#?}");
    assert_eq!(
        without_lines(seed).to_yaml(),
        without_lines(dash.clone()).to_yaml()
    );
    // Counted in the file: 14 `- ` items, 5 of them `token : Auth token`.
    let n: usize = dash.operations.iter().map(|o| o.params.len()).sum();
    assert_eq!(n, 14 - 5);
}

#[test]
fn a_later_edition_gives_just_its_diff() {
    let (_, first, _) = spec_of(&format!("{R}/teamchat.txt"));
    let (_, later, diags) = spec_of(&format!("{R}/teamchat-edition2.txt"));
    assert!(!has_errors(&diags), "{diags:#?}");
    let (first, later) = (without_lines(first), without_lines(later));
    // One method more (2.3 auth.refresh; the others renumbered), one parameter more.
    assert_eq!(later.operations.len(), first.operations.len() + 1);
    let added: Vec<&str> = later
        .operations
        .iter()
        .filter(|o| !first.operations.iter().any(|f| f.id == o.id))
        .map(|o| o.id.as_str())
        .collect();
    assert_eq!(added, ["auth_refresh"]);
    for op in &first.operations {
        let now = later.operations.iter().find(|o| o.id == op.id).unwrap();
        if op.id == "channels_clone" {
            let names: Vec<&str> = now.params.iter().map(|p| p.name.as_str()).collect();
            assert_eq!(names, ["channel", "name", "warning"]);
            let mut without = now.clone();
            without.params.retain(|p| p.name != "name");
            assert_eq!(&without, op);
        } else {
            assert_eq!(now, op, "{}", op.id);
        }
    }
    // No numbering gap is reported: the renumbering is consistent.
    assert!(
        !diags
            .iter()
            .any(|d| d.message.contains("numbering has a gap"))
    );
}

#[test]
fn chrome_before_and_after_a_text_capture_is_left_out() {
    let (_, plain, _) = spec_of(&format!("{R}/weavy.txt"));
    let (_, framed, diags) = spec_of(&format!("{R}/weavy-chrome.txt"));
    assert!(!has_errors(&diags), "{diags:#?}");
    assert_eq!(framed.title, "Messages");
    assert_eq!(
        without_lines(plain).to_yaml(),
        without_lines(framed).to_yaml()
    );
    assert!(warned(
        &diags,
        1,
        "page text before the title skipped (lines 1-6)"
    ));
    // The footer (lines 101-105) is not read: the two specs above are equal.
}

#[test]
fn wimi_actions_list_as_a_two_column_table() {
    let mut specs = Vec::new();
    for ext in ["txt", "md", "html"] {
        let file = format!("{R}/wimi-actions-table.{ext}");
        let (family, spec, diags) = spec_of(&file);
        assert_eq!(family, Family::EnvelopeRpc, "{file}");
        assert!(!has_errors(&diags), "{file}: {diags:#?}");
        assert_eq!(
            names(&spec),
            [
                "auth.user.GetSessionToken",
                "auth.user.Login",
                "auth.user.Logout",
                "activity.event.ClearUnreadCount"
            ],
            "{file}"
        );
        let listed: Vec<bool> = spec.operations.iter().map(|o| o.listed_only).collect();
        assert_eq!(listed, [true, true, false, true], "{file}");
        assert_eq!(
            spec.operations[0].doc.as_deref(),
            Some("Consumes a consumable session token to get a permanent one")
        );
        assert_eq!(
            params(&spec, 2),
            [
                "ident:account_id",
                "ident:user_id",
                "body:keep_self",
                "body:kill_all"
            ]
        );
        let roles = spec.operations[2]
            .metadata
            .get("role restrictions")
            .cloned();
        assert_eq!(
            roles.as_deref(),
            Some(
                "Guests (-5)Contributors (0)Managers (1)Administrators (2)Account manager (3) / XXXXX"
            ),
            "{file}"
        );
        specs.push(without_lines(spec).to_yaml());
    }
    assert_eq!(specs[0], specs[1]);
    assert_eq!(specs[0], specs[2]);
}

/// The Actions List as a text capture flattens an HTML table a cell per line (each cell on
/// its own line ending in ` |`, an empty cell a lone `|`, the header row and the `---|---|`
/// rule first): `wimi-actions-cells.txt` is `wimi-actions-table.txt` with its list so
/// written. The four actions and their descriptions are read as from the two-column table
/// (the same spec but for source lines); `auth.user.Logout`'s description cell is empty.
#[test]
fn wimi_actions_list_flattened_one_cell_per_line() {
    let file = format!("{R}/wimi-actions-cells.txt");
    let (family, spec, diags) = spec_of(&file);
    assert_eq!(family, Family::EnvelopeRpc);
    assert!(!has_errors(&diags), "{diags:#?}");
    assert_eq!(
        names(&spec),
        [
            "auth.user.GetSessionToken",
            "auth.user.Login",
            "auth.user.Logout",
            "activity.event.ClearUnreadCount"
        ]
    );
    let docs: Vec<Option<&str>> = spec.operations.iter().map(|o| o.doc.as_deref()).collect();
    assert_eq!(
        docs[..2],
        [
            Some("Consumes a consumable session token to get a permanent one"),
            Some("Used to login a user and retrieve an access token"),
        ]
    );
    assert_eq!(docs[3], Some("Clear the activity unread count"));
    let lines: Vec<u32> = spec.operations.iter().map(|o| o.line).collect();
    assert_eq!(lines[0], 9, "the list's first action cell");
    assert!(
        !diags.iter().any(|d| d.message.contains("Actions List")
            || d.message.contains("continues the description")),
        "{diags:#?}"
    );
    let (_, table, _) = spec_of(&format!("{R}/wimi-actions-table.txt"));
    assert_eq!(
        without_lines(spec).to_yaml(),
        without_lines(table).to_yaml()
    );
}

/// The pets API written in Sphinx's reStructuredText (httpdomain) and in AsciiDoc
/// (`tests/fixtures/renderings/pets-*`, counted by hand): the same operations, their
/// parameters and statuses, read as the Markdown the markup renders to; the sample
/// requests are examples; spec lines point into the files as written.
#[test]
fn pets_in_sphinx_and_asciidoc() {
    let (family, spec, _) = spec_of("tests/fixtures/renderings/pets-sphinx.rst");
    // (`rest-reference` is a profile of the same reader that adds nothing but its name.)
    assert!(
        matches!(family, Family::Reference | Family::RestReference),
        "{family}"
    );
    assert_eq!(
        names(&spec),
        ["GET /pets", "POST /pets", "DELETE /pets/{id}"]
    );
    assert_eq!(params(&spec, 0), ["query:limit", "query:since"]);
    assert_eq!(params(&spec, 1), ["body:name", "body:kind"]);
    assert_eq!(params(&spec, 2), ["path:id"]);
    let statuses: Vec<Vec<u16>> = spec
        .operations
        .iter()
        .map(|o| o.responses.iter().filter_map(|r| r.code()).collect())
        .collect();
    assert_eq!(statuses, [vec![200, 401], vec![201, 400], vec![204, 404]]);
    let lines: Vec<u32> = spec.operations.iter().map(|o| o.line).collect();
    assert_eq!(
        lines,
        [12, 40, 51],
        "the directives' lines in the .rst file"
    );

    let (family, spec, _) = spec_of("tests/fixtures/renderings/pets-asciidoc.adoc");
    assert_eq!(family, Family::Reference);
    assert_eq!(
        names(&spec),
        ["GET /api/v1/pets", "DELETE /api/v1/pets/{id}"]
    );
    assert_eq!(params(&spec, 0), ["query:limit", "query:since"]);
    assert_eq!(params(&spec, 1), ["path:id"]);
    let lines: Vec<u32> = spec.operations.iter().map(|o| o.line).collect();
    assert_eq!(lines, [6, 42], "the titles' lines in the .adoc file");
}
