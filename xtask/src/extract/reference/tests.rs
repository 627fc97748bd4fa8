//! Unit tests of the reader's steps and small pages.

use chatgen_codegen::spec::{
    AuthScheme, Body, ExampleOf, Family, Location, Operation, Primitive, Protocol, TypeDef,
    TypeRef, Unknown,
};

use super::block_routes::{curl_route, labelled_code_route};
use super::fields::{
    bare_field_name, bracketed_name, bullet, field_line, glued_field, glued_type, odd_wire_name,
};
use super::labels::{
    Ctx, block_label, heading_ctx, is_label_heading, label_ctx, label_media, status_label,
};
use super::responses::{bare_status, inline_statuses, tab_status};
use super::routes::{heading_route, instance_of, route_line};
use super::rpc::rpc_name;
use super::samples::media_type_text;
use super::tables::{required_cell, table_params};
use super::types::{described_type, quoted_values, type_line};
use super::*;
use crate::extract::Extracted;
use crate::read::blocks::Document;

fn route(s: &str) -> Option<(String, String)> {
    route_line(s).map(|r| (r.method, r.path))
}

/// The named type of `op`'s body.
fn body_def<'a>(out: &'a Extracted, op: &Operation) -> &'a TypeDef {
    let Some(Body {
        ty: TypeRef::Named(body),
        ..
    }) = &op.body
    else {
        panic!("a body type: {:?}", op.body);
    };
    &out.spec.types[body]
}

/// The names of `op`'s body fields.
fn body_names<'a>(out: &'a Extracted, op: &Operation) -> Vec<&'a str> {
    body_def(out, op)
        .fields()
        .iter()
        .map(|f| f.name.as_str())
        .collect()
}

/// A field stacked a part per line (name, `required`, type with format and bounds,
/// facts, description), as rendered references print their parameters.
#[test]
fn type_lines() {
    let t = type_line("integer [ 1 .. 50 ]").unwrap();
    assert_eq!(
        (t.ty.to_string(), t.minimum, t.maximum),
        (
            "integer".into(),
            Some(serde_json::json!(1)),
            Some(serde_json::json!(50))
        )
    );
    assert_eq!(
        type_line("Array of integers <int64> [ items <int64 > ]")
            .unwrap()
            .ty
            .to_string(),
        "{list: int64}"
    );
    assert_eq!(
        type_line("integer <int64>").unwrap().ty.to_string(),
        "int64"
    );
    assert_eq!(type_line("any").unwrap().ty.to_string(), "any");
    assert!(type_line("id of the organization").is_none());
    let t = type_line("integerThe unique id").unwrap();
    assert_eq!(
        (t.ty.to_string(), t.rest.as_str()),
        ("integer".into(), "The unique id")
    );
    let t = type_line("string or null <date-time>").unwrap();
    assert_eq!((t.ty.to_string(), t.nullable), ("datetime".into(), true));
    let t = type_line("string <= 255 charactersSpecify a key").unwrap();
    assert_eq!(
        (t.ty.to_string(), t.maximum, t.rest.as_str()),
        ("string".into(), None, "Specify a key")
    );
    let t = type_line("integer <int32> <= 25").unwrap();
    assert_eq!(t.maximum, Some(serde_json::json!(25)));
    assert_eq!(
        type_line("Array of objects (Item)").unwrap().ty.to_string(),
        "{list: {map: any}}"
    );
}

#[test]
fn tables_of_names_and_type_lines() {
    // A table without column names: a name cell (`required` on its own line, after a
    // space or glued) and a type line with what follows it.
    let text = "# T\n\n|  |  |\n| --- | --- |\n| id<br>required | integer <int64><br>The id. |\n| name required | string [ 1 .. 50 ] characters |\n| sizerequired | integer <int32> <= 25<br>Default: 10<br>How many. |\n| tags | Array of strings |\n";
    let doc = Document::parse("t.md", text);
    let (at, b) = doc
        .blocks
        .iter()
        .enumerate()
        .find(|(_, b)| b.table().is_some())
        .unwrap();
    let rows = table_params(b.table().unwrap(), b.span.line);
    let seen: Vec<(String, Option<bool>, String, String)> = rows
        .iter()
        .map(|p| {
            (
                p.name.clone(),
                p.required,
                p.ty_ref
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default(),
                p.doc.clone(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("id".into(), Some(true), "int64".into(), "The id.".into()),
            ("name".into(), Some(true), "string".into(), String::new()),
            (
                "size".into(),
                Some(true),
                "int32".into(),
                "How many.".into()
            ),
            (
                "tags".into(),
                Some(false),
                "{list: string}".into(),
                String::new()
            ),
        ],
        "block {at}"
    );
    assert_eq!(rows[2].default.as_deref(), Some("10"));
    assert_eq!(rows[2].maximum, Some(serde_json::json!(25)));
    // A row that is no field (prose in the first cell, no type line) leaves the table
    // unread: it is not a field table.
    let prose = Document::parse(
        "p.md",
        "# T\n\n|  |  |\n| --- | --- |\n| id | integer |\n| Some words here | anything |\n",
    );
    let b = prose.blocks.iter().find(|b| b.table().is_some()).unwrap();
    assert!(table_params(b.table().unwrap(), b.span.line).is_empty());
}

#[test]
fn labels_naming_a_media_type() {
    assert_eq!(
        label_media("Request Body schema: application/json"),
        ("Request Body schema", Some("application/json".to_string()))
    );
    assert_eq!(
        label_media("Request Body schema: multipart/form-data required"),
        (
            "Request Body schema",
            Some("multipart/form-data".to_string())
        )
    );
    assert_eq!(label_media("Default: 10"), ("Default: 10", None));
    assert!(media_type_text("application/json; charset=utf-8"));
    assert!(!media_type_text("and/or"));
    assert_eq!(
        heading_ctx("Request Body schema: application/json"),
        Some(Ctx::Params(Some(Location::Body)))
    );
    assert!(is_label_heading(
        "Request Body schema: application/x-www-form-urlencoded"
    ));
    let text = "# API\n\n## Create a thing\n\nPOST /things\n\n##### Request Body schema: application/x-www-form-urlencoded\n\n|  |  |\n| --- | --- |\n| name required | string |\n\n### Responses\n\n201\n\nCreated\n";
    let out = extract(&Document::parse("t.md", text), "t", "t.md");
    let op = &out.spec.operations[0];
    let body = op.body.as_ref().expect("a body");
    assert_eq!(
        body.content_type.as_deref(),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(
        op.responses
            .iter()
            .filter_map(|r| r.code())
            .collect::<Vec<_>>(),
        [201]
    );
}

/// A plain-text capture of a two-panel page (written for this test in the layout of
/// `tests/fixtures/corpus/redoc-text/whoop.txt`): each operation's route follows its
/// parameters and statuses, its samples follow the route.
const ROUTE_AFTER_CONTENT: &str = "Things API

Things
Endpoints for things.

Get a thing
Returns the thing with the given id.

path Parameters
thingId
required
integer <int64>

The thing's id

Responses
200 Found
404 Not found

get
/v1/things/{thingId}
https://api.example.com/v1/things/{thingId}
Response samples
200
Content type
application/json

Copy
{
\"id\": 1
}

listThings
Lists the things.

query Parameters
limit
integer <int32> <= 25

Default: 10

How many to return

cursor
string

Where to start

Responses
200 Listed

get
/v1/things
Response samples
200
Content type
application/json
{
\"items\": []
}
";

#[test]
fn routes_after_their_content() {
    let out = extract(
        &Document::parse("things.txt", ROUTE_AFTER_CONTENT),
        "things",
        "things.txt",
    );
    let ops = &out.spec.operations;
    let seen: Vec<(&str, &str, Vec<&str>, Vec<u16>)> = ops
        .iter()
        .map(|o| {
            (
                o.name.as_str(),
                o.route.as_ref().map_or("", |r| r.path.as_str()),
                o.params.iter().map(|p| p.name.as_str()).collect(),
                o.responses.iter().filter_map(|r| r.code()).collect(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            (
                "Get a thing",
                "/v1/things/{thingId}",
                vec!["thingId"],
                vec![200, 404]
            ),
            (
                "listThings",
                "/v1/things",
                vec!["limit", "cursor"],
                vec![200]
            ),
        ]
    );
    assert_eq!(
        ops[0].doc.as_deref(),
        Some("Returns the thing with the given id.")
    );
    assert_eq!(ops[0].params[0].ty.to_string(), "int64");
    let limit = &ops[1].params[0];
    assert_eq!(
        (limit.default.clone(), limit.maximum.clone()),
        (Some(serde_json::json!(10)), Some(serde_json::json!(25)))
    );
    // The sample under the route is the answer's.
    assert!(ops[0].responses[0].ty.is_some());
    assert_eq!(
        out.spec.base_url.as_deref(),
        Some("https://api.example.com")
    );
}

#[test]
fn stacked_fields_with_odd_wire_names() {
    // `$top` and `2fa` stacked over their type lines are fields, not descriptions.
    let page = "Widgets API\n\nMakeWidget\n\nMakes a widget.\n\nquery Parameters\n$top\nstring\n\n\
        dollar\n\nRequest Body schema: application/json\nasync\nboolean\n2fa\n\
        Array of integers\n\nResponses\n\n200 OK\n\npost/widgets\n\nResponse samples\n\n\
        Content type\napplication/json\n{\"a\": 1}\n";
    let out = extract(&Document::parse("w.txt", page), "w", "w.txt");
    let op = &out.spec.operations[0];
    let params: Vec<(&str, Option<&str>)> = op
        .params
        .iter()
        .map(|p| (p.name.as_str(), p.doc.as_deref()))
        .collect();
    assert_eq!(params, [("$top", Some("dollar"))]);
    let fields = body_names(&out, op);
    assert_eq!(fields, ["async", "2fa"]);
    assert!(odd_wire_name("@type") && !odd_wire_name("2") && !odd_wire_name("$ 5"));
}

#[test]
fn redoc_answers_and_a_route_sharing_a_line() {
    // Statuses printed alone over their reasons (`Bad request` is no label there), the
    // last reason on the route's source line: the reasons are read, and what comes
    // before the route on its line is not the route.
    let page = "<h1>Q API</h1><p>Intro.</p>\n<h2>Get chains</h2><p>Lists chains.</p>\n\
        <h3>Responses</h3>\n<p>200</p><p>Successful operation</p>\n<p>400</p><p>Bad request</p>\n\
        <p>500</p>\n<p>Internal server error</p><p>get/chains</p>\n";
    let out = extract(&Document::parse("q.html", page), "q", "q.html");
    let op = &out.spec.operations[0];
    let seen: Vec<(Option<u16>, Option<&str>)> = op
        .responses
        .iter()
        .map(|r| (r.code(), r.doc.as_deref()))
        .collect();
    assert_eq!(
        seen,
        [
            (Some(200), Some("Successful operation")),
            (Some(400), Some("Bad request")),
            (Some(500), Some("Internal server error"))
        ]
    );
    assert_eq!(bare_status("**201**"), Some(201));
    assert_eq!(bare_status("2024"), None);
}

#[test]
fn redoc_html_samples_in_paragraphs_under_tabs() {
    // Redoc's HTML: a deep-object query parameter in a table, the response sample a
    // paragraph of JSON under its status tabs (the first tab's).
    let page = "<h1>Q API</h1><p>Intro.</p>\n<h2>Get chains</h2><p>Lists chains.</p>\n\
        <h5>query Parameters</h5><table><tr><td>filter[chain_type]</td><td>string</td></tr>\
        </table>\n<h3>Responses</h3>\n<p>200</p><p>OK</p>\n<p>500</p><p>Oops</p>\n\
        <p>get/chains</p>\n<h3>Response samples</h3><ul><li>200</li><li>500</li></ul>\n\
        <p>Content type</p><p>application/json</p>\n<p>{\"count\": 0}</p>\n";
    let out = extract(&Document::parse("q.html", page), "q", "q.html");
    let op = &out.spec.operations[0];
    let names: Vec<&str> = op.params.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["filter[chain_type]"]);
    let typed: Vec<Option<u16>> = op
        .responses
        .iter()
        .filter(|r| r.ty.is_some())
        .map(|r| r.code())
        .collect();
    assert_eq!(typed, [Some(200)]);
    assert_eq!(tab_status("200400401"), Some(200));
    assert!(bracketed_name("ids[]") && !bracketed_name("[x]") && !bracketed_name("a[b"));
}

#[test]
fn a_body_label_over_another() {
    // `Request Body schema:` over the body's description `Request body`, then the
    // fields: not an empty label; and Redoc's download link is no introduction.
    let page = "<h1>Q API</h1><p>Download OpenAPI specification:Download</p><p>Intro.</p>\n\
        <h2>Approve</h2><p>Approves.</p>\n<h5>Request Body schema: application/json</h5>\n\
        <p>Data request object</p><p>Request body</p>\n\
        <table><tr><td>data</td><td>string</td></tr></table>\n\
        <h3>Responses</h3>\n<p>200</p><p>OK</p>\n<p>post/approve</p>\n";
    let out = extract(&Document::parse("q.html", page), "q", "q.html");
    let op = &out.spec.operations[0];
    assert!(op.body.is_some());
    assert!(
        !op.unknown.contains(&chatgen_codegen::spec::Unknown::Body),
        "{:?}",
        op.unknown
    );
    assert_eq!(out.spec.doc.as_deref(), Some("Intro."));
}

#[test]
fn a_server_description_is_no_operation_doc() {
    // `Local server` over the server URL under each route: neither the next
    // operation's description nor a note on its own.
    let page = "<h1>Q API</h1><p>Intro.</p>\n<h2>List users</h2>\n<h3>Responses</h3>\n\
        <p>200</p><p>ok</p>\n<p>get/users</p>\n<p>Local server</p>\n\
        <p>http://localhost:3000/users</p>\n<h2>Register a user</h2>\n\
        <h5>Request Body schema: application/json</h5>\n\
        <table><tr><td>name</td><td>string</td></tr></table>\n<h3>Responses</h3>\n\
        <p>201</p><p>created</p>\n<p>post/users</p>\n<p>Local server</p>\n\
        <p>http://localhost:3000/users</p>\n";
    let out = extract(&Document::parse("q.html", page), "q", "q.html");
    let docs: Vec<Option<&str>> = out
        .spec
        .operations
        .iter()
        .map(|o| o.doc.as_deref())
        .collect();
    assert_eq!(docs, [None, None]);
}

#[test]
fn enum_values_of_fields_and_parameters() {
    // `Enum: "a" "b"`: on a parameter, its doc says them (the spec has no parameter
    // enum); on a body field of type string, an enum type.
    let page = "Widgets API\n\nMakeWidget\n\nMakes a widget.\n\nquery Parameters\nmode\n\
        string\nEnum: \"fast\" \"slow\"\nHow to make it\n\n\
        Request Body schema: application/json\ncolour\nrequired\nstring\n\
        Enum: \"red\" \"blue\"\nThe colour\n\nResponses\n\n200 OK\n\npost/widgets\n\n\
        Response samples\n\nContent type\napplication/json\n{\"a\": 1}\n";
    let out = extract(&Document::parse("w.txt", page), "w", "w.txt");
    let op = &out.spec.operations[0];
    assert_eq!(
        op.params[0].doc.as_deref(),
        Some("How to make it\n\nOne of: \"fast\", \"slow\".")
    );
    let colour = &body_def(&out, op).fields()[0];
    assert_eq!(colour.doc.as_deref(), Some("The colour"));
    let TypeRef::Named(e) = &colour.ty else {
        panic!("an enum: {:?}", colour.ty);
    };
    let values: Vec<&str> = out.spec.types[e]
        .values()
        .iter()
        .map(|v| v.value.as_str())
        .collect();
    assert_eq!(values, ["red", "blue"]);
    assert_eq!(
        quoted_values("\"a\" \"b\" … 3 more rest"),
        (vec!["a".into(), "b".into()], "rest")
    );
    assert_eq!(quoted_values("0 1 2"), (Vec::new(), ""));
}

#[test]
fn a_field_table_with_an_unknown_type_word() {
    // Most rows typed; `date` is no type the reader knows: a field of any type, the
    // word its doc (the table is still a field table).
    let page = "<h1>Q API</h1><p>Intro.</p>\n<h2>Create invoice</h2>\n\
        <h5>Request Body schema: application/json</h5>\n<table><tr><td>name</td><td>string</td></tr>\
        <tr><td>amount</td><td>number</td></tr><tr><td>due_date</td><td>date</td></tr>\
        <tr><td>discounts</td><td>Array of Final (object) or Discount (object)</td></tr></table>\n\
        <h3>Responses</h3>\n<p>201</p><p>created</p>\n<p>post/invoices</p>\n";
    let out = extract(&Document::parse("q.html", page), "q", "q.html");
    let op = &out.spec.operations[0];
    let fields: Vec<(&str, &TypeRef, Option<&str>)> = body_def(&out, op)
        .fields()
        .iter()
        .map(|f| (f.name.as_str(), &f.ty, f.doc.as_deref()))
        .collect();
    assert_eq!(fields.len(), 4);
    assert_eq!(fields[2], ("due_date", &TypeRef::ANY, Some("date")));
    assert_eq!(
        fields[3],
        (
            "discounts",
            &TypeRef::ANY,
            Some("Array of Final (object) or Discount (object)")
        )
    );
}

#[test]
fn a_sample_call_with_a_base_path_before_its_template() {
    // A description's curl call (`/v1/mappings/csp/CSP0000003`) before the route it is
    // an instance of (`/mappings/csp/{cspId}`, under the API's base path): one
    // operation, on the template, the call its example.
    let page = "<h1>C API</h1><p>Intro.</p>\n<h2>Read mappings</h2>\n<p>Retrieves mappings.</p>\n\
        <pre><code class=\"language-bash\">curl -X GET \"https://api.example.com/v1/mappings/csp/C3\"\n\
        </code></pre>\n<h5>path Parameters</h5><table><tr><td>cspId</td><td>string</td></tr></table>\n\
        <h3>Responses</h3>\n<p>200</p><p>OK</p>\n<p>get/mappings/csp/{cspId}</p>\n";
    let out = extract(&Document::parse("c.html", page), "c", "c.html");
    let ops = &out.spec.operations;
    assert_eq!(ops.len(), 1);
    assert_eq!(
        ops[0].route.as_ref().map(|r| r.path.as_str()),
        Some("/mappings/csp/{cspId}")
    );
    assert_eq!(ops[0].params[0].location, Location::Path);
    assert!(instance_of("/v1/x/7", "/x/{id}") && !instance_of("/v1/x/7", "/y/{id}"));
}

#[test]
fn a_field_row_as_the_header_and_notes_in_another_script() {
    // A Markdown table whose first row (`name | string …`) is a field, not column
    // names; `* 注意: …` under the list is a note, not a parameter.
    let page = "# Q API\n\n## List members\n\n##### query Parameters\n\n\
        name| string 成员名  \n---|---  \nrange| integer Default: 0 时间范围  \n\
        props| string Default: \"\" 额外字段\n\n  * 注意: 每页数量超过 100 本字段会失效\n\n\
        ### Responses\n\n**200 **\n\nOK\n\nget/members\n";
    let out = extract(&Document::parse("q.md", page), "q", "q.md");
    let names: Vec<(&str, &TypeRef)> = out.spec.operations[0]
        .params
        .iter()
        .map(|p| (p.name.as_str(), &p.ty))
        .collect();
    assert_eq!(
        names,
        [
            ("name", &TypeRef::Primitive(Primitive::String)),
            ("range", &TypeRef::Primitive(Primitive::Integer)),
            ("props", &TypeRef::Primitive(Primitive::String))
        ]
    );
}

#[test]
fn a_stacked_description_that_ends_with_a_colon() {
    // `Opções:` over the values it explains is the field's description: the fields
    // after it are still the body's.
    let page = "Q API\n\nMesclar\n\nMescla pedidos.\n\nREQUEST BODY SCHEMA: \napplication/json\nopcoes\nrequired\n\
        integer\nDefault: 0\nOpções:\n\n0=manter\n\n1=cancelar\n\nids\nrequired\n\
        Array of integers\nIds\n\nResponses\n\n200 Sucesso!\n\npost/mesclar\n\n\
        Response samples\n\nContent type\napplication/json\n{\"a\": 1}\n";
    let out = extract(&Document::parse("q.txt", page), "q", "q.txt");
    let op = &out.spec.operations[0];
    let fields = body_names(&out, op);
    assert_eq!(fields, ["opcoes", "ids"]);
}

#[test]
fn one_path_declared_twice_under_two_titles() {
    // Two panels, each a title, its answers and its route; the routes differ only by
    // placeholder names: two operations, not an example of the first.
    let page = "<h1>C API</h1><p>Intro.</p>\n<h2>Delete Mapping by ID</h2>\n\
        <h5>path Parameters</h5><table><tr><td>mappingId</td><td>string</td></tr></table>\n\
        <h3>Responses</h3>\n<p>200</p><p>Deleted</p>\n<p>delete/mapping/{mappingId}</p>\n\
        <h2>Delete Mapping</h2>\n<h5>path Parameters</h5>\
        <table><tr><td>numberToMessageAppMapId</td><td>string</td></tr></table>\n\
        <h3>Responses</h3>\n<p>200</p><p>Deleted</p>\n\
        <p>delete/mapping/{numberToMessageAppMapId}</p>\n";
    let out = extract(&Document::parse("c.html", page), "c", "c.html");
    let names: Vec<&str> = out
        .spec
        .operations
        .iter()
        .map(|o| o.name.as_str())
        .collect();
    assert_eq!(names, ["Delete Mapping by ID", "Delete Mapping"]);
}

#[test]
fn a_page_on_one_line() {
    // A saved page whose operation is one HTML line: the samples after the route on
    // its line are read under their labels (the route resets only its own block).
    let page = "<h1>C API</h1><p>Intro.</p>\n<h2>Get Access Token</h2><p>Gets a token.</p>\
        <h5>Request Body schema: application/json</h5>\
        <table><tr><td>username</td><td>string</td></tr></table><h3>Responses</h3>\
        <p>200</p><p>New token</p><p>post/auth/token</p><h3>Request samples</h3>\
        <ul><li>Payload</li></ul><p>{ \"username\": \"a\" }</p><h3>Response samples</h3>\
        <ul><li>200</li></ul><p>{ \"accessToken\": \"t\" }</p>\n";
    let out = extract(&Document::parse("c.html", page), "c", "c.html");
    let op = &out.spec.operations[0];
    assert!(op.responses[0].ty.is_some(), "{:?}", op.responses);
    assert!(op.examples.iter().any(|e| e.of == ExampleOf::Request));
}

#[test]
fn a_sentence_that_ends_with_a_label_word() {
    // `Deletes a mapping by its ID. Headers:` is prose (a description), not a header
    // label; `Headers:` alone is one.
    let doc = Document::parse(
        "c.html",
        "<p>Deletes a mapping by its ID. Headers:</p>\n<p>Headers:</p>\n",
    );
    assert_eq!(block_label(&doc.blocks[0]), None);
    assert_eq!(
        block_label(&doc.blocks[1]),
        Some(Ctx::Params(Some(Location::Header)))
    );
}

#[test]
fn sample_tabs_are_no_fields() {
    // `Request samples` over tabs (`* Payload`): the tab is no body field.
    let page = "# Widgets API\n\n## Make a widget\n\n### Request Body schema: application/json\n\n\
        | | |\n| --- | --- |\n| name | string |\n\n### Responses\n\n**201**\n\nCreated\n\n\
        post/widgets\n\n### Request samples\n\n* Payload\n\nContent type\n\n\
        application/json\n\n```\n{\"name\": \"string\"}\n```\n";
    let out = extract(&Document::parse("w.md", page), "w", "w.md");
    let op = &out.spec.operations[0];
    let fields = body_names(&out, op);
    assert_eq!(fields, ["name"]);
}

#[test]
fn samples_printed_with_bullets() {
    // A text capture prints each member of a sample behind a bullet; the JSON is read
    // with the bullets taken off, and the bullets are no fields of the body.
    let page = "Widgets API\n\nMakes a widget.\n\nRequest Body schema: application/json\n\n\
        name\n\nstring\n\nResponses\n\n200 OK\n\npost/widgets\n\nRequest samples\n\n\
        Content type\n\napplication/json\n{\n  \u{2022} \"name\": \"string\",\n  \
        \u{2022} \"tags\": [\n    ]\n}\n\nResponse samples\n\n200\n\n\
        Content type\n\napplication/json\n{\n  \u{2022} \"id\": 0,\n  \
        \u{2022} \"name\": \"string\"\n}\n";
    let out = extract(&Document::parse("w.txt", page), "w", "w.txt");
    let op = &out.spec.operations[0];
    let body = op.examples.iter().find(|e| e.of == ExampleOf::Request);
    assert_eq!(
        body.and_then(|e| e.json.clone()),
        Some(serde_json::json!({"name": "string", "tags": []}))
    );
    let answer = op.examples.iter().find(|e| e.of == ExampleOf::Response);
    assert_eq!(
        answer.and_then(|e| e.json.clone()),
        Some(serde_json::json!({"id": 0, "name": "string"}))
    );
    assert!(
        answer
            .and_then(|e| e.raw.as_deref())
            .is_some_and(|r| r.contains('\u{2022}'))
    );
    assert!(
        op.responses
            .iter()
            .any(|r| r.code() == Some(200) && r.ty.is_some())
    );
    let fields = body_names(&out, op);
    assert!(fields.contains(&"name"), "{fields:?}");
    assert!(
        !out.diags
            .iter()
            .any(|d| d.message.contains("listed twice") || d.message.contains("skipped")),
        "{:?}",
        out.diags.iter().map(|d| &d.message).collect::<Vec<_>>()
    );
}

#[test]
fn panels_whose_route_the_capture_lost() {
    // A capture of a two-panel page that lost every route: each `Responses` after
    // request labels is an operation of unknown route; the routes in the page's
    // introduction are examples; a panel rendered again with its route is not one.
    let page = "Widgets API\n\nIntroduction\n\nRequest:\n\nGET https://api.example.com/v1/\n\n\
        Response:\n\n{\"widgets\": \"https://api.example.com/v1/widgets/\"}\n\n\
        widgets\n\nlistWidgets\n\nLists the widgets.\n\nAuthorizations:\n\nKeyAuth\n\n\
        query Parameters\n\ncolour\n\nstring\n\nThe colour to list.\n\nResponses\n\n\
        Response samples\n\nContent type\n\napplication/json\n\n{\"count\": 1}\n\n\
        getWidget\n\nReturns one widget.\n\nAuthorizations:\n\nKeyAuth\n\n\
        path Parameters\n\nwidget_id\n\nrequired\n\ninteger\n\nResponses\n\n\
        Deletes a widget.\n\nAuthorizations:\n\nKeyAuth\n\npath Parameters\n\n\
        widget_id\n\nrequired\n\ninteger\n\nResponses\n";
    let out = extract(&Document::parse("w.txt", page), "w", "w.txt");
    let ops = &out.spec.operations;
    type Seen<'a> = (&'a str, bool, Vec<(&'a str, Location)>);
    let seen: Vec<Seen<'_>> = ops
        .iter()
        .map(|o| {
            (
                o.name.as_str(),
                o.route.is_none() && o.unknown.contains(&chatgen_codegen::spec::Unknown::Route),
                o.params
                    .iter()
                    .map(|p| (p.name.as_str(), p.location))
                    .collect(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("listWidgets", true, vec![("colour", Location::Query)]),
            ("getWidget", true, vec![("widget_id", Location::Path)]),
            (
                "Deletes a widget.",
                true,
                vec![("widget_id", Location::Path)]
            ),
        ]
    );
    assert_eq!(ops[1].doc.as_deref(), Some("Returns one widget."));
    assert!(!out.spec.protocol.is_rpc());
    // A panel rendered again (filed under a second tag): its route is the first's.
    let twice = "API\n\n## Get a thing\n\nReturns a thing.\n\n##### path Parameters\n\n\
        | id | string |\n| --- | --- |\n\n### Responses\n\n200 OK\n\nget/things/{id}\n\n\
        ### Response samples\n\n```json\n{\"id\": \"a\"}\n```\n\n## Get a thing\n\n\
        Returns a thing.\n\n##### path Parameters\n\n| id | string |\n| --- | --- |\n\n\
        ### Responses\n\n200 OK\n\nget/things/{id}\n\n### Response samples\n\n\
        ```json\n{\"id\": \"a\"}\n```\n";
    let out = extract(&Document::parse("t.md", twice), "t", "t.md");
    assert_eq!(out.spec.operations.len(), 1, "{:?}", out.spec.operations);
}

#[test]
fn stacked_field_names_printed_as_headings() {
    // A plain-text capture takes a short line before a blank one for a heading: the
    // names `X-Trace` and `X-Mode` read as level-0 headings, and the next list's label
    // after the last field's facts is no description.
    let page = "Orders\n\nGET /orders/{id}\n\nPATH PARAMETERS\n\nid\nrequired\ninteger\n\
        Example: 1\n\nHEADER PARAMETERS\n\nX-Trace\n\nstring\nExample: abc\n\n\
        Traces the call.\n\nX-Mode\n\nboolean\n\nSwitches the mode.\n\nResponses\n\n200 OK\n";
    let doc = Document::parse("o.txt", page);
    assert!(
        doc.blocks
            .iter()
            .any(|b| b.text.trim() == "X-Trace" && b.level() == Some(0))
    );
    let out = extract(&doc, "o", "o.txt");
    let params: Vec<(&str, Location, &str)> = out.spec.operations[0]
        .params
        .iter()
        .map(|p| (p.name.as_str(), p.location, p.doc.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(
        params,
        [
            ("id", Location::Path, ""),
            ("X-Trace", Location::Header, "Traces the call."),
            ("X-Mode", Location::Header, "Switches the mode."),
        ]
    );
}

#[test]
fn stacked_fields() {
    let page = "# List items\n\n`GET /items`\n\nQuery parameters\n\nlimit\n\nrequired\n\n\
        integer <int32> [ 1 .. 100 ]\n\nDefault: 20\n\nHow many.\n\ncursor\n\nstring\n\n\
        Where to start.\n";
    // A type line with a schema's title and a length (`string (code) <= 50
    // characters`) is a type line too.
    let titled = "# Create item\n\n`POST /items`\n\nRequest body\n\ncode\n\n\
        string (code) <= 50 characters\n\nThe code.\n";
    let out = extract(&Document::parse("t.md", titled), "t", "t.md");
    let body = out.spec.operations[0]
        .body
        .as_ref()
        .map(|b| b.ty.to_string());
    let fields: Vec<(String, String)> = out
        .spec
        .types
        .get(body.as_deref().unwrap_or(""))
        .map(|t| {
            t.fields()
                .iter()
                .map(|f| (f.name.clone(), f.ty.to_string()))
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(fields, [("code".to_string(), "string".to_string())]);
    let out = extract(&Document::parse("s.md", page), "s", "s.md");
    // The type line's bounds are the parameter's.
    let limit = &out.spec.operations[0].params[0];
    assert_eq!(
        (limit.minimum.clone(), limit.maximum.clone()),
        (Some(serde_json::json!(1)), Some(serde_json::json!(100)))
    );
    type Read<'a> = (
        &'a str,
        String,
        bool,
        Option<serde_json::Value>,
        Option<&'a str>,
    );
    let params: Vec<Read> = out.spec.operations[0]
        .params
        .iter()
        .map(|p| {
            (
                p.name.as_str(),
                p.ty.to_string(),
                p.required,
                p.default.clone(),
                p.doc.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        params,
        [
            (
                "limit",
                "int32".into(),
                true,
                Some(serde_json::json!(20)),
                Some("How many.")
            ),
            (
                "cursor",
                "string".into(),
                false,
                None,
                Some("Where to start.")
            ),
        ]
    );
}

/// A one-page-per-endpoint capture that prints the method and the path on lines of
/// their own, and a field's `Options: "a","b"` line, which is no label.
#[test]
fn method_and_path_on_lines_of_their_own() {
    let page = "# Get widget\n\nGET\n\n/widgets/:uuid\n\nReturns the widget.\n\n\
        `uuid`\n\nstring\n\nThe widget's id.\n\n## Response Body Parameters\n\n\
        `mode`\n\nstring\n\nThe mode.\n\nOptions: \"fast\",\"slow\"\n\n\
        `size`\n\nnumber\n\nThe size.\n";
    let out = extract(&Document::parse("w.md", page), "w", "w.md");
    let op = &out.spec.operations[0];
    let route = op.route.as_ref().unwrap();
    assert_eq!(
        (route.method.as_str(), route.path.as_str()),
        ("GET", "/widgets/{uuid}")
    );
    // `size` comes after `Options:` and is still an answer's field, not a parameter.
    let names: Vec<&str> = op.params.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["uuid"]);
    // A sentence's `Get` over a path is no route.
    let prose = "# Widgets\n\nGet\n\n/widgets\n";
    assert!(
        extract(&Document::parse("p.md", prose), "p", "p.md")
            .spec
            .operations
            .is_empty()
    );
}

/// Methods in a list and in sections of their own, in a plain-text capture (WApi's
/// layout), read with the layout's profile (a header/body envelope, a glossary, unmarked
/// is required, the token field, metadata labels).
fn method_list_page() -> Extracted {
    const PROFILE: Profile = Profile {
        rpc_protocol: Some(Protocol::header_body_envelope),
        glossary: &[
            ("Header Identification", "Header parameters"),
            ("Body Data", "Body parameters"),
            ("Example", "Example request"),
        ],
        unmarked_required: true,
        token_field: Some(("token", "session token")),
        metadata: &[("call type", "\n"), (" restrictions", " / ")],
        ..Profile::named(Family::EnvelopeRpc)
    };
    let page = "Some API\n\nVersion: 2.0\n\nOverview\n\n\
        The service is at that url: https://api.example.test.\n\n\
        token\n\n(optional string) - the session token\n\n\
        Actions List\n\n\
        a.user.Login Logs in\n\
        a.user.Logout\n\
        Wrapped onto a line of its own\n\
        a.item.Get Gets an item\n\n\
        Actions\n\n\
        a.item.Get\n\n\
        Call type:\n\nSent as JSON.\n\n\
        Role restrictions:\nGuests (0)Members (1)\nXX\n\n\
        Header Identification:\n\n  • item_id - int\n  • ids - int list Optional: []\n\n\
        Body Data:\n\n  • flags - LIST of Flag\n  • mode - string Optional: \"fast\"\n  \
        • note - string (kept as written)\n\n\
        Output:\n\n  • item - Item - can be null\n  • parts - LIST of struct\n    • size - int\n  \
        • gone - bool - can be missing\n\n\
        Example:\n\n{\"header\": {\"target\": \"a.item.Get\"}, \"body\": {\"data\": {}}}\n\n\
        a.user.Login\n\nCall type:\n\nSent as JSON, then cut of";
    extract_with(
        &Document::parse("api.txt", page),
        "api",
        "api.txt",
        &PROFILE,
    )
}

/// The version and URL of the introduction; the token field is the API's credential.
#[test]
fn method_list_page_facts() {
    let out = method_list_page();
    let spec = &out.spec;
    assert_eq!(spec.title, "Some API");
    assert_eq!(spec.version.as_deref(), Some("2.0"));
    assert_eq!(spec.base_url.as_deref(), Some("https://api.example.test"));
    assert_eq!(spec.auth.scheme, AuthScheme::Token);
    assert_eq!(spec.auth.param.as_deref(), Some("token"));
}

/// The list's order; the list's description (wrapped onto a line of its own) where no
/// section gives one; name lines heading sections.
#[test]
fn method_list_order_and_descriptions() {
    let out = method_list_page();
    let spec = &out.spec;
    // The list's order; the list's description where no section gives one.
    let names: Vec<(&str, bool, Option<&str>)> = spec
        .operations
        .iter()
        .map(|o| (o.name.as_str(), o.listed_only, o.doc.as_deref()))
        .collect();
    assert_eq!(
        names,
        [
            ("a.user.Login", false, Some("Logs in")),
            (
                "a.user.Logout",
                true,
                Some("Wrapped onto a line of its own")
            ),
            ("a.item.Get", false, Some("Gets an item")),
        ]
    );
}

/// Typed items with defaults and marks under the glossary's labels, and metadata labels,
/// in a method's section.
#[test]
fn method_section_parameters_and_metadata() {
    let out = method_list_page();
    let spec = &out.spec;
    let get = &spec.operations[2];
    let params: Vec<(&str, Location, String, bool, Option<serde_json::Value>)> = get
        .params
        .iter()
        .map(|p| {
            (
                p.name.as_str(),
                p.location,
                p.ty.to_string(),
                p.required,
                p.default.clone(),
            )
        })
        .collect();
    assert_eq!(
        params,
        [
            ("item_id", Location::Header, "integer".into(), true, None),
            (
                "ids",
                Location::Header,
                "{list: integer}".into(),
                false,
                Some(serde_json::json!([]))
            ),
            ("flags", Location::Body, "{list: Flag}".into(), true, None),
            (
                "mode",
                Location::Body,
                "string".into(),
                false,
                Some(serde_json::json!("fast"))
            ),
            ("note", Location::Body, "string".into(), true, None),
        ]
    );
    assert_eq!(get.params[4].doc.as_deref(), Some("(kept as written)"));
    assert_eq!(get.metadata["call type"], "Sent as JSON.");
    assert_eq!(
        get.metadata["role restrictions"],
        "Guests (0)Members (1) / XX"
    );
}

/// An answer's nested fields; the request envelope is an example, not a body.
#[test]
fn method_section_answer() {
    let out = method_list_page();
    let spec = &out.spec;
    let get = &spec.operations[2];
    // The answer: no status of its own; nested items are a struct's fields.
    assert_eq!(get.responses.len(), 1);
    assert_eq!(get.responses[0].status, None);
    let output = get.responses[0].ty.as_ref().unwrap().to_string();
    assert_eq!(output, "AItemGetOutput");
    let fields: Vec<(&str, String, bool, bool)> = spec.types[&output]
        .fields()
        .iter()
        .map(|f| (f.name.as_str(), f.ty.to_string(), f.optional, f.nullable))
        .collect();
    assert_eq!(
        fields,
        [
            ("item", "Item".into(), false, true),
            ("parts", "{list: AItemGetOutputPart}".into(), false, false),
            ("gone", "boolean".into(), true, false),
        ]
    );
    assert_eq!(spec.types["AItemGetOutputPart"].fields()[0].name, "size");
    // The request envelope is an example, not a body.
    assert!(get.body.is_none());
    assert_eq!(get.examples.len(), 1);
}

/// A page cut off mid-line: the last section kept, said, its answer unknown.
#[test]
fn method_list_page_cut_off() {
    let out = method_list_page();
    let spec = &out.spec;
    // The last section, cut off mid-line: kept, said, its answer unknown.
    let login = &spec.operations[0];
    assert_eq!(login.unknown, [Unknown::Response]);
    assert!(
        out.diags
            .iter()
            .any(|d| d.message.contains("cut off mid-line inside `a.user.Login`")),
        "{:?}",
        out.diags
    );
}

/// REST by example, in a vendor's words, read with the vendor's profile: its glossary,
/// its envelope and its "required" word.
fn rest_by_example_page() -> Extracted {
    const PROFILE: Profile = Profile {
        rest_protocol: Some(|| {
            Protocol::rest()
                .with_result_at(chatgen_codegen::spec::JsonPointer::member("result"))
                .with_failure_flag(
                    chatgen_codegen::spec::JsonPointer::member("ok"),
                    chatgen_codegen::spec::JsonPointer::member("error"),
                )
        }),
        glossary: &[
            ("Пример запроса", "Example request"),
            ("Пример ответа", "Example response"),
            ("Рассылает события", "Sends events"),
        ],
        required_cue: Some(|d| d.contains("обязательно")),
        ..Profile::named(Family::RestByExample)
    };
    let page = "Устройства\n\nСписок устройств.\n\n  • name — название устройства.\n\n\
        POST /api/v3/devices\n\nСоздание устройства.\n\n  • name — название, обязательно\n  \
        • type - тип\n\nЗаметка после списка.\n\nРассылает события:\n\n  • server.device.updated\n\n\
        Пример запроса:\n\n{\n  \"name\": \"ойпад\",\n  \"type\": \"ios\",\n  \"push\": true\n}\n\n\
        Пример ответа:\n\n{\n  \"ok\": true,\n  \"result\": {\"name\": \"ойпад\", \"id\": 7}\n}\n\n\
        Пример ответа:\n\n{\n  \"ok\": false,\n  \"error\": \"NotFound\"\n}\n\n\
        GET /api/v3/qr.png?debug=True\n\nКартинка.\n\n\
        POST /api/v3/devices\n\nЕщё раз.\n\nПример запроса:\n\n{\n  \"name\": \"x\"\n}\n";
    extract_with(
        &Document::parse("by-example.txt", page),
        "dev",
        "dev.txt",
        &PROFILE,
    )
}

/// A route documented again is one operation; ids leave out the shared path prefix.
#[test]
fn rest_by_example_repeated_route() {
    let out = rest_by_example_page();
    let spec = &out.spec;
    // The route documented again is one operation; ids leave out `/api/v3`.
    let ids: Vec<&str> = spec.operations.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, ["post_devices", "get_qr_png"]);
    assert!(
        out.diags
            .iter()
            .any(|d| d.message.contains("documented again"))
    );
    assert_eq!(spec.title, "dev");
}

/// The section's title names the operation; the description runs on over the route and
/// the note after the list; the events the call sends.
#[test]
fn rest_by_example_description_and_events() {
    let out = rest_by_example_page();
    let spec = &out.spec;
    let post = &spec.operations[0];
    assert_eq!(post.name, "Устройства");
    assert_eq!(
        post.doc.as_deref(),
        Some("Список устройств.\nСоздание устройства.\nЗаметка после списка.")
    );
    assert_eq!(post.events, ["server.device.updated"]);
}

/// An unlabelled dash list names the body's fields, the body example types them.
#[test]
fn rest_by_example_body() {
    let out = rest_by_example_page();
    let spec = &out.spec;
    let post = &spec.operations[0];
    // The list names the body's fields, the example types them and adds `push`.
    let Some(Body {
        ty: TypeRef::Named(body),
        content_type,
        ..
    }) = &post.body
    else {
        panic!("a named body: {:?}", post.body);
    };
    assert_eq!(content_type.as_deref(), Some("application/json"));
    let fields: Vec<(&str, String, bool)> = spec.types[body]
        .fields()
        .iter()
        .map(|f| (f.name.as_str(), f.ty.to_string(), f.optional))
        .collect();
    assert_eq!(
        fields,
        [
            ("name", "string".to_string(), false),
            ("type", "string".to_string(), true),
            ("push", "boolean".to_string(), true)
        ]
    );
}

/// Both extents' examples in page order; the answer typed from the envelope's result.
#[test]
fn rest_by_example_examples_and_envelope() {
    let out = rest_by_example_page();
    let spec = &out.spec;
    let post = &spec.operations[0];
    // Both extents' examples, in page order; the type is read from the successful
    // answer's `result` only.
    let of: Vec<ExampleOf> = post.examples.iter().map(|e| e.of).collect();
    assert_eq!(
        of,
        [
            ExampleOf::Request,
            ExampleOf::Response,
            ExampleOf::Response,
            ExampleOf::Request
        ]
    );
    let Some(TypeRef::Named(result)) = &post.responses[0].ty else {
        panic!("a named result: {:?}", post.responses);
    };
    let names: Vec<&str> = spec.types[result]
        .fields()
        .iter()
        .map(|f| f.name.as_str())
        .collect();
    assert_eq!(names, ["name", "id"]);
    // The section's list documents the result's field.
    assert_eq!(
        spec.types[result].fields()[0].doc.as_deref(),
        Some("название устройства.")
    );
    assert_eq!(
        spec.protocol
            .answer
            .as_ref()
            .and_then(|a| a.result.as_deref()),
        Some("/result")
    );
}

/// A query string in the route: an optional query parameter typed by its value.
#[test]
fn rest_by_example_route_query() {
    let out = rest_by_example_page();
    let spec = &out.spec;
    // `?debug=True` in the route: an optional boolean query parameter.
    let qr = &spec.operations[1];
    assert_eq!(qr.params.len(), 1);
    assert_eq!(qr.params[0].name, "debug");
    assert_eq!(qr.params[0].location, Location::Query);
    assert_eq!(qr.params[0].ty, TypeRef::Primitive(Primitive::Boolean));
    assert!(!qr.params[0].required);
}

#[test]
fn field_lines_and_their_copied_forms() {
    assert_eq!(
        field_line("id integer required"),
        Some(("id".into(), "integer".into(), true))
    );
    assert_eq!(
        field_line("blobs array of integers"),
        Some(("blobs".into(), "array of integers".into(), false))
    );
    assert_eq!(
        field_line("options array of objects"),
        Some(("options".into(), "array of objects".into(), false))
    );
    // Descriptions are not field lines.
    assert_eq!(field_line("Conversation (app) id."), None);
    assert_eq!(field_line("true to lists contextual apps"), None);
    assert_eq!(field_line("Returns Status"), None);
    assert_eq!(
        glued_type("integer requiredApp id"),
        Some(("integer", true, "App id"))
    );
    assert_eq!(
        glued_type("array of integersIds of blobs to attach."),
        Some(("array of integers", false, "Ids of blobs to attach."))
    );
    assert_eq!(glued_type("). Specifynull"), None);
    assert_eq!(
        glued_field("uidstringrequiredA unique user identifier"),
        Some(("uid", "string", true, "A unique user identifier"))
    );
    assert_eq!(
        glued_field("tagsarray of stringsA list of tags"),
        Some(("tags", "array of strings", false, "A list of tags"))
    );
    // `is_` + `array…` is not taken when `is_array` + `boolean` reads better.
    assert_eq!(
        glued_field("is_arraybooleanWhether"),
        Some(("is_array", "boolean", false, "Whether"))
    );
    assert_eq!(glued_field("idoruid)"), None);
    assert!(bare_field_name("raw") && bare_field_name("media_type"));
    assert!(!bare_field_name("Raw") && !bare_field_name("0") && !bare_field_name("e.g."));
    assert_eq!(glued_field("Id or name of user directory."), None);
}

/// A capture's layout: a name line over its route, a curl sample with its bearer
/// header, a parameter table, a type-name schema as the body (`?` marks optional
/// members) and as the answer, `Status code 204` over `No Content`.
#[test]
fn a_capture_with_name_lines_and_type_name_schemas() {
    let page = "Messages\nThe Messages API.\nCreate message\nPOST /api/apps/{id}/messages\nCreates a message.\nSample request\n$ curl {SERVER}/api/apps/1/messages\n-H \"Authorization: Bearer {TOKEN}\"\n-d \"{ 'text': 'hi' }\"\nParameters\nName | Type | Required | Description |\n---|---|---|---|\nid | integer | True | Conversation id |\nRequest body\napplication/json\n{\n\"text?\": \"string\",\n\"tags\": [\"string\"]\n}\nResponses\nStatus code 200\napplication/json\n{\n\"id\": \"integer\"\n}\nDelete message\nDELETE /api/messages/{id}\nResponses\nStatus code 204\nNo Content\n";
    let out = extract(&Document::parse("p.txt", page), "p", "p.txt");
    let spec = &out.spec;
    assert_eq!(spec.title, "Messages");
    assert_eq!(spec.doc.as_deref(), Some("The Messages API."));
    assert_eq!(spec.auth.scheme, AuthScheme::Bearer);
    assert_eq!(spec.auth.line, Some(8));
    let names: Vec<&str> = spec.operations.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["Create message", "Delete message"]);
    let create = &spec.operations[0];
    assert_eq!(create.doc.as_deref(), Some("Creates a message."));
    assert_eq!(create.params.len(), 1);
    assert_eq!(create.params[0].location, Location::Path);
    let body = create.body.as_ref().expect("a body");
    assert_eq!(body.content_type.as_deref(), Some("application/json"));
    let TypeRef::Named(body_ty) = &body.ty else {
        panic!("{:?}", body.ty)
    };
    let fields = &spec.types[body_ty].fields();
    assert_eq!(fields[0].name, "text");
    assert!(fields[0].optional);
    assert!(!fields[1].optional);
    let request = create
        .examples
        .iter()
        .find(|e| e.url.is_some())
        .expect("the curl sample");
    assert_eq!(request.url.as_deref(), Some("{SERVER}/api/apps/1/messages"));
    assert_eq!(request.json, Some(serde_json::json!({"text": "hi"})));
    assert_eq!(create.responses[0].code(), Some(200));
    assert_eq!(create.responses[0].doc, None);
    let delete = &spec.operations[1];
    assert_eq!(delete.responses[0].doc.as_deref(), Some("No Content"));
}

/// A reference in another script: ids come from the routes, a label ending in `:` is
/// not an operation's name.
#[test]
fn names_in_another_script_give_route_ids() {
    let page = "API\nПриглашения\nGET /api/v3/invites/{uid}\nПример ответа:\nPOST /api/v3/invites/{uid}/join\n";
    let out = extract(&Document::parse("ru.txt", page), "ru", "ru.txt");
    let ids: Vec<&str> = out.spec.operations.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, ["get_invites_uid", "post_invites_uid_join"]);
    assert_eq!(out.spec.operations[0].name, "Приглашения");
    assert_ne!(out.spec.operations[1].name, "Пример ответа:");
}

/// The path in a heading, the method in an item below it (`Method: GET`, `Method
/// `POST``), the parameters under a `Params:` item (Pleroma's layout).
#[test]
fn a_path_heading_with_a_method_item() {
    let page = "# API\n\n## `/api/pleroma/follow_import`\n### Imports your follows.\n* Method `POST`\n* Params:\n    * `list`: STRING or FILE containing a list\n\n## `/api/v1/pleroma/emoji`\n### Lists the emoji.\n* Method: `GET`\n* Params: none\n\n## Notes\n* Method: `DELETE` is not supported\n";
    let out = extract(&Document::parse("p.md", page), "p", "p.md");
    let routes: Vec<(String, String)> = out
        .spec
        .operations
        .iter()
        .map(|o| {
            let r = o.route.as_ref().expect("a route");
            (r.method.to_string(), r.path.clone())
        })
        .collect();
    assert_eq!(
        routes,
        [
            ("POST".to_string(), "/api/pleroma/follow_import".to_string()),
            ("GET".to_string(), "/api/v1/pleroma/emoji".to_string())
        ]
    );
    let first = &out.spec.operations[0];
    assert_eq!(first.name, "Imports your follows.");
    let body = first.body.as_ref().expect("the list field");
    assert_eq!(
        out.spec.types[&body.ty.to_string()].fields()[0].name,
        "list"
    );
}

/// Method headings decorated with an emoji and an anchor element, `Required: True` in
/// a field's text, methods known only by their `Returns:` line, and a lone lower-case
/// word (`close`) among three or more methods (the Telegram Bot API's Markdown).
#[test]
fn decorated_method_headings_and_returns_lines() {
    let page = "# Bot API\n\n### ⚙️ getMe <a id='getme'></a>\n- **Returns**: User\n\n### ⚙️ close <a id='close'></a>\n- **Returns**: Boolean\n\n### ⚙️ sendMessage <a id='sendmessage'></a>\n- **Fields**:\n  - **chat_id**: Integer, String (Required: True)\n  - **text**: String (Required: False)\n- **Returns**: Message\n\n### ⚙️ deleteMessage <a id='deletemessage'></a>\n- **Returns**: Boolean\n\n### 🛠️ Update <a id='update'></a>\n- **Fields**:\n  - **update_id**: Integer (Required: True)\n";
    let out = extract(&Document::parse("bot.md", page), "bot", "bot.md");
    let names: Vec<&str> = out
        .spec
        .operations
        .iter()
        .map(|o| o.rpc.as_ref().map_or("", |r| r.target.as_str()))
        .collect();
    assert_eq!(names, ["getMe", "close", "sendMessage", "deleteMessage"]);
    let send = &out.spec.operations[2];
    let params: Vec<(&str, bool)> = send
        .params
        .iter()
        .map(|p| (p.name.as_str(), p.required))
        .collect();
    assert_eq!(params, [("chat_id", true), ("text", false)]);
}

#[test]
fn statuses_in_a_response_line() {
    assert_eq!(
        inline_statuses("Response: HTTP 200 on success, 500 on error"),
        [
            (200, Some("on success".to_string())),
            (500, Some("on error".to_string()))
        ]
    );
    assert_eq!(inline_statuses("Response: JSON, the 200 first ones"), []);
    assert_eq!(inline_statuses("Returns: Array of Status"), []);
    assert_eq!(inline_statuses("The server answers HTTP 200"), []);
}

#[test]
fn garbage_gives_diagnostics_not_panics() {
    let doc = Document::parse(
        "bad.txt",
        "Title\nOp\nGET /x/{id}\nParameters\nnot a table\nResponses\nStatus code abc\nStatus code 200\napplication/json\n{\"a\": \"integer\"\n",
    );
    let out = extract(&doc, "bad", "sources/bad.txt");
    assert_eq!(out.spec.operations.len(), 1);
    let messages: Vec<_> = out.diags.iter().map(|d| d.message.as_str()).collect();
    assert!(
        messages.iter().any(|m| m.contains("in a response example")),
        "{messages:?}"
    );
    let empty = extract(&Document::parse("e.txt", ""), "e", "e");
    assert!(empty.spec.operations.is_empty());
    assert!(!empty.diags.is_empty());
}

#[test]
fn routes_in_every_spelling() {
    let r = |m: &str, p: &str| Some((m.to_string(), p.to_string()));
    // A custom method after a placeholder keeps its colon.
    assert_eq!(
        route("post/v1/ads/{adId}:register"),
        r("POST", "/v1/ads/{adId}:register")
    );
    assert_eq!(
        route("GET /x/{id}:batch/{part}"),
        r("GET", "/x/{id}:batch/{part}")
    );
    assert_eq!(
        route("POST /api/v1/statuses HTTP/1.1"),
        r("POST", "/api/v1/statuses")
    );
    assert_eq!(
        route("GET /api/v1/statuses/:id HTTP/1.1"),
        r("GET", "/api/v1/statuses/{id}")
    );
    assert_eq!(
        route("GET /_synapse/admin/v1/rooms/<room_id>/members"),
        r("GET", "/_synapse/admin/v1/rooms/{room_id}/members")
    );
    assert_eq!(
        route("`DELETE /channels/{channel.id}`"),
        r("DELETE", "/channels/{channel_id}")
    );
    assert_eq!(
        route("post/ofrep/v1/evaluate/flags"),
        r("POST", "/ofrep/v1/evaluate/flags")
    );
    assert_eq!(
        route("GET https://mastodon.social/api/v2/notifications?limit=2 HTTP/1.1"),
        r("GET", "/api/v2/notifications")
    );
    assert_eq!(
        route("Endpoint: GET /room/{token}"),
        r("GET", "/room/{token}")
    );
    // Prose is not a route.
    assert_eq!(route("GET /x returns the list of rooms"), None);
    assert_eq!(route("Use GET /x to list"), None);
    assert_eq!(route("GET"), None);
    assert_eq!(route("GET the thing"), None);
    let full = route_line("GET https://api.example.com/v1/x?a=1").unwrap();
    assert_eq!(full.server.as_deref(), Some("https://api.example.com"));
    assert!(full.query);
    let opt = route_line("POST /_synapse/admin/v1/purge_history/<room_id>[/<event_id>]").unwrap();
    assert_eq!(opt.path, "/_synapse/admin/v1/purge_history/{room_id}");
    assert!(opt.note.is_some());
    assert_eq!(
        heading_route("Get Channel % GET /channels/{channel.id}").map(|r| r.path),
        Some("/channels/{channel_id}".to_string())
    );
    assert_eq!(
        heading_route("GET api/friendica/direct_messages_search (GET; AUTH)").map(|r| r.path),
        Some("/api/friendica/direct_messages_search".to_string())
    );
    assert_eq!(
        route("POST api/friendica/activity/[verb]"),
        r("POST", "/api/friendica/activity/{verb}")
    );
    assert_eq!(route("POST data"), None);
    assert_eq!(
        route("POST /v1/projects/x:batchGet"),
        r("POST", "/v1/projects/x:batchGet")
    );
}

#[test]
fn a_label_then_a_route_in_code() {
    let r = |s: &str| labelled_code_route(s).map(|r| (r.method, r.path));
    assert_eq!(
        r("Get detailed information about a session: `GET /api/sessions/:id/`"),
        Some(("GET".into(), "/api/sessions/{id}/".into()))
    );
    assert_eq!(
        r("Get a list: `GET /api/sessions/?v=2` (without `?v=2` you get an array)"),
        Some(("GET".into(), "/api/sessions/".into()))
    );
    // In the middle of a sentence it is prose.
    assert_eq!(r("Use: `GET /x` to list and then more words"), None);
    assert_eq!(
        r("To delete a ban, make a `DELETE /api/banlist/:id/` request."),
        None
    );
}

#[test]
fn httpie_calls() {
    use super::block_routes::httpie_route;
    let c = |s: &str, piped: bool| httpie_route(s, piped).map(|r| (r.method, r.path));
    assert_eq!(
        c(
            "http GET \"http://$(cat .terkin/floatip)/api/v1/setting?name=main\"",
            false
        ),
        Some(("GET".into(), "/api/v1/setting".into()))
    );
    assert_eq!(
        c(
            "http --form \"http://espressif/echo/def?foo=bar\" baz=qux",
            false
        ),
        Some(("POST".into(), "/echo/def".into()))
    );
    assert_eq!(
        c(
            "http PUT \"http://h/api/v1/settings\" Content-Type:text/plain --print hHbB",
            true
        ),
        Some(("PUT".into(), "/api/v1/settings".into()))
    );
    // (Input piped in with no method: POST; query items and headers send no body.)
    assert_eq!(c("http :8080/x", true), Some(("POST".into(), "/x".into())));
    assert_eq!(
        c(
            "http example.org/search q==rust Accept:application/json",
            false
        ),
        Some(("GET".into(), "/search".into()))
    );
    // (`http` as a word of prose, no URL after it: no call.)
    assert_eq!(c("http is the protocol", false), None);
}

#[test]
fn curl_calls() {
    let c = |s: &str| curl_route(s).map(|r| (r.method, r.path));
    assert_eq!(
        c("curl -X POST https://api.example.com/v2/messages -H 'Authorization: Bearer x' -d '{}'"),
        Some(("POST".into(), "/v2/messages".into()))
    );
    assert_eq!(
        c("curl --request PATCH --url \"https://a.b/c/d\""),
        Some(("PATCH".into(), "/c/d".into()))
    );
    assert_eq!(
        c("curl https://a.b/items -d 'x=1'"),
        Some(("POST".into(), "/items".into()))
    );
    assert_eq!(
        c("curl https://a.b/items"),
        Some(("GET".into(), "/items".into()))
    );
    assert_eq!(
        c(
            "curl -i 'https://a.b/x.php/<username>/addressbook/' -X POST -d @- -H \"Content-Type: application/json\" --user <username>"
        ),
        Some(("POST".into(), "/x.php/{username}/addressbook/".into()))
    );
}

#[test]
fn labels_and_statuses() {
    assert_eq!(status_label("200: OK"), Some(200));
    assert_eq!(status_label("Status code 201"), Some(201));
    assert_eq!(status_label("Response 404"), Some(404));
    assert_eq!(status_label("HTTP/1.1 204 No Content"), Some(204));
    assert_eq!(status_label("Returns 404"), Some(404));
    assert_eq!(
        status_label("Older Mastodon Versions – 404: Not Found"),
        Some(404)
    );
    assert_eq!(status_label("Path parameters"), None);
    assert_eq!(label_ctx("Form data parameters"), Some(Ctx::Form));
    assert_eq!(
        label_ctx("Query parameters"),
        Some(Ctx::Params(Some(Location::Query)))
    );
    assert_eq!(
        label_ctx("Path parameters"),
        Some(Ctx::Params(Some(Location::Path)))
    );
    assert_eq!(
        label_ctx("Headers"),
        Some(Ctx::Params(Some(Location::Header)))
    );
    assert_eq!(
        label_ctx("Request body"),
        Some(Ctx::Params(Some(Location::Body)))
    );
    assert_eq!(
        label_ctx("JSON Params"),
        Some(Ctx::Params(Some(Location::Body)))
    );
    assert_eq!(
        label_ctx("The following query parameters are available:"),
        Some(Ctx::Params(Some(Location::Query)))
    );
    assert_eq!(
        label_ctx("The following fields are possible in the JSON response body:"),
        Some(Ctx::Response(None))
    );
    assert_eq!(label_ctx("Response"), Some(Ctx::Response(None)));
    assert_eq!(label_ctx("Parameters"), Some(Ctx::Params(None)));
}

#[test]
fn list_shapes() {
    let b = bullet("from - Offset in the returned list. Defaults to 0.", 3).unwrap();
    assert_eq!(
        (b.name.as_str(), b.doc.as_str()),
        ("from", "Offset in the returned list. Defaults to 0.")
    );
    let b = bullet("user_id (string, required) The user.", 3).unwrap();
    assert_eq!((b.ty.as_deref(), b.required), (Some("string"), Some(true)));
    let b = bullet("limit? integer Max items", 3).unwrap();
    assert_eq!((b.name.as_str(), b.required), ("limit", Some(false)));
    assert!(bullet("This is a sentence about things", 1).is_none());
    assert_eq!(
        described_type("{{<required>}} Array of String. Ids").map(|t| t.0.to_string()),
        None
    );
    assert_eq!(
        described_type("Array of String. Ids").map(|t| t.0.to_string()),
        Some("{list: string}".to_string())
    );
    assert_eq!(required_cell("Optional Default: 20", false), Some(false));
    assert_eq!(required_cell("Yes", false), Some(true));
    assert!(rpc_name("chat.postMessage"));
    assert!(rpc_name("sendMessage"));
    assert!(rpc_name("module.object.Action"));
    assert!(!rpc_name("Parameters"));
    assert!(!rpc_name("Introduction"));
    assert!(!rpc_name("v1.2"));
    assert!(!rpc_name("kamailio.cfg"));
    assert!(!rpc_name("my_crl.pem"));
    assert!(rpc_name("tls.reload"));
}
