//! Shapes common to hand-written references, each with a small page written for the test:
//! sub-headings and example calls inside an operation, location and required columns in
//! other notations, bodies named by a type, statuses in prose, markup in routes, fields in
//! table cells, RPC route rules.

use chatgen_codegen::spec::{Body, Location, TypeRef};

use super::params::prose_required;
use super::responses::{cell_statuses, inline_statuses, status_item};
use super::routes::upper_placeholder;
use super::samples::request_type_heading;
use super::tables::required_cell;
use super::types::location_word;
use super::*;

fn read(name: &str, text: &str) -> Extracted {
    extract(&Document::parse(name, text), "pets", name)
}

/// `(method path, params as "name in required")` per operation.
fn ops(out: &Extracted) -> Vec<(String, Vec<String>)> {
    out.spec
        .operations
        .iter()
        .map(|o| {
            (
                o.route.as_ref().map_or_else(
                    || format!("? {}", o.id),
                    |r| format!("{} {}", r.method, r.path),
                ),
                o.params
                    .iter()
                    .map(|p| {
                        format!(
                            "{} {} {}",
                            p.name,
                            format!("{:?}", p.location).to_lowercase(),
                            p.required
                        )
                    })
                    .collect(),
            )
        })
        .collect()
}

/// The names of an operation's body fields (its body a named struct).
fn body_names<'a>(out: &'a Extracted, op: &chatgen_codegen::spec::Operation) -> Vec<&'a str> {
    body_flags(out, op)
        .into_iter()
        .map(|(name, _)| name)
        .collect()
}

/// An operation's body fields (its body a named struct), each with whether it is required.
fn body_flags<'a>(
    out: &'a Extracted,
    op: &chatgen_codegen::spec::Operation,
) -> Vec<(&'a str, bool)> {
    let body = op.body.as_ref().expect("a body");
    let TypeRef::Named(name) = &body.ty else {
        panic!("a named body: {:?}", body.ty);
    };
    out.spec.types[name]
        .fields()
        .iter()
        .map(|f| (f.name.as_str(), !f.optional))
        .collect()
}

/// `method path` per operation.
fn routes(out: &Extracted) -> Vec<String> {
    ops(out).into_iter().map(|(r, _)| r).collect()
}

/// The RPC method each operation calls (`""` for a route).
fn rpc_names(out: &Extracted) -> Vec<&str> {
    out.spec
        .operations
        .iter()
        .map(|o| o.rpc.as_ref().map_or("", |r| r.target.as_str()))
        .collect()
}

/// The status codes per operation.
fn statuses(out: &Extracted) -> Vec<Vec<u16>> {
    out.spec
        .operations
        .iter()
        .map(|o| o.responses.iter().filter_map(|r| r.code()).collect())
        .collect()
}

const SUB_HEADINGS: &str = "# Pet endpoints

## List pets
Lists the pets.
> **GET** /pets

### Possible parameters

| Parameter | Parameter Type | Description |
|-----------|----------------|-------------|
| kind      | @QueryParam    | Filter by kind |

### Examples

> **GET** https://shop.example.net:8080/zoo/api/v2/pets

> **GET** https://shop.example.net:8080/zoo/api/v2/pets?kind=cat

## Show a pet
Shows one pet.
> **GET** /pets/{petId}

### Possible parameters

| Parameter | Parameter Type | Description |
|-----------|----------------|-------------|
| petid     | @Path          | The pet     |

### Examples

#### JSON Example

> **GET** https://shop.example.net:8080/zoo/api/v2/pets/rex

## Rename a pet
> **PUT** /pets/{petId}/name

### Examples

> **POST** https://shop.example.net:8080/zoo/api/v2/pets/rex/name

## Feed a pet
No route line of its own: the example carries the template.

### Examples

> **POST** https://shop.example.net:8080/zoo/api/v2/pets/{petId}/meals
";

/// Shape 1: `### Possible parameters`, `### Examples`, `#### JSON Example` belong to the
/// `##` operation above; example calls to `https://host/zoo/api/v2/…` (a base path the
/// templates leave out, concrete values, a query string, even another method) are examples,
/// never operations; a template only in an example call is the section's route, without
/// the base path, which goes to the base URL.
#[test]
fn sub_headings_and_example_calls_belong_to_the_operation() {
    let out = read("pets.md", SUB_HEADINGS);
    assert_eq!(
        ops(&out),
        [
            (
                "GET /pets".to_string(),
                vec!["kind query false".to_string()]
            ),
            (
                "GET /pets/{petId}".to_string(),
                vec!["petId path true".to_string()]
            ),
            (
                "PUT /pets/{petId}/name".to_string(),
                vec!["petId path true".to_string()]
            ),
            (
                "POST /pets/{petId}/meals".to_string(),
                vec!["petId path true".to_string()]
            ),
        ]
    );
    assert_eq!(
        out.spec.base_url.as_deref(),
        Some("https://shop.example.net:8080/zoo/api/v2")
    );
}

/// Shape 2: location columns in other notations, required columns in yes/no, ✓/✗.
#[test]
fn location_and_required_in_other_notations() {
    for (w, l) in [
        ("@Path", Some(Location::Path)),
        ("@PathParam", Some(Location::Path)),
        ("@QueryParam", Some(Location::Query)),
        ("query", Some(Location::Query)),
        ("formData", Some(Location::Body)),
        ("`header`", Some(Location::Header)),
        ("@HeaderParam", Some(Location::Header)),
        ("body", Some(Location::Body)),
        ("string", None),
    ] {
        assert_eq!(location_word(w), l, "{w}");
    }
    for (c, r) in [("yes", Some(true)), ("No", Some(false)), ("✓", Some(true))] {
        assert_eq!(required_cell(c, false), r, "{c}");
    }
    assert_eq!(required_cell("✗", false), Some(false));
    assert_eq!(required_cell("true", false), Some(true));
    let page = "# Toys

## Add a toy
> **POST** /pets/{petId}/toys

| Name | In | Required | Description |
|------|----|----------|-------------|
| petId | path | ✓ | The pet |
| dry | query | ✗ | Only check |
| X-Trace | header | no | Trace id |
| colour | formData | yes | Colour |
";
    let out = read("toys.md", page);
    assert_eq!(
        ops(&out)[0].1,
        ["petId path true", "dry query false", "X-Trace header false",]
    );
    let body = out.spec.operations[0]
        .body
        .as_ref()
        .map(|b| b.ty.to_string());
    assert!(body.is_some(), "the formData row is a body field");
}

/// Shape 5: HTML inside a route is markup; a route documented again by the next section
/// is a second operation, said in a warning.
#[test]
fn markup_in_routes_and_a_restated_route() {
    assert_eq!(
        route_line("> **GET** /pets<span>/{petId}").map(|r| r.path),
        Some("/pets/{petId}".to_string())
    );
    assert_eq!(
        route_line("GET /pets/<code>{petId}</code>").map(|r| r.path),
        Some("/pets/{petId}".to_string())
    );
    // A placeholder written `<id>` stays one.
    assert_eq!(
        route_line("GET /pets/<id>").map(|r| r.path),
        Some("/pets/{id}".to_string())
    );
    let page = "# Tags

## Replace the tags of a pet
> **PUT** /pets/{petId}/tags

Replaces them.

## Add tags to a pet
> **PUT** /pets/{petId}/tags

Adds to them.
";
    let out = read("tags.md", page);
    let names: Vec<&str> = out
        .spec
        .operations
        .iter()
        .map(|o| o.name.as_str())
        .collect();
    assert_eq!(names, ["Replace the tags of a pet", "Add tags to a pet"]);
    let ids: Vec<&str> = out.spec.operations.iter().map(|o| o.id.as_str()).collect();
    assert_ne!(ids[0], ids[1]);
    assert!(said(&out, "kept as two operations"), "{:?}", out.diags);
    // The same request shown again in a code block under a sibling section is another
    // example of one operation, not a second one.
    let page = "# Chat

## Completions

### An ordinary request

```
POST /v1/chat/completions
{\"messages\": []}
```

### Including a picture in the request

```
POST /v1/chat/completions
{\"messages\": [], \"image\": \"x\"}
```
";
    let out = read("chat.md", page);
    assert_eq!(out.spec.operations.len(), 1, "{:?}", out.spec.operations);
}

/// Shape 4: statuses in prose labels (`**Return value:** HTTP status 201 (Created)`, also on
/// the second line of a paragraph of labels), `Status codes:`, and `HTTP status NNN` items
/// under a response label.
#[test]
fn statuses_in_prose_labels() {
    assert_eq!(
        inline_statuses("**Return value:** HTTP status 201 (Created)"),
        [(201, Some("(Created)".to_string()))]
    );
    assert_eq!(
        inline_statuses("Status codes: HTTP 204 on success; 409 if it exists"),
        [
            (204, Some("on success".to_string())),
            (409, Some("if it exists".to_string()))
        ]
    );
    assert_eq!(inline_statuses("Return value: Pets"), []);
    assert_eq!(
        status_item("- HTTP status 404 Not found"),
        Some((404, Some("Not found".to_string())))
    );
    let page = "# Pets

## Adopt a pet
> **POST** /pets/{petId}/adoption

**Body:** none
**Return value:** HTTP status 201 (Created)

## Release a pet
> **DELETE** /pets/{petId}/adoption

### Responses

- HTTP status 204 No Content
- HTTP status 404 Not Found
";
    let out = read("adopt.md", page);
    let statuses = statuses(&out);
    assert_eq!(statuses, [vec![201], vec![204, 404]]);
}

/// Shape 3: a body given by a type name (`**Payload:** Pet`, `Request body: [Pet](#pet)`)
/// is the field table under that type's heading elsewhere on the page (required from its
/// `Optional` column, body fields even where a placeholder has their name); a `#### XRequest`
/// heading's table under a method is its body; a `Return value:` line ends the body label.
#[test]
fn bodies_named_by_a_type_and_request_type_headings() {
    let page = "# Pets

## Create a pet
> **POST** /pets

**Payload:** Pet
**Return value:** HTTP status 201 (Created)

## Replace a pet
> **PUT** /pets/{name}

Request body: [Pet](#pet)

| Parameter | Parameter Type | Description |
|-----------|----------------|-------------|
| name      | @Path          | The pet     |

## Copy a pet
> **POST** /pets/copies

**Payload:** PetCopy
**Return value:** The copy

```json
{\"copied\": true}
```

#### CopyRequest

| Field name | Field type | Required | Description |
|------------|------------|----------|-------------|
| `from`     | `string`   | yes      | Source      |
| `times`    | `int`      | no       | How many    |

#### CopyResponse

| Field name | Field type | Required | Description |
|------------|------------|----------|-------------|
| `copies`   | `int`      | yes      | Made        |

## Data types

### Pet

| Parameter | Optional | Description |
|-----------|----------|-------------|
| name      | No       | Its name    |
| colour    | Yes      | Its colour  |
";
    let out = read("pets.md", page);
    let fields = |k: usize| -> Vec<String> {
        let Some(Body {
            ty: TypeRef::Named(n),
            ..
        }) = &out.spec.operations[k].body
        else {
            return Vec::new();
        };
        out.spec.types[n]
            .fields()
            .iter()
            .map(|f| format!("{} {}", f.name, !f.optional))
            .collect()
    };
    assert_eq!(out.spec.operations.len(), 3);
    assert_eq!(fields(0), ["name true", "colour false"]);
    assert_eq!(fields(1), ["name true", "colour false"]);
    assert_eq!(ops(&out)[1].1, ["name path true"]);
    // The JSON under `Return value:` is the answer, not the body; the request table is.
    assert_eq!(fields(2), ["from true", "times false"]);
    assert!(request_type_heading("#### PublishRequest"));
    assert!(request_type_heading("Subscribe request"));
    assert!(!request_type_heading("PublishResponse"));
    assert!(!request_type_heading("Request"));
    assert!(!request_type_heading("Override object"));
}

/// Shape 6: an operation that is a table row (`Path | Method | Description`) with its
/// fields inside the description cell (`<br/>*Payload Parameters*<br/>🔹 **name**: …`),
/// required or optional as the description says; a later call to a host with concrete
/// values for a row's placeholders is an example of that row, never an operation; each
/// row is named by its route and described by its cell (statuses a sentence about the
/// response code names included), its extent is its row.
#[test]
fn fields_inside_table_cells() {
    let page = "# Feeder API

## Endpoints

| Path | Method | Description |
|----- | ------ | ----------- |
| `/feed/{BOWL}` | POST | Fills a bowl.<br/>*Payload Parameters*<br/>🔹 **food**: What to serve. This is a required field.<br/>🔹 **grams**: Optionally how much.<br/>🔹 **note**: Only required if the food is new.
| `/bowls` | GET | Lists the bowls. The response code is a `200` if fine and a `503` if not.

The `/feed/{BOWL}` answer looks like this:

```json
{\"left\": 3}
```

## Walkthrough

```bash
curl -X POST -d 'food=fish' http://feeder.local:8000/feed/kitchen
```
";
    let out = read("feeder.md", page);
    assert_eq!(
        ops(&out),
        [
            (
                "POST /feed/{BOWL}".to_string(),
                vec!["BOWL path true".to_string()]
            ),
            ("GET /bowls".to_string(), vec![]),
        ]
    );
    let fields = body_fields(&out, 0);
    assert_eq!(fields, [("food", false), ("grams", true), ("note", true)]);
    // Each row is named by its route and described by its cell; the prose after the table
    // is not the last row's.
    let named: Vec<(&str, Option<&str>)> = out
        .spec
        .operations
        .iter()
        .map(|o| (o.name.as_str(), o.doc.as_deref()))
        .collect();
    assert_eq!(
        named,
        [
            ("POST /feed/{BOWL}", Some("Fills a bowl.")),
            (
                "GET /bowls",
                Some("Lists the bowls. The response code is a `200` if fine and a `503` if not.")
            ),
        ]
    );
    // The statuses its cell names; not the JSON after the table.
    let answers: Vec<(Option<u16>, bool)> = out.spec.operations[1]
        .responses
        .iter()
        .map(|r| (r.code(), r.ty.is_some()))
        .collect();
    assert_eq!(answers, [(Some(200), false), (Some(503), false)]);
    assert!(cell_statuses("It answers 200 always.").is_empty());
    assert_eq!(prose_required("Only required if the food is new."), None);
    assert_eq!(
        prose_required("This is the *only* required field."),
        Some(true)
    );
    assert_eq!(
        prose_required("If no kind is given, `a` is the default."),
        Some(false)
    );
}

const RULE_SHOWN: &str = "# Kennel API

## Calling

Every call is a POST with a JSON body:

```bash
curl -X POST -d '{\"name\": \"rex\"}' http://kennel.local/rpc/admit
```

## Methods

### admit

```bash
curl -X POST -d '{\"name\": \"rex\"}' http://kennel.local/rpc/admit
```

#### AdmitRequest

| Field name | Field type | Required | Description |
|------------|------------|----------|-------------|
| `name`     | `string`   | yes      | Dog name    |

### release

```bash
curl -X POST -d '{\"name\": \"rex\"}' http://kennel.local/rpc/release
```

### groom

#### GroomRequest

| Field name | Field type | Required | Description |
|------------|------------|----------|-------------|
| `style`    | `string`   | no       | Cut         |

### conventions

Any call may fail.

### GroomResponse

| Field name | Field type | Required | Description |
|------------|------------|----------|-------------|
| `done`     | `bool`     | yes      | Finished    |
";

/// Shape 7: method headings routed by the rule the page shows (two methods calling
/// `POST /rpc/<method>`): every sibling method heading gets that route (a warning says so),
/// the introduction's example moves to its method heading; a type heading at the same
/// level (`### GroomResponse`) is no method, nor a sibling that documents no parameters
/// (`### conventions`); without the rule shown twice, no route.
#[test]
fn a_route_rule_shown_by_method_headings() {
    let out = read("kennel.md", RULE_SHOWN);
    let seen: Vec<(String, String)> = out
        .spec
        .operations
        .iter()
        .map(|o| {
            (
                o.name.clone(),
                o.route
                    .as_ref()
                    .map_or(String::new(), |r| format!("{} {}", r.method, r.path)),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("admit".to_string(), "POST /rpc/admit".to_string()),
            ("release".to_string(), "POST /rpc/release".to_string()),
            ("groom".to_string(), "POST /rpc/groom".to_string()),
        ]
    );
    assert!(
        out.diags
            .iter()
            .any(|d| d.line == 31 && d.message.contains("POST /rpc/<method>")),
        "{:?}",
        out.diags
    );
    let groom = &out.spec.operations[2];
    let Some(Body {
        ty: TypeRef::Named(n),
        ..
    }) = &groom.body
    else {
        panic!("no body: {:?}", groom.body);
    };
    assert_eq!(out.spec.types[n].fields()[0].name, "style");
    // Shown once only: no rule; `groom` stays without a route.
    let once = RULE_SHOWN.replace(
        "http://kennel.local/rpc/release",
        "http://kennel.local/rpc/let-go",
    );
    let out = read("kennel.md", &once);
    assert!(
        out.spec
            .operations
            .iter()
            .all(|o| o.route.as_ref().is_none_or(|r| !r.path.ends_with("/groom")))
    );
}

/// A body known only from a JSON example: the example shows the fields, it does not say
/// they are required, so none is (a listed body keeps what its list says).
#[test]
fn example_bodies_say_nothing_of_required() {
    let page = "# Kennel admin

## POST `/admin/dogs/{dogID}/walk`

Walks the dog.

Request body format:

```json
{
    \"minutes\": 30,
    \"route\": \"park\"
}
```
";
    let out = read("walk.md", page);
    let fields = body_fields(&out, 0);
    assert_eq!(fields, [("minutes", true), ("route", true)]);
}

/// A body shown only by a curl call's JSON data: its fields, none required; a route that
/// sends no body (`GET`) or a body listed elsewhere is left as it is.
#[test]
fn a_body_shown_only_by_a_curl_call() {
    let page = "# Kennel

## Batch

```bash
curl -X POST -d '{\"calls\": [{\"admit\": {}}], \"parallel\": true}' http://kennel.local/rpc/batch
```

## Count

```bash
curl -X GET -d '{\"x\": 1}' http://kennel.local/rpc/count
```
";
    let out = read("batch.md", page);
    let fields = body_fields(&out, 0);
    assert_eq!(fields, [("calls", true), ("parallel", true)]);
    assert!(out.spec.operations[1].body.is_none());
}

/// Query parameters named in prose: a paragraph of the section that names a `GET` route's
/// path in code and `name=value` code spans; not for a route that sends a body.
#[test]
fn query_parameters_named_in_prose() {
    let page = "# Kennel

## Lookups

| Path | Method | Description |
|----- | ------ | ----------- |
| `/dogs/{ID}` | GET | One dog.
| `/dogs/{ID}/walks` | POST | Walks it.

You can pass `brief=1` to `/dogs/{ID}` to shorten the answer. Set `fields=` to choose; if no
`fields=` is given, `fields=all` is the default. Also `/dogs/{ID}/walks` takes `x=1`.
";
    let out = read("lookups.md", page);
    assert_eq!(
        ops(&out)[0].1,
        ["ID path true", "brief query false", "fields query false"]
    );
    assert_eq!(ops(&out)[1].1, ["ID path true"]);
}

/// `**Payload:** none`: the label says there is no body; no warning, nothing unknown.
#[test]
fn a_label_that_says_none() {
    let page = "# Pets

## Delete a pet
> **DELETE** /pets/{petId}

**Payload:** none

**Return value:** HTTP status 200 (OK)
";
    let out = read("none.md", page);
    let op = &out.spec.operations[0];
    assert!(op.body.is_none());
    assert!(
        !op.unknown.contains(&chatgen_codegen::spec::Unknown::Body),
        "{:?}",
        op.unknown
    );
    assert!(!said(&out, "nothing under"), "{:?}", out.diags);
}

/// Calls given only as links on lines of their own (two or more, one path no route names,
/// each with a query string): a `GET` of that path (warned: the page names no method) with
/// the query names all the links show; one link alone is no operation.
#[test]
fn calls_given_only_as_links() {
    let page = "# Kennel service

## Samples

Admits a dog:

http://kennel.example:8080/svc/kennel?action=admit&key=s3cret&name=rex

Releases it:

http://kennel.example:8080/svc/kennel?action=release&key=s3cret&name=rex&reason=adopted

See also http://kennel.example/docs?page=2 for more.

http://kennel.example/help?topic=dogs
";
    let out = read("links.md", page);
    assert_eq!(
        ops(&out),
        [(
            "GET /svc/kennel".to_string(),
            vec![
                "action query false".to_string(),
                "key query false".to_string(),
                "name query false".to_string(),
                "reason query false".to_string(),
            ]
        )]
    );
    assert!(said(&out, "the page names no method"), "{:?}", out.diags);
}

/// A name column headed `Param Name` / `Property Name` and a `Required / Optional` column
/// whose cells say which (`Required`, `Optional (default 1)`); bold headers as well.
#[test]
fn name_and_required_columns_in_other_words() {
    let page = "# Feeder API

## Fill the bowl

POST /bowls/{bowlId}/fill

| Param Name | Required / Optional | Type | Description |
|------------|---------------------|------|-------------|
| bowlId | Required | String | The bowl. |
| grams | Optional (default 100) | Number | How much. |

## List bowls

GET /bowls

| **Property Name** | **Required/Optional** | **Type** | **Description** |
|---|---|---|---|
| room | Optional | String | Only this room. |
| ~~color~~ | Optional | String | Removed in 2.0. |
| owner | Required | String | Whose bowls. |
";
    let out = read("feeder.md", page);
    assert_eq!(
        ops(&out),
        [
            (
                "POST /bowls/{bowlId}/fill".to_string(),
                vec!["bowlId path true".to_string()]
            ),
            (
                "GET /bowls".to_string(),
                vec![
                    "room query false".to_string(),
                    "owner query true".to_string()
                ]
            ),
        ]
    );
}

/// Method and URL each under a label of its own, the value under it: `#### URL` /
/// `` `/path` `` / `#### Method` / `` `POST` `` (in either order), or bold labels; the
/// `URL Params` / `Success Response` labels after them belong to the same operation, and
/// operations sharing one section are named by their routes.
#[test]
fn method_and_url_under_labels_of_their_own() {
    let page = "# Kennel API

Endpoints:

#### URL
`/kennel/dogs/:dogId`
#### Method
`DELETE`
#### URL Params
| Name | Description |
|------|-------------|
| dogId | The dog. |
#### Success Response
Code: 204

#### Method
`GET`
#### URL
`/kennel/dogs`
#### Success Response
Code: 200

**URL**

`/kennel/walks`

**Method**

`POST`
";
    let out = read("kennel.md", page);
    assert_eq!(
        ops(&out),
        [
            (
                "DELETE /kennel/dogs/{dogId}".to_string(),
                vec!["dogId path true".to_string()]
            ),
            ("GET /kennel/dogs".to_string(), vec![]),
            ("POST /kennel/walks".to_string(), vec![]),
        ]
    );
    let names: Vec<&str> = out
        .spec
        .operations
        .iter()
        .map(|o| o.name.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "DELETE /kennel/dogs/{dogId}",
            "GET /kennel/dogs",
            "POST /kennel/walks"
        ]
    );
}

/// A heading holding only a path (`%name%` placeholders), its methods the first words of
/// paragraphs under it; two path headings stacked share the section, each path taking each
/// method and only its own placeholders from the shared table. A sentence starting with
/// `Get` is no method.
#[test]
fn methods_as_first_words_under_a_path_heading() {
    let page = "## /v2/kennel/%kennelId%/dog/%dogName%?owner=%owner
## /v2/kennel/%kennelId%/cat/%catName%?owner=%owner
### Methods

POST Admit an animal to the kennel.

DELETE Release it

### Parameters

| Param | Description |
|-------|-------------|
| kennelId | The kennel. |
| dogName | The dog's name. |
| catName | The cat's name. |

## /v2/kennel/%kennelId%/animals
### Methods

GET Lists the animals.

Get them all at once with this call.
";
    let out = read("kennel.md", page);
    let routes = routes(&out);
    assert_eq!(
        routes,
        [
            "POST /v2/kennel/{kennelId}/dog/{dogName}",
            "DELETE /v2/kennel/{kennelId}/dog/{dogName}",
            "POST /v2/kennel/{kennelId}/cat/{catName}",
            "DELETE /v2/kennel/{kennelId}/cat/{catName}",
            "GET /v2/kennel/{kennelId}/animals",
        ]
    );
    let delete_dog = &ops(&out)[1].1;
    assert!(
        delete_dog.contains(&"dogName path true".to_string()),
        "{delete_dog:?}"
    );
    assert!(
        !delete_dog.iter().any(|p| p.starts_with("catName")),
        "{delete_dog:?}"
    );
    assert_eq!(
        out.spec.operations[4].name,
        "GET /v2/kennel/{kennelId}/animals"
    );
}

/// A concrete sample call in an overview (a query string, concrete values), printed before
/// the route it instantiates, is an example of that route, not an operation; a template
/// with a host before a shorter route stays an operation.
#[test]
fn a_sample_call_before_its_route() {
    let page = "# Kennel API

Calls made for a user carry the user in the query:

```
GET /v2/dogs/rex?owner=%40ann
Authorization: Bearer s3cret
```

# Calls

## GET /v2/dogs/{name}

Shows a dog.

## Adopt

POST https://kennel.example/v2/dogs/{name}/adopt

## POST /v2/dogs/{name}

Renames a dog.
";
    let out = read("kennel.md", page);
    let routes = routes(&out);
    assert_eq!(
        routes,
        [
            "GET /v2/dogs/{name}",
            "POST /v2/dogs/{name}/adopt",
            "POST /v2/dogs/{name}",
        ]
    );
}

/// Definition lists and items under response or error labels are no parameters: the
/// attributes of an object the response shows, error keys under `Errors` (a label, or a
/// definition whose term is the label), and a label printed as an item's name
/// (`- Parameters: a=1`) is never a field.
#[test]
fn lists_under_response_and_error_labels() {
    let page = "# Kennel API

## Show a dog

GET /dogs/{name}

**Parameters:**

| Param Name | Required / Optional | Description |
|---|---|---|
| name | Required | The dog. |
| verbose | Optional | More. |

**Example Response:**

```json
{\"dog\": {\"name\": \"rex\", \"age\": 3}}
```

The dog object has the following attributes:

name
: The dog's name.

age
: Its age in years.

Errors
: This call can answer with these error keys:

noDog
: No such dog.

## Walk a dog

POST /dogs/{name}/walk

**Example Requests:**

- Parameters: `name=rex` and `minutes=20`

**Errors**

tooLate
: The kennel is closed.
";
    let out = read("kennel.md", page);
    assert_eq!(
        ops(&out),
        [
            (
                "GET /dogs/{name}".to_string(),
                vec![
                    "name path true".to_string(),
                    "verbose query false".to_string()
                ]
            ),
            (
                "POST /dogs/{name}/walk".to_string(),
                vec!["name path true".to_string()]
            ),
        ]
    );
    let walk = &out.spec.operations[1];
    assert!(walk.body.is_none(), "{:?}", walk.body);
}

/// A table of statuses (`| Return Code | Reason |`) gives the operation's statuses; a label
/// heading at a path heading's level (`## Body` under `## /path`) stays in its section.
#[test]
fn a_table_of_return_codes() {
    let page = "## /v2/kennel/%kennelId%
### Methods

DELETE Closes the kennel.

## Body

Nothing is sent.

### Return Codes

| Return Code | Reason |
|---|---|
| 200 | Closed. |
| 404 | No such kennel. |

## /v2/kennels
### Methods

GET Lists the kennels.
";
    let out = read("kennel.md", page);
    let statuses: Vec<(String, Vec<u16>)> = out
        .spec
        .operations
        .iter()
        .map(|o| {
            (
                o.name.clone(),
                o.responses.iter().filter_map(|r| r.code()).collect(),
            )
        })
        .collect();
    assert_eq!(
        statuses,
        [
            ("DELETE /v2/kennel/{kennelId}".to_string(), vec![200, 404]),
            ("GET /v2/kennels".to_string(), vec![]),
        ]
    );
}

/// Statuses as `Code: 201` lines under response labels, a comment after the reason.
#[test]
fn code_lines_under_response_labels() {
    let page = "# Kennel API

#### URL
`/kennel/dogs`
#### Method
`POST`
#### Success Response
Code: `201`
#### Error Response
Code: `409 Conflict` // when the name is taken
";
    let out = read("kennel.md", page);
    let op = &out.spec.operations[0];
    let statuses: Vec<(Option<u16>, Option<String>)> = op
        .responses
        .iter()
        .map(|r| (r.code(), r.doc.clone()))
        .collect();
    assert_eq!(
        statuses,
        [(Some(201), None), (Some(409), Some("Conflict".to_string()))]
    );
}

/// A listed parameter located by nothing but the method, whose name the route's query
/// string shows, is a query parameter; `Option` heads a name column.
#[test]
fn a_listed_name_the_query_string_shows() {
    let page = "## PUT /kennel/{kennelId}?owner={owner}

| Param | Description |
|---|---|
| kennelId | The kennel. |
| owner | Who asks. |

### Body

| Option | Description |
|---|---|
| quiet | No barking. |
";
    let out = read("kennel.md", page);
    assert_eq!(
        ops(&out),
        [(
            "PUT /kennel/{kennelId}".to_string(),
            vec![
                "kennelId path true".to_string(),
                "owner query false".to_string()
            ]
        )]
    );
    assert!(out.spec.operations[0].body.is_some());
}

/// A route named only in prose as a code span without a leading slash (`<kennel>/dogs`),
/// shown concretely by a request line in a sample exchange: the route is the template; a
/// path that another route of the page already has is left alone.
#[test]
fn a_template_named_in_prose_and_shown_by_a_sample() {
    let page = "# Kennel streams

* Dogs: `<kennel>/dogs` streams the dogs, `/v1/cats/{id}` shows a cat.

## Dog stream

Consume the dog endpoint like this:

    GET /north/dogs HTTP/1.1
    Host: kennel.example

## Cats

GET /v1/cats/{id}

```
GET /v1/cats/tom HTTP/1.1
```
";
    let out = read("kennel.md", page);
    let routes = routes(&out);
    assert_eq!(routes, ["GET /{kennel}/dogs", "GET /v1/cats/{id}"]);
}

/// Status lines of raw exchanges in code, indented or fenced (`HTTP/1.1 200 OK`, `HTTP
/// 204`), are the operation's statuses.
#[test]
fn status_lines_in_raw_exchanges() {
    let page = "# Kennel

## GET /dogs

    GET /dogs HTTP/1.1
    Host: kennel.example

    HTTP/1.1 200 OK
    Content-Type: application/json

## DELETE /dogs/{name}

```
HTTP 204
```
";
    let out = read("kennel.md", page);
    let statuses = statuses(&out);
    assert_eq!(statuses, [vec![200], vec![204]]);
}

/// Bare upper-case placeholders in a route (`ROOM_ID`, `MESSAGEID`, `ID`) are `{ROOM_ID}`,
/// named as written; lower-case segments and other capitals (`V1`, `API`, `IP`) stay literal.
#[test]
fn upper_case_placeholders_in_a_route() {
    let page = "# Chat

## POST `/chats/ROOM_ID/messages`

Posts a message to the room ROOM_ID.

## GET `/API/messages/MESSAGEID/star`

Stars a message.

## PATCH `/chats/ID/edit`

Edits the chat ID.
";
    let out = read("chat.md", page);
    let routes = routes(&out);
    assert_eq!(
        routes,
        [
            "POST /chats/{ROOM_ID}/messages",
            "GET /API/messages/{MESSAGEID}/star",
            "PATCH /chats/{ID}/edit"
        ]
    );
    assert!(upper_placeholder("ID"));
    assert!(!upper_placeholder("IP"));
    assert!(!upper_placeholder("users"));
    assert!(!upper_placeholder("V1"));
    assert!(!upper_placeholder("Room_Id"));
}

/// `Body format` / `Request format` labels a request body (the JSON under it gives its
/// fields), `Success response format` / `Response body` a response, inside the operation.
#[test]
fn body_and_response_format_labels() {
    let page = "# Bridge

## POST `/v2/login`

### Body format

```json
{
    \"token\": \"abc\",
    \"cookie\": \"def\"
}
```

### Success response format

```json
{
    \"team_id\": \"T1\"
}
```

## GET `/v2/ping`

### Response body

```json
{
    \"ok\": true
}
```
";
    let out = read("bridge.md", page);
    let ops = &out.spec.operations;
    assert_eq!(ops.len(), 2);
    let Some(Body {
        ty: TypeRef::Named(n),
        ..
    }) = &ops[0].body
    else {
        panic!("no body: {:?}", ops[0].body);
    };
    let mut names: Vec<&str> = out.spec.types[n]
        .fields()
        .iter()
        .map(|f| f.name.as_str())
        .collect();
    names.sort_unstable();
    assert_eq!(names, ["cookie", "token"]);
    assert_eq!(ops[0].responses.len(), 1);
    assert_eq!(ops[1].responses.len(), 1);
    assert!(ops[1].body.is_none());
}

/// A status in prose under an operation (`Returns 200 with …`, `responds with 204`,
/// `returns HTTP 404 if …`) is one of its responses when nothing else gives a status; a
/// number that is not a status after the verb (`returns 1000 items`) is not.
#[test]
fn statuses_in_prose_sentences() {
    let page = "# Bridge

## POST `/v2/logout/{team}`

Logs out. Returns 200 with an empty JSON object on success, and returns HTTP 404 if the
team is unknown.

## DELETE `/v2/session`

The server responds with 204.

## GET `/v2/list`

Returns 1000 items at most; returns the 20 newest first.

## GET `/v2/room`

Returns 404 if the room is unknown.

### 200: OK
";
    let out = read("bridge.md", page);
    let statuses = statuses(&out);
    assert_eq!(statuses, [vec![200, 404], vec![204], vec![], vec![200]]);
}

/// The fields of operation `i`'s body type, each with whether it is optional.
fn body_fields(out: &Extracted, i: usize) -> Vec<(&str, bool)> {
    let Some(Body {
        ty: TypeRef::Named(n),
        ..
    }) = &out.spec.operations[i].body
    else {
        panic!("no body: {:?}", out.spec.operations[i].body);
    };
    out.spec.types[n]
        .fields()
        .iter()
        .map(|f| (f.name.as_str(), f.optional))
        .collect()
}

/// Whether a diagnostic of `out` says `text`.
fn said(out: &Extracted, text: &str) -> bool {
    out.diags.iter().any(|d| d.message.contains(text))
}

/// A server written as a capitalised variable before the path (`SITE_ROOT/api/v1/pets`,
/// no leading `/`) is the server, not a `{SITE_ROOT}` placeholder; the heading's attribute
/// list (`{: #list-pets .rule }`) is not part of the operation's name; a parameter named as
/// its query-string pair (`kind=<value>`, `&lt;value&gt;` as HTML-escaped Markdown prints
/// it) is a query parameter named `kind`, whatever label the list is under.
#[test]
fn a_server_variable_attribute_lists_and_query_pairs() {
    let page = "# Pets API

## List pets {: #list-pets .rule }

`GET SITE_ROOT/api/v1/pets/`

### Parameters

kind=&lt;value&gt;
:   Only pets of this kind.

- `limit=<n>` at most this many.

Example: `SITE_ROOT/api/v1/pets/?kind=cat`

## Show a pet {: #show-pet }

`GET SITE_ROOT/api/v1/pets/<id>`

## Rename a pet

`POST BASE_URL/api/v1/pets/<id>/name`

### Request Parameters

name
:   string, the new name.
";
    let out = read("pets.md", page);
    assert_eq!(
        ops(&out),
        [
            (
                "GET /api/v1/pets/".to_string(),
                vec![
                    "kind query false".to_string(),
                    "limit query false".to_string()
                ]
            ),
            (
                "GET /api/v1/pets/{id}".to_string(),
                vec!["id path true".to_string()]
            ),
            (
                "POST /api/v1/pets/{id}/name".to_string(),
                vec!["id path true".to_string()]
            ),
        ]
    );
    let names: Vec<&str> = out
        .spec
        .operations
        .iter()
        .map(|o| o.name.as_str())
        .collect();
    assert_eq!(names, ["List pets", "Show a pet", "Rename a pet"]);
    assert_eq!(body_fields(&out, 2), [("name", true)]);
    // An upper-case segment after the path's `/` is still a placeholder.
    let out = read(
        "p.md",
        "# Pets\n\n## Show a pet\n\n`GET SITE_ROOT/api/v1/pets/PET_ID`\n\n## List pets\n\n`GET SITE_ROOT/api/v1/pets`\n",
    );
    assert_eq!(ops(&out)[0].0, "GET /api/v1/pets/{PET_ID}");
}

/// A call whose path is only placeholders (`http://HOST:8000/ENDPOINT` in the
/// introduction) is no operation; a sample call with a query string whose path leaves out
/// the route's last placeholder (an optional segment) is an example of that route; a call to
/// a host with another method than the heading's route over it is an example written with
/// the wrong method; an operation whose text refers to another operation's parameters by
/// its route (`Refer to parameters from POST /pets`) sends that operation's body.
#[test]
fn generic_targets_optional_tails_wrong_methods_and_referred_parameters() {
    let page = "# Pets API

Call any endpoint like this:

```shell
curl -H 'Authorization: Bearer TOKEN' http://HOST:8000/ENDPOINT
```

#### GET /pets/visits/{since}

The `since` segment is optional.

```shell
curl 'http://localhost:8000/pets/visits?kind=cat'
```

#### POST /pets

##### Parameters

| Name | Type   | Required | Description |
| ---- | ------ | -------- | ----------- |
| name | string | Yes      | The name.   |
| kind | string |          | The kind.   |

#### PUT /pets/{id}

Replaces a pet.

> Refer to parameters from [POST /pets](#post-pets).

```shell
curl -X POST 'http://localhost:8000/pets/7' -d '{\"name\": \"Rex\"}'
```
";
    let out = read("pets.md", page);
    let routes = routes(&out);
    assert_eq!(
        routes,
        ["GET /pets/visits/{since}", "POST /pets", "PUT /pets/{id}"]
    );
    assert_eq!(body_fields(&out, 2), [("name", false), ("kind", true)]);
}

/// Under a `Request` label, the JSON block right after the block holding the route is the
/// body's sample (not after any other block); a `Status: 204 No Content` line in code under
/// a response label is the answer's status.
#[test]
fn a_body_sample_after_the_route_block_and_status_header_lines() {
    let page = "# Pets

## Adopt a pet

### Request

~~~
POST /pets/{id}/adoption
~~~
~~~json
{
  \"owner\": \"Ann\",
  \"since\": \"2020-01-01\"
}
~~~

### Response

~~~
Status: 201 Created
~~~

## Release a pet

### Request

~~~
PUT /pets/{id}/release
~~~

Send it like this, with the pet's id:

~~~json
{\"note\": \"an example of something else\"}
~~~
";
    let out = read("pets.md", page);
    assert_eq!(body_fields(&out, 0), [("owner", true), ("since", true)]);
    let statuses: Vec<Option<u16>> = out.spec.operations[0]
        .responses
        .iter()
        .map(|r| r.code())
        .collect();
    assert_eq!(statuses, [Some(201)]);
    assert!(out.spec.operations[1].body.is_none());
}

/// Under a parameters label, an item whose first word is a name no prose word is (snake or
/// camel case) reads as a parameter even with no separator before its description
/// (`` - `minimal_response` to only return … ``); a sentence item (`- only when …`) does not.
#[test]
fn wire_names_before_prose_descriptions() {
    let page = "# Log

## Read the log

`GET /api/log`

You can pass the following optional parameters:

- `minimal_response` to only return the state.
- `maxItems` to return at most that many.
- only one filter applies at a time.
";
    let out = read("log.md", page);
    assert_eq!(
        ops(&out)[0].1,
        ["minimal_response query false", "maxItems query false"]
    );
}

/// Under a parameters label, a sub-heading that is a parameter's name (`#### channel`,
/// in code or not) is that parameter, with the paragraphs under it as its description (a
/// type and `required` read from them); a sub-heading that is a label (`#### Example`) or a
/// sentence ends the list.
#[test]
fn parameters_given_headings_of_their_own() {
    let page = "# Chat

## Post a message

`POST /messages`

### Arguments

#### `channel`

Required. String. The channel to post to.

#### `text`

The message text.

#### `thread_ts`

string - optional, the thread.

### Example

#### `ignored`

Not a parameter: under an example.
";
    let out = read("chat.md", page);
    let fields = body_fields(&out, 0);
    assert_eq!(
        fields,
        [("channel", false), ("text", true), ("thread_ts", true)]
    );
}

/// Method headings written as call signatures (`createGroup()`, `getText(padID, [rev])`),
/// two or more at one level, name RPC methods; the signature's arguments are parameters,
/// required unless in brackets. A lone signature among prose headings names nothing.
#[test]
fn call_signature_headings() {
    let page = "# Pads API

All calls go to `/api/1/<function>`.

## Groups

### createGroup()

Creates a new group.

### getText(padID, [rev])

Returns the text of a pad.

### deleteGroup(groupID)

Deletes a group.
";
    let out = read("pads.md", page);
    let methods: Vec<(String, Vec<(String, bool)>)> = out
        .spec
        .operations
        .iter()
        .map(|o| {
            (
                o.rpc.as_ref().map(|r| r.target.clone()).unwrap_or_default(),
                o.params
                    .iter()
                    .map(|p| (p.name.clone(), p.required))
                    .collect(),
            )
        })
        .collect();
    assert_eq!(
        methods,
        [
            ("createGroup".to_string(), vec![]),
            (
                "getText".to_string(),
                vec![("padID".to_string(), true), ("rev".to_string(), false)]
            ),
            (
                "deleteGroup".to_string(),
                vec![("groupID".to_string(), true)]
            ),
        ]
    );
    let lone = read(
        "p.md",
        "# Guide\n\n## Setup\n\nText.\n\n### configure(path)\n\nCall it once.\n",
    );
    assert!(lone.spec.operations.is_empty());
}

/// A curl fence left open before the answer's fence: CommonMark closes a fence only with a
/// bare run of its character, so the ```` ```json ```` line is text of the curl block and the
/// operations after it are read; a ```` ```"ok"``` ```` line is inline code, not a fence.
#[test]
fn an_unclosed_fence_ends_at_the_next_bare_fence() {
    let page = "# Sites

## DELETE /api/sites/{id}

```bash title=\"Try it\"
curl -X DELETE https://example.com/api/sites/1

```json title=\"Response 200 OK\"
{ \"deleted\": true }
```

## GET /api/sites

Returns ```\"ok\"``` when nothing is there.

```\"ok\"```

## GET /api/sites/{id}/goals

Lists the goals.
";
    let out = read("sites.md", page);
    let routes = routes(&out);
    assert_eq!(
        routes,
        [
            "DELETE /api/sites/{id}",
            "GET /api/sites",
            "GET /api/sites/{id}/goals"
        ]
    );
}

/// A page per method named only by its front-matter title, with the method's URL at its top
/// and no HTTP method anywhere: one operation by that name, its parameter table read (in
/// the body, as for every RPC method without a route), its route unknown. A page whose URL
/// names something else gives nothing.
#[test]
fn a_page_per_method_named_by_its_title_and_url() {
    let page = "---
title: \"archiveNote\"
description: Archives a note.
---

`https://notes.example/api/archiveNote` Since 2.1

Archives a note.

### Parameters

| Parameter | Required | Description |
| --- | --- | --- |
| `noteId` | Yes | The note. |
| `reason` | No | Why. |
";
    let out = read("archivenote.md", page);
    assert_eq!(
        ops(&out),
        [(
            "? archive_note".to_string(),
            vec![
                "noteId body true".to_string(),
                "reason body false".to_string()
            ]
        )]
    );
    let other = page.replace("api/archiveNote", "api/other");
    assert!(read("archivenote.md", &other).spec.operations.is_empty());
}

/// MDX parameter lists: each name on a line of its own with an element saying whether it
/// is required (`**after** <Optional />`), its description in the next paragraph, between
/// `<hr />` rules; the location from the label over them.
#[test]
fn names_marked_required_by_an_element() {
    let page = "# Sites

### GET /api/sites

Lists sites.

#### Query parameters
<hr / >

**after** <Optional />

Pagination cursor.

<hr / >

`limit` <Required/>

Pagination limit.

### DELETE /api/sites/{id}

Deletes a site.
";
    let out = read("sites.md", page);
    assert_eq!(
        ops(&out),
        [
            (
                "GET /api/sites".to_string(),
                vec![
                    "after query false".to_string(),
                    "limit query true".to_string()
                ]
            ),
            (
                "DELETE /api/sites/{id}".to_string(),
                vec!["id path true".to_string()]
            )
        ]
    );
    assert_eq!(
        super::fields::marked_name("**_id** <Required />"),
        Some(("_id", true))
    );
    assert_eq!(super::fields::marked_name("**after** <Note />"), None);
}

/// A status only in a code fence's title (```` ```json title="Response 201 Created" ````):
/// the sample's status; a title naming none (`Try it yourself`) labels nothing.
#[test]
fn a_status_in_a_fence_title() {
    let page = "# Sites

### POST /api/sites

Creates a site.

```bash title=\"Try it yourself\"
curl -X POST https://example.com/api/sites
```

```json title=\"Response 201 Created\"
{ \"domain\": \"example.com\" }
```

### GET /api/sites

Lists sites.

```json title=\"Sample answer\"
{ \"sites\": [] }
```
";
    let out = read("sites.md", page);
    let statuses = statuses(&out);
    assert_eq!(statuses, [vec![201], vec![]]);
}

/// A table of one record, a row per field headed by its name (HTML's `<th scope="row">`,
/// or a Markdown table whose header is the first pair): the route from its method and path
/// rows, the statuses from its status row, a status at the start of each line. A call to
/// a concrete id under it is the route's example, not an operation.
#[test]
fn a_table_of_one_record_per_request() {
    let page = r#"<h1>Widgets</h1>
<h2>Get a widget</h2>
<h3>Request</h3>
<table>
<tr><th scope="row">Method</th><td><code>GET</code></td></tr>
<tr><th scope="row">Path</th><td><code>/v1/widgets/<var>:widget-id</var></code><br/>(where <var>:widget-id</var> names a widget)</td></tr>
</table>
<h3>Response</h3>
<table>
<tr><th scope="row">Status</th><td><code>200</code> on success<br/><code>404</code> if no widget matches</td></tr>
</table>
<h4>Example</h4>
<pre><code>curl https://widgets.example.com/v1/widgets/ABC123</code></pre>
<h2>Delete a widget</h2>
<table>
<tr><th scope="row">Method</th><td><code>DELETE</code></td></tr>
<tr><th scope="row">Path</th><td><code>/v1/widgets/<var>:widget-id</var></code></td></tr>
<tr><th scope="row">Status</th><td><code>204</code> on success</td></tr>
</table>
"#;
    let out = read("widgets.html", page);
    assert_eq!(
        routes(&out),
        [
            "GET /v1/widgets/{widget_id}",
            "DELETE /v1/widgets/{widget_id}"
        ]
    );
    assert_eq!(statuses(&out), [vec![200, 404], vec![204]]);
    let md = "# Widgets\n\n## Get a widget\n\n| Method | `GET` |\n|---|---|\n| Path | `/v1/widgets/{id}` |\n| Status | 200 on success |\n";
    let out = read("widgets.md", md);
    assert_eq!(routes(&out), ["GET /v1/widgets/{id}"]);
    assert_eq!(statuses(&out), [vec![200]]);
    assert_eq!(
        super::responses::leading_status("404: if no widget matches"),
        Some((404, Some("if no widget matches".to_string())))
    );
    assert_eq!(super::responses::leading_status("2001 widgets"), None);
}

/// Operations titled by bold paragraphs (`**List Archived**`) over their routes' code
/// blocks: each is an operation of its own, named by its title, even where its path is an
/// instance of another's (`/archived/` of `/{id}/`); two routes in one block share what
/// follows it (one payload for `PUT` and `PATCH`).
#[test]
fn bold_titles_and_routes_sharing_a_block() {
    let page = "# API\n\n### Notes\n\n**Retrieve**\n\n```\nGET /api/notes/<id>/\n```\n\nGets a note.\n\n**List Archived**\n\n```\nGET /api/notes/archived/\n```\n\nArchived notes.\n\n**Update**\n\n```\nPUT /api/notes/<id>/\nPATCH /api/notes/<id>/\n```\n\nExample payload:\n\n```json\n{\"text\": \"x\", \"pinned\": true}\n```\n";
    let out = read("notes.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /api/notes/{id}/",
            "GET /api/notes/archived/",
            "PUT /api/notes/{id}/",
            "PATCH /api/notes/{id}/"
        ]
    );
    let names: Vec<&str> = out
        .spec
        .operations
        .iter()
        .map(|o| o.name.as_str())
        .collect();
    assert_eq!(names, ["Retrieve", "List Archived", "Update", "Update"]);
    let bodies: Vec<Vec<String>> = out.spec.operations[2..]
        .iter()
        .map(|o| {
            let Some(Body {
                ty: TypeRef::Named(n),
                ..
            }) = &o.body
            else {
                return Vec::new();
            };
            out.spec.types[n]
                .fields()
                .iter()
                .map(|f| f.name.clone())
                .collect()
        })
        .collect();
    assert_eq!(bodies, [vec!["text", "pinned"], vec!["text", "pinned"]]);
}

/// Parameters given as the JSON object under a parameter label (`**Parameters**:` then
/// ```` ```json ```` `{"batchSize": 10}`): a `GET`'s are query parameters typed by their
/// values, a `POST`'s the body; a plain block of `name: Type` lines under the label lists
/// parameters too. JSON under a label that names no parameters (`A request with …`) is
/// neither.
#[test]
fn parameters_as_json_or_typed_lines_under_their_label() {
    let page = "# API\n\n#### Get items\n\n* **Method**: GET\n* **Route**: /items\n* **Parameters**:\n\n```json\n{\n  \"batchSize\": 10, // how many\n  \"getRead\": true\n}\n```\n\n#### Create a folder\n\n* **Method**: POST\n* **Route**: /folders\n* **Parameters**:\n\n```json\n{\n  \"name\": \"folder name\"\n}\n```\n\n#### Feed\n\n* **Method**: GET\n* **Route**: /feed\n\nParameters:\n\n```\nmax_results: Int32\npage: Int32 the page to show\n```\n\n#### Markers\n\n* **Method**: GET\n* **Route**: /markers\n\n#### Request\n\nA request with `?timeline=home`\n\n```json\n{\"home\": {\"last_read_id\": \"1\"}}\n```\n";
    let out = read("items.md", page);
    let found = ops(&out);
    assert_eq!(
        found[0],
        (
            "GET /items".to_string(),
            vec!["batchSize query false".into(), "getRead query false".into()]
        )
    );
    let types: Vec<String> = out.spec.operations[0]
        .params
        .iter()
        .map(|p| p.ty.to_string())
        .collect();
    assert_eq!(types, ["integer", "boolean"]);
    let Some(Body {
        ty: TypeRef::Named(n),
        ..
    }) = &out.spec.operations[1].body
    else {
        panic!("no body: {:?}", out.spec.operations[1]);
    };
    assert_eq!(out.spec.types[n].fields()[0].name, "name");
    assert_eq!(found[2].1, ["max_results query false", "page query false"]);
    assert_eq!(
        out.spec.operations[2].params[1].doc.as_deref(),
        Some("the page to show")
    );
    assert_eq!(found[3].1, Vec::<String>::new());
}

/// A label heading over deeper label headings (`#### Request` over `##### Query
/// parameters`) is a section of labels, not an empty list: no warning; an empty label
/// heading (`##### Headers` then the next label) still is.
#[test]
fn a_section_of_labels_is_not_an_empty_list() {
    let page = "# API\n\n## Get things\n\n```http\nGET /api/things HTTP/1.1\n```\n\n#### Request\n##### Headers\n\n##### Query parameters\n\nlimit\n: Integer. How many.\n";
    let out = read("things.md", page);
    let empty: Vec<&str> = out
        .diags
        .iter()
        .filter(|d| d.message.contains("nothing under"))
        .map(|d| d.message.as_str())
        .collect();
    assert_eq!(
        empty,
        [
            "operation `Get things`: nothing under `Headers` (expected a parameter list); no parameters read"
        ]
    );
    assert_eq!(ops(&out)[0].1, ["limit query false"]);
}

/// A Sphinx page (reStructuredText, sphinxcontrib-httpdomain): each `.. http:get::`
/// directive is an operation, its field list gives path and query parameters and
/// statuses; the example request under it (`GET /receipts HTTP/1.1`) and one in a later
/// section are its examples, not operations; lines point into the `.rst` file.
#[test]
fn a_sphinx_httpdomain_page() {
    let page = ".. _api/db:\n\n=========\n``/{db}``\n=========\n\n.. http:get:: /{db}\n    :synopsis: Returns the database information\n\n    Gets information about the specified database.\n\n    :param db: Database name\n    :query boolean conflicts: Includes conflicts\n    :code 200: Request completed successfully\n    :code 404: Requested database not found\n\n    **Request**:\n\n    .. code-block:: http\n\n        GET /receipts HTTP/1.1\n\n.. http:post:: /{db}\n    :synopsis: Creates a document\n\n    :param db: Database name\n    :<json string _id: The document id\n    :code 201: Created\n\nSpecifying the ID\n=================\n\n.. code-block:: http\n\n    POST /db HTTP/1.1\n";
    let out = extract(&Document::parse("db.rst", page), "db", "db.rst");
    assert_eq!(
        ops(&out),
        [
            (
                "GET /{db}".to_string(),
                vec!["db path true".into(), "conflicts query false".into()]
            ),
            ("POST /{db}".to_string(), vec!["db path true".into()])
        ]
    );
    assert_eq!(statuses(&out), [vec![200, 404], vec![201]]);
    let lines: Vec<u32> = out.spec.operations.iter().map(|o| o.line).collect();
    assert_eq!(lines, [7, 23], "the directives' lines in the .rst file");
    let Some(Body {
        ty: TypeRef::Named(n),
        ..
    }) = &out.spec.operations[1].body
    else {
        panic!("no body: {:?}", out.spec.operations[1]);
    };
    assert_eq!(out.spec.types[n].fields()[0].name, "_id");
}

/// An AsciiDoc page: operations from `Request Path | Method` tables whose paths are
/// written without a leading `/` and with escaped braces (`ocs/v1.php/users/\{userid\}`),
/// parameters from the `Argument | Type | Description` table under it, also where the
/// table's header option is misspelt (`options="headers"`); the curl example is the
/// route's example.
#[test]
fn an_asciidoc_page_of_tables() {
    let page = "= Users API\n\n== Users\n\n=== Enable User\n\n[cols=\"2,1\",options=\"headers\"]\n|===\n| Request Path | Method\n| `ocs/v1.php/users/\\{userid\\}/enable` | `PUT`\n|===\n\n[cols=\"1,1,2\",options=\"header\"]\n|===\n| Argument | Type | Description\n| userid | string | The id of the user\n|===\n\n[source,console]\n----\ncurl -X PUT http://admin:secret@example.com/ocs/v1.php/users/Frank/enable\n----\n\n=== Get Users\n\n[cols=\",,\",options=\"header\",]\n|===\n| Request Path | Method | Content Type\n| `Syntax: ocs/v1.php/users` | `GET` | `text/plain`\n|===\n\n[cols=\"1,1,2\",options=\"header\"]\n|===\n| Argument\n| Type\n| Description\n\n| search\n| string\n| optional search string\n|===\n";
    let out = extract(&Document::parse("users.adoc", page), "users", "users.adoc");
    assert_eq!(
        ops(&out),
        [
            (
                "PUT /ocs/v1.php/users/{userid}/enable".to_string(),
                vec!["userid path true".into()]
            ),
            (
                "GET /ocs/v1.php/users".to_string(),
                vec!["search query false".into()]
            )
        ]
    );
}

/// RPC methods named by a label at the top of their section (`Method name: `torrent_get``)
/// or listed in a `Method name` column of a table: an operation each.
#[test]
fn methods_named_by_a_label_or_a_table_column() {
    let page = "# RPC\n\n## 3 Torrent requests\n\n### 3.1 Actions\n\n| Method name | Description |\n|:--|:--|\n| `torrent_start` | start torrent |\n| `torrent_stop` | stop torrent |\n\nRequest parameters: `ids`.\n\n### 3.2 Torrent accessor: `torrent_get`\n\nMethod name: `torrent_get`.\n\nRequest parameters:\n\n| Key | Value Type | Description |\n|:--|:--|:--|\n| `ids` | array | the torrents |\n| `fields` | array | the keys |\n";
    let out = read("rpc.md", page);
    let names: Vec<String> = out
        .spec
        .operations
        .iter()
        .map(|o| {
            o.rpc
                .as_ref()
                .map_or_else(String::new, |r| r.target.clone())
        })
        .collect();
    assert_eq!(names, ["torrent_start", "torrent_stop", "torrent_get"]);
    assert_eq!(
        ops(&out)[2].1,
        ["ids body false", "fields body false"],
        "an RPC method's parameters travel in its body"
    );
}

/// A body written as JavaScript with type names for values (```` ```javascript ````
/// `{"title": String, "count": Int64}`): its fields, typed by the names; an answer under
/// `Returns a 201 on success with the following schema:` is the 201's.
#[test]
fn type_names_for_values_and_a_status_in_a_returns_label() {
    let page = "# API\n\n##### POST `/api/v1/playlists/:id/videos`\n\nExample request body:\n\n```javascript\n{\n    \"videoId\": String,\n    \"position\": Int64,\n    \"privacy\": \"private\"\n}\n```\n\nReturns a 201 on success with the following schema:\n\n```javascript\n{\n    \"title\": String\n}\n```\n";
    let out = read("videos.md", page);
    let op = &out.spec.operations[0];
    let Some(Body {
        ty: TypeRef::Named(n),
        ..
    }) = &op.body
    else {
        panic!("no body: {op:?}");
    };
    let fields: Vec<(String, String)> = out.spec.types[n]
        .fields()
        .iter()
        .map(|f| (f.name.clone(), f.ty.to_string()))
        .collect();
    assert_eq!(
        fields,
        [
            ("videoId".to_string(), "string".to_string()),
            ("position".to_string(), "int64".to_string()),
            ("privacy".to_string(), "string".to_string())
        ]
    );
    assert_eq!(statuses(&out), [vec![201]]);
}

/// A `Method | Path` table whose one row gives two paths (`/v1/ns/:name <br /> /v1/ns`):
/// an operation per path, both documented by the whole section; bullets whose description
/// goes on over the next lines, with nested bullets under them, are one field each, the
/// nested ones the fields of the field above.
#[test]
fn two_paths_in_one_cell_and_bullets_over_several_lines() {
    let page = "# Namespaces\n\n## Create or Update Namespace\n\n| Method | Path | Produces |\n| ------ | ---- | -------- |\n| `POST` | `/v1/namespace/:namespace` <br /> `/v1/namespace` | `application/json` |\n\n### Parameters\n\n- `Name` `(string: <required>)`- Specifies the namespace to create or\n  update.\n\n- `Capabilities` `(Capabilities: <optional>)` - Specifies capabilities allowed\n  in the namespace.\n\n  - `EnabledTaskDrivers` `(array<string>: [])` - List of task drivers allowed\n    in the namespace.\n\n- `Quota` `(string: \"\")` - Specifies a quota.\n";
    let out = read("ns.md", page);
    assert_eq!(
        routes(&out),
        ["POST /v1/namespace/{namespace}", "POST /v1/namespace"]
    );
    for op in &out.spec.operations {
        let Some(Body {
            ty: TypeRef::Named(n),
            ..
        }) = &op.body
        else {
            panic!("no body: {op:?}");
        };
        let fields: Vec<&str> = out.spec.types[n]
            .fields()
            .iter()
            .map(|f| f.name.as_str())
            .collect();
        assert_eq!(fields, ["Name", "Capabilities", "Quota"], "{}", op.id);
    }
    let doc = Document::parse("ns.md", page);
    let name = doc
        .blocks
        .iter()
        .find(|b| b.text.starts_with("Name ("))
        .map(|b| (b.text.clone(), b.span.end_line));
    assert_eq!(
        name,
        Some((
            "Name (string: <required>)- Specifies the namespace to create or update.".to_string(),
            12
        ))
    );
}

/// Routes as set E's pages print them: a host without its scheme and MDX-escaped
/// placeholders in a heading with an anchor element (`#### GET rest.ably.io/channels/
/// \{channelId\} <a id="x" />`), whose curl example is not taken for a base path; the method
/// and the path in two code spans (`` `POST`-Request sent: `/api/v1/groups` ``); an item
/// opening with its route in code, printed with example ids (`` * `GET /chats/2.json` will
/// return … ``); statuses in a sample's comment (`# HTTP-Code 201 Created`).
#[test]
fn routes_as_set_e_prints_them() {
    let page = "# API\n\n## History\n\n#### GET rest.ably.io/channels/\\{channelId\\}/messages <a id=\"history\" />\n\nHistory.\n\n```shell\ncurl https://rest.ably.io/channels/rest-example/messages\n```\n\n## Create\n\n`POST`-Request sent: `/api/v1/groups`\n\n```json\n{\"name\": \"Sales\"}\n```\n\nResponse:\n\n```json\n# HTTP-Code 201 Created\n\n{\"id\": 1}\n```\n\n## Get a Campfire line\n\n* `GET /chats/2/lines/3.json` will return the line with ID `3` in the Campfire with ID `2`.\n\n###### Example JSON Response\n\n```json\n{\"id\": 3}\n```\n";
    let out = read("set-e.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /channels/{channelId}/messages",
            "POST /api/v1/groups",
            "GET /chats/{chat_id}/lines/{line_id}.json"
        ]
    );
    assert_eq!(statuses(&out)[1], [201]);
    let Some(Body {
        ty: TypeRef::Named(n),
        ..
    }) = &out.spec.operations[1].body
    else {
        panic!("no body: {:?}", out.spec.operations[1]);
    };
    assert_eq!(out.spec.types[n].fields()[0].name, "name");
}

/// Set F's shapes: httpdomain's `(name)` and `(converter:name)` placeholders in a Sphinx
/// directive whose options follow a blank line; a table of paths under a heading that
/// names the method (`== GETs (Reading Data)`); a placeholder with spaces inside its braces
/// (`{ message_id }`).
#[test]
fn set_f_shapes() {
    let rst = ".. _b:\n\nBuckets\n#######\n\nReplacing a bucket\n==================\n\n.. http:put:: /buckets/(bucket_id)\n\n    :synopsis: Replaces a bucket.\n\n    Text.\n\n.. http:get:: /buckets/(int:bucket_id)/groups\n\n    :synopsis: Lists groups.\n\n    Text.\n";
    let out = extract(&Document::parse("b.rst", rst), "b", "b.rst");
    assert_eq!(
        routes(&out),
        [
            "PUT /buckets/{bucket_id}",
            "GET /buckets/{bucket_id}/groups"
        ]
    );
    let adoc = "= Users\n\n== GETs (Reading Data)\n\n[options=\"header\"]\n|===\n| Parameter | Description\n| `/users` | Get a list of users.\n| `/users/{username}` | Get a user.\n|===\n\n== DELETEs (Removing Data)\n\n[options=\"header\"]\n|===\n| Resource | Description\n| `/users/{username}` | Delete a user.\n|===\n\nDeleted users cannot be restored.\n";
    let out = extract(&Document::parse("u.adoc", adoc), "u", "u.adoc");
    assert_eq!(
        routes(&out),
        [
            "GET /users",
            "GET /users/{username}",
            "DELETE /users/{username}"
        ]
    );
    let md = "# API\n\n### GET /api/v1/messages/{ message_id }\n\nOne message.\n\n### DELETE /api/v1/messages/{ message_id }\n\nDeletes it.\n";
    assert_eq!(
        routes(&read("m.md", md)),
        [
            "GET /api/v1/messages/{message_id}",
            "DELETE /api/v1/messages/{message_id}"
        ]
    );
}

/// A table of routes headed in another language (`| Método | Ruta |`): its columns are
/// known by what they hold, a method word in every row and a path in every row. A column
/// of methods beside descriptions only gives nothing.
#[test]
fn route_columns_known_by_their_cells() {
    let page = "# Puente\n\n## Endpoints HTTP\n\n| Método | Ruta | Descripción |\n|---|---|---|\n| GET  | `/salud` | Estado del puente |\n| PUT  | `/config` | Actualizar config |\n| POST | `/transaccion/compra-normal` | Cobro tarjeta |\n";
    let out = read("puente.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /salud",
            "PUT /config",
            "POST /transaccion/compra-normal"
        ]
    );
    let page =
        "# Verbs\n\n## Allowed\n\n| Verbo | Uso |\n|---|---|\n| GET | leer |\n| POST | crear |\n";
    assert!(read("verbs.md", page).spec.operations.is_empty());
}

/// Statuses stated as cases, in a paragraph or as items (`404 if the app is not found.`,
/// `- 400 for malformed fields`, `- 200 "Updated" on success`), beside a labelled one;
/// a number that merely opens a sentence (`100 items at most`) is no status.
#[test]
fn statuses_stated_as_cases() {
    let page = "# API\n\n### 3. GET /api/apps/{appId}\n\nResponse 200:\n\n```json\n{\"id\": \"a\"}\n```\n\n404 if `appId` not found.\n\n### 4. PUT /api/apps/{appId}\n\nResponses:\n- 200 \"Application updated\" (plain text) on success.\n- 400 for malformed / missing fields.\n- 500 on unexpected server errors.\n\n### 5. GET /api/jars\n\n100 items at most are listed.\n";
    let out = read("apps.md", page);
    assert_eq!(
        statuses(&out),
        [vec![200, 404], vec![200, 400, 500], vec![]]
    );
    // (A heading's ordinal is no name: the ids come from the routes.)
    let ids: Vec<&str> = out.spec.operations.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, ["get_apps_app_id", "put_apps_app_id", "get_jars"]);
}

/// A page's list of routes (an `Endpoints` block) over a section per route is an index:
/// each route is one operation, the one its heading documents, with that section's
/// parameters.
#[test]
fn a_route_list_over_sections_is_an_index() {
    let page = "# Websites\n\n**Endpoints**\n\n```text\nGET /api/websites\nGET /api/websites/:websiteId\n```\n\n---\n\n## GET /api/websites\n\nReturns all websites.\n\n**Parameters**\n\n- `search`: (optional string) Search text.\n\n## GET /api/websites/:websiteId\n\nGets a website by ID.\n";
    let out = read("websites.md", page);
    assert_eq!(
        ops(&out),
        [
            (
                "GET /api/websites".to_string(),
                vec!["search query false".to_string()]
            ),
            (
                "GET /api/websites/{websiteId}".to_string(),
                vec!["websiteId path true".to_string()]
            ),
        ]
    );
}

/// A parameter written as its query-string pair whose placeholder holds spaces
/// (`` `time=<rfc3339 | unix_timestamp>` ``) is named by what comes before `=`.
#[test]
fn a_pair_placeholder_with_spaces() {
    let page = "# API\n\n### Instant\n\n```\nGET /api/v1/query\n```\n\nURL query parameters:\n\n- `query=<string>`: Expression.\n- `time=<rfc3339 | unix_timestamp>`: Evaluation timestamp. Optional.\n";
    let out = read("query.md", page);
    let names: Vec<&str> = out.spec.operations[0]
        .params
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, ["query", "time"]);
}

/// Routes on `URL:` lines in one code span, with `<name with spaces>` placeholders, a
/// sample query string carrying the caller's credential, and a note in parentheses after
/// the span: each heading's own route (not a call of the route before it that it is an
/// instance of), the credential the API's auth, the other pairs query parameters.
#[test]
fn url_lines_with_spaced_placeholders_and_a_credential() {
    let page = "# Admin\n\n#### Purge a record\n\nURL: `POST /admin/purge/<server>/<media id>?access_token=your_access_token`\n\nDeletes a record.\n\n#### Purge a user's media\n\nURL: `POST /admin/purge/user/<user id>?before_ts=1234567890&access_token=your_access_token` (`before_ts` is in milliseconds)\n\nDeletes a user's media.\n";
    let out = read("admin.md", page);
    assert_eq!(
        ops(&out),
        [
            (
                "POST /admin/purge/{server}/{media_id}".to_string(),
                vec![
                    "server path true".to_string(),
                    "media_id path true".to_string()
                ]
            ),
            (
                "POST /admin/purge/user/{user_id}".to_string(),
                vec![
                    "user_id path true".to_string(),
                    "before_ts query false".to_string()
                ]
            ),
        ]
    );
    assert_eq!(out.spec.auth.param.as_deref(), Some("access_token"));
}

/// A Slate page's operation: its title over the samples, then `### Authentication`,
/// `### Definition` over the route in code, `### Arguments` over a table, `### Returns`:
/// one operation named by its title, its arguments the body, the status the response
/// envelope states (`"code": 201`).
#[test]
fn slate_sections_and_an_envelope_status() {
    let page = "# Posts\n\n## Publish a Post\n\n```shell\ncurl \"https://write.as/api/posts\" -X POST -d '{\"body\": \"x\"}'\n```\n\n> Example Response\n\n```json\n{\n  \"code\": 201,\n  \"data\": {\"id\": \"rf3t35fkax0aw\"}\n}\n```\n\nThis creates a new post.\n\n### Authentication\n\nThis can be done anonymously.\n\n### Definition\n\n`POST /api/posts`\n\n### Arguments\n\nParameter | Type | Required | Description\n--------- | ---- | -------- | -----------\n**body** | string | yes | The content of the post.\n**title** | string | no | A title.\n\n### Returns\n\nThe newly created post.\n";
    let out = read("posts.md", page);
    assert_eq!(routes(&out), ["POST /api/posts"]);
    assert_eq!(out.spec.operations[0].name, "Publish a Post");
    assert_eq!(statuses(&out), [vec![201]]);
    assert!(out.spec.operations[0].body.is_some());
    assert_eq!(super::responses::envelope_status("{\"code\": 1234}"), None);
    assert_eq!(super::responses::envelope_status("[{\"code\": 201}]"), None);
}

/// A table of paths (anchors around the code) under the one sentence that names their
/// method (`All the following endpoints must be accessed with a `GET` HTTP request.`): a
/// route per row. A sentence naming two methods gives none.
#[test]
fn a_path_table_under_a_sentence_naming_the_method() {
    let page = "# API\n\n## Endpoints\n\nAll the following endpoints must be accessed with a `GET` HTTP request.\n\n| Path | Description |\n|---|---|\n| <a id=\"r\" href=\"#r\">`/api/http/routers`</a> | Lists all routers. |\n| <a id=\"n\" href=\"#n\">`/api/http/routers/{name}`</a> | Returns a router. |\n";
    let out = read("api.md", page);
    assert_eq!(
        routes(&out),
        ["GET /api/http/routers", "GET /api/http/routers/{name}"]
    );
    let two = page.replace("a `GET` HTTP request", "a `GET` or a `HEAD` HTTP request");
    assert!(read("api.md", &two).spec.operations.is_empty());
}

/// An HTML page's code listings laid out as tables (Pygments' `highlighttable`, a
/// caption `HTTP Request` / `HTTP Response`, line numbers apart): read as their caption
/// and their code, so the route and the `Status: 201 Created` line are found.
#[test]
fn code_listings_laid_out_as_tables() {
    let listing = |caption: &str, code: &str| {
        format!(
            "<div class=\"highlight\"><table class=\"highlighttable\"><tr><th colspan=\"2\" class=\"filename\"><span class=\"filename\">{caption}</span></th></tr><tr><td class=\"linenos\"><div class=\"linenodiv\"><pre><span class=\"normal\">1</span></pre></div></td><td class=\"code\"><div><pre><span></span><code>{code}</code></pre></div></td></tr></table></div>"
        )
    };
    let page = format!(
        "<html><body><article><h1>Bots</h1><h2>Create a bot</h2><p>Creates a bot.</p>{}<p><strong>Parameters</strong></p><ul><li><em>name</em> (required) string - The bot's name.</li></ul>{}</article></body></html>",
        listing(
            "HTTP Request",
            "<span class=\"err\">POST</span> <span class=\"err\">/bo</span><span class=\"kc\">ts</span>"
        ),
        listing(
            "HTTP Response",
            "Status: 201 Created\n{\n  \"id\": \"1\"\n}"
        )
    );
    let out = read("bots.html", &page);
    assert_eq!(routes(&out), ["POST /bots"]);
    assert_eq!(statuses(&out), [vec![201]]);
}

/// Routes under a leading placeholder that names no server (`{path}/config`, `POST
/// {path}?create=true`): the placeholder is the path's first segment (a `{base_url}/x`
/// stays a server); statuses in quoted status lines (`responds with "200 OK"`) and in the
/// passive (`a `204` is returned`).
#[test]
fn a_leading_path_placeholder_and_quoted_statuses() {
    let page = "REST Backend\n************\n\nPOST {path}?create=true\n=======================\n\nCreates a repository. The server responds with \"200 OK\" if it was created.\n\nHEAD {path}/config\n==================\n\nReturns \"200 OK\" if the repository has a configuration, \"404 not found\" otherwise.\n\nDELETE {path}/locks\n===================\n\nIf successful, a `204` is returned.\n";
    let out = read("rest.rst", page);
    assert_eq!(
        routes(&out),
        [
            "POST /{path}",
            "HEAD /{path}/config",
            "DELETE /{path}/locks"
        ]
    );
    assert_eq!(statuses(&out), [vec![200], vec![200, 404], vec![204]]);
    let base = "# API\n\n## List pets\n\n`GET {base_url}/pets`\n\nLists pets.\n\n## Get a pet\n\n`GET {base_url}/pets/{id}`\n\nGets one.\n";
    assert_eq!(
        routes(&read("pets.md", base)),
        ["GET /pets", "GET /pets/{id}"]
    );
}

/// reStructuredText simple tables (`=====  =====` borders, a continuation line whose
/// first column is blank) inside a `.. container::` are parameter tables; a route whose
/// segment is a word (`/lists/pages`) beside a template (`/lists/<address>`) is an
/// operation of its own, not an example of it.
#[test]
fn rst_simple_tables_and_word_segments() {
    let page = "Lists\n=====\n\n.. code-block:: url\n\n    GET /lists/pages\n\nPaginate over mailing lists.\n\n.. container:: ptable\n\n ================== ==============================\n Parameter          Description\n ================== ==============================\n limit              Maximum number of records to\n                    return *(optional)*\n ================== ==============================\n\n.. code-block:: url\n\n     GET /lists/<address>\n\nReturns a single mailing list.\n\n.. code-block:: url\n\n     POST /lists\n\nCreates a list.\n\n.. container:: ptable\n\n ================== ==============================\n Parameter          Description\n ================== ==============================\n address            A valid email address\n name               List name *(optional)*\n ================== ==============================\n";
    let out = read("lists.rst", page);
    assert_eq!(
        ops(&out),
        [
            (
                "GET /lists/pages".to_string(),
                vec!["limit query false".to_string()]
            ),
            (
                "GET /lists/{address}".to_string(),
                vec!["address path true".to_string()]
            ),
            ("POST /lists".to_string(), vec![]),
        ]
    );
    let fields = body_names(&out, &out.spec.operations[2]);
    assert_eq!(fields, ["address", "name"]);
    // (`/lists/devs@mg.net` fills the placeholder with a value: an example.)
    let example = page.replace("GET /lists/pages", "GET /lists/devs@mg.net");
    assert_eq!(
        routes(&read("lists.rst", &example)),
        ["GET /lists/{address}", "POST /lists"]
    );
}

/// Parameters whose location is said in words (`` `page_id` in query ``, `(Optional but
/// recommended) `hostname` passed in query string`, `` `note` in request body ``), an
/// `Authentication` header holding the api key (the API's auth), an item that labels the
/// items nested under it (`Request Message Body in json`), and an `Output:` label with
/// its text in one paragraph (what follows is the answer, not parameters).
#[test]
fn locations_in_words_and_an_item_labelling_its_items() {
    let page = "# API\n\n#### GET /api/v2/aliases\n\nGet user aliases.\n\nInput:\n\n- `Authentication` header that contains the api key\n- `page_id` in query. Used for the pagination.\n- (Optional) `pinned` in query. If set, only pinned aliases are returned.\n\nOutput:\nIf success, 200 with the list of aliases. Each alias has the following fields:\n\n- id\n- email\n\n#### POST /api/v3/alias/custom/new\n\nCreate a new custom alias.\n\nInput:\n\n- `Authentication` header that contains the api key\n- (Optional but recommended) `hostname` passed in query string\n- Request Message Body in json (`Content-Type` is `application/json`)\n    - alias_prefix: string. The first part of the alias.\n    - (Optional) note: alias note\n\n#### PATCH /api/aliases/:alias_id\n\nInput:\n\n- `alias_id` in url.\n- (optional) `name` in request body\n";
    let out = read("aliases.md", page);
    assert_eq!(
        ops(&out),
        [
            (
                "GET /api/v2/aliases".to_string(),
                vec![
                    "page_id query true".to_string(),
                    "pinned query false".to_string()
                ]
            ),
            (
                "POST /api/v3/alias/custom/new".to_string(),
                vec!["hostname query false".to_string()]
            ),
            (
                "PATCH /api/aliases/{alias_id}".to_string(),
                vec!["alias_id path true".to_string()]
            ),
        ]
    );
    assert_eq!(out.spec.auth.header.as_deref(), Some("Authentication"));
    let fields = |k: usize| -> Vec<(String, bool)> {
        let body = out.spec.operations[k].body.as_ref().expect("a body");
        let TypeRef::Named(name) = &body.ty else {
            panic!("a named body: {:?}", body.ty);
        };
        out.spec.types[name]
            .fields()
            .iter()
            .map(|f| (f.name.clone(), f.optional))
            .collect()
    };
    assert_eq!(
        fields(1),
        [
            ("alias_prefix".to_string(), false),
            ("note".to_string(), true)
        ]
    );
    assert_eq!(fields(2), [("name".to_string(), true)]);
}

/// A section listing parameters once (`## Filters`) and operations naming it by a
/// parameter that refers to them (`filters`: Can accept filter parameters): each such
/// operation takes the section's parameters, where that parameter travels. A parameter
/// that only shares a section's name, without referring to parameters, stays.
#[test]
fn a_parameter_group_named_by_a_parameter() {
    let page = "# Sessions\n\n## Filters\n\nAll endpoints marked with `filters` can be filtered with the parameters below.\n\n**Parameters**\n\n- `path`: (string | optional) Name of URL.\n- `browser`: (string | optional) Name of browser.\n\n## GET /api/sessions\n\nGets sessions.\n\n**Parameters**\n\n- `startAt`: (number) Timestamp of the start.\n- `filters`: Can accept filter parameters.\n\n## GET /api/sessions/stats\n\n**Parameters**\n\n- `filters`: (string | optional) A filter expression.\n";
    let out = read("sessions.md", page);
    assert_eq!(
        ops(&out),
        [
            (
                "GET /api/sessions".to_string(),
                vec![
                    "startAt query false".to_string(),
                    "path query false".to_string(),
                    "browser query false".to_string()
                ]
            ),
            (
                "GET /api/sessions/stats".to_string(),
                vec!["filters query false".to_string()]
            ),
        ]
    );
}

/// An HTML chapter kept as a client-side template (`<script type="text/x-handlebars-
/// template">` around it, parsed into `<head>`), its routes opening list items in code
/// (`<li id="x"><code>PUT /connectors/{name}/stop</code> - …`, entities in the query).
#[test]
fn a_page_inside_a_template_script_with_routes_opening_items() {
    let page = "<!-- licence -->\n<script id=\"t\" type=\"text/x-handlebars-template\">\n<h3>REST API</h3>\n<ul>\n    <li><code>GET /connectors</code> - return a list of active connectors</li>\n    <li id=\"stop\"><code>PUT /connectors/{name}/stop</code> - stop the connector</li>\n    <li><code>POST /connectors/{name}/restart?onlyFailed=&lt;true|false&gt;</code> - restart a connector.</li>\n</ul>\n</script>\n<div class=\"p-connect\"></div>\n";
    let out = read("connect.html", page);
    assert_eq!(
        routes(&out),
        [
            "GET /connectors",
            "PUT /connectors/{name}/stop",
            "POST /connectors/{name}/restart"
        ]
    );
}

/// A table of endpoints whose path column is named in two words (`API Endpoint`), whose
/// method cell may give two methods (`` `GET` / `HEAD` ``), whose status columns
/// (`Success`, `Failure`) give the statuses, and whose rows repeat a route with a query
/// string of placeholders (its query parameters are the operation's).
#[test]
fn an_endpoint_table_with_methods_statuses_and_query_rows() {
    let page = "# Registry\n\n## Endpoints\n\n| ID | Method | API Endpoint | Success | Failure |\n|---|---|---|---|---|\n| end-2 | `GET` / `HEAD` | `/v2/<name>/blobs/<digest>` | `200` | `404` |\n| end-8a | `GET` | `/v2/<name>/tags/list` | `200` | `404`/`401` |\n| end-8b | `GET` | `/v2/<name>/tags/list?n=<integer>&last=<tagname>` | `200` | `404` |\n\nMore text.\n";
    let out = read("spec.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /v2/{name}/blobs/{digest}",
            "HEAD /v2/{name}/blobs/{digest}",
            "GET /v2/{name}/tags/list"
        ]
    );
    assert_eq!(
        statuses(&out),
        [vec![200, 404], vec![200, 404], vec![200, 404, 401]]
    );
    let query: Vec<&str> = out.spec.operations[2]
        .params
        .iter()
        .filter(|p| p.location == Location::Query)
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(query, ["n", "last"]);
}

/// Routes in code blocks right after one another (`GET http://host/query`, then `POST
/// http://host/query`) share what follows them; a name column headed by where its
/// parameters travel (`Query String Parameter`) whose cells are pairs (`db=\<name>`,
/// `epoch=[ns,u,ms]`, `pretty=true`), with an `Optional/Required` column.
#[test]
fn adjacent_route_blocks_and_a_query_string_parameter_table() {
    let page = "# API\n\n### `/query` HTTP endpoint\n\nThe `/query` endpoint accepts `GET` and `POST` HTTP requests.\n\n#### Definition\n\n```\nGET http://localhost:8086/query\n```\n\n```\nPOST http://localhost:8086/query\n```\n\n#### Query string parameters\n\n| Query String Parameter | Optional/Required | Definition |\n| :--- | :--- | :--- |\n| db=\\<database_name> | Required | Sets the target database. |\n| epoch=[ns,u,ms] | Optional | Returns epoch timestamps. |\n| pretty=true | Optional | Enables pretty-printed JSON. |\n";
    let out = read("api.md", page);
    let expected = vec![
        "db query true".to_string(),
        "epoch query false".to_string(),
        "pretty query false".to_string(),
    ];
    assert_eq!(
        ops(&out),
        [
            ("GET /query".to_string(), expected.clone()),
            ("POST /query".to_string(), expected),
        ]
    );
}

/// A section giving bare paths in a code block and, in its prose, the methods they allow
/// (`The only allowed methods are HEAD and GET.`, across a line break); a segment naming
/// a member of the collection before it (`/.groups/groupname`, `/.tokens/token`) is a
/// placeholder; two spaces after a sentence's end are no table column.
#[test]
fn bare_paths_with_allowed_methods_in_prose() {
    let page = "# API\n\n### List of tokens\n\n    /api/v0/.groups/groupname/.tokens/\n\nGET returns the list of tokens, as a JSON array.  POST creates\na new token.  Allowed\nmethods are HEAD, GET and POST.\n\n### Token\n\n    /api/v0/.groups/groupname/.tokens/token\n\nA single token.  Allowed methods are GET and PUT.\n";
    let out = read("api.md", page);
    assert_eq!(
        routes(&out),
        [
            "HEAD /api/v0/.groups/{groupname}/.tokens/",
            "GET /api/v0/.groups/{groupname}/.tokens/",
            "POST /api/v0/.groups/{groupname}/.tokens/",
            "GET /api/v0/.groups/{groupname}/.tokens/{token}",
            "PUT /api/v0/.groups/{groupname}/.tokens/{token}"
        ]
    );
    // (A literal segment after a collection stays: `/users/me`, `/groups/list`.)
    assert_eq!(
        routes(&read(
            "me.md",
            "# API\n\n## Me\n\n`GET /api/users/me`\n\nThe caller.\n\n## List\n\n`GET /api/groups/list`\n\nAll groups.\n"
        )),
        ["GET /api/users/me", "GET /api/groups/list"]
    );
}

/// Raw HTML key/value tables in a Markdown page (Jekyll's `<table>` over `Description` /
/// `URL` / `Success code` / `Fail code` rows): the method the description names
/// (`This ```GET``` method …`), the URL row's route, each status row's statuses.
#[test]
fn raw_html_record_tables_in_markdown() {
    let page = "# Credential REST API\n\n### List credentials\n  <table class=\"table-credential\">\n    <col width=\"200\">\n    <tr>\n      <td>Description</td>\n      <td markdown=\"span\">This ```GET``` method returns all credentials.</td>\n    </tr>\n    <tr>\n      <td>URL</td>\n      <td markdown=\"span\">```http://[zeppelin-server]:[zeppelin-port]/api/credential```</td>\n    </tr>\n    <tr>\n      <td>Success code</td>\n      <td>200</td>\n    </tr>\n    <tr>\n      <td> Fail code</td>\n      <td> 400 if the input is bad <br/> 500 for any other errors</td>\n    </tr>\n  </table>\n\n<br/>\n\n### Remove a credential\n  <table>\n    <tr><td>Description</td><td>This ```DELETE``` method removes one.</td></tr>\n    <tr><td>URL</td><td>```http://[zeppelin-server]:[zeppelin-port]/api/credential/[entity]```</td></tr>\n  </table>\n";
    let out = read("credential.md", page);
    assert_eq!(
        routes(&out),
        ["GET /api/credential", "DELETE /api/credential/{entity}"]
    );
    assert_eq!(statuses(&out)[0], [200, 400, 500]);
}

/// A route written without its leading `/` whose first segment opens with `_`
/// (`DELETE _snapshot/{repository}/{snapshot}`), and calls later on the page under other
/// headings whose placeholders are filled with values (`/_snapshot/my-repo/snap-1`): the
/// calls are its examples; a literal word in that place (`/_snapshot/_status`) is a route
/// of its own.
#[test]
fn calls_under_other_headings_are_examples_of_a_template() {
    let page = "# Delete Snapshot API\n\n## Path and HTTP method\n\n```json\nDELETE _snapshot/{repository}/{snapshot}\n```\n\n## Example requests\n\n### Delete one\n\n```json\nDELETE /_snapshot/my-opensearch-repo/my-first-snapshot\n```\n\n### Status\n\n```json\nGET /_snapshot/_status\n```\n\nShows the status.\n";
    let out = read("delete.md", page);
    assert_eq!(
        routes(&out),
        [
            "DELETE /_snapshot/{repository}/{snapshot}",
            "GET /_snapshot/_status"
        ]
    );
}

/// A list of routes, one per item, linking to their sections (`- [`POST /killRoom`](#post-
/// killroom)`), over a heading per route: the list is an index; `$name` placeholders.
#[test]
fn a_linked_route_list_and_shell_variable_placeholders() {
    let page = "# Debug API\n\n## Endpoints\n\n- [`POST /killRoom`](#post-killroom)\n- [`GET /irc/$domain/user/$user_id`](#get-irc)\n\n### `POST /killRoom`\n\nKills a room.\n\n### `GET /irc/$domain/user/$user_id`\n\nGets a user.\n";
    let out = read("debug.md", page);
    assert_eq!(
        routes(&out),
        ["POST /killRoom", "GET /irc/{domain}/user/{user_id}"]
    );
}

/// A sentence naming one method that introduces what follows (`submit a `POST` request
/// to the following endpoint:`) over a block holding only the URL template: the route;
/// the example request with values later on is its example.
#[test]
fn a_sentence_introducing_the_url_of_its_method() {
    let page = "= Query the database\n\nTo run a query on a database, submit a `POST` request to the following endpoint:\n\n----\nhttp://<host>:<port>/db/<databaseName>/tx/commit\n----\n\n=== Example request\n\n[source, headers]\n----\nPOST http://localhost:7474/db/neo4j/tx/commit\nAccept: application/json\n----\n";
    let out = read("query.adoc", page);
    assert_eq!(routes(&out), ["POST /db/{databaseName}/tx/commit"]);
}

/// A table of operations with a `Response` column whose cells open with a status (`200
/// OK with a JSON array …`): each row's status.
#[test]
fn a_response_column_opening_with_statuses() {
    let page = "# Implementation\n\n| HTTP Method | Resource | Response |\n|---|---|---|\n| GET | /colibri/conferences | 200 OK with a JSON array of conferences. |\n| POST | /colibri/conferences | 201 Created with the conference. |\n\nMore text.\n";
    let out = read("colibri.md", page);
    assert_eq!(statuses(&out), [vec![200], vec![201]]);
}

/// A plain code block under a parameter label holding `name=value` lines (and `#`
/// comments): each name a parameter, where the method sends it.
#[test]
fn name_value_lines_under_a_parameter_label() {
    let page = "# API\n\n#### Renaming folder\n\nPOST [https://theoldreader.com/reader/api/0/rename-tag](https://theoldreader.com/reader/api/0/rename-tag)\n\nParameters:\n\n\t# the folder\n\ts=user/-/label/Folder\n\tdest=user/-/label/NewFolder\n";
    let out = read("readme.md", page);
    let fields = body_names(&out, &out.spec.operations[0]);
    assert_eq!(fields, ["s", "dest"]);
}

/// Two methods joined by `/` before one path (`GET/HEAD  /v2/auth/users`): an operation per
/// method, sharing what follows.
#[test]
fn methods_joined_before_one_path() {
    let page = "# Auth\n\n**Get a List of Users**\n\nGET/HEAD  /v2/auth/users\n\n    Possible Status Codes:\n        200 OK\n\n**Remove A User**\n\nDELETE  /v2/auth/users/{user}\n\nRemoves the user.\n";
    let out = read("auth.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /v2/auth/users",
            "HEAD /v2/auth/users",
            "DELETE /v2/auth/users/{user}"
        ]
    );
}

/// A whole segment in parentheses names its value (`PUT /rest/group/(id_or_name)`); a
/// parenthesis left open is no path, and one closing the sentence is not the path's.
#[test]
fn parenthesised_placeholders() {
    let page = "Update Group\n------------\n\n.. code-block:: text\n\n   PUT /rest/group/(id_or_name)\n\nGet Comments\n------------\n\n.. code-block:: text\n\n   GET /rest/bug/(id_or_alias)/comment\n";
    let out = read("group.rst", page);
    assert_eq!(
        ops(&out),
        [
            (
                "PUT /rest/group/{id_or_name}".to_string(),
                vec!["id_or_name path true".to_string()]
            ),
            (
                "GET /rest/bug/{id_or_alias}/comment".to_string(),
                vec!["id_or_alias path true".to_string()]
            ),
        ]
    );
    assert!(super::routes::route_line("GET /rest/group/(id_or_name").is_none());
    assert_eq!(
        super::routes::route_line("(see GET /x/items)").map(|r| r.path),
        None,
        "a route inside a parenthesis of prose is no route line"
    );
}

/// A heading giving the route and then its title after a dash (`### GET /boards - Get a
/// list of boards`): the route; a call to another path under it, to a host, is its example
/// (written with the page's slip), and an early call in a topic section is an example of
/// the route declared later.
#[test]
fn route_headings_with_a_title_after_a_dash() {
    let page = "# API\n\n## Headers\n\nExample curl request:\n\n```bash\ncurl -X GET 'http://localhost:8000/index.php/api/v1.0/boards/2/stacks'\n```\n\n## Boards\n\n### GET /boards/{boardId}/stacks - Get stacks\n\nText.\n\n### POST /session/sync - notifies the server\n\n```\ncurl -X POST 'https://nextcloud/index.php/api/v1.0/session/create'\n```\n";
    let out = read("api.md", page);
    assert_eq!(
        routes(&out),
        ["GET /boards/{boardId}/stacks", "POST /session/sync"]
    );
}

/// Calls in a section titled as examples of use (`## Example Workflow`) on a page that
/// documents its routes elsewhere show uses, not operations; a heading merely saying "for
/// example" is no such section.
#[test]
fn calls_in_an_example_section_are_uses() {
    let page = "# Users\n\n## API endpoints\n\n**Create a user**\n\nPUT  /v2/users/{user}\n\n## Example Workflow\n\n### Create root\n\n```\nPUT  /v2/users/root\nPUT  /v2/keys/data\n```\n\n## Imports your follows, for example from a CSV file\n\n```\nPOST /api/follow_import\n```\n\nImports them.\n";
    let out = read("users.md", page);
    assert_eq!(
        routes(&out),
        ["PUT /v2/users/{user}", "POST /api/follow_import"]
    );
}

/// Statuses in the passive with a modal or a reason between (`a 400 will be returned`, `an
/// HTTP 409 Conflict is sent`), or named as what the response will be, its reason after
/// it (`The response will be 500 Internal Server Error if …`); a count before `are
/// returned` is no status, nor a size the response will be.
#[test]
fn statuses_returned_in_the_passive() {
    let page = "# API\n\n## Upload\n\n```\nPOST /api/languages\n```\n\nFor other file extensions a `400` will be returned.\n\nAn HTTP 409 Conflict is sent if the member exists.\n\nThe response will be 500 Internal Server Error if an error occurs.\n\nAt most 500 are returned per page. The response will be 300 bytes long.\n";
    let out = read("p.md", page);
    assert_eq!(statuses(&out), [vec![400, 409, 500]]);
}

/// Sphinx httpdomain directives inside tabs (`.. md-tab-set::` / `.. md-tab-item::`), and
/// `:json type name:` fields (httpdomain's older name of a request body's field).
#[test]
fn httpdomain_directives_in_tabs_and_json_fields() {
    let page = "Connection\n==========\n\n.. md-tab-set::\n\n   .. md-tab-item:: API version 2.0.0+\n\n      .. http:post:: /api/job\n\n         Issues a job command.\n\n         :json string command: The command to issue\n         :statuscode 204: No error\n";
    let out = read("job.rst", page);
    assert_eq!(routes(&out), ["POST /api/job"]);
    assert_eq!(statuses(&out), [vec![204]]);
    let fields = body_names(&out, &out.spec.operations[0]);
    assert_eq!(fields, ["command"]);
}

/// A route line continued over a `\`-ended line, its path broken after a `/`; a curl syntax
/// block whose URL (a host placeholder with its port) is indented under the call; statuses
/// in prose under a response label (`Failure to authenticate gives `401 Unauthorized`.`).
#[test]
fn continued_route_lines_and_curl_syntax() {
    let page = "= Creating a Collection\n\n== HTTP Methods and URIs\n\n----\nPATCH /pools/default/buckets/\\\n    <bucket_name>/collections/<collection_name>\n----\n\n== Curl Syntax\n\n----\ncurl -X PATCH -u [admin]:[password]\n  <ip-address-or-domain-name>:8091/pools/default/buckets/\\\n    <bucket_name>/collections/<collection_name>\n  -d maxTTL=[integer]\n----\n\n== Responses\n\nSuccess returns `200 OK`.\nFailure to authenticate gives `401 Unauthorized`.\nA malformed URI fails with `404 Object Not Found`.\n";
    let out = read("c.adoc", page);
    assert_eq!(
        routes(&out),
        ["PATCH /pools/default/buckets/{bucket_name}/collections/{collection_name}"]
    );
    assert_eq!(statuses(&out), [vec![200, 401, 404]]);
}

/// A sample answer under a bare `Response` label says the call succeeds, not with which
/// code: the `2XX` class; with one success numbered elsewhere (`| 200 OK | Success |`), that
/// one; `200: OK` over a sample's headers numbers it.
#[test]
fn a_success_shown_without_its_number() {
    use chatgen_codegen::spec::Status;
    let bare = "# API\n\n## List items\n\n```\nGET /items\n```\n\n**Sample response**\n\n```json\n{\"items\": []}\n```\n\n**Errors**\n\n* 403 Permission denied.\n* 404 library not found.\n";
    let out = read("a.md", bare);
    let got: Vec<Option<Status>> = out.spec.operations[0]
        .responses
        .iter()
        .map(|r| r.status)
        .collect();
    assert_eq!(
        got,
        [
            Some(Status::Class(2)),
            Some(Status::Code(403)),
            Some(Status::Code(404))
        ]
    );
    let table = "# API\n\n## Query\n\n```\nGET /query\n```\n\n### Response\n\n```json\n{\"results\": []}\n```\n\n##### Summary table\n\n| HTTP status code | Description |\n| --- | --- |\n| 200 OK | Success! |\n| 400 Bad Request | Unacceptable request. |\n";
    assert_eq!(statuses(&read("b.md", table)), [vec![200, 400]]);
    let headers = "= Query\n\n== Run\n\n----\nPOST /db/tx/commit\n----\n\n=== Example response\n\n[source, headers]\n----\n201: Created\nContent-Type: application/json\n----\n";
    assert_eq!(statuses(&read("c.adoc", headers)), [vec![201]]);
}

/// A random token printed where a route's id goes (`/share-links/dd4c8f4445f44ae48728/x/`)
/// is a value: the route's placeholder, named after its collection.
#[test]
fn a_random_token_in_a_route() {
    let r = super::routes::route_line("GET /api/v2.1/share-links/dd4c8f4445f44ae48728/dirents/")
        .expect("a route");
    assert_eq!(r.path, "/api/v2.1/share-links/{share_link_id}/dirents/");
    let r = super::routes::route_line("GET /api/files/deadbeefcafebabe").expect("a route");
    assert_eq!(
        r.path, "/api/files/deadbeefcafebabe",
        "letters only: a word"
    );
}

/// A page that says once which method all its requests use (`All requests to the API are
/// via POST.`), over headings that hold only a path: each path with that method; a long
/// paragraph whose last sentence introduces the request's fields (`… The request is a JSON
/// object with fields:`) labels the list under it.
#[test]
fn a_page_wide_method_over_path_headings() {
    let page = "Ergo has an HTTP API:\n\n1. All requests to the API are via POST.\n1. The request parameters are sent as JSON.\n\nEndpoints\n=========\n\n`/v1/check_auth`\n----------------\n\nThis endpoint verifies the credentials of an account. The request is a JSON object with fields:\n\n* `accountName`: string, name of the account\n* `passphrase`: string, alleged passphrase\n\n`/v1/list`\n----------\n\nThis endpoint returns a list of channels.\n";
    let out = read("api.md", page);
    assert_eq!(routes(&out), ["POST /v1/check_auth", "POST /v1/list"]);
    let fields = body_names(&out, &out.spec.operations[0]);
    assert_eq!(fields, ["accountName", "passphrase"]);
}

/// A sentence naming two methods joined by `/` (`using **HTTP GET/POST** requests … at the
/// following URL:`) over a URL alone: a route per method; an RST `list-table` is a table.
#[test]
fn two_methods_introducing_a_url_and_rst_list_tables() {
    let page = "Sending\n*******\n\nData is transferred using **HTTP GET/POST** requests. The gateway accepts requests at the following URL:\n\nhttp://127.0.0.1:1401/send\n\nParameters\n==========\n\n.. list-table:: Sending parameters\n   :header-rows: 1\n\n   * - Parameter\n     - Presence\n     - Description\n   * - **to**\n     - Mandatory\n     - Destination address, only one\n       address per request\n   * - **from**\n     - Optional\n     - Originating address\n";
    let out = read("http.rst", page);
    assert_eq!(routes(&out), ["GET /send", "POST /send"]);
    assert_eq!(
        ops(&out)[0].1,
        ["to query true".to_string(), "from query false".to_string()]
    );
}

/// A heading shaped as a route whose verb is no HTTP method (`### SET /api/monitor/set`)
/// gives no operation, and says so in a warning.
#[test]
fn a_route_heading_with_an_unknown_verb_is_warned() {
    let page =
        "# API\n\n### GET /api/monitor/get\n\nGets it.\n\n### SET /api/monitor/set\n\nSets it.\n";
    let out = read("v.md", page);
    assert_eq!(routes(&out), ["GET /api/monitor/get"]);
    assert!(
        out.diags
            .iter()
            .any(|d| d.message.contains("`SET`") && d.message.contains("no HTTP method")),
        "{:?}",
        out.diags
    );
}

/// Small route marks: a colon ending a sentence after the path (`GET /items:`), a query
/// string opened with `&` (`/admin/blocked&site=site-id`), a random token after a singular
/// segment (`/feed/00157a17b192950b65be3791`).
#[test]
fn route_marks_after_and_inside_the_path() {
    let path = |t: &str| super::routes::route_line(t).map(|r| r.path);
    assert_eq!(path("GET /items:").as_deref(), Some("/items"));
    let r = super::routes::route_line("GET /api/v1/admin/blocked&site=site-id").expect("route");
    assert_eq!(r.path, "/api/v1/admin/blocked");
    assert!(r.query);
    assert_eq!(r.pairs, [("site".to_string(), "site-id".to_string())]);
    assert_eq!(
        path("GET /reader/atom/feed/00157a17b192950b65be3791").as_deref(),
        Some("/reader/atom/feed/{feed_id}")
    );
    assert_eq!(path("GET /v1/x:batch").as_deref(), Some("/v1/x:batch"));
}

/// Raw HTML headings alone on their lines (`<h3 id="…">Create Feed <a …>¶</a></h3>`) are
/// headings; `Required fields:` / `Optional fields:` after the answer's sample label the
/// request's fields and say whether they are required; `Available filters:` lists a
/// query's parameters.
#[test]
fn raw_html_headings_and_required_or_optional_field_labels() {
    let page = "# API\n\n<h3 id=\"create\">Create Feed <a class=\"anchor\" href=\"#create\">¶</a></h3>\n\nRequest:\n\n    POST /v1/feeds\n\nResponse:\n\n```json\n{\"feed_id\": 262}\n```\n\nRequired fields:\n\n- `feed_url`: Feed URL (string)\n\nOptional fields:\n\n- `username`: Feed username (string)\n\n<h3 id=\"list\">Get Entries &amp; IDs</h3>\n\nRequest:\n\n    GET /v1/entries?status=unread\n\nAvailable filters:\n\n- `status`: Entry status\n- `offset`\n\nResponse:\n\n```json\n{\"total\": 10}\n```\n";
    let out = read("api.md", page);
    assert_eq!(routes(&out), ["POST /v1/feeds", "GET /v1/entries"]);
    assert_eq!(out.spec.operations[0].id, "create_feed");
    assert_eq!(out.spec.operations[1].name, "Get Entries & IDs");
    let fields = body_flags(&out, &out.spec.operations[0]);
    assert_eq!(fields, [("feed_url", true), ("username", false)]);
    assert_eq!(
        ops(&out)[1].1,
        [
            "status query false".to_string(),
            "offset query false".to_string()
        ]
    );
}

/// A docs site's own RST roles named after what they give, in a line block (`| :method:`post``
/// / `| :path:`/v2/users/``), and items of `:param:`?name,type,doc`` and
/// `:response_code:`201,if created``: the route, the parameters and the statuses.
#[test]
fn rst_roles_named_after_what_they_give() {
    let page = "Create a User\n-------------\n\nCreate a new user.\n\n| :method:`post`\n| :path:`/v2/users/`\n| :param_list:`post`\n\n* :param:`login,string,unique login for the user`\n* :param:`?name,string,name of the user`\n\n| :response_list:`_`\n\n* :response_code:`201,if the user was successfully created`\n* :response_code:`409,if there is already a user with the given login`\n\nThe user is created.\n";
    let out = read("user.rst", page);
    assert_eq!(routes(&out), ["POST /v2/users/"]);
    assert_eq!(statuses(&out), [vec![201, 409]]);
    let fields = body_flags(&out, &out.spec.operations[0]);
    assert_eq!(fields, [("login", true), ("name", false)]);
}

/// A placeholder the reader names for a printed value (`PUT /v1/feeds/42` → `feed_id`)
/// takes the name the page writes after the same segment elsewhere (`/v1/feeds/{feedID}`);
/// a name the page writes itself is never changed.
#[test]
fn printed_values_take_the_pages_placeholder_names() {
    let page = "# API\n\n## Get Feed Icon\n\n    GET /v1/feeds/{feedID}/icon\n\nThe icon.\n\n## Update Feed\n\n    PUT /v1/feeds/42\n\nUpdates it.\n\n## Get User\n\n    GET /v1/users/{user_id}\n\nA user.\n\n## Get Me\n\n    GET /v1/users/{id}/me\n\nMe.\n";
    let out = read("api.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /v1/feeds/{feedID}/icon",
            "PUT /v1/feeds/{feedID}",
            "GET /v1/users/{user_id}",
            "GET /v1/users/{id}/me"
        ]
    );
}

/// A call laid out as text in an indented block, its statuses under a label line
/// (`Possible Status Codes:`) indented beneath it: the statuses.
#[test]
fn statuses_under_a_label_in_a_plain_block() {
    let page = "# Auth\n\n**Enable auth**\n\nPUT  /v2/auth/enable\n\n    Sent Headers:\n    Put Body: (empty)\n    Possible Status Codes:\n        200 OK\n        400 Bad Request (if root user has not been created)\n        409 Conflict (already enabled)\n    200 Body: (empty)\n\nThat is all.\n";
    let out = read("auth.md", page);
    assert_eq!(statuses(&out), [vec![200, 400, 409]]);
}

/// A raw HTTP request in code (its request line, header lines, a blank line and a JSON
/// object), fenced or indented: a request example, and the body of a route that has none
/// otherwise.
#[test]
fn a_raw_http_request_with_a_json_body() {
    let page = "# API\n\n## Create Category\n\nRequest:\n\n    POST /v1/categories\n    Content-Type: application/json\n\n    {\n        \"title\": \"My category\"\n    }\n\nResponse:\n\n```json\n{\"id\": 802}\n```\n";
    let out = read("api.md", page);
    let op = &out.spec.operations[0];
    assert!(
        op.examples
            .iter()
            .any(|e| e.url.as_deref() == Some("/v1/categories") && e.json.is_some())
    );
    let fields = body_names(&out, op);
    assert_eq!(fields, ["title"]);
}

/// `String or Array of Strings`: the API takes either, so the parameter is a list (one
/// value is a list of one) and the client can send all the page allows.
#[test]
fn a_type_or_a_list_of_it_is_a_list() {
    let (ty, cue) = super::types::described_type(
        "String or Array of Strings. Where the user should be redirected after authorization.",
    )
    .expect("a type");
    assert_eq!(
        ty,
        TypeRef::List(Box::new(TypeRef::Primitive(
            chatgen_codegen::spec::Primitive::String
        )))
    );
    assert_eq!(cue, "String or Array of Strings");
    assert!(super::types::described_type("String or Integer. A value.").is_none());
}

/// Two paths in one table cell (`` `/<NOTE>/download` or `/s/<SHORT-ID>/download` ``): two
/// routes; a template opening with a placeholder takes no base path before it, so the
/// second is no example of the first.
#[test]
fn two_paths_in_a_cell_beside_a_template_opening_with_a_placeholder() {
    let page = "# API\n\n| Endpoint | HTTP-Method | Description |\n| --- | --- | --- |\n| `/new` | `GET` | Creates a note. |\n| `/<NOTE>/download` or `/s/<SHORT-ID>/download` | `GET` | Returns the raw content. |\n";
    let out = read("api.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /new",
            "GET /{NOTE}/download",
            "GET /s/{SHORT_ID}/download"
        ]
    );
    assert!(!super::routes::instance_of(
        "/s/{x}/download",
        "/{note}/download"
    ));
    assert!(super::routes::instance_of("/v1/x/7", "/x/{id}"));
}

/// Fields listed for a body, and a JSON object beside them that names few of them among many
/// members the server fills in (`id`, `sent`, `fromUser`, …): the answer, kept as its
/// example, not the body.
#[test]
fn json_naming_few_of_the_listed_fields_is_the_answer() {
    let page = "# Messages\n\n## Send a Message\n\n### Parameters\n\n - `text`: **Required** Body of the message.\n - `status`: Boolean, a status update\n\n```\nPOST /v1/rooms/:roomId/chatMessages\n```\n\n```\n{\n  \"id\": \"533171eb\",\n  \"text\": \"Hello\",\n  \"html\": \"Hello\",\n  \"sent\": \"2014-03-25T12:09:15.292Z\",\n  \"editedAt\": null,\n  \"unread\": false,\n  \"readBy\": 0,\n  \"v\": 1\n}\n```\n\nThat is all.\n";
    let out = read("messages.md", page);
    let op = &out.spec.operations[0];
    let fields = body_names(&out, op);
    assert_eq!(fields, ["text", "status"]);
    assert!(
        op.examples
            .iter()
            .any(|e| e.of == chatgen_codegen::spec::ExampleOf::Response && e.json.is_some())
    );
}

/// API Blueprint: a resource heading names its path in brackets (`## IP Pools
/// [/ip-pools/{id}{?fields}]`), each action heading under it its method (`## Get [GET]`);
/// `+ Response 404 (application/json)` items are statuses.
#[test]
fn api_blueprint_resources_and_actions() {
    let page = "# Group IP Pools\n\n## IP Pools [/ip-pools]\n\n## List IP Pools [GET]\n\n+ Response 200 (application/json)\n\n        {\"results\": []}\n\n## IP Pool [/ip-pools/{id}{?fields}]\n\n## Delete an IP Pool [DELETE]\n\n+ Parameters\n    + id (required, string) - ID of the IP pool\n\n+ Response 204\n\n+ Response 404 (application/json)\n\n        {\"errors\": []}\n";
    let out = read("ip-pools.md", page);
    assert_eq!(routes(&out), ["GET /ip-pools", "DELETE /ip-pools/{id}"]);
    assert_eq!(statuses(&out), [vec![200], vec![204, 404]]);
}

/// A page per operation whose front matter's `title:` is the route (`title: POST
/// /auth/revoke`), with nothing else giving one.
#[test]
fn a_route_in_the_front_matter_title() {
    let page = "---\nlayout: docs-api\ntitle: POST /auth/revoke\n---\n\nRevoke an access token\n\n### Arguments\n\nField   | Description\n--------|------------\n`token` | The token to revoke\n\n### Response\n\nStatus Code | Reason\n------------|-------\n`200`       | Success\n";
    let out = read("post-auth-revoke.md", page);
    assert_eq!(routes(&out), ["POST /auth/revoke"]);
    assert_eq!(statuses(&out), [vec![200]]);
}

/// OCS pages: `* Syntax: /shares` and `* Method: POST` items give the route; `* POST
/// Arguments: shareType - (int) …` items name their label before the parameter.
#[test]
fn syntax_items_and_items_naming_their_parameter_label() {
    let page = "Create a new Share\n^^^^^^^^^^^^^^^^^^\n\n* Syntax: /shares\n* Method: POST\n\n* POST Arguments: path - (string) path to the file/folder which should be shared\n* POST Arguments: shareType - (int) 0 = user; 1 = group\n\nStatuscodes:\n\n* 100 - successful\n";
    let out = read("ocs.rst", page);
    assert_eq!(routes(&out), ["POST /shares"]);
    assert_eq!(
        body_names(&out, &out.spec.operations[0]),
        ["path", "shareType"]
    );
}

/// A table with a column per method, marked where the row's path takes it, and paths whose
/// placeholders are set in italics (`/api/nodes/<i>name</i>`, an HTML page).
#[test]
fn method_columns_marked_per_path() {
    let page = "<html><body><h1>HTTP API</h1>\n<table>\n<tr><th>GET</th><th>PUT</th><th>DELETE</th><th>POST</th><th>Path</th><th>Description</th></tr>\n<tr><td>X</td><td></td><td></td><td></td><td class=\"path\">/api/overview</td><td>Overview.</td></tr>\n<tr><td>X</td><td>X</td><td>X</td><td></td><td class=\"path\">/api/vhosts/<i>name</i></td><td>A vhost.</td></tr>\n</table>\n<p>More.</p>\n</body></html>\n";
    let out = read("index.html", page);
    assert_eq!(
        routes(&out),
        [
            "GET /api/overview",
            "GET /api/vhosts/{name}",
            "PUT /api/vhosts/{name}",
            "DELETE /api/vhosts/{name}"
        ]
    );
}

/// A route quoted whole (`'GET /plugins/'`), and AsciiDoc's `link:` macro inside a path
/// (`/plugins/link:#plugin-id[\{plugin-id\}]/gerrit~enable`, as Gerrit's pages write the
/// placeholder): its text; the concrete request under `.Request` is its example. Markup
/// left in a route (a `#` with more path after it) makes no route.
#[test]
fn quoted_routes_and_link_macros_in_asciidoc_paths() {
    let page = "= Plugins REST API\n\n[[enable]]\n=== Enable Plugin\n--\n'POST /plugins/link:#plugin-id[\\{plugin-id\\}]/gerrit~enable'\n--\n\nEnables a plugin.\n\n.Request\n----\n  POST /plugins/delete-project/gerrit~enable HTTP/1.0\n----\n\nThat is all.\n";
    let out = read("plugins.adoc", page);
    assert_eq!(routes(&out), ["POST /plugins/{plugin_id}/gerrit~enable"]);
    assert!(super::routes::route_line("POST /plugins/link:#plugin-id[x]/gerrit~enable").is_none());
    assert_eq!(
        super::routes::route_line("GET /docs/page#section").map(|r| r.path),
        Some("/docs/page".to_string())
    );
}

/// A page of one resource's routes (Riak's): route lines in one fence with a comment after
/// each (`# Riak-defined key`), a second route in a fence of its own that opens with a
/// placeholder-bearing parent path (`/types/type/buckets/bucket/props`, no instance of
/// `/buckets/bucket/props`), a word in capitals after a collection (`/counters/KEY`), and
/// statuses under headings qualified as usual (`## Normal Response Codes`, `## Typical
/// Error Codes`).
#[test]
fn commented_route_lines_parent_paths_and_qualified_status_headings() {
    let page = "# Store Object\n\n## Request\n\n```bash\nPOST /buckets/bucket/keys       # Riak-defined key\nPUT /buckets/bucket/keys/key    # User-defined key\n```\n\nOr, with a bucket type:\n\n```bash\nPOST /types/type/buckets/bucket/keys\n```\n\n## Normal Response Codes\n\n* `201 Created`\n\n## Typical Error Codes\n\n* `404 Object Not Found` --- No bucket with that name\n* `503 Service Unavailable` --- The request timed out internally\n";
    let out = read("store-object.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /buckets/{bucket}/keys",
            "PUT /buckets/{bucket}/keys/{key}",
            "POST /types/{type}/buckets/{bucket}/keys"
        ]
    );
    assert_eq!(statuses(&out)[2], [201, 404, 503]);
    let counters = read(
        "counters.md",
        "# Counters\n\n## Request\n\n```\nGET /buckets/BUCKET/counters/KEY\n```\n\nAnd a value: `/csp/enterprises/CSP0000003` stays.\n",
    );
    assert_eq!(routes(&counters), ["GET /buckets/{BUCKET}/counters/{KEY}"]);
    assert_eq!(
        super::routes::route_line("GET /csp/enterprises/CSP0000003").map(|r| r.path),
        Some("/csp/enterprises/CSP0000003".to_string())
    );
    assert_eq!(
        super::routes::route_line("GET /x HTTP/1.1 // the old route").map(|r| r.path),
        Some("/x".to_string())
    );
}

/// Routes printed only as calls with a word or a value for each variable segment (Apache
/// James's WebAdmin page): a camel-case word opening with the collection's singular
/// (`/domains/domainToBeCreated`), e-mail addresses, a UUID, a percent-encoded id; a sample
/// call with another method under a section is its example; two calls each with a value
/// where the other has a placeholder give one template.
#[test]
fn example_words_and_values_for_variable_segments() {
    let page = "Web administration\n==================\n\n### Create a domain\n\n```\ncurl -XPUT http://ip:port/domains/domainToBeCreated\n```\n\nResponse codes:\n\n - 204: The domain was successfully added\n\n### Create a mailbox\n\n```\ncurl -XPUT http://ip:port/users/usernameToBeUsed/mailboxes/mailboxNameToBeCreated\n```\n\nTo remove it:\n\n```\ncurl -XDELETE http://ip:port/users/usernameToBeUsed/mailboxes/INBOX.work\n```\n\n### Add a group member\n\n```\ncurl -XPUT http://ip:port/address/groups/group@domain.com/member@domain.com\n```\n\n### Get a task\n\n```\ncurl -XGET http://ip:port/tasks/3294a976-ce63-491e-bd52-1b6f465ed7a2\n```\n\n### Read a mail\n\n```\ncurl -XGET http://ip:port/mailRepositories/encodedUrlOfTheRepository/mails/mailKey\n```\n\nFor instance:\n\n```\ncurl -XGET http://ip:port/mailRepositories/file%3A%2F%2Fvar%2Fmail%2Ferror%2F/mails/mail-key-1\n```\n";
    let out = read("manage-webadmin.md", page);
    assert_eq!(
        routes(&out),
        [
            "PUT /domains/{domainToBeCreated}",
            "PUT /users/{usernameToBeUsed}/mailboxes/{mailboxNameToBeCreated}",
            "PUT /address/groups/{group}/{member}",
            "GET /tasks/{task_id}",
            "GET /mailRepositories/{mailRepository}/mails/{mailKey}"
        ]
    );
    assert_eq!(statuses(&out)[0], [204]);
    // A literal word after a collection stays literal (`/users/settings`), and the plain
    // lower-case rule is unchanged (`/groups/groupname`).
    assert_eq!(
        super::routes::route_line("GET /users/settings").map(|r| r.path),
        Some("/users/settings".to_string())
    );
    assert_eq!(
        super::routes::route_line("GET /groups/groupname").map(|r| r.path),
        Some("/groups/{groupname}".to_string())
    );
}

/// Methods declared by Sphinx object descriptions (`.. function:: aria2.addUri([secret],
/// uris[, options[, position]])`): an operation each, its arguments optional as deep as
/// brackets nest; those under a `Notifications` section are what the server sends; the
/// one route the page gives (the endpoint every call goes through) is no operation
/// beside them.
#[test]
fn methods_declared_by_sphinx_function_directives() {
    let page = "RPC\n===\n\nGET requests go to ``/jsonrpc``::\n\n  GET /jsonrpc?method=METHOD_NAME&id=ID\n\nMethods\n-------\n\n.. function:: aria2.addUri([secret], uris[, options[, position]])\n\n  This method adds a new download.\n\n.. function:: aria2.remove([secret], gid)\n\n  Removes a download.\n\n.. function:: aria2.tellActive([secret], [keys])\n\n  Active downloads.\n\n.. function:: system.listMethods()\n\n  All methods.\n\nNotifications\n-------------\n\n.. function:: aria2.onDownloadStart(event)\n\n  Sent when a download starts.\n";
    let out = read("aria2c.rst", page);
    let names: Vec<&str> = out
        .spec
        .operations
        .iter()
        .map(|o| o.rpc.as_ref().map_or("?", |r| r.target.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            "aria2.addUri",
            "aria2.remove",
            "aria2.tellActive",
            "system.listMethods"
        ]
    );
    let add = &out.spec.operations[0];
    let flags: Vec<(&str, bool)> = add
        .params
        .iter()
        .map(|p| (p.name.as_str(), p.required))
        .collect();
    assert_eq!(
        flags,
        [
            ("secret", false),
            ("uris", true),
            ("options", false),
            ("position", false)
        ]
    );
}

/// A page documenting one method by its declaration: a typed signature in the code block
/// under `## Syntax` (`int append(string NZBFilename, int Priority)`); the answer's parts
/// under deeper headings (`### Field ScriptStatuses` under `## Return value`) are the
/// answer's, not parameters, a name listed again there standing once.
#[test]
fn a_method_declared_under_syntax_and_an_answer_in_parts() {
    let page = "---\ntitle: API-method \"append\"\n---\n## Syntax\n```swift\nint append(string NZBFilename, int Priority)\n```\n\nAdd a file to the queue.\n\n## Parameters\n- **NZBFilename** (string) - name of the file.\n- **Priority** (int) - priority.\n\n## Return value\nThis method returns a structure with following fields:\n- **NZBID** (int) - ID of the file.\n- **Name** (string) - Its name.\n\n### Field ScriptStatuses\nContains an array of structs with following fields:\n  - **Name** (string) - Script name.\n  - **Status** (string) - Result.\n";
    let out = read("append.md", page);
    assert_eq!(out.spec.title, "API-method \"append\"");
    let [op] = out.spec.operations.as_slice() else {
        panic!("one operation: {:?}", routes(&out));
    };
    assert_eq!(op.rpc.as_ref().map(|r| r.target.as_str()), Some("append"));
    assert_eq!(op.doc.as_deref(), Some("Add a file to the queue."));
    let params: Vec<&str> = op.params.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(params, ["NZBFilename", "Priority"]);
    let answer = op.responses[0]
        .ty
        .as_ref()
        .expect("an answer type")
        .to_string();
    let fields: Vec<&str> = out.spec.types[&answer]
        .fields()
        .iter()
        .map(|f| f.name.as_str())
        .collect();
    assert_eq!(fields, ["NZBID", "Name", "Status"]);
}

/// Samples under a status's sub-headings (`###### Local user` under `##### 200: OK`) are
/// that status's examples; after a table of a success and an error, a sub-heading's sample
/// is the one success's (not the last status listed).
#[test]
fn samples_under_a_status_sub_heading() {
    let page = "## Get account\n\n```http\nGET /api/v1/accounts/:id HTTP/1.1\n```\n\n#### Response\n##### 200: OK\n\nThe account.\n\n###### Local user\n\n```json\n{\"id\": \"1\", \"username\": \"Gargron\"}\n```\n\n##### 404: Not found\n\n```json\n{\"error\": \"Record not found\"}\n```\n\n## Get flows\n\n```http\nGET /flows HTTP/1.1\n```\n\n### Response\n\nStatus Code | Reason\n------------|-------\n`200` | Success\n`401` | Not authorized\n\n#### `v1` - array of node objects\n\n```json\n[{\"type\": \"tab\"}]\n```\n";
    let out = read("accounts.md", page);
    let examples: Vec<Vec<Option<u16>>> = out
        .spec
        .operations
        .iter()
        .map(|o| o.examples.iter().map(|e| e.status).collect())
        .collect();
    assert_eq!(examples, [vec![Some(200), Some(404)], vec![Some(200)]]);
}

/// Pages that name no method for their endpoints (NATS's monitoring pages): a path in
/// parentheses after a heading's title (`### Connection Information (`/connz`)`) or
/// alone (`## /serverz`), whose section links to it (`[…](https://demo:8222/connz)`,
/// `<https://…/healthz>`, a base path before it kept): read with `GET`, as a link is.
/// Statuses in a table whose codes are its second column (`| Result | Return Code |`,
/// `200 (OK)`).
#[test]
fn path_headings_read_by_their_links() {
    let page = "# Monitoring\n\n### Connection Information (`/connz`)\n\nThe `/connz` endpoint reports connections.\n\n| Result  | Return Code       |\n| ------- | ----------------- |\n| Success | 200 (OK)          |\n| Error   | 400 (Bad Request) |\n\n#### Examples\n\nGet connections: [https://demo.nats.io:8222/connz](https://demo.nats.io:8222/connz)\n\n### Health (`/healthz`)\n\n* Default - <https://demo.nats.io:8222/healthz>\n\n## /serverz\n\nThe endpoint [http://localhost:8222/streaming/serverz](http://localhost:8222/streaming/serverz) reports statistics.\n\n## /storez\n\nNo link here.\n";
    let out = read("README.md", page);
    assert_eq!(
        routes(&out),
        ["GET /connz", "GET /healthz", "GET /streaming/serverz"]
    );
    assert_eq!(statuses(&out)[0], [200, 400]);
}

/// A page of one endpoint that names no method anywhere (Nominatim's): the URL template
/// alone in a code block is the route, read with `GET` as a link is; its parameters are
/// one-row tables in sub-sections of `## Parameters` laid out alike. A sub-section whose
/// table is laid out otherwise (`| Key | Value |`, the values of a parameter) is no part of
/// the list.
#[test]
fn a_url_template_and_parameters_in_sub_sections() {
    let page = "# Reverse Geocoding\n\n## Endpoint\n\n```\nhttps://nominatim.openstreetmap.org/reverse?lat=<value>&lon=<value>&<params>\n```\n\n## Parameters\n\nThis section lists the parameters.\n\n### Output format\n\n| Parameter | Value | Default |\n|-----------| ----- | ------- |\n| format | one of: `xml`, `json` | `xml` |\n\nSee below.\n\n### Output details\n\n| Parameter | Value | Default |\n|-----------| ----- | ------- |\n| addressdetails | 0 or 1 | 1 |\n";
    let out = read("Reverse.md", page);
    assert_eq!(routes(&out), ["GET /reverse"]);
    let names: Vec<String> = ops(&out)[0]
        .1
        .iter()
        .map(|p| p.split(' ').take(2).collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(
        names,
        [
            "format query",
            "addressdetails query",
            "lat query",
            "lon query"
        ]
    );
    let deck = "# Deck\n\n### POST /config/{key} - Set a config value\n\n#### Request parameters\n\n| Parameter | Type | Description |\n| --------- | ---- | ----------- |\n| key | String | The config key |\n\n##### Board configuration\n\n| Key | Value |\n| --- | ----- |\n| notify-due | `off` or `all` |\n";
    let out = read("API.md", deck);
    assert_eq!(ops(&out)[0].1, ["key path true"]);
}

/// Raw HTTP requests whose body is a form (`Content-Type: application/x-www-form-urlencoded`
/// over `hash=…`) or multipart parts (`name="torrents"`): the body's fields, as a form;
/// a long hex token after a segment of another shape (`/propertiesGeneral/fae6e49a…`) is a
/// value.
#[test]
fn form_bodies_of_raw_requests() {
    let page = "### Pause torrent ###\n\n```http\nPOST http://127.0.0.1/command/pause HTTP/1.1\nUser-Agent: Fiddler\nContent-Type: application/x-www-form-urlencoded\nContent-Length: length\n\nhash=fae6e49afa359ab07c3ef169438ff95d870bc178\n```\n\n### Upload torrent ###\n\n```http\nPOST http://127.0.0.1/command/upload HTTP/1.1\nContent-Type: multipart/form-data; boundary=-------------------------acebdf13572468\n\n---------------------------acebdf13572468\nContent-Disposition: form-data; name=\"torrents\"; filename=\"8f18036b7a205c9347cb84a253975e12f7adddf2.torrent\"\nContent-Type: application/x-bittorrent\n\nfile_data\n---------------------------acebdf13572468--\n```\n\n### Get torrent generic properties ###\n\n```http\nGET /json/propertiesGeneral/fae6e49afa359ab07c3ef169438ff95d870bc178 HTTP/1.1\n```\n";
    let out = read("qbt.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /command/pause",
            "POST /command/upload",
            "GET /json/propertiesGeneral/{id}"
        ]
    );
    assert_eq!(body_names(&out, &out.spec.operations[0]), ["hash"]);
    assert_eq!(
        out.spec.operations[0]
            .body
            .as_ref()
            .and_then(|b| b.content_type.as_deref()),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(body_names(&out, &out.spec.operations[1]), ["torrents"]);
}

/// A heading naming a request as a title, its method before words in capitals that are no
/// path (`##### GET MemPool/Contents`), over a section that gives the route
/// (`GET /mempool/contents.json`): the section's route is the operation, the heading no
/// route of its own.
#[test]
fn a_request_titled_in_a_heading() {
    let page = "##### GET MemPool/Contents\n\nThe `GET mempool/contents` operation returns the pool.\n\n*Request*\n\n```text\nGET /mempool/contents.json\n```\n\n*Parameters: none*\n";
    let out = read("get_mempool-contents.md", page);
    assert_eq!(routes(&out), ["GET /mempool/contents.json"]);
}

/// OpenStack's os-api-ref pages: a section per operation over `.. rest_method:: POST
/// /v2/queues/{queue_name}/claims`, `.. rest_status_code::` lists of codes and `..
/// rest_parameters:: parameters.yaml` lists naming entries of the YAML file beside the
/// page, which gives each parameter's location, type and required flag.
#[test]
fn os_api_ref_directives_with_their_parameter_file() {
    let page = "Claims\n======\n\nClaim messages\n--------------\n\n.. rest_method:: POST /v2/queues/{queue_name}/claims\n\nClaims a set of messages.\n\nResponse codes\n~~~~~~~~~~~~~~\n\n.. rest_status_code:: success status.yaml\n\n   - 201\n   - 204\n\n.. rest_status_code:: error status.yaml\n\n   - 404\n\nRequest Parameters\n~~~~~~~~~~~~~~~~~~\n\n.. rest_parameters:: parameters.yaml\n\n  - queue_name: queue_name\n  - limit: claim_limit\n  - ttl: claim_ttl\n";
    let params = "queue_name:\n  type: string\n  in: path\n  required: true\n  description: |\n    The name of the queue.\nclaim_limit:\n  type: integer\n  in: query\n  required: false\n  description: |\n    The number of messages to claim.\nclaim_ttl:\n  type: integer\n  in: body\n  required: true\n  description: |\n    How long the claim lasts.\n";
    let codes = "201:\n  default: |\n    Created.\n204:\n  default: |\n    No content.\n404:\n  default: |\n    Not found.\n";
    let sidecar = |name: &str| match name {
        "parameters.yaml" => Some(params.to_string()),
        "status.yaml" => Some(codes.to_string()),
        _ => None,
    };
    let doc = Document::parse_with("claims.inc.rst", page, &sidecar);
    let out = extract(&doc, "pets", "claims.inc.rst");
    assert_eq!(routes(&out), ["POST /v2/queues/{queue_name}/claims"]);
    assert_eq!(
        ops(&out)[0].1,
        ["queue_name path true", "limit query false"]
    );
    assert_eq!(body_flags(&out, &out.spec.operations[0]), [("ttl", true)]);
    assert_eq!(statuses(&out)[0], [201, 204, 404]);
    // A file is read beside the page only by a name inside its folder.
    let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    assert!(crate::read::beside(here, "Cargo.toml").is_some());
    assert!(crate::read::beside(here, "../Cargo.toml").is_none());
    assert!(crate::read::beside(here, "/etc/hostname").is_none());
}

/// A Markdown page that opens with raw HTML (`<h2 id="section-title">REST API</h2>`) and
/// goes on with `#` headings is Markdown; a heading's kramdown attribute list
/// (`{:id=post-session}`) is no part of its route; under a response label, a table whose
/// rows open with codes, its header empty (`|||`), gives the statuses.
#[test]
fn raw_html_openings_attribute_lists_and_headerless_status_tables() {
    let page = "<h2 id=\"section-title\">REST API</h2>\n<hr>\n\n<p>All operations share <code>/api</code>.</p>\n<div><span>note</span></div>\n\n## The Session object\n\nA session.\n\n### POST `/openvidu/api/sessions` {:id=post-session}\n\n##### Description\n\nInitialize a Session.\n\n##### HTTP responses\n\n|||\n| - ||\n| 200 | Session successfully created |\n| 400 | Problem with some body parameter |\n\n### DELETE `/openvidu/api/sessions/<SESSION_ID>` {:id=delete-session}\n\nClose a Session.\n";
    let out = read("REST-API.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /openvidu/api/sessions",
            "DELETE /openvidu/api/sessions/{SESSION_ID}"
        ]
    );
    assert_eq!(statuses(&out)[0], [200, 400]);
}

/// GitBook's API blocks as template tags on lines of their own: `{% swagger method="get"
/// path="/api/archives/:id" … %}` opens an operation, `{% swagger-parameter name="id"
/// in="path" required="true" %}` lists a parameter of that location, `{% swagger-response
/// status="200" %}` and a tab titled by a status (`{% tab title="400 " %}`) answer with that
/// status, the sample in them its example.
#[test]
fn gitbook_api_template_tags() {
    let page = "# Archive API\n\n{% swagger baseUrl=\"http://lrr.example\" path=\"/api/archives/:id/metadata\" method=\"get\" summary=\"Get metadata\" %}\n{% swagger-description %}\nGet the metadata of an archive.\n{% endswagger-description %}\n\n{% swagger-parameter name=\"id\" type=\"string\" required=\"true\" in=\"path\" %}\nID of the Archive.\n{% endswagger-parameter %}\n\n{% swagger-parameter name=\"force\" type=\"boolean\" required=\"false\" in=\"query\" %}\nForce it.\n{% endswagger-parameter %}\n\n{% swagger-response status=\"200\" description=\"\" %}\n```javascript\n{\"arcid\": \"ec9b\"}\n```\n{% endswagger-response %}\n{% endswagger %}\n\n## Get a single category\n\n<mark style=\"color:blue;\">`GET`</mark> `http://lrr.example/api/categories/:id`\n\n{% tabs %}\n{% tab title=\"400 \" %}\n```\n{\"error\": \"no such category\"}\n```\n{% endtab %}\n{% endtabs %}\n";
    let out = read("archive-api.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /api/archives/{id}/metadata",
            "GET /api/categories/{id}"
        ]
    );
    assert_eq!(ops(&out)[0].1, ["id path true", "force query false"]);
    assert_eq!(statuses(&out), [vec![200], vec![400]]);
}

/// Routes printed with random ids for their variable segments (`/api/boards/YRgy7Ku6uLFv2pYwZ
/// /lists/PgTuf6sFJsaxto5dC/cards`, Meteor ids): each id is a value; a word in camel case
/// (`/json/propertiesGeneral`) is not.
#[test]
fn random_ids_in_routes() {
    let r = super::routes::route_line(
        "POST /api/boards/YRgy7Ku6uLFv2pYwZ/lists/PgTuf6sFJsaxto5dC/cards",
    )
    .map(|r| r.path);
    assert_eq!(
        r.as_deref(),
        Some("/api/boards/{board_id}/lists/{list_id}/cards")
    );
    assert_eq!(
        super::routes::route_line("GET /json/propertiesGeneral").map(|r| r.path),
        Some("/json/propertiesGeneral".to_string())
    );
}

/// The path first and its method after it in brackets (`### /api/v1/topology/\<id\>/kill
/// (POST)`), and a path heading with no method under a section that names one for all its
/// paths (`## GET Operations`); a bracketed word that is no method is no route.
#[test]
fn method_after_the_path_and_a_method_named_by_the_section() {
    let page = "# UI REST API\n\n## GET Operations\n\n### /api/v1/cluster/summary (GET)\n\nReturns the cluster summary.\n\n### /api/v1/topology/\\<id\\>/metrics\n\nReturns the metrics.\n\n## POST Operations\n\n### /api/v1/topology/\\<id\\>/kill/\\<wait-time\\> (POST)\n\nKills a topology.\n\n### /api/v1/notes (draft)\n\nNot a route.\n";
    let out = read("storm.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /api/v1/cluster/summary",
            "GET /api/v1/topology/{id}/metrics",
            "POST /api/v1/topology/{id}/kill/{wait_time}"
        ]
    );
}

/// GitBook's legacy API blocks: `{% api-method method="get" host="…" path="/:project\_id/
/// canned" %}` opens an operation (Markdown's escapes undone in its attributes), named by
/// the text of its `{% api-method-summary %}` tag; the parameter tags inside
/// `{% api-method-path-parameters %}`, `{% api-method-headers %}`, `{% api-method-query-
/// parameters %}`, `{% api-method-body-parameters %}` are at that location; a model table
/// before the first block is no operation's parameters.
#[test]
fn gitbook_legacy_api_method_tags() {
    let page = "# Canned responses\n\nThe model\n\n| Key | Type | Description |\n| :--- | :--- | :--- |\n| id | String | The id. |\n| title | String | The title. |\n\n{% api-method method=\"get\" host=\"https://api.example.com/v2\" path=\"/:project\\_id/canned\" %}\n{% api-method-summary %}\nGet all canned responses\n{% endapi-method-summary %}\n\n{% api-method-spec %}\n{% api-method-request %}\n{% api-method-path-parameters %}\n{% api-method-parameter name=\"project\\_id\" type=\"string\" required=true %}\nThe project.\n{% endapi-method-parameter %}\n{% endapi-method-path-parameters %}\n\n{% api-method-headers %}\n{% api-method-parameter name=\"X-Trace\" type=\"string\" required=false %}\nA trace id.\n{% endapi-method-parameter %}\n{% endapi-method-headers %}\n\n{% api-method-query-parameters %}\n{% api-method-parameter name=\"page\" type=\"number\" required=false %}\nThe page.\n{% endapi-method-parameter %}\n{% endapi-method-query-parameters %}\n{% endapi-method-request %}\n\n{% api-method-response %}\n{% api-method-response-example httpCode=200 %}\n```text\n[]\n```\n{% endapi-method-response-example %}\n{% endapi-method-response %}\n{% endapi-method-spec %}\n{% endapi-method %}\n\n{% api-method method=\"post\" host=\"https://api.example.com/v2\" path=\"/:project\\_id/canned\" %}\n{% api-method-summary %}\nCreate a canned response\n{% endapi-method-summary %}\n\n{% api-method-spec %}\n{% api-method-request %}\n{% api-method-body-parameters %}\n{% api-method-parameter name=\"text\" type=\"string\" required=true %}\nThe text.\n{% endapi-method-parameter %}\n{% endapi-method-body-parameters %}\n{% endapi-method-request %}\n{% endapi-method-spec %}\n{% endapi-method %}\n";
    let out = read("canned.md", page);
    assert_eq!(
        ops(&out),
        [
            (
                "GET /{project_id}/canned".to_string(),
                vec![
                    "project_id path true".to_string(),
                    "X-Trace header false".to_string(),
                    "page query false".to_string()
                ]
            ),
            (
                "POST /{project_id}/canned".to_string(),
                vec!["project_id path true".to_string()]
            )
        ]
    );
    let names: Vec<&str> = out
        .spec
        .operations
        .iter()
        .map(|o| o.name.as_str())
        .collect();
    assert_eq!(
        names,
        ["Get all canned responses", "Create a canned response"]
    );
    assert_eq!(body_flags(&out, &out.spec.operations[1]), [("text", true)]);
    assert_eq!(statuses(&out)[0], [200]);
}

/// A table of one call's facts headed by its route, the method after the path (`/silenced
/// (GET) |` over `description | …`, `pagination | … the `limit` and `continue` query
/// parameters`, `response codes | <ul><li>**Success**: 200 (OK)</li>…`, `output | {{< code
/// text >}}` holding the sample's lines), under a `### API Specification` sub-heading of the
/// call's section; Hugo's `{{< code shell >}}` blocks are code; `curl -G --data-urlencode`
/// is a GET; a path whose leading slash is missing and a note after the route are read.
#[test]
fn a_facts_table_headed_by_the_route() {
    let page = "# Silenced\n\n## Get all silences\n\nThe `/silenced` endpoint.\n\n### Example\n\n{{< code shell >}}\ncurl -H \"Authorization: Key $KEY\" http://127.0.0.1:8080/api/core/v2/silenced -G \\\n--data-urlencode 'fieldSelector=x'\n{{< /code >}}\n\n### API Specification\n\n/silenced (GET)  | \n---------------|------\ndescription    | Returns the list of silences.\nexample url    | http://hostname:8080/api/core/v2/silenced\npagination     | This endpoint supports [pagination][2] using the `limit` and `continue` query parameters.\nresponse codes | <ul><li>**Success**: 200 (OK)</li><li>**Error**: 500 (Internal Server Error)</li></ul>\noutput         | {{< code text >}}\n[\n  {\"name\": \"linux:*\"}\n]\n{{< /code >}}\n\n## Assign a hook\n\n### API Specification\n\nchecks/:check/hooks/:type (PUT) | \n----------------|------\ndescription     | Assigns a hook.\nresponse codes  | <ul><li>**Success**: 204 (No Content)</li><li>**Missing**: 404 (Not Found)</li></ul>\n";
    let out = read("silenced.md", page);
    assert_eq!(
        ops(&out),
        [
            (
                "GET /silenced".to_string(),
                vec![
                    "limit query false".to_string(),
                    "continue query false".to_string()
                ]
            ),
            (
                "PUT /checks/{check}/hooks/{type}".to_string(),
                vec!["check path true".to_string(), "type path true".to_string()]
            )
        ]
    );
    let names: Vec<&str> = out
        .spec
        .operations
        .iter()
        .map(|o| o.name.as_str())
        .collect();
    assert_eq!(names, ["Get all silences", "Assign a hook"]);
    assert_eq!(statuses(&out), [vec![200, 500], vec![204, 404]]);
    assert_eq!(
        out.spec.operations[0].responses[0].doc.as_deref(),
        Some("OK")
    );
}

/// A page titled by its path (`<h1>/api/annotation<a class="headerlink">¶</a></h1>`) whose
/// `Verbs` list names its methods (`GET - Retrieve a single annotation`, or the bare
/// verb): an operation per verb; the example URL is no operation.
#[test]
fn a_path_page_with_a_verbs_list() {
    let page = "<html><body><div role=\"main\"><h1>/api/annotation<a class=\"headerlink\" href=\"#x\">¶</a></h1><p>Annotations.</p><h2>Verbs<a class=\"headerlink\" href=\"#v\">¶</a></h2><ul><li>GET - Retrieve a single annotation</li><li>POST - Create or modify an annotation</li><li>DELETE</li></ul><h2>Example GET Request</h2><pre>http://localhost:4242/api/annotation?start_time=1369141261</pre></div></body></html>";
    let out = read("annotation.html", page);
    assert_eq!(
        routes(&out),
        [
            "GET /api/annotation",
            "POST /api/annotation",
            "DELETE /api/annotation"
        ]
    );
}

/// A page per operation titled by its route in its front matter (`title: DELETE /geode/v1/
/// {region}`, `title: \[HEAD | GET\] /geode/v1/ping`): its example request on an older
/// base path (`DELETE /gemfire/v1/orders`) is no operation; `200 OK` in the sample under
/// `## Example Success Response` is a status.
#[test]
fn a_front_matter_route_and_its_examples() {
    let page = "---\ntitle:  DELETE /geode/v1/{region}\n---\n\nDelete all entries.\n\n## Example Request\n\n``` pre\nRequest Payload: null\nDELETE /gemfire/v1/orders\nAccept: application/json\n```\n\n## Example Success Response\n\n``` pre\nResponse Payload: null\n200 OK\n```\n\n## Error Codes\n\n| Status Code | Description |\n|---|---|\n| 404 NOT FOUND | Returned if the region is not found. |\n";
    let out = read("delete.html.md", page);
    assert_eq!(routes(&out), ["DELETE /geode/v1/{region}"]);
    assert_eq!(statuses(&out), [vec![200, 404]]);
    let page = "---\ntitle:  \\[HEAD | GET\\] /geode/v1/ping\n---\n\nChecks the service.\n\n## Example Request\n\n``` pre\nHEAD /gemfire/v1/ping\nGET /gemfire/v1/ping\n```\n";
    let out = read("ping.html.md", page);
    assert_eq!(routes(&out), ["HEAD /geode/v1/ping", "GET /geode/v1/ping"]);
}

/// A path heading behind a label (`### Endpoint: /api/v1/ledger/list/?print_metadata=…`)
/// over a list of its methods, each item over its own facts (`1. Method: GET` with
/// `* Response:` and its status table, `1. Method: PUT` with its parameters): a route per
/// item, each with its own statuses; the query-string template is no part of the path.
#[test]
fn an_endpoint_heading_over_method_items() {
    let page = "# Admin API\n\n## Config\n\n### Endpoint: /api/v1/config/server_config/?name=&lt;name&gt;\n1. Method: GET\n    * Description: Get the config\n    * Response:\n\n        | Code   | Description |\n        |:-------|:------------|\n        |200 | Successful operation |\n        |404 | Not found |\n1. Method: PUT\n    * Description: Update the config\n    * Response:\n\n        | Code   | Description |\n        |:-------|:------------|\n        |200 | Successful operation |\n        |403 | Permission denied |\n\n### Endpoint: /heartbeat\n* Method: GET\n* Description: Get heartbeat status\n";
    let out = read("http.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /api/v1/config/server_config/",
            "PUT /api/v1/config/server_config/",
            "GET /heartbeat"
        ]
    );
    assert_eq!(statuses(&out)[..2], [vec![200, 404], vec![200, 403]]);
}

/// A sentence that sends the request (`Send a `POST` request to the URL endpoint
/// `/v1/actions/reschedule-check`.`, `… by sending a `POST` request to the URL endpoint
/// `/v1/events`.`) declares its section's route; on a page that declares its routes so,
/// a `curl` call to a server (`https://localhost:5665/v1/objects/hosts/example.localdomain`)
/// is a use of the API, not an operation.
#[test]
fn routes_declared_in_sentences_and_curl_calls_as_uses() {
    let page = "# API\n\n## reschedule-check\n\nSend a `POST` request to the URL endpoint `/v1/actions/reschedule-check`.\n\n```bash\ncurl -k -X POST 'https://localhost:5665/v1/actions/reschedule-check' -d '{}'\n```\n\n## remove-comment\n\nSend a `POST` request to the URL endpoint `/v1/actions/remove-comment`.\n\n## Event Streams\n\nYou can subscribe to event streams by sending a `POST` request to the URL endpoint `/v1/events`.\n\n## Creating Objects\n\nNew objects must be created by sending a PUT request.\n\n```bash\ncurl -k -X PUT 'https://localhost:5665/v1/objects/hosts/example.localdomain' -d '{}'\n```\n";
    let out = read("icinga.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /v1/actions/reschedule-check",
            "POST /v1/actions/remove-comment",
            "POST /v1/events"
        ]
    );
}

/// A JSON-RPC page whose methods are headings over their call written out (`INPUT::` then
/// `method : "get_repo"` and an `args` object of placeholders, `Optional(…)` marking the
/// optional members), beside one `curl` example of the endpoint they all go through: an
/// operation per method, the `args` members its body fields; the envelope's own members
/// (`id`, `api_key`, `method`) are not.
#[test]
fn rpc_methods_shown_by_their_call() {
    let page = "API\n===\n\nAPI access\n----------\n\n    curl https://kallithea.example.com/_admin/api -X POST -H 'content-type:text/plain' --data-binary '{\"id\":1,\"api_key\":\"xe7cdb2v278e4evbdf5vs04v832v0efvcbcve4a3\",\"method\":\"pull\",\"args\":{\"repoid\":\"CPython\"}}'\n\nAPI methods\n-----------\n\nget_repo\n^^^^^^^^\n\nGet an existing repository.\n\nINPUT::\n\n    id : <id_for_response>\n    api_key : \"<api_key>\"\n    method :  \"get_repo\"\n    args:     {\n                \"repoid\" : \"<reponame or repo_id>\",\n                \"with_revision_names\": \"<bool> = Optional(False)\",\n              }\n\nOUTPUT::\n\n    id : <id_given_in_input>\n    result: None\n\nget_repos\n^^^^^^^^^\n\nList all repositories.\n\nINPUT::\n\n    id : <id_for_response>\n    api_key : \"<api_key>\"\n    method :  \"get_repos\"\n    args:     { }\n\nget_users\n^^^^^^^^^\n\nList all users.\n\nINPUT::\n\n    id : <id_for_response>\n    api_key : \"<api_key>\"\n    method :  \"get_users\"\n    args :    { }\n";
    let out = read("api.rst", page);
    assert_eq!(rpc_names(&out), ["get_repo", "get_repos", "get_users"]);
    assert_eq!(
        ops(&out)[0].1,
        ["repoid body true", "with_revision_names body false"]
    );
    assert!(ops(&out)[1].1.is_empty());
}

/// Routes in prose and near-prose: `GET(/druid-ext/…/users)` opening a line, a paragraph
/// that opens with its route and goes on as a sentence (`GET /lookups/status with optional
/// query parameter detailed.`, `**DELETE /api/email/:id** - Delete a given email`), a
/// sentence sending the method there (`A GET to /lookups/config/all will return …`); a
/// list of routes on one line is none of these.
#[test]
fn routes_opening_sentences() {
    let page = "# API\n\n## Users\n\n`GET(/druid-ext/security/db/{authenticatorName}/users)`<br>\nReturn a list of all user names.\n\n## Status\n\nGET /lookups/status with optional query parameter detailed.\n\n**DELETE /api/email/:id** - Delete a given email by id\n\nA GET to /lookups/config/all will return all known lookup specs.\n\nGET /users/:id/repos GET /users/:login/repos\n";
    let out = read("lookups.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /druid-ext/security/db/{authenticatorName}/users",
            "GET /lookups/status",
            "DELETE /api/email/{id}",
            "GET /lookups/config/all"
        ]
    );
}

/// A path behind a label with no method (`Route: `/api/v0/alerts/unmute/:id``) takes the
/// method of its section's example call (`curl -X PUT https://librenms.org/api/v0/alerts/
/// unmute/1`); a heading that opens with its methods (`### POST and GET - Function`) over
/// a `Syntax:` URL template (`http://<server>:[<port>]/function/<database>/<name>[/<arg>]`)
/// gives a route per method, the host and the optional part left out.
#[test]
fn labelled_paths_and_syntax_lines() {
    let page = "# Alerts\n\n### `unmute_alert`\n\nUnmute an alert\n\nRoute: `/api/v0/alerts/unmute/:id`\n\nExample:\n\n```curl\ncurl -X PUT -H 'X-Auth-Token: T' https://librenms.org/api/v0/alerts/unmute/1\n```\n\n### POST and GET - Function\n\nExecutes a server-side function.\n\nSyntax: `http://<server>:[<port>]/function/<database>/<name>[/<argument>*]`\n";
    let out = read("alerts.md", page);
    assert_eq!(
        routes(&out),
        [
            "PUT /api/v0/alerts/unmute/{id}",
            "POST /function/{database}/{name}",
            "GET /function/{database}/{name}"
        ]
    );
}

/// A rendered page whose article is a `<span>` wrapping its headings and paragraphs
/// (Docusaurus 1): its blocks are read, not one paragraph of them all.
#[test]
fn an_article_inside_an_inline_element() {
    let page = "<html><body><article><div><span><h2>Users</h2><p><code>GET(/api/users)</code><br>\nReturn all users.</p><h2>Roles</h2><p><code>DELETE(/api/roles/{roleName})</code><br>\nDelete the role.</p><h2>Notes</h2><p>Roles are cached.</p></span></div></article></body></html>";
    let out = read("security.html", page);
    assert_eq!(
        routes(&out),
        ["GET /api/users", "DELETE /api/roles/{roleName}"]
    );
}

/// An optional suffix on a route (`http://[instance].adhocracy.cc/instance/[key][.format]`:
/// a file extension the call may add) is left out; `[key]` stays a placeholder.
#[test]
fn an_optional_format_suffix() {
    let r = super::routes::route_line("GET http://[instance].adhocracy.cc/instance/[key][.format]")
        .map(|r| r.path);
    assert_eq!(r.as_deref(), Some("/instance/{key}"));
    let r = super::routes::route_line("GET /instance[.format]").map(|r| r.path);
    assert_eq!(r.as_deref(), Some("/instance"));
}

/// Liquid tags of another theme: the route among a tag's words (`{% apiexample get GET
/// https://api.sendgrid.com/api/blocks.get api_user=… %}`), the call's parameters in a
/// `{% parameters get %}` block printed before it, each `{% parameter name false 'rule'
/// 'description' %}` by position (`false`/`No` optional, `true`/`Yes` required).
#[test]
fn liquid_tags_by_position() {
    let page = "---\ntitle: Blocks\n---\n\nThis endpoint manages the Blocks list.\n\n<page-anchor el=\"h2\">\nget\n</page-anchor>\nRetrieve a list of Blocks. {% parameters get %}\n\n  {% parameter date false 'Must be set to 1' 'Retrieve the timestamp.' %}\n  {% parameter limit No 'Must be an integer.' 'Limit the results.' %}\n{% endparameters %}\n\n{% apiexample get GET https://api.sendgrid.com/api/blocks.get api_user=u&api_key=k&date=1 %}\n  {% response json %}\n[]\n  {% endresponse %}\n{% endapiexample %}\n\n<page-anchor el=\"h2\">\ndelete\n</page-anchor>\nDelete an address.\n\n{% parameters delete %}\n  {% parameter email Yes 'An address.' 'The address to delete.' %}\n{% endparameters %}\n\n{% apiexample delete POST https://api.sendgrid.com/api/blocks.delete api_user=u&api_key=k&email=a@b.c %}\n  {% response json %}\n{\"message\": \"success\"}\n  {% endresponse %}\n{% endapiexample %}\n";
    let out = read("blocks.md", page);
    assert_eq!(
        routes(&out),
        ["GET /api/blocks.get", "POST /api/blocks.delete"]
    );
    assert_eq!(ops(&out)[0].1, ["date query false", "limit query false"]);
    assert_eq!(body_flags(&out, &out.spec.operations[1]), [("email", true)]);
}

/// A heading that is a path and the words naming it an endpoint (`` ### `/api/v2/query/`
/// HTTP endpoint ``), over a sentence saying which methods it accepts (`The
/// `/api/v2/query` endpoint accepts `POST` HTTP requests.`, `accepts `Get` HTTP
/// requests`): a route per method, the title's trailing slash left out.
#[test]
fn an_endpoint_heading_and_the_methods_it_accepts() {
    let page = "# API\n\n### `/api/v2/query/` HTTP endpoint\n\nThe `/api/v2/query` endpoint accepts `POST` HTTP requests.\n\n### `/health` HTTP endpoint\n\nThe `/health` endpoint accepts `Get` HTTP requests.\n\n##### Responses\n\n| HTTP code | Description |\n|---|---|\n| 200 OK | Healthy |\n";
    let out = read("influx.md", page);
    assert_eq!(routes(&out), ["POST /api/v2/query", "GET /health"]);
}

/// A path heading over sub-headings that are each a method alone (`` ``/2/info`` `` over
/// `` ``GET`` `` and `` ``PUT`` ``): a route per sub-heading, each with its own section.
#[test]
fn a_path_heading_over_method_sub_headings() {
    let page = "RAPI\n====\n\n``/2/instances/[instance_name]``\n+++++++++++++++++++++++++++++++++\n\nAn instance resource.\n\n``GET``\n~~~~~~~\n\nReturns the instance.\n\n``DELETE``\n~~~~~~~~~~\n\nDeletes the instance.\n\n``/2/info``\n+++++++++++\n\nCluster information.\n\n``GET``\n~~~~~~~\n\nReturns cluster information.\n";
    let out = read("rapi.rst", page);
    assert_eq!(
        routes(&out),
        [
            "GET /2/instances/{instance_name}",
            "DELETE /2/instances/{instance_name}",
            "GET /2/info"
        ]
    );
}

/// Rendered Hugo sections: `##### Method & Url` (a label naming both) over the call, and
/// `##### Response Status` over a block holding only `201`: the section's route and status;
/// a capital word that names no member of the collection before it (`/graphspaces/DEFAULT`)
/// is a value, one that does (`/buckets/BUCKET`) a placeholder.
#[test]
fn method_and_url_labels_and_bare_status_blocks() {
    let page = "# EdgeLabel API\n\n#### Create an EdgeLabel\n\n##### Method & Url\n\n```\nPOST http://localhost:8080/graphspaces/DEFAULT/graphs/hugegraph/schema/edgelabels\n```\n\n##### Response Status\n\n```json\n201\n```\n\n#### Get all EdgeLabels\n\n##### Method & Url\n\n```\nGET http://localhost:8080/graphspaces/DEFAULT/graphs/hugegraph/schema/edgelabels\n```\n\n##### Response Status\n\n```json\n200\n```\n";
    let out = read("edgelabel.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /graphspaces/DEFAULT/graphs/hugegraph/schema/edgelabels",
            "GET /graphspaces/DEFAULT/graphs/hugegraph/schema/edgelabels"
        ]
    );
    assert_eq!(statuses(&out), [vec![201], vec![200]]);
    let names: Vec<&str> = out
        .spec
        .operations
        .iter()
        .map(|o| o.name.as_str())
        .collect();
    assert_eq!(names, ["Create an EdgeLabel", "Get all EdgeLabels"]);
    assert_eq!(
        super::routes::route_line("GET /buckets/BUCKET/keys/KEY").map(|r| r.path),
        Some("/buckets/{BUCKET}/keys/{KEY}".to_string())
    );
}

/// Typed placeholders printed after the route, Flask style (`**GET /tasks/report/** *(int:
/// id)* **/** *(str: format)*`), under a path heading (`/tasks/report`): one route with its
/// placeholders, the heading only its title; the example call to a host that leaves the
/// trailing placeholders out (`curl http://localhost:8090/tasks/report/1`) is its example.
#[test]
fn typed_placeholders_after_the_route() {
    let page = "API\n===\n\n/tasks/report\n-------------\n\n**GET /tasks/report/** *(int: id)* **/** *(str: format)*\n\nReturns the report.\n\n**Example request**.\n\n.. code-block:: bash\n\n    curl -H \"Authorization: Bearer S4MPL3\" http://localhost:8090/tasks/report/1\n\n/tasks/list\n-----------\n\n**GET /tasks/list/** *(int: limit)* **/** *(int: offset)*\n\nReturns list of tasks.\n\n.. code-block:: bash\n\n    curl http://localhost:8090/tasks/list\n\nStatus\n------\n\nThe end.\n";
    let out = read("api.rst", page);
    assert_eq!(
        routes(&out),
        [
            "GET /tasks/report/{id}/{format}",
            "GET /tasks/list/{limit}/{offset}"
        ]
    );
}

/// A page titled by its resource's path without the leading slash (``` ``divisions/{{ID}}`` ```)
/// over sub-headings that are each a method: a route per method on `/divisions/{ID}`; the
/// request examples under `Request Structure` (`PUT /api/5.0/divisions/1 HTTP/1.1`) are
/// its examples, a base path before it.
#[test]
fn a_resource_title_over_method_sub_headings() {
    let page = "**********************\n``divisions/{{ID}}``\n**********************\n\n``PUT``\n=======\nUpdates a division.\n\nRequest Structure\n-----------------\n\n.. code-block:: http\n\n\tPUT /api/5.0/divisions/1 HTTP/1.1\n\tHost: trafficops.infra.ciab.test\n\n``DELETE``\n==========\nDeletes a division.\n\nRequest Structure\n-----------------\n\n.. code-block:: http\n\n\tDELETE /api/5.0/divisions/1 HTTP/1.1\n\nResponse Structure\n------------------\n\nNothing.\n";
    let out = read("divisions_id.rst", page);
    assert_eq!(
        routes(&out),
        ["PUT /divisions/{ID}", "DELETE /divisions/{ID}"]
    );
}

/// JSON-RPC methods headed by their names, each request a JSON object (`{"jsonrpc":"2.0",
/// "method":"Client.SetVolume","params":{"id":"…","volume":{…}}}`): the `params` members
/// are its body fields, whether required unknown; the methods a `### Notifications` list
/// names are what the server sends, not operations.
#[test]
fn json_rpc_requests_and_a_notifications_list() {
    let page = "# Control API\n\n## Requests and Notifications\n\n### Requests\n\n- [Client.GetStatus](#clientgetstatus)\n- [Client.SetVolume](#clientsetvolume)\n\n### Notifications\n\n- [Client.OnConnect](#clientonconnect)\n- [Client.OnDisconnect](#clientondisconnect)\n\n## Requests\n\n### Client.GetStatus\n\n#### Request\n\n```json\n{\"id\":8,\"jsonrpc\":\"2.0\",\"method\":\"Client.GetStatus\",\"params\":{\"id\":\"00:21\"}}\n```\n\n### Client.SetVolume\n\n#### Request\n\n```json\n{\"id\":8,\"jsonrpc\":\"2.0\",\"method\":\"Client.SetVolume\",\"params\":{\"id\":\"00:21\",\"volume\":{\"muted\":false,\"percent\":74}}}\n```\n\n## Notifications\n\n### Client.OnConnect\n\n```json\n{\"jsonrpc\":\"2.0\",\"method\":\"Client.OnConnect\",\"params\":{\"id\":\"00:21\"}}\n```\n";
    let out = read("control.md", page);
    assert_eq!(rpc_names(&out), ["Client.GetStatus", "Client.SetVolume"]);
    let fields: Vec<&str> = out.spec.operations[1]
        .params
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(fields, ["id", "volume"]);
}

/// A rendered page whose loose list items each hold an endpoint (`<li><p><strong>/containers
/// </strong></p><p><strong>URL Structure</strong></p><pre><code>GET /api/v1/containers
/// </code></pre>…</li>`): the item's first paragraph is the item, its code and nested list
/// its blocks, so the route and the parameters under it are read.
#[test]
fn loose_list_items_holding_code() {
    let page = "<html><body><h4>Containers</h4><ul><li><p><strong>/containers</strong></p><p><strong>URL Structure</strong></p><pre><code>GET /api/v1/containers\n</code></pre><p><strong>Parameters</strong></p><ul><li><p>limit (optional)</p><p>Only returns the limited number of results.</p></li></ul></li><li><p><strong>/containers/:id/keys</strong></p><p><strong>URL Structure</strong></p><pre><code>GET /api/v1/containers/:id/keys\n</code></pre><p><strong>Returns</strong></p><p>All the keys.</p></li></ul><h4>Notes</h4><p>None.</p></body></html>";
    let out = read("recon.html", page);
    assert_eq!(
        routes(&out),
        ["GET /api/v1/containers", "GET /api/v1/containers/{id}/keys"]
    );
}

/// A page of methods called through one endpoint, each headed by its name over a call
/// that names it inside a JSON-RPC request (`curl …/json_rpc -d '{"jsonrpc":"2.0",…,
/// "method":"get_block_count"}'`), and of routes of their own (`### **/get_height**` over
/// its call): an operation per method and per route; the endpoint is none.
#[test]
fn methods_and_routes_on_one_page() {
    let page = "# Daemon RPC\n\n## JSON RPC Methods\n\nThese methods all follow a similar structure:\n\n```\nMETHOD='get_block_header_by_height'\ncurl \\\\\n    http://$IP:$PORT/json_rpc \\\\\n    -d '{\"jsonrpc\":\"2.0\",\"id\":\"0\",\"method\":\"'$METHOD'\"}'\n```\n\n### **get_block_count**\n\nLook up how many blocks.\n\nInputs: *None*.\n\nExample:\n\n```\n$ curl http://127.0.0.1:18081/json_rpc -d '{\"jsonrpc\":\"2.0\",\"id\":\"0\",\"method\":\"get_block_count\"}' -H 'Content-Type: application/json'\n\n{\n  \"id\": \"0\"\n}\n```\n\n### **on_get_block_hash**\n\nLook up a block's hash.\n\nInputs:\n\n* *height* - unsigned int\n\nExample:\n\n```\n$ curl http://127.0.0.1:18081/json_rpc -d '{\"jsonrpc\":\"2.0\",\"id\":\"0\",\"method\":\"on_get_block_hash\",\"params\":[912345]}' -H 'Content-Type: application/json'\n```\n\n### **get_info**\n\nInfo.\n\nExample:\n\n```\n$ curl http://127.0.0.1:18081/json_rpc -d '{\"jsonrpc\":\"2.0\",\"id\":\"0\",\"method\":\"get_info\"}' -H 'Content-Type: application/json'\n```\n\n## Other Daemon RPC Calls\n\n### **/get_height**\n\nGet the node's current height.\n\n```\n$ curl http://127.0.0.1:18081/get_height -H 'Content-Type: application/json'\n```\n\n### **/get_transactions**\n\nLook up one or more transactions by hash.\n\n```\n$ curl http://127.0.0.1:18081/get_transactions -d '{\"txs_hashes\":[\"d6e4\"]}' -H 'Content-Type: application/json'\n```\n";
    let out = read("daemon-rpc.md", page);
    let names: Vec<String> = out
        .spec
        .operations
        .iter()
        .map(|o| match (&o.rpc, &o.route) {
            (Some(r), _) => r.target.clone(),
            (None, Some(r)) => format!("{} {}", r.method, r.path),
            (None, None) => String::new(),
        })
        .collect();
    assert_eq!(
        names,
        [
            "get_block_count",
            "on_get_block_hash",
            "get_info",
            "GET /get_height",
            "POST /get_transactions"
        ]
    );
}

/// A page per method, titled by the method's name (`# server_info (xrpld)`), whose request
/// example under a sub-heading names that very method in a JSON-RPC call (`{"method":
/// "server_info", "params": [{…}]}`): the page is the method, its parameter table's rows
/// its body fields; a title over no such call is no method.
#[test]
fn a_method_titled_over_its_call_below() {
    let page = "---\nhtml: server_info.html\n---\n# server_info (xrpld)\n\nThe `server_info` command asks the server for a human-readable version of various information.\n\n## Request Format\n\n```json\n{\n    \"method\": \"server_info\",\n    \"params\": [\n        {\n            \"counters\": false\n        }\n    ]\n}\n```\n\nThe request includes the following parameters:\n\n| `Field`    | Type    | Required? | Description |\n|:-----------|:--------|:----------|:------------|\n| `counters` | Boolean | No        | If `true`, return metrics. |\n| `account`  | String  | Yes       | The account. |\n\n## Response Format\n\n| `Field` | Type   | Description |\n|:--------|:-------|:------------|\n| `info`  | Object | The server's state. |\n";
    let out = read("server_info.md", page);
    assert_eq!(rpc_names(&out), ["server_info"]);
    assert_eq!(ops(&out)[0].1, ["counters body false", "account body true"]);
    let other = page.replace("\"method\": \"server_info\"", "\"method\": \"ledger\"");
    assert!(read("server_info.md", &other).spec.operations.is_empty());
}

/// A table of routes with a column of parameters written as pairs (`| Parameters |` over
/// `level=${LEVEL} tenant=${TENANT}`): each row's names are its own operation's, a GET's
/// in the query. On an HTML page whose earlier markup closes a paragraph it never opened
/// (`</code></pre></div></p>`), each row still gives its own.
#[test]
fn parameter_pairs_in_a_route_table() {
    let page = "<html><body><h1>REST API</h1>\n<p>Configure it like this:\n<div class=\"highlight\"><pre><code>a=b\n</code></pre></div></p>\n<p>Other text.</p>\n<h2>Master</h2>\n<table>\n<thead>\n<tr>\n<th>Path</th>\n<th>Method</th>\n<th>Parameters</th>\n<th>Meaning</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>/conf</td>\n<td>GET</td>\n<td></td>\n<td>List the conf setting.</td>\n</tr>\n<tr>\n<td>/listDynamicConfigs</td>\n<td>GET</td>\n<td>level=${LEVEL} tenant=${TENANT} name=${NAME}</td>\n<td>List the dynamic configs.</td>\n</tr>\n<tr>\n<td>/workerInfo</td>\n<td>GET</td>\n<td>host=${HOST}</td>\n<td>List worker information.</td>\n</tr>\n</tbody>\n</table>\n</body></html>\n";
    let out = read("restapi.html", page);
    assert_eq!(
        ops(&out),
        [
            ("GET /conf".to_string(), vec![]),
            (
                "GET /listDynamicConfigs".to_string(),
                vec![
                    "level query false".to_string(),
                    "tenant query false".to_string(),
                    "name query false".to_string()
                ]
            ),
            (
                "GET /workerInfo".to_string(),
                vec!["host query false".to_string()]
            ),
        ]
    );
}

/// A table of every endpoint under `### Endpoints` (`Method | URI Template | Command`, the
/// template's placeholders with spaces, `{<var>session id</var>}`), then a sibling section
/// per command restating its route in a small table: the index's rows are the operations,
/// each section more of its own; the last row is no second operation of the last section.
#[test]
fn an_endpoint_index_over_sibling_command_sections() {
    let page = "<html><body><h3>Endpoints</h3>\n<table class=simple>\n <tr>\n  <th>Method</th>\n  <th>URI Template</th>\n  <th>Command</th>\n </tr>\n <tr>\n  <td>POST</td>\n  <td>/session</td>\n  <td><a>New Session</a></td>\n </tr>\n <tr>\n  <td>GET</td>\n  <td>/session/{<var>session id</var>}/title</td>\n  <td><a>Get Title</a></td>\n </tr>\n <tr>\n  <td>POST</td>\n  <td>/session/{<var>session id</var>}/print</td>\n  <td><a>Print Page</a></td>\n </tr>\n</table>\n<section>\n<h3><dfn>Get Title</dfn></h3>\n\n<table class=\"simple jsoncommand\">\n <tr>\n  <th>HTTP Method\n  <th>URI Template\n </tr>\n <tr>\n  <td>GET\n  <td>/session/{<var>session id</var>}/title\n </tr>\n</table>\n\n<p>The remote end steps are:</p>\n<ol><li><p>Return success.</p></li></ol>\n</section>\n<section>\n<h3><dfn>Print Page</dfn></h3>\n\n<table class=\"simple jsoncommand\">\n <tr>\n  <th>HTTP Method\n  <th>URI Template\n </tr>\n <tr>\n  <td>POST\n  <td>/session/{<var>session id</var>}/print\n </tr>\n</table>\n\n<p>The remote end steps are:</p>\n<ol><li><p>Return success.</p></li></ol>\n</section>\n</body></html>\n";
    let out = read("index.html", page);
    assert_eq!(
        routes(&out),
        [
            "POST /session",
            "GET /session/{session_id}/title",
            "POST /session/{session_id}/print"
        ]
    );
    assert!(!said(&out, "kept as two operations"), "{:?}", out.diags);
}

/// Facts as labelled items under a heading per operation, the method in emphasis (`*
/// **Method:** _POST_`, `* **Endpoint**:`/clusters``), the status after a label naming
/// the code (`* **Response HTTP Status Code**: 201`, `Status Code: 409`); a label about
/// another resource's answer (`Temporary Resource Response HTTP Status Code: 303`) gives
/// none of this operation's.
#[test]
fn labelled_items_in_emphasis_and_status_code_labels() {
    let page = "# API\n\n### Create Cluster\n* **Method:** _POST_\n* **Endpoint**:`/clusters`\n* **Response HTTP Status Code**: 202\n* **Temporary Resource Response HTTP Status Code**: 303, `Location` header will contain `/clusters/{id}`\n\n### Delete Cluster\n* **Method:** _DELETE_\n* **Endpoint**:`/clusters/{id}`\n* **Status Code**: 200\n* **Status Code**: 409, Conflict\n";
    let out = read("api.md", page);
    assert_eq!(routes(&out), ["POST /clusters", "DELETE /clusters/{id}"]);
    assert_eq!(statuses(&out), [vec![202], vec![200, 409]]);
}

/// A section per operation whose method and path stand under headings of their own
/// (`### Request type` over `GET`, `### Request Path` over the path in code), an example
/// call further down: the route at its labels, the call an example of it; a method label
/// of the next operation's section, after the path, is not this one's.
#[test]
fn request_type_and_path_headings() {
    let page = "# Open API\n\n## Get configurations\n\n### Request type\n\nGET\n\n### Request URL\n\n/nacos/v1/cs/configs\n\n### Request Example\n\n```\ncurl -X GET 'http://127.0.0.1:8848/nacos/v1/cs/configs?dataId=nacos.example'\n```\n\n## Query the leader\n\n### Request Type\n\nGET\n\n### Request Path\n\n```plain\n/nacos/v1/ns/raft/leader\n```\n\n### Request Example\n\n```plain\ncurl -X GET '127.0.0.1:8848/nacos/v1/ns/raft/leader'\n```\n\n## Update system switch\n\n### Request Type\n\nPUT\n\n### Request Path\n\n```plain\n/nacos/v1/ns/operator/switches\n```\n";
    let out = read("open-api.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /nacos/v1/cs/configs",
            "GET /nacos/v1/ns/raft/leader",
            "PUT /nacos/v1/ns/operator/switches"
        ]
    );
}

/// A sentence that sends a request, the method and the path in code, wherever it stands in
/// its paragraph and however it wraps (`To retrieve a cache by name, make a `GET` request
/// to `/actuator/caches/\{name}`, as shown in the following curl-based example:`): the
/// route, AsciiDoc's escaped brace undone; a sentence naming a method and a path without
/// sending anything is none.
#[test]
fn requests_sent_in_sentences() {
    let page = "= Caches (`caches`)\n\n== Retrieving All Caches\n\nTo retrieve the application's caches, make a `GET` request to `/actuator/caches`, as shown in the following curl-based example:\n\ninclude::partial$rest/actuator/caches/all/curl-request.adoc[]\n\n== Retrieving Caches by Name\n\nTo retrieve a cache by name, make a `GET` request to\n`/actuator/caches/\\{name}`, as shown in the following curl-based example:\n\n== Evict All Caches\n\nTo clear all available caches, make a `DELETE` request to `/actuator/caches` as shown in the following curl-based example:\n\n== Notes\n\nThe `GET` answer of `/actuator/caches` is cached for ten seconds.\n";
    let out = read("caches.adoc", page);
    assert_eq!(
        routes(&out),
        [
            "GET /actuator/caches",
            "GET /actuator/caches/{name}",
            "DELETE /actuator/caches"
        ]
    );
}

/// A list of handlers, each an item holding a heading (`* #### `AuthPostHandler``) over
/// its blocks indented under it, as CommonMark nests them: `#### request` and `#### response`
/// there are below the item's heading whatever their marks; indented four columns, they
/// are no code; a nested list does not end the item; statuses are paragraphs opening with
/// the code (`` `200` - No body. ``); a fence the page never closes ends with its item; an
/// optional query string in brackets (`[?clean=true]`) is no part of the route.
#[test]
fn handlers_as_list_items_holding_headings() {
    let page = "### Core\n\n* #### `AuthPostHandler`\n\n    #### synopsis\n    Attempts user authentication.\n\n    #### request\n    `POST /api/v1/auth`\n\n    `alias` - An optional name.\n    * annotations.cryostat.HOST\n    * annotations.cryostat.PORT\n\n    `username` - the username.\n\n    #### response\n    `200` - No body. Getting this response means that the header is valid\n    and that the user has been successfully authenticated.\n\n    `401` - User authentication failed. The body is an error message.\n\n    #### example\n    ```\n    $ curl -X POST localhost:8181/api/v1/auth\n\n### Rules\n\n* #### `RuleDeleteHandler`\n\n    ##### request\n    `DELETE /api/v2/rules/:name[?clean=true]`\n\n    ##### response\n    `200` - The result is empty.\n\n    `404` - No rule with the given name exists.\n\n    ##### example\n    ```\n    $ curl -X DELETE http://0.0.0.0:8181/api/v2/rules/Test_Rule\n    ```\n";
    let out = read("HTTP_API.md", page);
    assert_eq!(
        routes(&out),
        ["POST /api/v1/auth", "DELETE /api/v2/rules/{name}"]
    );
    assert_eq!(statuses(&out), [vec![200, 401], vec![200, 404]]);
}

/// A page declaring its route once (`GET /puppet-ca/v1/certificate/:nodename?environment=
/// :environment`), then showing calls with concrete values and a query string under
/// headings of samples (`### Responses` / `#### Certificate not found`, `### Example
/// Response`), even to a path the route does not cover: uses, not operations.
#[test]
fn calls_under_sample_headings() {
    let page = "---\ntitle: Certificate\n---\n\nCertificate\n=============\n\nFind\n----\n\nGet a certificate.\n\n    GET /puppet-ca/v1/certificate/:nodename?environment=:environment\n\n### Supported HTTP Methods\n\nGET\n\n### Responses\n\n#### Certificate found\n\n    GET /puppet-ca/v1/certificate/elmo.mydomain.com?environment=env\n\n    HTTP 200 OK\n\n#### No Certificate name given\n\n    GET /puppet-ca/v1/certificate?environment=env\n\n    HTTP 400 Bad Request\n\n#### Master is not a CA\n\n    GET /puppet/v1/certificate/valid_certificate?environment=env\n\n    HTTP 400 Bad Request\n";
    let out = read("http_certificate.md", page);
    assert_eq!(routes(&out), ["GET /puppet-ca/v1/certificate/{nodename}"]);
}

/// A table whose rows are grouped under a row holding only a method (`<th>GET</th>` then
/// rows whose cell holds the path in `<pre>` over notes): a route per row, the group's
/// method. A call in a later section, after a sentence that mentions the response (`…
/// with the URL in the prepared link from the response:`), is an example of its route.
#[test]
fn routes_grouped_under_method_rows() {
    let page = "<html><body><h2 id=\"http-requests\">HTTP requests</h2>\n<table class=\"table\">\n<thead>\n<tr><th>HTTP request</th><th>cluster/v2 operation</th><th>Description</th></tr>\n</thead>\n<tbody>\n<tr>\n<th>GET</th>\n<td colspan=\"2\"><p id=\"get\">List cluster and nodes.</p></td>\n</tr>\n<tr>\n<td></td>\n<th>List content clusters</th>\n<td><pre>/cluster/v2/</pre></td>\n</tr>\n<tr>\n<td></td>\n<th>Get node state</th>\n<td>\n<pre>/cluster/v2/&lt;cluster&gt;/&lt;node&gt;</pre>\n<p>In the response, the state of the node.</p>\n</td>\n</tr>\n<tr>\n<th>PUT</th>\n<td colspan=\"2\"><p id=\"put\">Set node state.</p></td>\n</tr>\n<tr>\n<td></td>\n<th>Set node user state</th>\n<td><pre>/cluster/v2/&lt;cluster&gt;/&lt;node&gt;</pre></td>\n</tr>\n</tbody>\n</table>\n<h2>Use Cases</h2>\n<h3>Set a node down</h3>\n<p>Set the node's state with the URL in the node link from the response:</p>\n<pre>\n$ curl -s -X PUT \"http://host:19050/cluster/v2/music/7\"\n</pre>\n</body></html>\n";
    let out = read("cluster-v2.html", page);
    assert_eq!(
        routes(&out),
        [
            "GET /cluster/v2/",
            "GET /cluster/v2/{cluster}/{node}",
            "PUT /cluster/v2/{cluster}/{node}"
        ]
    );
}

/// A path alone on a line over a table of its methods (`Method | Action | Return Code |
/// Formats`, no path column): a route per row that says what the method does, its status
/// from the code column; a row with an empty action (`POST | | 405`) is a method the
/// resource does not support. The sample request under the section, to a server and a
/// longer path, is a use.
#[test]
fn a_path_over_its_table_of_methods() {
    let page = "Managing Things through the REST API\n====================================\n\nThings list\n-----------\n\n``/rest/things.xml``\n\n.. list-table::\n   :header-rows: 1\n\n   * - Method\n     - Action\n     - Return Code\n     - Formats\n   * - GET\n     - Return the list of things\n     - 200\n     - XML, JSON\n   * - POST\n     - \n     - 405\n     - \n   * - DELETE\n     - \n     - 400\n     -\n\nSample request:\n\n.. code-block:: xml\n\n curl -u admin:secret \"http://localhost:8080/app/rest/things\"\n\nThing Operations\n----------------\n\n``/rest/things/<thing>.xml``\n\n.. list-table::\n   :header-rows: 1\n\n   * - Method\n     - Action\n     - Return Code\n     - Formats\n   * - GET\n     - Return the thing\n     - 200\n     - XML\n   * - PUT\n     - Add or modify the thing\n     - 200\n     - XML\n";
    let out = read("things.rst", page);
    assert_eq!(
        routes(&out),
        [
            "GET /rest/things.xml",
            "GET /rest/things/{thing}.xml",
            "PUT /rest/things/{thing}.xml"
        ]
    );
    assert_eq!(statuses(&out), [vec![200], vec![200], vec![200]]);
}

/// A table of routes whose path column is headed `URL pattern` (Fuseki's `Method | URL
/// pattern | Description`, its paths under `/$/`), an empty row between groups.
#[test]
fn a_url_pattern_column() {
    let page = "## Operations\n\n| Method | URL pattern | Description |\n|---|---|---|\n| | | |\n| `GET` | `/$/ping` | Check if server is alive |\n| `POST` | `/$/ping` | |\n| `DELETE` | `/$/datasets/{name}` | Remove a dataset |\n";
    let out = read("fuseki.md", page);
    assert_eq!(
        routes(&out),
        ["GET /$/ping", "POST /$/ping", "DELETE /$/datasets/{name}"]
    );
}

/// Sections named for what the API manages (`## Register a workflow`, `## Describe
/// workflow`, the API's own resource) are no sections of examples: their routes are
/// operations; a section titled `Workflow` alone, or `Example workflow`, still shows uses.
#[test]
fn workflow_resources_are_no_example_sections() {
    let page = "# Management API\n\n## Register a workflow\n\n`POST /workflows`\n\n```bash\ncurl -X POST \"http://localhost:8081/workflows?url=https://example.com/w.war\"\n```\n\n## Describe workflow\n\n`GET /workflows/{workflow_name}`\n\n## Unregister a workflow\n\n`DELETE /workflows/{workflow_name}`\n\n## Example workflow\n\n```bash\ncurl -X PUT \"http://localhost:8081/workflows/w1/start\"\n```\n";
    let out = read("workflow_management_api.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /workflows",
            "GET /workflows/{workflow_name}",
            "DELETE /workflows/{workflow_name}"
        ]
    );
}

/// Placeholders written as a shell's template variables (`### GET
/// /sessions/${sessionHandle}/info/${infoType}`): path parameters like any `{name}`.
#[test]
fn shell_style_placeholders() {
    let page = "## Session Resource\n\n### GET /sessions/${sessionHandle}\n\nGet a session.\n\n### DELETE /sessions/${sessionHandle}/operations/${operationHandle}\n\nClose an operation.\n";
    let out = read("rest_api.md", page);
    assert_eq!(
        ops(&out),
        [
            (
                "GET /sessions/{sessionHandle}".to_string(),
                vec!["sessionHandle path true".to_string()]
            ),
            (
                "DELETE /sessions/{sessionHandle}/operations/{operationHandle}".to_string(),
                vec![
                    "sessionHandle path true".to_string(),
                    "operationHandle path true".to_string()
                ]
            ),
        ]
    );
}

/// Routes a Markdown page sets in inline HTML (`<details>` / `<summary><code>GET</code>
/// <code><b>/hazelcast/rest/maps/running-job/:jobId</b></code> <code>(Return details of a
/// job.)</code></summary>`), read as a renderer shows them; a lone `<id>` placeholder
/// stays one.
#[test]
fn routes_in_inline_html_summaries() {
    let page = "## API reference\n\n### Returns an overview over the cluster.\n\n<details>\n <summary><code>GET</code> <code><b>/hazelcast/rest/maps/overview?tag1=value1&tag2=value2</b></code> <code>(Returns an overview over the cluster.)</code></summary>\n\n#### Parameters\n\n| name | type | data type | description |\n|---|---|---|---|\n| tag_name | optional | string | the tags filter |\n\n</details>\n\n### Return details of a job.\n\n<details>\n <summary><code>GET</code> <code><b>/hazelcast/rest/maps/running-job/:jobId</b></code> <code>(Return details of a job.)</code></summary>\n\n</details>\n\n### Get a user\n\n`GET /users/<id>`\n\nReturns the user.\n";
    let out = read("rest-api-v1.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /hazelcast/rest/maps/overview",
            "GET /hazelcast/rest/maps/running-job/{jobId}",
            "GET /users/{id}"
        ]
    );
}

/// A route behind a short label (`Command: POST /command/core/set-project-metadata`, an
/// empty query string `?` after a path left out), not behind an example's (`ex: GET
/// /lookups/introspect/nato-phonetic`); statuses given as the code, its reason in
/// parentheses, and what it means (`` `200 (OK)`: A list of agents ``) under a response
/// label.
#[test]
fn labelled_routes_and_statuses_with_reasons() {
    let page = "# API\n\n## Get models\n\nCommand: GET /command/core/get-models?\n\nReturns the models.\n\n__Response__\n\n`200 (OK)`: A (potentially empty) list of models is returned\n\n`404 (NOT FOUND)`: The project does not exist\n\n## Set metadata\n\nCommand: POST /command/core/set-project-metadata\n\nSets a field.\n\nex: GET /command/core/get-project-metadata\n";
    let out = read("openrefine-api.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /command/core/get-models",
            "POST /command/core/set-project-metadata"
        ]
    );
    assert_eq!(statuses(&out)[0], [200, 404]);
}

/// Methods joined by commas before one path (`GET,POST,DELETE /live-store/prepare-downscale`),
/// on a line of their own or in a table's cell: a route per method.
#[test]
fn methods_joined_by_commas() {
    let page = "## Endpoints\n\n| API | Service | Type | Endpoint |\n|---|---|---|---|\n| Overrides API | Query-frontend | HTTP | `GET,POST,DELETE /api/overrides` |\n| Ready | All | HTTP | `GET /ready` |\n\n## Prepare downscale\n\n```\nGET,POST,DELETE /live-store/prepare-downscale\n```\n\nPrepares the live store for a downscale.\n";
    let out = read("_index.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /api/overrides",
            "POST /api/overrides",
            "DELETE /api/overrides",
            "GET /ready",
            "GET /live-store/prepare-downscale",
            "POST /live-store/prepare-downscale",
            "DELETE /live-store/prepare-downscale"
        ]
    );
}

/// A path heading over method sub-headings that carry a note in parentheses (`## /1.0/events`
/// over `### GET (?type=operation,logging)`, `## /1.0/containers/<name>/files` over `### GET
/// (?path=/path/inside/the/container)` and `### POST (?path=…)`): a route per sub-heading.
#[test]
fn method_sub_headings_with_notes() {
    let page = "## /1.0/events\n\nThis URL upgrades the connection to a websocket.\n\n### GET (?type=operation,logging)\n * Description: websocket upgrade\n * Authentication: trusted\n\n## /1.0/containers/<name>/files\n\n### GET (?path=/path/inside/the/container)\n * Description: download a file\n\n### POST (?path=/path/inside/the/container)\n * Description: upload a file\n";
    let out = read("rest-api.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /1.0/events",
            "GET /1.0/containers/{name}/files",
            "POST /1.0/containers/{name}/files"
        ]
    );
}

/// Statuses after a qualified code label, each named before its code in parentheses, the
/// list going on over a line end (`Normal response codes: 200` and `Error response codes:
/// Bad Request(400), …,` / `Not Found(404)`, the legacy os-api-ref form; `computeFault(400,
/// 500)` names two); the response fields under `Response` then belong to the one success.
#[test]
fn statuses_named_before_codes_in_parentheses() {
    assert_eq!(
        inline_statuses("Error response codes: Bad Request(400), computeFault(400, 500)"),
        [
            (400, Some("Bad Request".to_string())),
            (400, Some("computeFault".to_string())),
            (500, None)
        ]
    );
    let page = "Bowls\n=====\n\nUpdate Bowl\n===========\n\n.. rest_method:: PUT v1/bowls/{bowl_id}\n\nUpdate a bowl.\n\n**Response codes**\n\nNormal response codes: 200\n\nError response codes: Bad Request(400), Unauthorized(401), Not Found(404),\nConflict(409)\n\nRequest\n-------\n\n.. rest_parameters:: parameters.yaml\n\n  - bowl_id: bowl_id_path\n  - name: bowl_name\n\nResponse\n--------\n\nGeneral Parameters\n^^^^^^^^^^^^^^^^^^\n\n.. rest_parameters:: parameters.yaml\n\n  - id: bowl_id\n  - size: bowl_size\n";
    let out = read("bowls.rst", page);
    assert_eq!(routes(&out), ["PUT /v1/bowls/{bowl_id}"]);
    assert_eq!(statuses(&out), [vec![200, 400, 401, 404, 409]]);
    let op = &out.spec.operations[0];
    assert_eq!(body_names(&out, op), ["name"]);
    assert_eq!(
        op.responses[2].doc.as_deref(),
        Some("Unauthorized"),
        "the name before the code is its reason"
    );
}

/// Method headings whose routes show no one rule (`## setConfigXML` calling `POST
/// …/api/setConfigXML`, `## putTrack` `POST …/api/putTrack`, but `## getTracks` `GET
/// …/api/getTracks`): the method is each call's own, so the siblings that print a URL with
/// no method (`http&#58;//host/api/create?[parameters]`, the colon written as a numeric
/// reference so that no link is made) get no route from the others.
#[test]
fn no_route_rule_when_siblings_show_other_methods() {
    let section = |name: &str, url: &str| {
        format!(
            "## {name}\n\nDoes {name}.\n\n**Resource URL:**\n\n{url}\n\n**Parameters:**\n\n| Param Name | Required / Optional | Type | Description |\n|---|---|---|---|\n| meetingID | Required | String | The meeting. |\n\n"
        )
    };
    let page = format!(
        "# API Calls\n\n{}{}{}{}",
        section(
            "create",
            "http&#58;//yourserver.com/bigbluebutton/api/create?[parameters]&checksum=[checksum]"
        ),
        section(
            "setConfigXML",
            "`POST http://yourserver.com/bigbluebutton/api/setConfigXML`"
        ),
        section(
            "getTracks",
            "`GET http://yourserver.com/bigbluebutton/api/getTracks?[parameters]`"
        ),
        section(
            "putTrack",
            "`POST http://yourserver.com/bigbluebutton/api/putTrack`"
        ),
    );
    let out = read("api.md", &page);
    assert_eq!(
        routes(&out),
        [
            "POST /bigbluebutton/api/setConfigXML",
            "GET /bigbluebutton/api/getTracks",
            "POST /bigbluebutton/api/putTrack"
        ]
    );
    let doc = Document::parse("a.md", "See http&#58;//host/x&#x2F;y and `&#60;id&#62;`.\n");
    assert_eq!(doc.blocks[0].text, "See http://host/x/y and &#60;id>.");
}

/// Routes in a tree of list items, each level a path relative to the item above (`` *
/// `/api/v2` `` over `` * `/users` `` over `` * `PUT /:uid/follow` ``; `POST /` is the prefix
/// itself); parameters named in code after `**Requires**:` (required) and `**Accepts**:`
/// (optional); routes named in a changelog section (`## Changes from API v1`) are no
/// operations.
#[test]
fn routes_nested_in_list_items_and_fields_named_in_code() {
    let page = "# Endpoints\n\n* `/api/v2`\n    * `/bowls`\n        * `POST /`\n            * Creates a bowl\n            * **Requires**: `name` (unique)\n            * **Accepts**: `size`, `tags (array)`\n        * `PUT /:bid/fill`\n            * Fills a bowl\n            * **Accepts**: No parameters\n    * `/util`\n        * `POST /upload`\n            * Uploads a file\n\n## Changes from API v1\n\n* `/bowls`\n    * `POST /:bid/fill` is now `PUT /:bid/fill`\n";
    let out = read("readme.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /api/v2/bowls",
            "PUT /api/v2/bowls/{bid}/fill",
            "POST /api/v2/util/upload"
        ]
    );
    let op = &out.spec.operations[0];
    assert_eq!(
        body_flags(&out, op),
        [("name", true), ("size", false), ("tags", false)]
    );
    assert_eq!(ops(&out)[1].1, ["bid path true"]);
}

/// Path segments set in code spans of their own on a route line (`> **GET**
/// /admin_rest/user/`username``) are placeholders; routes given as alternatives on one line
/// (`` > `PUT /groups` OR `PUT /groups/<group_id>` ``) are each a route.
#[test]
fn code_span_segments_and_alternative_routes() {
    let page = "# Commands\n\n## Get user\n\n> **GET** /admin_rest/user/`username`/`attribute`\n\nGets a user.\n\n## Create group\n\n> `PUT /admin_rest/groups` OR `PUT /admin_rest/groups/<group_id>`\n\nCreates a group.\n";
    let out = read("README.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /admin_rest/user/{username}/{attribute}",
            "PUT /admin_rest/groups",
            "PUT /admin_rest/groups/{group_id}"
        ]
    );
    assert_eq!(
        super::routes::route_lines("GET /a or POST /b").len(),
        2,
        "a lower-case `or` too"
    );
    assert!(super::routes::route_lines("GET /a or the next one").is_empty());
}

/// A rendered Docusaurus page: headings classed `anchor anchorTargetStickyNavbar_…` (no
/// menu) ending in a zero-width space inside their hash link; the route as `URL : /x` and
/// `Method : GET` paragraphs, label and value on one line; statuses as `Code : 200 OK`
/// under `Success response` / `Error response` headings.
#[test]
fn docusaurus_headings_and_label_value_paragraphs() {
    let page = "<html><body><nav class=\"navbar\"><a href=\"/\">Home</a></nav><article><h2 class=\"anchor anchorTargetStickyNavbar_w_tw\" id=\"clusters\">Clusters<a href=\"#clusters\" class=\"hash-link\">\u{200b}</a></h2>\n<p>Returns the clusters.</p>\n<p><strong>URL</strong> : <code>/ws/v1/clusters</code></p>\n<p><strong>Method</strong> : <code>GET</code></p>\n<h3 class=\"anchor anchorTargetStickyNavbar_w_tw\" id=\"success-response\">Success response<a href=\"#success-response\" class=\"hash-link\">\u{200b}</a></h3>\n<p><strong>Code</strong> : <code>200 OK</code></p>\n<h3 class=\"anchor anchorTargetStickyNavbar_w_tw\" id=\"error-response\">Error response<a href=\"#error-response\" class=\"hash-link\">\u{200b}</a></h3>\n<p><strong>Code</strong> : <code>500 Internal Server Error</code></p>\n</article></body></html>\n";
    let out = read("cluster.html", page);
    assert_eq!(routes(&out), ["GET /ws/v1/clusters"]);
    assert_eq!(out.spec.operations[0].name, "Clusters");
    assert_eq!(statuses(&out), [vec![200, 500]]);
}

/// The method only in an element's class, the path its text (`<div class="endpoint
/// get">/apis/{name or id}</div>`, a placeholder holding spaces); a parameter table with a
/// plural name column (`Attributes | Description`, no leading pipe) whose name cell holds
/// the flag under the name (`` `size`<br>*optional, default is __100__* ``), under `####
/// Request Querystring Parameters`.
#[test]
fn method_in_a_class_and_flags_under_names() {
    let page = "## API Object\n\n### List APIs\n\n**Endpoint**\n\n<div class=\"endpoint get\">/apis/</div>\n\n#### Request Querystring Parameters\n\nAttributes | Description\n---:| ---\n`name`<br>*optional* | A filter on the name.\n`size`<br>*optional, default is __100__* | A limit.\n`token`<br>**required** | The token.\n\n### Delete API\n\n**Endpoint**\n\n<div class=\"endpoint delete\">/apis/{name or id}</div>\n";
    let out = read("admin-api.md", page);
    assert_eq!(routes(&out), ["GET /apis/", "DELETE /apis/{name_or_id}"]);
    assert_eq!(
        ops(&out)[0].1,
        ["name query false", "size query false", "token query true"]
    );
}

/// `### GET - `/api/v1/gems/[GEM NAME].(json|yaml)``: a dash between the method and the
/// path; a placeholder in brackets written as words in capitals (`{gem_name}`), or as
/// alternatives (`[USER HANDLE|USER ID]`); the format alternatives after the last segment
/// no part of the route; example calls with concrete names under them are uses.
#[test]
fn dashed_heading_routes_and_bracket_placeholders() {
    let page = "# Gems\n\n### GET - `/api/v1/gems/[GEM NAME].(json|yaml)`\n\nReturns a gem.\n\n    $ curl https://rubygems.org/api/v1/gems/rails.json\n\n### GET - `/api/v1/owners/[USER HANDLE|USER ID]/gems.(json|yaml)`\n\nLists gems.\n\n### GET - `/api/v1/gems/[GEM NAME]/reverse_dependencies.json`\n\nReverse dependencies.\n";
    let out = read("gems.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /api/v1/gems/{gem_name}",
            "GET /api/v1/owners/{user_handle_or_user_id}/gems",
            "GET /api/v1/gems/{gem_name}/reverse_dependencies.json"
        ]
    );
}

/// A URI cell whose host has no scheme (`api.tumblr.com/v2/blog/{blog-identifier}/info
/// ?api_key={key}`): the host is the server, not the route's first segment; a file name's
/// extension is no top-level domain (`users.json/x` stays a path).
#[test]
fn a_host_without_its_scheme() {
    let page = "## Blog Info\n\n#### Method\n\n| URI | HTTP Method | Authentication |\n| --- | ----------- | -------------- |\n| `api.tumblr.com/v2/blog/{blog-identifier}/info?api_key={key}` | GET | API Key |\n";
    let out = read("api.md", page);
    assert_eq!(routes(&out), ["GET /v2/blog/{blog_identifier}/info"]);
    assert_eq!(
        super::routes::schemeless_host("api.tumblr.com/v2/x"),
        Some(14)
    );
    assert_eq!(super::routes::schemeless_host("users.json/x"), None);
    assert_eq!(super::routes::schemeless_host("v1.0/x"), None);
}

/// An HTML box per operation whose title paragraph opens with the method and the path in
/// code elements of their own, a comment after them (`<code class="get">GET</code> <code
/// class="url">/api/domain/&lt;domain&gt;</code> <code class="comment">Get …</code>`).
#[test]
fn method_and_path_in_code_elements() {
    let page = "<html><body><h2>Domain</h2>\n<div class=\"admonition api\">\n<p class=\"admonition-title\"><code class=\"get\">GET</code> <code class=\"url\">/api/domain/&lt;domain&gt;</code> <code class=\"comment\">Get profile of an existing domain</code></p>\n</div>\n<div class=\"admonition api\">\n<p class=\"admonition-title\"><code class=\"delete\">DELETE</code> <code class=\"url\">/api/domain/&lt;domain&gt;</code> <code class=\"comment\">Delete a domain</code></p>\n</div>\n<p>Use <code>GET</code> <code>/api/x</code> in prose.</p>\n</body></html>\n";
    let out = read("api.html", page);
    assert_eq!(
        routes(&out),
        ["GET /api/domain/{domain}", "DELETE /api/domain/{domain}"]
    );
}

/// A reference written in Chinese: the route in a one-row table under `### 接口说明` (a
/// label of the operation, not its title), parameters under `### 参数列表` in a table
/// `参数名 | 位置 | 类型 | 必需 | 说明` (or `必传` `是`/`否`, `参数区域` `GET`/`POST`),
/// response fields under `### 返回参数说明`; an error line (`请求参数非法`) is no label.
#[test]
fn a_reference_in_chinese() {
    let page = "# 服务器相关接口\n\n## 获取服务器列表\n\n### 接口说明\n\n| 地址 | 请求方式 | 说明 |\n| --- | --- | --- |\n| `/api/v3/guild/list` | GET | |\n\n### 参数列表\n\n| 参数名 | 位置 | 类型 | 必需 | 说明 |\n| --- | --- | --- | --- | --- |\n| page | query | integer | false | 目标页数 |\n\n### 返回参数说明\n\n| 参数名 | 类型 | 说明 |\n| --- | --- | --- |\n| id | string | 服务器 id |\n\n## 修改昵称\n\n### 接口说明\n\n| 地址 | 请求方式 | 说明 |\n| --- | --- | --- |\n| `/api/v3/guild/nickname` | POST | |\n\n### 参数列表\n\n| 参数名 | 类型 | 必传 | 参数区域 | 说明 |\n| --- | --- | --- | --- | --- |\n| guild_id | string | 是 | POST | 服务器 id |\n| nickname | string | 否 | POST | 昵称 |\n\n请求参数非法\n";
    let out = read("guild.md", page);
    assert_eq!(
        routes(&out),
        ["GET /api/v3/guild/list", "POST /api/v3/guild/nickname"]
    );
    assert_eq!(out.spec.operations[0].name, "获取服务器列表");
    assert_eq!(ops(&out)[0].1, ["page query false"]);
    let op = &out.spec.operations[1];
    assert_eq!(
        body_flags(&out, op),
        [("guild_id", true), ("nickname", false)]
    );
}

/// An MDX component giving the route as attributes and the responses as objects of a
/// prop (`<SwaggerComponent method="get" path="/api/v1/info" responses={[ { status: "200",
/// message: "OK" }, { status: "401", … } ]} />`): each `status: "NNN"` member a status.
#[test]
fn statuses_as_members_of_a_component_prop() {
    let page = "# Server API\n\n## Get Info\n\nStats of the storage.\n\n<SwaggerComponent\n  method=\"get\"\n  path=\"/api/v1/info\"\n  summary=\"Get info\"\n  responses={[\n    {\n      status: \"200\",\n      message: \"OK\",\n      summary: \"Returns information\",\n    },\n    {\n      status: \"401\",\n      message: \"Unauthorized\",\n    },\n  ]}\n/>\n";
    let out = read("server-api.mdx", page);
    assert_eq!(routes(&out), ["GET /api/v1/info"]);
    assert_eq!(statuses(&out), [vec![200, 401]]);
    assert_eq!(
        inline_statuses("Status: 204"),
        [(204, None)],
        "the code alone after a `Status:` label"
    );
}

/// A page that says once that every call uses one method (`* Both are POST methods`) and
/// gives each operation's path alone in code, first under its heading (`* `/api/x``) or
/// after a sentence introducing it (`Rename a document by `id`:`): routes with that
/// method. A path alone elsewhere (in prose, mid-section) is none.
#[test]
fn paths_alone_under_a_page_wide_method() {
    let page = "# API\n\n## Specification\n\n* Endpoint: `http://127.0.0.1:6806`\n* Both are POST methods\n\n## Notebooks\n\n### List notebooks\n\n* `/api/notebook/lsNotebooks`\n* No parameters\n\n### Rename a notebook\n\n* `/api/notebook/renameNotebook`\n* Parameters\n\nRename a document by `id`:\n\n* `/api/filetree/renameDocByID`\n\nSee also:\n\nThe old call was\n\n* `/api/old/call`\n";
    let out = read("API.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /api/notebook/lsNotebooks",
            "POST /api/notebook/renameNotebook",
            "POST /api/filetree/renameDocByID"
        ]
    );
}

/// A page per operation with sections `Method` (the verb alone) and `Request` (the URL
/// alone, its host a bracketed template `http://[host]:[port]`): a route. A sample whose
/// members are keyed `"?"` names no type by that key.
#[test]
fn method_and_request_sections() {
    let page = "<html><body><h1>Version</h1>\n<p>Returns the version.</p>\n<h2>Method</h2>\n<blockquote><p>GET</p></blockquote>\n<h2>Request</h2>\n<blockquote><p>http://[host]:[port]/api/v1/version</p></blockquote>\n<h2>Response</h2>\n<p>Returns 200 for successful queries.</p>\n<pre>{\"version\": \"1.0\", \"?\": {\"type\": \"a\"}}</pre>\n</body></html>\n";
    let out = read("Version.html", page);
    assert_eq!(routes(&out), ["GET /api/v1/version"]);
    assert_eq!(statuses(&out), [vec![200]]);
    assert!(out.spec.types.keys().all(|k| !k.is_empty()));
}

/// Headings opening with a method's name in a code span, a title after it (`## `send_msg`
/// 发送消息`), two or more at one level, each over a parameter list (`### 参数` over `字段名 |
/// 数据类型 | 默认值 | 说明`): RPC methods named so.
#[test]
fn method_names_in_code_opening_headings() {
    let page = "# 公开 API\n\n## `send_msg` 发送消息\n\n### 参数\n\n| 字段名 | 数据类型 | 默认值 | 说明 |\n| ----- | ------- | ----- | --- |\n| `user_id` | number | - | 对方 QQ 号 |\n| `message` | message | - | 要发送的内容 |\n\n### 响应数据\n\n| 字段名 | 数据类型 | 说明 |\n| ----- | ------- | --- |\n| `message_id` | number (int32) | 消息 ID |\n\n## `delete_msg` 撤回消息\n\n### 参数\n\n| 字段名 | 数据类型 | 默认值 | 说明 |\n| ----- | ------- | ----- | --- |\n| `message_id` | number (int32) | - | 消息 ID |\n\n## `Overview` of things\n\nText.\n";
    let out = read("public.md", page);
    assert_eq!(rpc_names(&out), ["send_msg", "delete_msg"]);
}

/// An overview table of routes (`| <<http-checkready,Get server status>> | GET |
/// `/api/v1/ready` |`) whose rows link to a section per route, the section headed by the
/// operation's name and its one method (`===== Check if server is ready (GET)`) over the
/// path behind a label (`URL Syntax: `/api/v1/ready``): the table is an index, each
/// section the operation (named by its heading, its statuses read). An anchor line
/// (`[[http-checkready]]`) is no text.
#[test]
fn overview_table_over_a_section_per_route() {
    let page = "=== HTTP API\n\n[cols=\"30,10,~\",options=\"header\"]\n|===\n| *Action* | *Method* | *Endpoint*\n| <<http-checkready,Get server status>> | GET | `/api/v1/ready`\n| <<http-login,Login>> | POST | `/api/v1/login`\n|===\n\n[[http-checkready]]\n===== Check if server is ready (GET)\n\nReturns a header-only status.\n\nURL Syntax: `/api/v1/ready`\n\nResponses:\n\n* https://httpstatuses.io/204[`204`] OK -- server is `ONLINE`\n* https://httpstatuses.io/503[`503`] server not started yet\n\n[[http-login]]\n===== Login (POST)\n\nReturns a token.\n\nURL Syntax: `/api/v1/login`\n\nResponses:\n\n* https://httpstatuses.io/200[`200`] OK\n* https://httpstatuses.io/403[`403`] invalid credentials.\n";
    let out = read("http.adoc", page);
    assert_eq!(routes(&out), ["GET /api/v1/ready", "POST /api/v1/login"]);
    let names: Vec<&str> = out
        .spec
        .operations
        .iter()
        .map(|o| o.name.as_str())
        .collect();
    assert_eq!(names, ["Check if server is ready (GET)", "Login (POST)"]);
    assert_eq!(statuses(&out), [vec![204, 503], vec![200, 403]]);
    assert!(!said(&out, "example"), "{:?}", out.diags);
}

/// A placeholder naming two things a slot takes, split by `/` inside its braces
/// (`/accounts/{id/me}/voicemails`: an id or the word `me`): one path parameter, not a
/// path cut at the brace.
#[test]
fn a_slash_inside_a_placeholder_names_alternatives() {
    let page = "## Voicemails\n\n### `GET /accounts/{id/me}/voicemails`\n\nList the voicemails.\n\n### `DELETE /accounts/{id/me}/voicemails/{uuid}`\n\nDelete one.\n";
    let out = read("voicemail.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /accounts/{id_me}/voicemails",
            "DELETE /accounts/{id_me}/voicemails/{uuid}"
        ]
    );
    assert_eq!(ops(&out)[1].1, ["id_me path true", "uuid path true"]);
}

/// Items under a parameter label, each a name in code then its description with no
/// separator (`` * `username` unique username ``, `` * `password` **required** minimum 6
/// characters ``): fields. Names in a sentence (`` * `If-Match` and `If-None-Match` invoke
/// … ``) are none, nor the values a sentence introduces (`The `reason` value can be:`), nor
/// headers labelled inside the response (`Important headers:`).
#[test]
fn code_named_items_without_a_separator() {
    let page = "## Accounts\n\n### `POST /accounts`\n\nCreate an account.\n\nJSON parameters:\n\n* `username` unique username, minimum 6 characters\n* `password` **required** minimum 6 characters\n* `reason` why, see below\n* `If-Match` and `If-None-Match` invoke conditional semantics\n\nThe `reason` value can be:\n\n* `spam` if their content is spam.\n* `other` for another reason\n\n#### Response\n\n`201 Created` on success.\n\nImportant headers:\n\n* `Location` a relative URL to the new account\n";
    let out = read("accounts.md", page);
    assert_eq!(routes(&out), ["POST /accounts"]);
    assert_eq!(
        body_flags(&out, &out.spec.operations[0]),
        [("username", false), ("password", true), ("reason", false)]
    );
    assert!(ops(&out)[0].1.is_empty(), "{:?}", ops(&out));
}

/// A query pair whose value is a placeholder (`GET /inspectUsers?regex={userRegex}`) over
/// an item describing the placeholder (`` - `userRegex` A JS regex ``): the item is the
/// query parameter `regex`, not a parameter of its own.
#[test]
fn an_item_naming_a_query_pairs_placeholder() {
    let page = "# Debug API\n\n### `GET /inspectUsers?regex={userRegex}`\n\nInspect users.\n\nParameters:\n\n- `userRegex` - A JS regex string which should match against MXIDs.\n";
    let out = read("debug.md", page);
    assert_eq!(routes(&out), ["GET /inspectUsers"]);
    assert_eq!(ops(&out)[0].1, ["regex query false"]);
}

/// A URI template's query expansion (RFC 6570 `{?path,withFiles}`, as API Blueprint
/// resources write it, or after a route's path): the route's query parameters, no example
/// query string.
#[test]
fn uri_template_query_expansions() {
    let page = "FORMAT: 1A\n\n# Tools API\n\n## History [/history{?path,withFiles}]\n\n### get history entries [GET]\n\n+ Response 200 (application/json)\n\n## Search\n\n`GET /search{?q,max*}`\n\nSearch.\n";
    let out = read("api.apib.md", page);
    assert_eq!(routes(&out), ["GET /history", "GET /search"]);
    assert_eq!(
        ops(&out),
        [
            (
                "GET /history".to_string(),
                vec![
                    "path query false".to_string(),
                    "withFiles query false".to_string()
                ]
            ),
            (
                "GET /search".to_string(),
                vec!["q query false".to_string(), "max query false".to_string()]
            )
        ]
    );
}

/// A table of routes, then a section per route headed by its method (in title case), its
/// path and the part it gives (`### Get /cluster/members responses`, a status table under
/// it): the table is an index, each section its route's operation, the index's spelling of
/// the path kept (`/cluster/members/`). A heading with other words after the route (`GET
/// /x is deprecated`) declares none.
#[test]
fn index_table_over_a_responses_section_per_route() {
    let page = "# Cluster API\n\n| Path | HTTP method | Description\n| --- | --- | ---\n| `/cluster/members/` | GET | Returns the status.\n| `/cluster/members/{address}` | GET | Returns one.\n\n### Get /cluster/members responses\n\n| Response code | Description\n| ------------- | -----------\n| 200           | Status of cluster in JSON format\n| 500           | Something went wrong.\n\n### Get /cluster/members/{address} responses\n\n| Response code | Description\n| ------------- | -----------\n| 200           | Status\n| 404           | No member.\n\n### GET /cluster/leader is deprecated\n\nUse the members.\n";
    let out = read("cluster.md", page);
    assert_eq!(
        routes(&out),
        ["GET /cluster/members/", "GET /cluster/members/{address}"]
    );
    assert_eq!(statuses(&out), [vec![200, 500], vec![200, 404]]);
}

/// A route behind a label and a dash (`Endpoint - POST /api/:target/_doc`), one or two per
/// page; the calls after an example's label (`e.g.` alone on the line before, in the same
/// paragraph or the one before it) are uses, not operations, even with another method
/// (`e.g.` / `PUT http://localhost:4080/metrics` under `Endpoint - GET /metrics`). A
/// sentence with a dash (`Note - GET is cached`) gives no route.
#[test]
fn routes_behind_a_label_and_a_dash() {
    let page = "# Create document\n\nEndpoint - POST /api/:target/_doc\n\nNote - POST /x is slow.\n\n## Request\n\ne.g.\nPOST http://localhost:4080/api/myindex/_doc\n\nOr in bulk:\n\ne.g.\nPOST /api/_bulk\n\n# Metrics\n\nEndpoint – GET /metrics\n\ne.g.\n\nPUT http://localhost:4080/metrics\n";
    let out = read("document-create.md", page);
    assert_eq!(routes(&out), ["POST /api/{target}/_doc", "GET /metrics"]);
    assert_eq!(ops(&out)[0].1, ["target path true"]);
}

/// A one-row table per operation with no header (an RST simple table: `` `POST` `` |
/// `**/api/transfer/approve/**` | `*Approves a transfer.*`): the method cell (or methods
/// joined, `` `GET, POST` ``), the path in bold whole, a placeholder of words in it (`<transfer
/// UUID>`) one name. A table of fields beside it (`` `type` `` | `**required**`) gives none.
#[test]
fn bold_path_cells_beside_method_cells() {
    let page = "# API\n\n## Approve\n\n| | | |\n|---|---|---|\n| `POST` | **/api/transfer/approve/** | *Approves a transfer.* |\n\n| | |\n|---|---|\n| `type` | **required** |\n\n## Status\n\n| | | |\n|---|---|---|\n| `GET` | **/api/transfer/status/<transfer UUID>/** | *Returns the status.* |\n\n## Metadata\n\n| | | |\n|---|---|---|\n| `GET, POST` | **/api/filesystem/metadata/** | *Fetches or updates metadata.* |\n";
    let out = read("api.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /api/transfer/approve/",
            "GET /api/transfer/status/{transfer_UUID}/",
            "GET /api/filesystem/metadata/",
            "POST /api/filesystem/metadata/"
        ]
    );
    assert_eq!(ops(&out)[1].1, ["transfer_UUID path true"]);
}

/// A table with no header (an RST simple table whose header row is empty) under a
/// parameter label (`Request body parameters:`), each row a wire name alone in code and its
/// description: a parameter per row. The same table with a row whose first cell is prose
/// (`See the notes`) is no list of parameters.
#[test]
fn headerless_tables_of_names_in_code() {
    let page = "# API\n\n## Approve\n\n`POST /api/transfer/approve/`\n\nRequest body parameters:\n\n| | |\n|---|---|\n| `type` | Type of the transfer. |\n| `paths[]` | List of paths. |\n\n## Hide\n\n`POST /api/transfer/hide/`\n\nRequest body parameters:\n\n| | |\n|---|---|\n| `uuid` | The transfer. |\n| See the notes | Below. |\n";
    let out = read("api.md", page);
    assert_eq!(
        routes(&out),
        ["POST /api/transfer/approve/", "POST /api/transfer/hide/"]
    );
    assert_eq!(
        body_names(&out, &out.spec.operations[0]),
        ["type", "paths[]"]
    );
    assert!(out.spec.operations[1].body.is_none() && out.spec.operations[1].params.is_empty());
}

/// A route per collapsible block, its `<summary>` holding the method and the path in code
/// elements of their own (`<code>GET</code>` / `<code><b>/block/&lt;BLOCKHEIGHT&gt;</b></code>`,
/// over lines of their own); a template with a literal segment before another's
/// (`/inscriptions/block/<BLOCKHEIGHT>`) is a route of its own; the block's `curl` call
/// with values is its example. A summary of words (`<summary>Response</summary>`) is none.
#[test]
fn routes_in_summaries_of_details_blocks() {
    let page = "# JSON API\n\n## Endpoints\n\n<details>\n  <summary>\n    <code>GET</code>\n    <code><b>/block/&lt;BLOCKHEIGHT&gt;</b></code>\n  </summary>\n\n### Description\n\nReturns a block.\n\n### Example\n\n```bash\ncurl -s http://0.0.0.0/block/0\n```\n</details>\n\n<details>\n  <summary>\n    <code>GET</code>\n    <code><b>/inscriptions/block/&lt;BLOCKHEIGHT&gt;</b></code>\n  </summary>\n\n### Description\n\nReturns its inscriptions.\n\n### Example\n\n```bash\ncurl -s http://0.0.0.0/inscriptions/block/767430\n```\n</details>\n\n<details>\n  <summary>Response of GET /block/0</summary>\n\nText.\n</details>\n";
    let out = read("api.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /block/{BLOCKHEIGHT}",
            "GET /inscriptions/block/{BLOCKHEIGHT}"
        ]
    );
    assert_eq!(ops(&out)[1].1, ["BLOCKHEIGHT path true"]);
}

/// Statuses as components, one per answer under a response heading (`<status
/// code="201"></status>` over `<json sample="zone"></json>`, `<Status code={404} />`);
/// another element's code attribute (`<Tab code="500">`) is no status.
#[test]
fn status_components() {
    let page = "## Create\n\n```text\nPOST /api/v1/zones\n```\n\n### Response\n\n<status code=\"201\"></status>\n<json sample=\"zone\"></json>\n\n### Failed Response\n\n<Status code={422} />\n<Tab code=\"500\"></Tab>\n";
    let out = read("zones.md", page);
    assert_eq!(routes(&out), ["POST /api/v1/zones"]);
    assert_eq!(statuses(&out), [vec![201, 422]]);
}

/// A Chinese reference whose operation sections head the call's parameters `#### 请求:`
/// ("request") and its answer `#### 响应:`, the tables `| 名字 | 类型 | 可选 | 举例 | 说明 |`:
/// `名字` ("name") the name column, `可选` ("optional") a required column in reverse
/// (`false` is required, `true` optional). A table under `响应:` is the answer's, no
/// parameter.
#[test]
fn request_labels_and_an_optional_column_in_chinese() {
    let page = "## 认证\n\n### 绑定\n\n```\n[POST] /bind\n```\n\n#### 请求:\n\n| 名字 | 类型 | 可选 | 举例 | 说明 |\n| --- | --- | --- | --- | --- |\n| sessionKey | String | false | \"abc\" | 会话 |\n| qq | Long | true | 123 | 号码 |\n\n#### 响应:\n\n| 名字 | 类型 | 举例 | 说明 |\n| --- | --- | --- | --- |\n| code | Int | 0 | 状态码 |\n\n### 获取会话信息\n\n```\n[GET] /sessionInfo?sessionKey=YourSessionKey\n```\n\n#### 请求:\n\n| 名字 | 可选 | 举例 | 说明 |\n| --- | --- | --- | --- |\n| sessionKey | false | YourSessionKey | 会话 |\n";
    let out = read("HttpAdapter.md", page);
    assert_eq!(routes(&out), ["POST /bind", "GET /sessionInfo"]);
    let bind = &out.spec.operations[0];
    assert_eq!(
        body_flags(&out, bind),
        [("sessionKey", true), ("qq", false)]
    );
    assert_eq!(ops(&out)[1].1, ["sessionKey query true"]);
    assert_eq!(required_cell("false", true), Some(true));
    assert_eq!(required_cell("true", true), Some(false));
}

/// Routes a sentence tells the reader to call, in a code span holding the method and the
/// path, under headings that give no route otherwise: after a verb of calling (`To get the
/// list - call `GET /api/sessions`.`, `Use `PUT /api/star` method to …`), or ending the
/// line after a label and a dash (`* To block contact - `POST /api/contacts/block``, each
/// item of the list). Not taken: an alternative in parentheses beside a route the section
/// gives in code, a group's introduction over sub-sections with routes of their own, a
/// nested item's mention, a later paragraph of a section already called.
#[test]
fn routes_a_sentence_tells_to_call() {
    let page = "# Sessions\n\n## Endpoints\n\n### List\n\nTo get session list - call `GET /api/sessions`.\n\nYou may also `GET /api/session?all=True` to see all.\n\n### Star\n\nUse `PUT /api/star` method to star a message.\n\n### Block (unblock) contact\n\n- To block contact - `POST /api/contacts/block`\n- To unblock contact - `POST /api/contacts/unblock`\n\n### Set presence\n\nStart typing (you can use `POST /startTyping` instead)\n\n```\nPOST /api/presence\n{\"presence\": \"typing\"}\n```\n\n### Send status\n\nYou can get your id by using `GET /api/me`\n\n#### Send text status\n\n`POST /api/status/text`\n\n### Autostart\n\nSet these variables:\n\n- `RESTART=True`: restarts them.\n  - Stop them by using `POST /api/session/stop` first.\n";
    let out = read("sessions.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /api/sessions",
            "PUT /api/star",
            "POST /api/contacts/block",
            "POST /api/contacts/unblock",
            "POST /api/presence",
            "POST /api/status/text"
        ]
    );
}

/// A paragraph that opens with its route in code, the route's placeholder written as
/// several words in angle brackets (``` ``POST /v1/introspection/<Node ID>`` initiate … ```),
/// then a sentence: the route, the placeholder one name. Words after a path that is not
/// one (`POST /v1/x <Node ID> and more`, a second route in the sentence) give none.
#[test]
fn a_route_opening_a_sentence_with_a_placeholder_of_words() {
    let page = "HTTP API\n--------\n\nStart\n~~~~~\n\n``POST /v1/introspection/<Node ID>`` initiate introspection for node\n``<Node ID>``.\n\nResponse:\n\n* 202 - accepted\n\nList\n~~~~\n\n``GET /v1/introspection`` get all statuses, see ``GET /v1/other``.\n";
    let out = read("http-api.rst", page);
    assert_eq!(routes(&out), ["POST /v1/introspection/{Node_ID}"]);
    assert_eq!(statuses(&out), [vec![202]]);
}

/// Items under a response label that list several codes sharing one reason (`* 401, 403 -
/// missing or invalid authentication`, `* 502 or 503: unavailable`): a status per code.
/// Codes joined without a dash or colon after them (`* 401, 403 and more`) are none.
#[test]
fn several_codes_in_one_status_item() {
    let page = "# API\n\n## Get node\n\n`GET /v1/nodes/{id}`\n\nResponse:\n\n* 200 - OK\n* 401, 403 - missing or invalid authentication\n* 502 or 503: unavailable\n";
    let out = read("api.md", page);
    assert_eq!(routes(&out), ["GET /v1/nodes/{id}"]);
    assert_eq!(statuses(&out), [vec![200, 401, 403, 502, 503]]);
    assert_eq!(super::responses::listed_statuses("* 401, 403 and more"), []);
}

/// A list of items that hold only a path, each over sibling items opening with a method
/// and a colon (`- /jobs` / `- GET : returns jobs list => 200` / `- POST : creates a job`):
/// a route per method item on the path above it; a converter's type before a placeholder's
/// name (`/workers/{int : id}`, `<int:id>`) is no part of the name. Method items with no
/// path item above them (a list right under its heading) give none.
#[test]
fn path_items_over_method_items() {
    let page = "Server API\n==========\n\nWorker\n------\n\n- /workers\n- GET : returns all workers => 200\n- POST : modify a worker => 204\n- /workers/{int : id}\n- GET : returns a worker => 200\n\nTask\n----\n\n- GET : returns tasks list => 200\n- POST : update task status => 204\n";
    let out = read("server.rst", page);
    assert_eq!(
        ops(&out),
        [
            ("GET /workers".to_string(), vec![]),
            ("POST /workers".to_string(), vec![]),
            (
                "GET /workers/{id}".to_string(),
                vec!["id path true".to_string()]
            ),
        ]
    );
}

/// Statuses an arrow points at after what a call does (`- GET : returns a job (JSON) =>
/// 200 (or 404 if not found)`): the code after `=>`, and the one in the parenthesis after
/// it. An arrow to words (`=> the job`) gives none.
#[test]
fn statuses_an_arrow_points_at() {
    let page = "Job\n===\n\n- /jobs/{job_id}\n- GET : returns job (JSON) => 200 (or 404 if not found)\n- DELETE : delete job => 204\n- PUT : sends a command => the job\n";
    let out = read("server.rst", page);
    assert_eq!(
        routes(&out),
        [
            "GET /jobs/{job_id}",
            "DELETE /jobs/{job_id}",
            "PUT /jobs/{job_id}"
        ]
    );
    assert_eq!(statuses(&out), [vec![200, 404], vec![204], vec![]]);
}

/// A sub-heading over the call's route and its parameter table (`Definition` over `POST
/// /api/v1/taxons/` in code and a grid table `Parameter | Parameter type | Description`
/// with `header`, `query` and `request` rows): the table is the call's parameters, as under
/// the operation's heading (the `Authorization` header read as the credential). An `Exemplary Response` heading is a response label, and a
/// status line in capitals in code under it (`STATUS: 201 CREATED`) the answer's status. A
/// table under a topic heading (`Notes`) is no parameter list, and a `STATUS:` line in an
/// example's code is no status.
#[test]
fn a_definition_heading_over_the_route_and_capital_status_lines() {
    let page = "Taxons API\n==========\n\nCreating a Taxon\n----------------\n\nDefinition\n^^^^^^^^^^\n\n.. code-block:: text\n\n    POST /api/v1/taxons/\n\n+---------------+----------------+----------------------+\n| Parameter     | Parameter type | Description          |\n+===============+================+======================+\n| Authorization | header         | Token                |\n+---------------+----------------+----------------------+\n| limit         | query          | *(optional)* Number  |\n|               |                | of items             |\n+---------------+----------------+----------------------+\n| code          | request        | Taxon identifier     |\n+---------------+----------------+----------------------+\n\nExemplary Response\n^^^^^^^^^^^^^^^^^^\n\n.. code-block:: text\n\n    STATUS: 201 CREATED\n\n.. code-block:: json\n\n    {\"id\": 1}\n\nDeleting a Taxon\n----------------\n\nDefinition\n^^^^^^^^^^\n\n.. code-block:: text\n\n    DELETE /api/v1/taxons/{code}\n\nNotes\n^^^^^\n\n+-----------+-------------+\n| Parameter | Description |\n+===========+=============+\n| force     | Not a param |\n+-----------+-------------+\n\nExample\n^^^^^^^\n\n.. code-block:: text\n\n    STATUS: 500 ERROR\n\nExemplary Response\n^^^^^^^^^^^^^^^^^^\n\n.. code-block:: text\n\n    STATUS: 204 NO CONTENT\n";
    let out = read("taxons.rst", page);
    assert_eq!(
        ops(&out),
        [
            (
                "POST /api/v1/taxons/".to_string(),
                vec!["limit query false".to_string()]
            ),
            (
                "DELETE /api/v1/taxons/{code}".to_string(),
                vec!["code path true".to_string()]
            ),
        ]
    );
    assert_eq!(body_names(&out, &out.spec.operations[0]), ["code"]);
    assert_eq!(statuses(&out), [vec![201], vec![204]]);
}

/// A status table whose codes are links (`| Status | Response | Reason |` over `| [200][] |
/// [JSON API document][] | Success |`, the page defining `[200]: https://…/200` at its
/// top, or inline, `[201](https://…/201)`): the codes are the links' text, as a renderer
/// shows them. Brackets no definition names (`filter[workspace][name]`, a parameter) stay
/// as written.
#[test]
fn status_codes_as_reference_links() {
    let page = "---\npage_title: Tokens\n---\n\n[200]: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/200\n\n[404]: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/404\n\n[JSON API document]: /docs#json-api-documents\n\n# Tokens API\n\n## List Tokens\n\n`GET /pools/:pool_id/tokens`\n\n| Parameter  | Description      |\n| ---------- | ---------------- |\n| `:pool_id` | The pool's ID.   |\n\n| Status  | Response              | Reason    |\n| ------- | --------------------- | --------- |\n| [200][] | [JSON API document][] | Success   |\n| [404][] | [JSON API document][] | Not found |\n\n### Query Parameters\n\n| Parameter                 | Description               |\n| ------------------------- | ------------------------- |\n| `filter[workspace][name]` | **Optional.** The filter. |\n\n## Create a Token\n\n`POST /pools/:pool_id/tokens`\n\n| Status                                   | Response | Reason  |\n| ---------------------------------------- | -------- | ------- |\n| [201](https://example.com/status/201)    | Token    | Created |\n";
    let out = read("tokens.mdx", page);
    assert_eq!(
        ops(&out),
        [
            (
                "GET /pools/{pool_id}/tokens".to_string(),
                vec![
                    "pool_id path true".to_string(),
                    "filter[workspace][name] query false".to_string()
                ]
            ),
            (
                "POST /pools/{pool_id}/tokens".to_string(),
                vec!["pool_id path true".to_string()]
            ),
        ]
    );
    assert_eq!(statuses(&out), [vec![200, 404], vec![201]]);
}

/// A body table whose name column is headed `Key path`, each row a member of a JSON:API
/// document by its dotted path (`| Key path | Type | Default | Description |` over
/// `` `data.attributes.name` ``): the body's fields, named as printed. The same table
/// under a response label lists what the call answers, not what it sends.
#[test]
fn a_key_path_column_names_body_fields() {
    let page = "# Keys\n\n## Create a Key\n\n`POST /organizations/:org/keys`\n\n### Request Body\n\n| Key path               | Type   | Default | Description         |\n| ---------------------- | ------ | ------- | ------------------- |\n| `data.type`            | string |         | Must be `\"keys\"`.   |\n| `data.attributes.name` | string |         | The key's name.     |\n\n## Show a Key\n\n`GET /keys/:id`\n\n### Response Body\n\n| Key path               | Type   | Description     |\n| ---------------------- | ------ | --------------- |\n| `data.id`              | string | The key's ID.   |\n";
    let out = read("keys.md", page);
    assert_eq!(
        routes(&out),
        ["POST /organizations/{org}/keys", "GET /keys/{id}"]
    );
    assert_eq!(
        body_names(&out, &out.spec.operations[0]),
        ["data.type", "data.attributes.name"]
    );
    assert!(out.spec.operations[1].body.is_none());
}

/// A parameter label set at the operation heading's own level (`### List teams` over its
/// route, then `### Query Parameters` over the table): the operation goes on under it, its
/// rows the call's query parameters. A topic heading at that level (`### Team roles`)
/// still ends the operation: its table is no parameter list.
#[test]
fn a_parameter_label_at_the_operation_level() {
    let page = "# Teams\n\n### List teams\n\n`GET /orgs/:org/teams`\n\n### Query Parameters\n\n| Parameter      | Description                |\n| -------------- | -------------------------- |\n| `page[number]` | **Optional.** The page.    |\n| `page[size]`   | **Optional.** Its size.    |\n\n#### Sample request\n\n```shell\ncurl https://app.example.com/api/v2/orgs/acme/teams\n```\n\n### Show a team\n\n`GET /teams/:id`\n\n### Team roles\n\n| Parameter | Description        |\n| --------- | ------------------ |\n| `role`    | **Optional.** Role |\n";
    let out = read("teams.md", page);
    assert_eq!(
        ops(&out),
        [
            (
                "GET /orgs/{org}/teams".to_string(),
                vec![
                    "org path true".to_string(),
                    "page[number] query false".to_string(),
                    "page[size] query false".to_string()
                ]
            ),
            (
                "GET /teams/{id}".to_string(),
                vec!["id path true".to_string()]
            ),
        ]
    );
}

/// A route heading set deeper than the title of its section (`## List metrics` over
/// `#### GET /v2.0/metrics`), its labels at the route's level and above it (`#### Query
/// Parameters`, then `### Response` over `#### Status Code` and `* 200 - OK`): all the
/// call's, up to the next topic heading; a topic heading inside the title's section
/// (`### Notes`) still ends it. A sentence opening with `Returns` over the answer's list
/// (`Returns a JSON object with the following parameters:`) names the answer's members,
/// not the request's.
#[test]
fn a_route_heading_under_a_title_owns_the_labels_up_to_it() {
    let page = "# Metrics API\n\n## Update metric\n\n#### PUT /v2.0/metrics/{id}\n\n#### Path Parameters\n* id (string, required) - The metric.\n\n#### Request Body\n* name (string, required) - Its name.\n\n### Response\n#### Status Code\n* 200 - OK\n\n#### Response Body\nReturns a JSON metric object with the following parameters:\n\n* id (string) - ID of the metric.\n* created (string) - When it was made.\n\n## List metrics\n\n#### GET /v2.0/metrics\n\n#### Query Parameters\n* limit (integer, optional)\n\n### Notes\n#### Status Code\n* 500 - Not the call's\n";
    let out = read("metrics.md", page);
    assert_eq!(
        ops(&out),
        [
            (
                "PUT /v2.0/metrics/{id}".to_string(),
                vec!["id path true".to_string()]
            ),
            (
                "GET /v2.0/metrics".to_string(),
                vec!["limit query false".to_string()]
            ),
        ]
    );
    assert_eq!(body_names(&out, &out.spec.operations[0]), ["name"]);
    assert_eq!(statuses(&out), [vec![200], vec![]]);
}

/// Slate's layout: the section's title (`## Create a batch`), the example calls and a
/// caption giving the status (`> Responds with a `201 Created` response if successful:`)
/// over the answer's JSON, then `### HTTP Endpoint` over the route and `### Arguments` over
/// its table. The route's label is no topic: the operation is the title's, its status the
/// caption's. A topic heading at the labels' level before them (`### Rate limits`) leaves
/// its table out of the parameters.
#[test]
fn an_http_endpoint_label_under_the_sections_title() {
    let page = "<html><body>\n<h2 id='create-a-batch'>Create a batch</h2>\n<blockquote><p>To create a batch:</p></blockquote>\n<pre class=\"highlight shell\"><code>curl -X POST \"https://api.example.com/v2/ACCOUNT/batches\"\n</code></pre>\n<blockquote><p>Responds with a <code>201 Created</code> response if successful:</p></blockquote>\n<pre class=\"highlight json\"><code>{}\n</code></pre>\n<h3 id='http-endpoint'>HTTP Endpoint</h3>\n<p><code>POST /v2/:account_id/batches</code></p>\n<h3 id='arguments'>Arguments</h3>\n<table><thead><tr><th>Key</th><th>Description</th></tr></thead><tbody><tr><td><code>items</code></td><td>Required. The items.</td></tr></tbody></table>\n<h2 id='send-a-test'>Send a test</h2>\n<p>Responds with a <code>204 No Content</code> if successful.</p>\n<h3 id='rate-limits'>Rate limits</h3>\n<table><thead><tr><th>Limit</th><th>Window</th></tr></thead><tbody><tr><td>10</td><td>1 hour</td></tr></tbody></table>\n<h3 id='http-endpoint-2'>HTTP Endpoint</h3>\n<p><code>POST /v2/:account_id/tests</code></p>\n<h3 id='arguments-2'>Arguments</h3>\n<table><thead><tr><th>Key</th><th>Description</th></tr></thead><tbody><tr><td><code>to</code></td><td>Required. Recipients.</td></tr></tbody></table>\n</body></html>\n";
    let out = read("index.html", page);
    assert_eq!(
        routes(&out),
        [
            "POST /v2/{account_id}/batches",
            "POST /v2/{account_id}/tests"
        ]
    );
    assert_eq!(out.spec.operations[0].name, "Create a batch");
    assert_eq!(body_names(&out, &out.spec.operations[0]), ["items"]);
    assert_eq!(body_names(&out, &out.spec.operations[1]), ["to"]);
    assert_eq!(statuses(&out)[0], [201]);
}

/// A Chinese page's call: `## 创建群组` over `### HTTP 请求` (a label of the route, not the
/// operation's title) and the request line in code, `#### 请求 body` and `#### 响应 body`
/// labels mixing in the English word for the part (the request's body, the answer's), and
/// an error table headed `HTTP 状态码 | 错误类型`: the body is the request table's rows, the
/// statuses the table's codes. A `错误码` table of codes that are no HTTP statuses gives
/// none.
#[test]
fn chinese_labels_mixing_english_words() {
    let page = "# 群组管理\n\n## 创建群组\n\n### HTTP 请求\n\n```http\nPOST https://{host}/{org_name}/chatgroups\n```\n\n#### 请求 body\n\n| 参数 | 类型 | 是否必需 | 描述 |\n| :--- | :--- | :--- | :--- |\n| `groupname` | String | 否 | 群组名称。 |\n| `owner` | String | 是 | 群主。 |\n\n### HTTP 响应\n\n#### 响应 body\n\n| 字段 | 类型 | 描述 |\n| :--- | :--- | :--- |\n| `data` | JSON | 数据。 |\n\n### 错误码\n\n| HTTP 状态码 | 错误类型 | 错误提示 |\n| :--- | :--- | :--- |\n| 400 | invalid_parameter | 参数错误 |\n| 401 | unauthorized | 未授权 |\n\n## 删除群组\n\n### HTTP 请求\n\n```http\nDELETE https://{host}/{org_name}/chatgroups/{group_id}\n```\n\n### 错误码\n\n| 错误码 | 错误类型 |\n| :--- | :--- |\n| 40001 | invalid |\n";
    let out = read("group.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /{org_name}/chatgroups",
            "DELETE /{org_name}/chatgroups/{group_id}"
        ]
    );
    assert_eq!(out.spec.operations[0].name, "创建群组");
    assert_eq!(
        body_names(&out, &out.spec.operations[0]),
        ["groupname", "owner"]
    );
    assert_eq!(statuses(&out), [vec![400, 401], vec![]]);
}

/// A success stated in Chinese prose (`如果返回的 HTTP 状态码为 `200`，表示请求成功`, "if the
/// HTTP status code returned is 200, the request succeeded"): that status. The same
/// sentence saying the code is not 200 (`状态码非 `200``) states none.
#[test]
fn a_status_stated_in_chinese_prose() {
    let page = "# 用户\n\n## 添加好友\n\n### HTTP 请求\n\n```http\nPOST https://{host}/users/{owner}/contacts\n```\n\n### HTTP 响应\n\n如果返回的 HTTP 状态码为 `200`，表示请求成功。\n\n如果返回的 HTTP 状态码非 `500`，表示请求失败。\n\n## 移除好友\n\n### HTTP 请求\n\n```http\nDELETE https://{host}/users/{owner}/contacts\n```\n\n### HTTP 响应\n\n如果返回的 HTTP 状态码非 `200`，表示请求失败。\n";
    let out = read("users.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /users/{owner}/contacts",
            "DELETE /users/{owner}/contacts"
        ]
    );
    assert_eq!(statuses(&out), [vec![200], vec![]]);
}

/// A resource's URI under a heading naming it (`=== Client Resource URI` over
/// `*/2012-04-24/Accounts/{AccountSid}/Clients/{ClientSid}*`), then the methods it
/// supports opening the lines of a later section (`*HTTP GET.* Returns …`, `*HTTP
/// POST/PUT.* Modifies …`, `===== HTTP DELETE`): a route per method. The curl calls of the
/// page's examples, their credentials before the host (`https://<sid>:<token>@host/…`),
/// are uses, not operations; a sentence mentioning `HTTP GET requests` is no method line.
#[test]
fn resource_uri_then_supported_methods() {
    let page = "= Clients API\n\n== Clients\n\n=== Client Resource URI\n\n*/2012-04-24/Accounts/{AccountSid}/Clients/{ClientSid}*\n\n=== Supported Operations\n\n*HTTP GET.* Returns the representation of a Client.\n*HTTP POST/PUT.* Modifies a Client.\n\n==== HTTP DELETE\n\nDeletes a Client.\n\n== Client List Resource\n\n=== Client List Resource URI\n\n*/2012-04-24/Accounts/{AccountSid}/Clients*\n\n=== Supported Operations\n\nHTTP GET requests are cached.\n\n*HTTP POST*. Creates a new Client.\n\n== Create a Client\n\n....\n curl -X POST https://<accountSid>:<authToken>@cloud.example.com/restcomm/2012-04-24/Accounts/AC42/Clients.json -d \"Login=alice\"\n....\n\n== Delete a Client\n\n....\ncurl -X DELETE https://<accountSid>:<authToken>@cloud.example.com/restcomm/2012-04-24/Accounts/AC42/Clients/CL7\n....\n";
    let out = read("clients-api.adoc", page);
    assert_eq!(
        routes(&out),
        [
            "GET /2012-04-24/Accounts/{AccountSid}/Clients/{ClientSid}",
            "POST /2012-04-24/Accounts/{AccountSid}/Clients/{ClientSid}",
            "PUT /2012-04-24/Accounts/{AccountSid}/Clients/{ClientSid}",
            "DELETE /2012-04-24/Accounts/{AccountSid}/Clients/{ClientSid}",
            "POST /2012-04-24/Accounts/{AccountSid}/Clients"
        ]
    );
}

/// An optional query string in brackets after a route (`/users/<id>/topics[?admin]`,
/// `/rules/:name[?clean=true]`): no part of the path, its names the route's optional query
/// parameters.
#[test]
fn names_of_an_optional_query_string_in_brackets() {
    let page = "# Users\n\n## Topics\n\nGET: `/api/v1/users/<id>/topics[?admin]`\n\nLists the topics.\n\n## Rules\n\n`DELETE /rules/:name[?clean=true&force]`\n\nDeletes a rule.\n";
    let out = read("api.md", page);
    assert_eq!(
        ops(&out),
        [
            (
                "GET /api/v1/users/{id}/topics".to_string(),
                vec!["id path true".to_string(), "admin query false".to_string()]
            ),
            (
                "DELETE /rules/{name}".to_string(),
                vec![
                    "name path true".to_string(),
                    "clean query false".to_string(),
                    "force query false".to_string()
                ]
            )
        ]
    );
}

/// Section titles that are the route, path first and the method in square brackets after
/// it, a title behind (`/v2/queue/[qname] - [PUT] - Update Queue`, `/v2/queues/ - [GET]
/// List queues`, `/v2/worker - [GET]- Get Worker`: the dashes vary), `[name]`
/// placeholders, a query string in the title whose names are query parameters; a title
/// with an empty query string (`/v2/runs?`) and one after it differing only by its query
/// string are one operation.
#[test]
fn rst_titles_path_then_method_in_square_brackets() {
    let page = "Queue REST API\n==============\n\n/v2/queues/ - [GET]  List queues\n---------------------------------\n\nLists the queues.\n\n* Method: ``GET``\n* Format: ``JSON``\n\n/v2/queues?owner=[owner] - [GET]  List queues by owner\n------------------------------------------------------\n\nLists the queues of one owner.\n\n/v2/queue/[qname] - [PUT] - Update Queue\n----------------------------------------\n\nUpdates the queue named [qname].\n\n* Method: ``PUT``\n\n/v2/worker - [GET]- Get Worker\n------------------------------\n\nThe worker's settings.\n\n/v2/runs? - [GET] - List all runs\n---------------------------------\n\nEvery run.\n\n/v2/runs?queue=[qname] - [GET] - List runs of a queue\n-----------------------------------------------------\n\nThe runs of one queue.\n\n* Method: ``GET``\n";
    let out = read("queues.rst", page);
    assert_eq!(
        ops(&out),
        [
            ("GET /v2/queues/".to_string(), vec![]),
            (
                "GET /v2/queues".to_string(),
                vec!["owner query false".to_string()]
            ),
            (
                "PUT /v2/queue/{qname}".to_string(),
                vec!["qname path true".to_string()]
            ),
            ("GET /v2/worker".to_string(), vec![]),
            (
                "GET /v2/runs".to_string(),
                vec!["queue query false".to_string()]
            ),
        ]
    );
}

/// A route heading with a query string nested in the section of the same route's heading
/// (`.. http:get:: /metrics?format=json` indented in `/metrics`'s body) is that operation
/// again, its query string's names its parameters; a heading of the same rank with a query
/// string after a heading without one is an operation of its own.
#[test]
fn a_query_string_route_nested_in_its_routes_section() {
    let page = "# Admin\n\n## GET /metrics\n\nAll metrics.\n\n### GET /metrics?format=json\n\nAs JSON.\n\n## GET /v1/key\n\nLists the keys.\n\n## GET /v1/key?id=<key id>\n\nOne key.\n";
    let out = read("admin.md", page);
    assert_eq!(
        ops(&out),
        [
            (
                "GET /metrics".to_string(),
                vec!["format query false".to_string()]
            ),
            ("GET /v1/key".to_string(), vec![]),
            (
                "GET /v1/key".to_string(),
                vec!["id query false".to_string()]
            ),
        ]
    );
}

/// A route written in inline HTML, a method badge (an element whose class names the
/// method and whose text is the method) then the path as the next element's text, inside
/// wrapping elements (Slate's `<div class="endpoint-data"><i class="label label-get">GET</i>
/// <h6>/x/&lt;id&gt;</h6></div>`); the example calls after it, with concrete ids, are its
/// uses. A badge whose class names no method (`label-info`) is no route.
#[test]
fn a_method_badge_then_the_path_in_inline_html() {
    let page = "# Notes #\n\n## Retrieve a note ##\n\n### HTTP request ###\n\n<div class=\"api-endpoint\">\n\t<div class=\"endpoint-data\">\n\t\t<i class=\"label label-get\">GET</i>\n\t\t<h6>/api/v2/notes/&lt;id&gt;</h6>\n\t</div>\n</div>\n\n```shell\ncurl https://example.com/api/v2/notes/42\n```\n\n## Delete a note ##\n\n### HTTP request ###\n\n<div class=\"api-endpoint\">\n\t<div class=\"endpoint-data\">\n\t\t<i class=\"label label-delete\">DELETE</i>\n\t\t<h6>/api/v2/notes/&lt;id&gt;</h6>\n\t</div>\n</div>\n\n```shell\ncurl -X DELETE https://example.com/api/v2/notes/42?force=true\n```\n\n#### Available parameters ####\n\n| Parameter | Type | Description |\n| --- | --- | --- |\n| `force` | boolean | Whether to bypass the trash. <i class=\"label label-info\">read-only</i> |\n";
    let out = read("_notes.md", page);
    assert_eq!(
        ops(&out),
        [
            (
                "GET /api/v2/notes/{id}".to_string(),
                vec!["id path true".to_string()]
            ),
            (
                "DELETE /api/v2/notes/{id}".to_string(),
                vec!["id path true".to_string(), "force query false".to_string()]
            ),
        ]
    );
}

/// Calls sent to one endpoint, each headed by its name and told apart by its example
/// request body's discriminator member (`POST /rpc HTTP/1.1` over `{"action":
/// "LIST_JOBS"}` under `### LIST_JOBS`): an RPC operation per call, named by the heading,
/// its statuses from the example's status line and its list of possible responses; a call
/// headed again under the other server's section (its text only pointing to the first) is
/// that call again; upper-case titles under `Events` are no calls, nor is the endpoint.
#[test]
fn calls_told_apart_by_a_discriminator_member() {
    let page = "# Scheduler API\n\n## Overview\n\nAll calls are `POST /rpc` requests with a JSON body.\n\n## Server calls\n\n### LIST_JOBS\n\nLists the jobs.\n\n```\nPOST /rpc HTTP/1.1\nContent-Type: application/json\n\n{\"action\": \"LIST_JOBS\"}\n\nHTTP/1.1 200 OK\n\n{\"action\": \"LIST_JOBS\", \"jobs\": []}\n```\n\n### KILL_JOB\n\nKills a job.\n\n```\nPOST /rpc HTTP/1.1\n\n{\"action\": \"KILL_JOB\", \"kill_job\": {\"id\": \"j1\"}}\n\nHTTP/1.1 202 Accepted\n```\n\nPossible responses:\n\n* `202 Accepted`: the job is being killed.\n* `404 Not Found`: no such job.\n\n### GET_VERSION\n\nThe server's version.\n\n```\nPOST /rpc HTTP/1.1\n\n{\"action\": \"GET_VERSION\"}\n\nHTTP/1.1 200 OK\n```\n\n## Events\n\n### JOB_ADDED\n\nSent when a job is added.\n\n```\n{\"action\": \"JOB_ADDED\"}\n```\n\n## Worker calls\n\n### GET_VERSION\n\nSimilar to the server's call.\n\n### GET_SLOTS\n\nThe worker's slots.\n\n```\nPOST /rpc HTTP/1.1\n\n{\"action\": \"GET_SLOTS\"}\n\nHTTP/1.1 200 OK\n```\n";
    let out = read("scheduler.md", page);
    assert_eq!(
        rpc_names(&out),
        [
            "LIST_JOBS",
            "KILL_JOB",
            "GET_VERSION",
            "GET_VERSION",
            "GET_SLOTS"
        ]
    );
    assert_eq!(
        statuses(&out),
        [vec![200], vec![202, 404], vec![200], vec![], vec![200]]
    );
    // (A body whose member names another call is no evidence for the heading.)
    let other = page.replace("{\"action\": \"KILL_JOB\",", "{\"action\": \"STOP\",");
    assert_eq!(
        rpc_names(&read("scheduler.md", &other)),
        ["LIST_JOBS", "GET_VERSION", "GET_VERSION", "GET_SLOTS"]
    );
}

/// A name column whose cells hold the wire name and then its type in emphasis (Slate's
/// `| id *Integer* | No | … |`): the name alone, typed; the query string for a GET, the
/// body for a POST.
#[test]
fn a_name_cell_followed_by_its_type() {
    let page = "# Users\n\n## Get one\n\n`GET /api/v2/users/getone`\n\n### Parameters\n\n| Name | Required | Description |\n|---|---|---|\n| id *Integer* | No | The id of the user. |\n\n## Login\n\n`POST /api/v2/users/login`\n\n### Parameters\n\n| Name | Required | Description |\n|---|---|---|\n| email *String* | Yes | The user's email. |\n| ids *List of Integers* | No | Ids. |\n| flag *Integer/Boolean* | No | A flag. |\n";
    let out = read("users.md", page);
    assert_eq!(
        ops(&out),
        [
            (
                "GET /api/v2/users/getone".to_string(),
                vec!["id query false".to_string()]
            ),
            ("POST /api/v2/users/login".to_string(), vec![])
        ]
    );
    let op = &out.spec.operations[1];
    assert_eq!(
        body_flags(&out, op),
        [("email", true), ("ids", false), ("flag", false)]
    );
    let id = &out.spec.operations[0].params[0];
    assert_eq!(
        id.ty,
        TypeRef::Primitive(chatgen_codegen::spec::Primitive::Integer)
    );
}

/// A table of operations (`| Method | Request URI | Request Body | Description |`) followed,
/// in its section, by parameter sections (`### URI Request Parameters`, `### Request Body
/// Parameters`): shared by the table's rows. A URL parameter not in a row's route travels
/// in its query string; a row sending no body (`GET`, `DELETE`) takes none of the body's
/// fields. The examples' section after them is no part of it.
#[test]
fn parameter_sections_shared_by_a_table_of_operations() {
    let page = "# Admin API\n\n## Route\n\n### Request Methods\n\n| Method | Request URI | Request Body | Description |\n| --- | --- | --- | --- |\n| GET | /admin/routes/{id} | NULL | Fetches a Route. |\n| PUT | /admin/routes/{id} | {...} | Creates a Route. |\n| POST | /admin/routes | {...} | Creates a Route with a random id. |\n| DELETE | /admin/routes/{id} | NULL | Removes a Route. |\n\n### URI Request Parameters\n\n| Parameter | Required | Type | Description |\n| --- | --- | --- | --- |\n| ttl | False | Auxiliary | Expires after the seconds. |\n\n### Request Body Parameters\n\n| Parameter | Required | Type | Description |\n| --- | --- | --- | --- |\n| uri | True | Match Rules | The uri matched. |\n| name | False | Auxiliary | Identifier. |\n\n### Example API usage\n\n```shell\ncurl http://127.0.0.1:9180/admin/routes/1 -X PUT -d '{\"uri\": \"/x\", \"labels\": {}}'\n```\n";
    let out = read("admin-api.md", page);
    assert_eq!(
        ops(&out),
        [
            (
                "GET /admin/routes/{id}".to_string(),
                vec!["id path true".to_string(), "ttl query false".to_string()]
            ),
            (
                "PUT /admin/routes/{id}".to_string(),
                vec!["id path true".to_string(), "ttl query false".to_string()]
            ),
            (
                "POST /admin/routes".to_string(),
                vec!["ttl query false".to_string()]
            ),
            (
                "DELETE /admin/routes/{id}".to_string(),
                vec!["id path true".to_string(), "ttl query false".to_string()]
            ),
        ]
    );
    let [get, put, post, delete] = &out.spec.operations[..] else {
        panic!("four operations");
    };
    assert!(get.body.is_none() && delete.body.is_none());
    assert_eq!(body_flags(&out, put), [("uri", true), ("name", false)]);
    assert_eq!(body_flags(&out, post), [("uri", true), ("name", false)]);
    assert_eq!(get.doc.as_deref(), Some("Fetches a Route."));
}

/// Optional path segments in brackets anywhere in a route, nested too, on route lines with
/// no leading `/` and `${NAME}` placeholders (`GET v2/models[/${MODEL_NAME}[/versions/
/// ${MODEL_VERSION}]]/stats`): the route is its shortest form; statuses said in prose as
/// `indicated by a 200 HTTP status code` and `an HTTP error status (typically 400)`; a
/// sample request to `mymodel` is an example of the `{MODEL_NAME}` route, not an operation.
#[test]
fn optional_segments_anywhere_and_statuses_indicated_in_prose() {
    let page = "# Statistics Extension\n\n## HTTP/REST\n\n```\nGET v2/models[/${MODEL_NAME}[/versions/${MODEL_VERSION}]]/stats\n\nPOST v2/shm[/region/${REGION_NAME}]/unregister\n\nPOST v2/models/${MODEL_NAME}[/versions/${MODEL_VERSION}]/warm\n```\n\n### Statistics\n\nA successful statistics request is indicated by a 200 HTTP status\ncode. A failed request must be indicated by an HTTP error status\n(typically 400).\n\n### Warm\n\n```\nPOST /v2/models/mymodel/warm HTTP/1.1\n```\n";
    let out = read("stats.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /v2/models/stats",
            "POST /v2/shm/unregister",
            "POST /v2/models/{MODEL_NAME}/warm"
        ]
    );
    assert_eq!(
        statuses(&out),
        [vec![200, 400], vec![200, 400], vec![200, 400]]
    );
}

/// A field list whose method joins two (`:Method: PATCH or PUT`, as Sphinx pages write it
/// under `:URL:`): a route per method, each with the path's parameters and the status the
/// `:Returns: HTTP 204 …` line gives.
#[test]
fn a_method_field_joining_two_methods() {
    let page = "Units\n=====\n\nChange a unit\n-------------\n\n:URL: ``/units/<UNIT>/``\n:Description: Changes the unit.\n:Method: PATCH or PUT\n:Returns: HTTP 204 NO CONTENT response.\n\nDelete a unit\n-------------\n\n:URL: ``/units/<UNIT>/``\n:Method: DELETE\n:Returns: HTTP 204 NO CONTENT response.\n";
    let out = read("api_unit.rst", page);
    assert_eq!(
        ops(&out),
        [
            (
                "PATCH /units/{UNIT}/".to_string(),
                vec!["UNIT path true".to_string()]
            ),
            (
                "PUT /units/{UNIT}/".to_string(),
                vec!["UNIT path true".to_string()]
            ),
            (
                "DELETE /units/{UNIT}/".to_string(),
                vec!["UNIT path true".to_string()]
            )
        ]
    );
    assert_eq!(statuses(&out), [vec![204], vec![204], vec![204]]);
}

/// A resource heading holding a short path (`### /books`) over method sub-headings
/// (`#### POST`, `#### GET`) whose sections print the request line in code under a
/// `**Request**` label (`POST /api/v1/books/BOOK_NAME`): the request's route is the
/// operation's, with the parameter table above it; a method section whose request is the
/// heading's own path keeps it.
#[test]
fn method_sub_headings_whose_request_lines_give_the_route() {
    let page = "# Shelf API\n\n## Endpoints\n\n### /books\n\n#### POST\n\nCreates a book.\n\n**Request**\n\n```none\nPOST /api/v1/books/BOOK_NAME\n```\n\n#### GET\n\nLists the books.\n\n| Parameter | Description |\n| --- | --- |\n| `start` | The offset. |\n\n**Request**\n\n```none\nGET /api/v1/books?start=START\n```\n\n### /universe\n\n#### GET\n\n**Request**\n\n```none\nGET /universe\n```\n";
    let out = read("shelf.md", page);
    assert_eq!(
        ops(&out),
        [
            (
                "POST /api/v1/books/{BOOK_NAME}".to_string(),
                vec!["BOOK_NAME path true".to_string()]
            ),
            (
                "GET /api/v1/books".to_string(),
                vec!["start query false".to_string()]
            ),
            ("GET /universe".to_string(), vec![])
        ]
    );
}

/// An MDX page whose route is an element's `method`/`path` props, then sibling sections
/// handing the same route to components imported from other MDX pages (Docusaurus
/// partials, `<SharedWatermark` over its `method="POST"` and `path="/x"` props): one
/// operation, the partials more of it; a sibling section restating the route in an element
/// of its own is still an operation of its own.
#[test]
fn mdx_partials_given_the_route_are_the_same_operation() {
    let page = "---\ntitle: Merge\n---\n\nimport Endpoint from \"@site/src/components/Endpoint\";\nimport SharedWatermark from \"../_shared/_watermark.mdx\";\nimport SharedRotate from \"../_shared/_rotate.mdx\";\n\nMerges files.\n\n## Basics\n\n<Endpoint\n  method=\"POST\"\n  path=\"/forms/merge\"\n/>\n\n## Watermark\n\n<SharedWatermark\n  method=\"POST\"\n  path=\"/forms/merge\"\n/>\n\n## Rotate\n\n<SharedRotate\n  method=\"POST\"\n  path=\"/forms/merge\"\n/>\n";
    let out = read("merge.mdx", page);
    assert_eq!(routes(&out), ["POST /forms/merge"]);
    let own = page
        .replace(
            "## Watermark\n\n<SharedWatermark\n  method=\"POST\"\n  path=\"/forms/merge\"\n/>\n\n",
            "",
        )
        .replace("<SharedRotate", "<Endpoint");
    let out = read("merge.mdx", &own);
    assert_eq!(routes(&out), ["POST /forms/merge", "POST /forms/merge"]);
}

/// A JSX element's props listing the parameters as arrays of objects (`formFields={[ {
/// name: "x", type: "string", required: true, … } ]}`, `formFiles`, `headers`): each
/// object a parameter at the location the prop's name gives, required as its `required:`
/// member says, optional where it gives a `defaultValue:` instead; the `responses` prop's
/// objects are answers, not parameters.
#[test]
fn parameters_in_a_jsx_elements_object_list_props() {
    let page = "---\ntitle: Convert\n---\n\nimport Endpoint from \"@site/src/components/Endpoint\";\n\n# Convert\n\nConverts **documents** to PDF, one `file` at a time.\n\n## Basics\n\n<Endpoint\n  method=\"POST\"\n  path=\"/forms/convert\"\n  headers={[\n    {\n      name: \"Output-Filename\",\n      type: \"string\",\n      required: false,\n      description: \"The name of the file.\",\n    },\n  ]}\n  formFiles={[\n    {\n      name: \"files\",\n      type: \"file[]\",\n      required: true,\n      description: \"The files.\",\n    },\n  ]}\n  formFields={[\n    {\n      name: \"landscape\",\n      type: \"boolean\",\n      defaultValue: \"false\",\n      description: \"Whether to turn the pages.\",\n    },\n  ]}\n  responses={[\n    {\n      status: 200,\n      message: \"OK\",\n      description: \"The PDF.\",\n    },\n  ]}\n/>\n";
    let out = read("convert.mdx", page);
    assert_eq!(
        ops(&out),
        [(
            "POST /forms/convert".to_string(),
            vec!["Output-Filename header false".to_string()]
        )]
    );
    let op = &out.spec.operations[0];
    assert_eq!(
        body_flags(&out, op),
        [("files", true), ("landscape", false)]
    );
    assert_eq!(statuses(&out), [vec![200]]);
}

/// Parameters given as a JSON array in an element's attribute, over several lines
/// (`<params params='[ {"name": "page", "description": "…"}, … ]'></params>` under a
/// `### Parameters` label): each object a parameter, located by the method where the page
/// says nothing more (`GET`: the query), required where a `required` member says so.
#[test]
fn parameters_as_json_in_an_elements_attribute() {
    let page = "---\ntitle: Zones\n---\n\n## Index\n\nTo list the zones, make this request:\n\n```text\nGET /api/v2/zones\n```\n\n### Parameters\n\n<params params='[\n  {\n    \"name\": \"page\",\n    \"description\": \"The page to show.\"\n  }, {\n    \"name\": \"per_page\",\n    \"description\": \"Zones per page.\",\n    \"required\": true\n  }\n]'></params>\n\n### Response\n\n<status code=\"200\"></status>\n";
    let out = read("zones.md", page);
    assert_eq!(
        ops(&out),
        [(
            "GET /api/v2/zones".to_string(),
            vec![
                "page query false".to_string(),
                "per_page query true".to_string()
            ]
        )]
    );
    assert_eq!(statuses(&out), [vec![200]]);
}

/// Routes printed with example values: numbers joined by commas after a noun
/// (`/track/6,12,13`, `/disc/5,7`) are a list of the collection's ids, whatever the noun's
/// number; an ellipsis ending the path (`/track/path/...`) is the rest of the path, a value
/// named by the segment before it.
#[test]
fn an_id_list_and_an_ellipsis_in_a_printed_route() {
    let page = "# Player API\n\n## ``GET /track/6,12,13``\n\nThe tracks with these ids.\n\n## ``GET /track/path/...``\n\nThe track at a path.\n\n## ``DELETE /discs/5,7``\n\nDeletes the discs.\n";
    let out = read("player.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /track/{track_ids}",
            "GET /track/path/{path}",
            "DELETE /discs/{disc_ids}"
        ]
    );
}

/// Statuses the introduction under the page's title states once for every request
/// (`Every request except for `rr_connect` returns HTTP status code `401` if …`, `In this
/// case, HTTP status code `503` is returned.`): each operation gets them, but the ones a
/// sentence names after `except`; a status an operation states itself stays its own.
#[test]
fn statuses_stated_once_for_the_whole_page() {
    let page = "# Printer requests\n\nEvery request except for `rr_connect` returns HTTP status code `401` if the client has no session.\nThe board may run short on memory. In this case, HTTP status code `503` is returned.\n\n## GET /rr_connect\n\nLogs in.\n\n## GET /rr_status\n\nReports the status.\n\n## GET /rr_download\n\nDownloads a file. If the file could not be found, HTTP status code 404 is returned.\n";
    let out = read("requests.md", page);
    assert_eq!(
        routes(&out),
        ["GET /rr_connect", "GET /rr_status", "GET /rr_download"]
    );
    assert_eq!(
        statuses(&out),
        [vec![503], vec![401, 503], vec![404, 401, 503]]
    );
}

/// A template in a prose code span made only of placeholders (`<kind>.<name>/<scope>`, the
/// format of an id) fits any path of as many segments: the request lines in code keep
/// their own routes (`POST /admin/policy`), unlike a template with a literal segment
/// (`<topic>/json`). A word in brackets after a route line (`[DEPRECATED]`) is a note.
#[test]
fn an_all_placeholder_code_span_is_no_template_of_request_lines() {
    let page = "= Admin API\n\n=== Add policies\n\n----\nPOST /admin/policy\nPUT /admin/policy\n----\n\n=== Delete policies\n\n----\nPOST /admin/policy/delete?id=policy_id\nDELETE /admin/policy?id=policy_id [DEPRECATED]\n----\n\nIDs follow the format of `ListPolicies` (`<kind>.<name>/<scope>`).\n";
    let out = read("admin_api.adoc", page);
    assert_eq!(
        routes(&out),
        [
            "POST /admin/policy",
            "PUT /admin/policy",
            "POST /admin/policy/delete",
            "DELETE /admin/policy"
        ]
    );
}

/// Query parameters named only in the operation's prose, in code before the words `query
/// parameter` (`Use `includeDisabled=true` query parameter to …`, `Use `policyId` query
/// parameter to …`): optional query parameters, the value after `=` no part of the name; a
/// name in code in other sentences is none.
#[test]
fn query_parameters_named_in_prose_before_the_words() {
    let page = "= Admin API\n\n=== List policies\n\n----\nGET /admin/policies\n----\n\nMake a `GET` request to list the policies in the `store`.\n\nUse `includeDisabled=true` query parameter in order to include disabled policies.\n\nUse `policyId` query parameter to provide a list of policy IDs.\n\nFilter with the `scope` and `version` query parameters, which take a value such as `any`.\n\nTreat the `code` query parameter of the redirect as a password.\n";
    let out = read("admin_api.adoc", page);
    assert_eq!(
        ops(&out),
        [(
            "GET /admin/policies".to_string(),
            vec![
                "includeDisabled query false".to_string(),
                "policyId query false".to_string(),
                "scope query false".to_string(),
                "version query false".to_string()
            ]
        )]
    );
}

/// A parameter table naming query parameters with the query string's `?` before them
/// (`` | `?cursor` | optional, any | … | ``): the name without it, in the query string.
#[test]
fn a_query_parameter_named_with_its_question_mark() {
    let page = "# Operations\n\n## Request\n\n```\nGET /operations{?cursor}\n```\n\n### Arguments\n\n| name | notes | description | example |\n| ---- | ----- | ----------- | ------- |\n| `?cursor` | optional, any, default _null_ | A paging token. | `12884905984` |\n| `?join` | optional, string | Set to `transactions`. | `transactions` |\n";
    let out = read("operations-all.md", page);
    assert_eq!(
        ops(&out),
        [(
            "GET /operations".to_string(),
            vec![
                "cursor query false".to_string(),
                "join query false".to_string()
            ]
        )]
    );
}

/// Restdown's `## Name (METHOD /path)` sections with an `### Inputs` heading over a
/// `Field | Type | Description` table: the operation's parameters, in the query string of
/// a GET and the body of a POST.
#[test]
fn an_inputs_heading_over_the_parameter_table() {
    let page = "# NIC Tags\n\n## ListNicTags (GET /nic_tags)\n\nReturns a list of all nic tags.\n\n### Inputs\n\n| Field  | Type    | Description |\n| ------ | ------- | ----------- |\n| offset | Integer | Starting offset |\n| limit  | Integer | Maximum number of responses |\n\n### Example\n\n    GET /nic_tags\n    []\n\n## CreateNicTag (POST /nic_tags)\n\nCreates a nic tag.\n\n### Inputs\n\n| Field | Type   | Description |\n| ----- | ------ | ----------- |\n| name  | String | nic tag name |\n| mtu   | Number | MTU of the network |\n";
    let out = read("napi.md", page);
    assert_eq!(
        ops(&out),
        [
            (
                "GET /nic_tags".to_string(),
                vec![
                    "offset query false".to_string(),
                    "limit query false".to_string()
                ]
            ),
            ("POST /nic_tags".to_string(), vec![])
        ]
    );
    assert_eq!(body_names(&out, &out.spec.operations[1]), ["name", "mtu"]);
}

/// Parameters as Sphinx renders an RST field list under each name (``` ``uid`` ``` over
/// `:Description:`, `:Type:`, `:Example:`, `:Required: Yes`): the name, its type, flag and
/// description; a hyphenated name (`display-name`) too.
#[test]
fn a_name_over_a_field_list_of_its_facts() {
    let page = "Get Usage\n=========\n\nRequests bandwidth usage information.\n\nSyntax\n~~~~~~\n\n::\n\n\tGET /admin/usage?format=json HTTP/1.1\n\tHost: {fqdn}\n\nRequest Parameters\n~~~~~~~~~~~~~~~~~~\n\n``uid``\n\n:Description: The user for which the information is requested.\n:Type: String\n:Example: ``foo_user``\n:Required: Yes\n\n``show-entries``\n\n:Description: Specifies whether data entries should be returned.\n:Type: Boolean\n:Example: True [True]\n:Required: No\n";
    let out = read("adminops.rst", page);
    assert_eq!(
        ops(&out),
        [(
            "GET /admin/usage".to_string(),
            vec![
                "uid query true".to_string(),
                "show-entries query false".to_string(),
                "format query false".to_string()
            ]
        )]
    );
    let show = &out.spec.operations[0].params[1];
    assert_eq!(
        show.ty,
        TypeRef::Primitive(chatgen_codegen::spec::Primitive::Boolean)
    );
}

/// Query parameters described once in a section titled by what they do (`## Pagination
/// Parameters` over their table) and named by that title in a call's description (`Use
/// pagination parameters to list queues`): the GET takes them in its query string; a call
/// that does not name them takes none.
#[test]
fn a_parameter_section_named_in_a_description() {
    let page = "# Management API\n\n## Queues\n\n`GET /api/queues`\n\nA list of all queues. Use [pagination parameters](#pagination) to list queues.\n\n## Nodes\n\n`GET /api/nodes`\n\nA list of nodes in the cluster.\n\n## Pagination Parameters\n\nBelow are the query parameters that can be used.\n\n| Parameter | Type | Description |\n| --- | --- | --- |\n| `page` | Positive integer | Page number |\n| `page_size` | Positive integer | Number of elements per page |\n";
    let out = read("api.md", page);
    assert_eq!(
        ops(&out),
        [
            (
                "GET /api/queues".to_string(),
                vec![
                    "page query false".to_string(),
                    "page_size query false".to_string()
                ]
            ),
            ("GET /api/nodes".to_string(), vec![])
        ]
    );
}

/// An operation titled by its heading, with `##### Request` / `##### Response` sections
/// showing the websocket message, and `##### HTTP` over the same call's route: the route
/// is the titled operation's (named `Login`), not one titled `HTTP`.
#[test]
fn an_http_label_heading_over_the_route() {
    let page = "# API\n\n### User\n\n#### Login\n\nThe `jwt` string should be stored.\n\n##### Request\n```rust\n{\n  op: \"Login\",\n  data: {\n    password: String\n  }\n}\n```\n##### Response\n```rust\n{\n  op: \"Login\",\n  data: {\n    jwt: String,\n  }\n}\n```\n\n##### HTTP\n\n`POST /user/login`\n\n#### Get Captcha\n\n##### HTTP\n\n`GET /user/get_captcha`\n";
    let out = read("api.md", page);
    assert_eq!(routes(&out), ["POST /user/login", "GET /user/get_captcha"]);
    let names: Vec<&str> = out
        .spec
        .operations
        .iter()
        .map(|o| o.name.as_str())
        .collect();
    assert_eq!(names, ["Login", "Get Captcha"]);
}

/// A request written as a typed object literal under its label (```` ```rust ```` `{ op:
/// "Login", data: { … } }`, a websocket message): the nested object's members are the
/// call's, `Option<…>` and `name?:` optional, `//` comments dropped; the query string of a
/// GET, the body of a POST.
#[test]
fn a_request_as_a_typed_object_literal() {
    let page = "# API\n\n#### Register\n\n##### Request\n```rust\n{\n  op: \"Register\",\n  data: {\n    username: String,\n    email: Option<String>,\n    admin: bool,\n    captcha_uuid: Option<String>, // Only checked if enabled\n  }\n}\n```\n##### Response\n```rust\n{\n  op: \"Register\",\n  data: {\n    jwt: String,\n  }\n}\n```\n\n##### HTTP\n\n`POST /user/register`\n\n#### Get Replies\n\n##### Request\n```rust\n{\n  op: \"GetReplies\",\n  data: {\n    page: Option<i64>,\n    unread_only: bool,\n  }\n}\n```\n\n##### HTTP\n\n`GET /user/replies`\n";
    let out = read("api.md", page);
    assert_eq!(
        ops(&out),
        [
            ("POST /user/register".to_string(), vec![]),
            (
                "GET /user/replies".to_string(),
                vec![
                    "page query false".to_string(),
                    "unread_only query true".to_string()
                ]
            )
        ]
    );
    assert_eq!(
        body_flags(&out, &out.spec.operations[0]),
        [
            ("username", true),
            ("email", false),
            ("admin", true),
            ("captcha_uuid", false)
        ]
    );
}

/// Routes printed with members' values where their placeholders stand (`GET
/// /v1/auth/users/alice`, `DELETE /v1/auth/users/charlie`): two values at one place after a
/// collection, one of which the page's examples give as the value of the member named by
/// the collection's singular (`"user": "alice"`), are that member's placeholder (`{user}`);
/// a word only POSTed to (`/users/search`) stays literal, and so does one value printed
/// throughout.
#[test]
fn member_values_printed_in_routes() {
    let page = "# Auth API\n\n**Get User Details**\n\nGET  /v1/auth/users/alice\n\n    200 Body:\n        {\n          \"user\": \"alice\",\n          \"roles\": []\n        }\n\n**Remove A User**\n\nDELETE  /v1/auth/users/charlie\n\n    Possible Status Codes:\n        200 OK\n        404 Not Found\n\n**Search Users**\n\nPOST  /v1/auth/users/search\n\n    Possible Status Codes:\n        200 OK\n\n**Get A Team**\n\nGET  /v1/auth/teams/core\n\n    200 Body:\n        {\n          \"team\": \"core\"\n        }\n";
    let out = read("auth.md", page);
    assert_eq!(
        ops(&out),
        [
            (
                "GET /v1/auth/users/{user}".to_string(),
                vec!["user path true".to_string()]
            ),
            (
                "DELETE /v1/auth/users/{user}".to_string(),
                vec!["user path true".to_string()]
            ),
            ("POST /v1/auth/users/search".to_string(), vec![]),
            ("GET /v1/auth/teams/core".to_string(), vec![]),
        ]
    );
    assert_eq!(statuses(&out)[1], [200, 404]);
}

/// Routes declared by the items that open with them (`- ``GET /leader``: returns HTTP
/// status code **200** when …`): the status the item's sentence returns is the
/// operation's; an item of another operation's list says nothing of it.
#[test]
fn statuses_in_the_item_declaring_the_route() {
    let page = "Health checks\n-------------\n\n- ``GET /leader``: returns HTTP status code **200** when the node holds the leader lock.\n\n- ``GET /health``: returns HTTP status code **200** only when the database is up.\n\n- ``GET /history``: the history of switchovers.\n\n  - it returns an empty list on a new cluster.\n";
    let out = read("rest_api.rst", page);
    assert_eq!(routes(&out), ["GET /leader", "GET /health", "GET /history"]);
    assert_eq!(statuses(&out), [vec![200], vec![200], vec![]]);
}

/// A `$name` segment in a route whose placeholders are written another way
/// (`/api/v1/b/:bucket_name/:entry_name/$meta`) is a literal name, not a shell variable;
/// in a route of `$` variables alone it still stands for its value.
#[test]
fn a_dollar_segment_beside_other_placeholders_is_literal() {
    let page = "# Attachments\n\n## Write\n\n`POST /api/v1/b/:bucket_name/:entry_name/$meta`\n\nWrites an attachment.\n\n## User\n\n`GET /irc/$domain/user/$user_id`\n\nGets a user.\n";
    let out = read("attachments.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /api/v1/b/{bucket_name}/{entry_name}/$meta",
            "GET /irc/{domain}/user/{user_id}"
        ]
    );
}

/// A status line after a success or error label (`Success response: `204 No Content``,
/// `Error response: `404 Not Found``): the code with its reason is the operation's, beside
/// those of an error table under its own label.
#[test]
fn a_status_line_after_a_success_label() {
    let page = "# Agents\n\n## Stop an agent\n\nStops an agent.\n\n```bash\ncurl -X PUT \"https://api.example.com/v2/agents/{id}/stop\"\n```\n\nSuccess response: `204 No Content`\n\nError responses:\n\n| Status | Body |\n| --- | --- |\n| `400 Bad Request` | `{ \"message\": \"Can only stop connected agents\" }` |\n\n## Pause an agent\n\nPauses an agent.\n\n```bash\ncurl -X PUT \"https://api.example.com/v2/agents/{id}/pause\"\n```\n\nSuccess response: `204 No Content`\n\nError response: `404 Not Found`\n";
    let out = read("agents.md", page);
    assert_eq!(
        routes(&out),
        ["PUT /v2/agents/{id}/stop", "PUT /v2/agents/{id}/pause"]
    );
    assert_eq!(statuses(&out), [vec![204, 400], vec![204, 404]]);
}

/// Two routes of one call in one section, each in its own block, the second introduced as
/// an alternative ("You can also use the build-scoped route"), the answers after the last:
/// the first route answers as the second does.
#[test]
fn alternative_routes_share_the_answers_after_them() {
    let page = "# Annotations\n\n## List annotations for a job\n\nLists a job's annotations.\n\n```bash\ncurl -X GET \"https://api.example.com/v2/jobs/{job.id}/annotations\"\n```\n\nYou can also use the build-scoped route:\n\n```bash\ncurl -X GET \"https://api.example.com/v2/builds/{build.number}/jobs/{job.id}/annotations\"\n```\n\nSuccess response: `200 OK`\n\n## Delete an annotation\n\n```bash\ncurl -X DELETE \"https://api.example.com/v2/annotations/{uuid}\"\n```\n\nSuccess response: `204 No Content`\n";
    let out = read("annotations.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /v2/jobs/{job_id}/annotations",
            "GET /v2/builds/{build_number}/jobs/{job_id}/annotations",
            "DELETE /v2/annotations/{uuid}"
        ]
    );
    assert_eq!(statuses(&out), [vec![200], vec![200], vec![204]]);
}

/// A sentence returning one status for one case and another for another (`returns HTTP
/// status code **200** if the loop runs and **503** if it stalled`): both are the
/// operation's; a number after `and` that answers no case (`and 10 more`) is none.
#[test]
fn statuses_joined_in_one_returning_sentence() {
    let page = "Probes\n------\n\n- ``GET /liveness``: returns HTTP status code **200** if the heartbeat loop runs and **503** if the last run was long ago.\n\n- ``GET /history``: returns 200 with the switchovers and 10 more entries.\n";
    let out = read("rest_api.rst", page);
    assert_eq!(routes(&out), ["GET /liveness", "GET /history"]);
    assert_eq!(statuses(&out), [vec![200, 503], vec![200]]);
}

/// A URL label giving several URLs as alternatives beside its `Method:` item, wrapping
/// onto the item's next line (`* URI: `/command/res/${tenantId}/${deviceId}/${id}` or` /
/// `  `/command/res//${deviceId}/${id}``): each URL is a route of the section's call (the
/// one with an empty segment too), one with a query string an example of the route before
/// it.
#[test]
fn alternative_urls_in_one_label() {
    let page = "# HTTP Adapter\n\n## Publish Telemetry (gateway)\n\n* URI: `/telemetry/${tenantId}/${deviceId}` or `/telemetry//${deviceId}`\n* Method: `PUT`\n* Status Codes:\n  * 202 (Accepted): The data has been accepted.\n  * 400 (Bad Request): The request cannot be processed.\n\n## Send a Response (gateway)\n\n* URI: `/command/res/${tenantId}/${deviceId}/${id}` or\n  `/command/res/${tenantId}/${deviceId}/${id}?status=${status}` or `/command/res//${deviceId}/${id}`\n* Method: `PUT`\n* Status Codes:\n  * 202 (Accepted): The response has been accepted.\n";
    let out = read("http-adapter.md", page);
    assert_eq!(
        routes(&out),
        [
            "PUT /telemetry/{tenantId}/{deviceId}",
            "PUT /telemetry//{deviceId}",
            "PUT /command/res/{tenantId}/{deviceId}/{id}",
            "PUT /command/res//{deviceId}/{id}"
        ]
    );
    assert_eq!(
        statuses(&out),
        [vec![202, 400], vec![202, 400], vec![202], vec![202]]
    );
}

/// A `#### /path [METHOD]` heading whose placeholders are printed in Markdown emphasis
/// (`___:pubkey___`, `___*path___`, `*___path___`, the `*` marking a value with slashes):
/// each is the placeholder named inside the marks.
#[test]
fn placeholders_in_emphasis_in_a_route_heading() {
    let page = "Files\n=====\n\n#### /files/___*path___ [GET]\n\nreturns one file.\n\n#### /files/rename/*___path___ [POST]\n\nrenames a file.\n\n#### /peers/___:pubkey___ [GET]\n\nreturns one peer.\n";
    let out = read("Files.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /files/{path}",
            "POST /files/rename/{path}",
            "GET /peers/{pubkey}"
        ]
    );
}

/// An RST `http:get` directive whose route ends in a placeholder the call may leave out
/// ("all resources, or the given one"), with example requests in its body calling it
/// without the value (`GET /count/ HTTP/1.1`) and with one: both are examples, not
/// operations.
#[test]
fn a_request_without_the_last_placeholder_is_an_example() {
    let page = "stats\n-----\n\nGET\n***\n\n.. http:get:: /stats/(string:kind)/\n\n Count the elements of every kind, or of the provided ``kind``.\n\n :param kind: The kind to count.\n\n :status 200: Results found.\n :status 404: No such kind.\n\n **Example Requests**\n\n .. sourcecode:: http\n\n    GET /stats/ HTTP/1.1\n    Host: api.example.org\n\n .. sourcecode:: http\n\n    GET /stats/job/ HTTP/1.1\n    Host: api.example.org\n";
    let out = read("stats.rst", page);
    assert_eq!(routes(&out), ["GET /stats/{kind}/"]);
    assert_eq!(statuses(&out), [vec![200, 404]]);
}

/// An overview's request in code filling a route's placeholders with values
/// (`PUT /v2/items/E/attrs/A`), printed before the heading that declares the route
/// (`#### Update Attribute `PUT /v2/items/{itemId}/attrs/{attrName}``): an example of it,
/// not an operation.
#[test]
fn an_early_request_filling_a_later_heading_route_is_an_example() {
    let page = "# Items API\n\n## Update operators\n\nSome updates have special semantics:\n\n```\nPUT /v2/items/E/attrs/A\n{\n  \"value\": 3\n}\n```\n\nwhich increases attribute A.\n\n## API Routes\n\n#### Update Attribute `PUT /v2/items/{itemId}/attrs/{attrName}`\n\nUpdates one attribute.\n\n#### Retrieve Item `GET /v2/items/{itemId}`\n\nRetrieves one item.\n";
    let out = read("items.md", page);
    assert_eq!(
        routes(&out),
        [
            "PUT /v2/items/{itemId}/attrs/{attrName}",
            "GET /v2/items/{itemId}"
        ]
    );
}

/// A `Code:` item under an error label giving status lines as alternatives, each code with
/// its reason (`500 Internal Server Error or 405 Method Not Allowed or 422 Unprocessable
/// Entity`): every code is a status of the call.
#[test]
fn status_lines_joined_by_or_in_one_code_item() {
    let page = "<html><body>\n<h2>Scan API</h2>\n<p><strong>URL:</strong> <code>/api/v1/scan</code></p>\n<p><strong>Method:</strong> <code>POST</code></p>\n<p><strong>Success Response:</strong></p>\n<ul>\n<li><strong>Code:</strong> <code>200</code><br />\n<strong>Content:</strong> <code>{&quot;ok&quot;: true}</code></li>\n</ul>\n<p><strong>Error Response:</strong></p>\n<ul>\n<li><strong>Code:</strong> <code>500 Internal Server Error</code> or <code>405 Method Not Allowed</code> or <code>422 Unprocessable Entity</code><br />\n<strong>Content:</strong> <code>{&quot;error&quot;: &quot;failed&quot;}</code></li>\n</ul>\n</body></html>\n";
    let out = read("api.html", page);
    assert_eq!(routes(&out), ["POST /api/v1/scan"]);
    assert_eq!(statuses(&out), [vec![200, 500, 405, 422]]);
}

/// Items under a `Response code` label saying in a sentence which status the call uses
/// (`Successful operation uses 201 Created (if new) or 204 No Content (if it existed)`),
/// and listing an error's status line under another item: each code is a status.
#[test]
fn statuses_in_sentences_of_items_under_a_response_label() {
    let page = "# Entities\n\n#### Create Entity `POST /v2/entities`\n\nCreates an entity.\n\n_**Response code**_\n\n* Successful operation uses 201 Created (if new) or 204 No Content (if it existed)\n* Errors use a non-2xx code and error payload:\n  * 422 Unprocessable Content for an existing entity\n\n#### Retrieve Entity `GET /v2/entities/{entityId}`\n\nRetrieves an entity.\n\n_**Response code**_\n\n* Successful operation uses 200 OK\n* Errors use a non-2xx code and error payload:\n  * 404 Not Found for a missing entity\n";
    let out = read("entities.md", page);
    assert_eq!(
        routes(&out),
        ["POST /v2/entities", "GET /v2/entities/{entityId}"]
    );
    assert_eq!(statuses(&out), [vec![201, 204, 422], vec![200, 404]]);
}

/// A `**Returns**` paragraph naming the status as `a status code of 201`: the call's
/// status.
#[test]
fn a_status_code_of_in_a_returns_sentence() {
    let page = "## Tags\n\n### Create a tag\n\n`POST /1.0/kb/tags`\n\nCreates a tag.\n\n**Returns**\n\nIf successful, returns a status code of 201 and an empty body.\n\n### List tags\n\n`GET /1.0/kb/tags`\n\n**Returns**\n\nIf successful, returns a status code of 200 and a list of tags.\n";
    let out = read("tags.md", page);
    assert_eq!(routes(&out), ["POST /1.0/kb/tags", "GET /1.0/kb/tags"]);
    assert_eq!(statuses(&out), [vec![201], vec![200]]);
}

/// An Express site's EJS template (`overview.ejs`: `<% %>` tags, `<%= port %>` inside the
/// examples) read as the HTML it is: each route alone in `<pre><code>` under its title is
/// the operation, `:name` a path placeholder, an example's `HTTP/1.1 201 Created` status
/// line its status; the example request repeating the route with concrete values and
/// `HTTP/1.1` is not another operation.
#[test]
fn ejs_template_routes_alone_in_pre_code() {
    let page = "<% title = 'API' %>\n<%- include('../../_header') -%>\n<h1>API</h1>\n<h3 id='create-imposter'>Create an imposter</h3>\n<pre><code>POST /imposters</code></pre>\n<p>Creates a test double.</p>\n<pre><code>POST /imposters HTTP/1.1\nHost: localhost:<%= port %>\n\n{ \"port\": 4545 }</code></pre>\n<pre><code>HTTP/1.1 201 Created\nLocation: http://localhost:<%= port %>/imposters/4545</code></pre>\n<h3 id='get-imposter'>Get an imposter</h3>\n<pre><code>GET /imposters/:port</code></pre>\n<p>Returns the imposter.</p>\n<pre><code>GET /imposters/4545 HTTP/1.1\nHost: localhost:<%= port %></code></pre>\n<pre><code>HTTP/1.1 200 OK\nContent-Type: application/json</code></pre>\n<%- include('../../_footer') -%>\n";
    let out = read("overview.ejs", page);
    assert_eq!(routes(&out), ["POST /imposters", "GET /imposters/{port}"]);
    assert_eq!(statuses(&out), [vec![201], vec![200]]);
}

/// Sections giving a call as bullets, an `API PATH` label for the path (written with or
/// without its leading slash) beside a `Method:` label in any case (`- Method: Get`), in
/// either order: a route per section, at the method.
#[test]
fn api_path_label_beside_method_label() {
    let page = "# Rest Identity v1 API\n\n#### Create identity\n- Description: Creates a new identity.\n- Method: POST\n- API PATH: `services/identity/v1/identities`\n\n##### Request Body\n```JSON\n{\n    \"name\": \"test\"\n}\n```\n\n##### Responses\n- 200 OK status\n- 400 Bad Request\n\n#### List containers\n- API PATH: `/services/inventory/v1/containers/`\n- Method: Get\n- Description: Lists the containers.\n\n##### Responses\n- 200 OK status\n";
    let out = read("rest-identity-api.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /services/identity/v1/identities",
            "GET /services/inventory/v1/containers/"
        ]
    );
    assert_eq!(statuses(&out), [vec![200, 400], vec![200]]);
}

/// A path alone in an RST code block, then a sentence saying which method the endpoint
/// answers (`Responds only to **POST**.`): a route per method, `<name>` a placeholder.
#[test]
fn lone_path_block_then_responds_only_to_method() {
    let page = "REST API\n========\n\nObtain token\n------------\n\n.. code-block:: text\n\n    /api/v1/organization/<organization-slug>/account/token/\n\nResponds only to **POST**.\n\nParameters:\n\n======== ===========\nParam    Description\n======== ===========\nusername string\n======== ===========\n\nUser sessions\n-------------\n\n.. code-block:: text\n\n    /api/v1/organization/<organization-slug>/account/session/\n\nResponds only to **GET**. Lists the sessions of the user.\n";
    let out = read("rest-api.rst", page);
    assert_eq!(
        routes(&out),
        [
            "POST /api/v1/organization/{organization_slug}/account/token/",
            "GET /api/v1/organization/{organization_slug}/account/session/"
        ]
    );
}

/// A list of endpoints, each path alone in markup (`* <a id="api_profile"><tt>/api/profile
/// </tt></a>`), over nested items in prose that open with a method in capitals (`GET the
/// JSON for your profile, or POST to overwrite it`): a route per method named; a nested
/// item naming none (`See profile.json`) and a path with none give no route.
#[test]
fn markup_path_items_over_prose_method_items() {
    let page = "# Reference\n\nThe HTTP API is served on port 12101.\n\n## Profile\n\nProfiles are JSON files.\n\n## HTTP API\n\nEndpoints:\n\n* <a id=\"api_profile\"><tt>/api/profile</tt></a>\n    * GET the JSON for your profile, or POST to overwrite it\n    * See `profile.json` in your profile directory\n* <a id=\"api_lookup\"><tt>/api/lookup</tt></a>\n    * POST word as plain text to look up its pronunciation\n    * `?n=<number>` - return at most `n` guessed pronunciations\n* <a id=\"api_restart\"><tt>/api/restart</tt></a>\n    * Restart the server\n* <a id=\"api_mqtt\"><tt>/api/mqtt/&lt;TOPIC&gt;</tt></a>\n    * POST JSON payload to `/api/mqtt/your/full/topic`\n\n## Settings\n\nSee the profile.\n";
    let out = read("reference.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /api/profile",
            "POST /api/profile",
            "POST /api/lookup",
            "POST /api/mqtt/{TOPIC}"
        ]
    );
}

/// A heading giving the method and the path's tail glued (`### POST/login/password`) over
/// an item labelling the whole path (`* **REST API path** : /services/session/v1/login/
/// password`): the heading's method on the labelled path, the label's even where the
/// title's tail differs; the table of contents repeating the titles gives no route.
#[test]
fn method_tail_heading_over_full_path_label() {
    let page = "# Session V1 Rest APIs\n\n## Reference\n\n* [POST/login/password](#postloginpassword)\n* [GET/authenticationMethods](#getauthenticationmethods)\n\n## Request definitions\n\n### POST/login/password\n  * **REST API path** : /services/session/v1/login/password\n  * **description** : Creates a new session.\n  * **responses** :\n      * **200**\n          * **description** : Request succeeded.\n      * **401**\n          * **description** : Wrong credentials.\n\n### GET/authenticationMethods\n  * **REST API path** : /services/session/v1/authenticationInfo\n  * **description** : Lists the enabled authentication methods.\n  * **responses** :\n      * **200**\n          * **description** : Request succeeded.\n";
    let out = read("rest-session-api.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /services/session/v1/login/password",
            "GET /services/session/v1/authenticationInfo"
        ]
    );
}

/// A camel-case segment after a plural that a version segment follows
/// (`/services/serviceListing/v1/servicePids`) names a versioned service, not a member of
/// the collection: no placeholder.
#[test]
fn service_name_before_version_is_literal() {
    let page = "# Service listing\n\n## Request definitions\n\n### GET/servicePids\n  * **REST API path** : /services/serviceListing/v1/servicePids\n  * **description** : Lists the service pids.\n\n### POST/servicePids/byInterface\n  * **REST API path** : /services/serviceListing/v1/servicePids/byInterface\n  * **description** : Lists the service pids by interface.\n";
    let out = read("rest-service-listing-api.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /services/serviceListing/v1/servicePids",
            "POST /services/serviceListing/v1/servicePids/byInterface"
        ]
    );
}

/// RST method sub-titles (`GET` / `^^^`, `GET (detail)`) under a section giving its path
/// alone in a code block: a route per sub-title on the path its own section gives, else the
/// last one given before it in the section (`PATCH` after `GET (detail)` on `<uuid>`); a
/// code block of query examples is no path, nor one ending a section after its tables (it
/// introduces the next sub-title); `user` before `<user_pk>` stays a literal segment.
#[test]
fn method_subtitles_under_lone_path_block() {
    let page = "REST API\n========\n\nRADIUS Groups\n-------------\n\n.. code-block:: text\n\n    /api/v1/radius/group/\n\nGET\n^^^\n\nLists the groups.\n\n.. code-block:: text\n\n    /api/v1/radius/group?search=<group_name>\n\nPOST\n^^^^\n\nCreates a group.\n\nGET (detail)\n^^^^^^^^^^^^\n\nReturns a single group by its UUID.\n\n.. code-block:: text\n\n    /api/v1/radius/group/<uuid>\n\nPATCH\n^^^^^\n\nPartially updates a group.\n\nRADIUS User Groups\n------------------\n\n.. code-block:: text\n\n    /api/v1/users/user/<user_pk>/radius-group/\n\nPOST\n^^^^\n\nCreates an assignment.\n\n======== ===========\nParam    Description\n======== ===========\ngroup    UUID of the group\n======== ===========\n\nThe group must belong to the same organization.\n\n.. code-block:: text\n\n    /api/v1/users/user/<user_pk>/radius-group/<uuid>/\n\nGET (detail)\n^^^^^^^^^^^^\n\nReturns one assignment.\n";
    let out = read("rest-api.rst", page);
    assert_eq!(
        routes(&out),
        [
            "GET /api/v1/radius/group/",
            "POST /api/v1/radius/group/",
            "GET /api/v1/radius/group/{uuid}",
            "PATCH /api/v1/radius/group/{uuid}",
            "POST /api/v1/users/user/{user_pk}/radius-group/",
            "GET /api/v1/users/user/{user_pk}/radius-group/{uuid}/"
        ]
    );
}

/// A summary table giving each route in short (`| `/bulk/restart` | `POST` | … |`) over
/// sections printing it in full (`POST /api/workflow/bulk/restart` alone in a fence): one
/// operation per full route, the table's rows none of their own.
#[test]
fn summary_table_rows_in_short_are_the_full_routes() {
    let page = "# Bulk API\n\n| Endpoint | Method | Description |\n|---|---|---|\n| `/bulk/restart` | `POST` | Restart workflows |\n| `/bulk/remove` | `DELETE` | Remove workflows |\n\n### Restart workflows\n\n```\nPOST /api/workflow/bulk/restart\n```\n\nRestarts the given workflows.\n\n### Remove workflows\n\n```\nDELETE /api/workflow/bulk/remove\n```\n\nRemoves the given workflows.\n";
    let out = read("bulk.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /api/workflow/bulk/restart",
            "DELETE /api/workflow/bulk/remove"
        ]
    );
}

/// A resource's methods table under its path line (`/rest/global.xml` over rows `GET`,
/// `PUT`), with example calls printing the path after a prefix (`> GET
/// /geowebcache/rest/global.xml HTTP/1.1`): the table documents its one path; it is no
/// summary in short of the examples' paths.
#[test]
fn a_methods_table_of_one_path_is_no_summary_in_short() {
    let page = "Global\n======\n\n``/rest/global.xml``\n\n.. list-table::\n   :header-rows: 1\n\n   * - Method\n     - Action\n     - Return Code\n   * - GET\n     - Return the configuration\n     - 200\n   * - PUT\n     - Modify the configuration\n     - 200\n\nExamples\n--------\n\n.. code-block:: xml\n\n   > GET /geowebcache/rest/global.xml HTTP/1.1\n   > Host: localhost:8080\n\n.. code-block:: xml\n\n   > PUT /geowebcache/rest/global.xml HTTP/1.1\n   > Host: localhost:8080\n";
    let out = read("global.rst", page);
    assert_eq!(
        routes(&out),
        ["GET /rest/global.xml", "PUT /rest/global.xml"]
    );
}

/// A route alone in a fence under a title spelling its last segment word for word
/// (`GET /api/metadata/workflow/names-and-versions` under `### Get Workflow Names and
/// Versions`), after a template on the same place (`/api/metadata/workflow/{name}`): an
/// operation of its own, not a call of the template with a value.
#[test]
fn a_segment_the_title_spells_is_no_value_of_a_template() {
    let page = "# Metadata API\n\n### Get a Workflow Definition\n\n```\nGET /api/metadata/workflow/{name}\n```\n\nReturns the definition.\n\n### Get Workflow Names and Versions\n\n```\nGET /api/metadata/workflow/names-and-versions\n```\n\nReturns a map of names to versions.\n\n### Get a sample definition\n\n```\nGET /api/metadata/workflow/my-first-flow\n```\n";
    let out = read("metadata.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /api/metadata/workflow/{name}",
            "GET /api/metadata/workflow/names-and-versions"
        ]
    );
}

/// A route given by fields in a fence (`URL: http://host:8080/<shelf>/<book>` then
/// `Method: DELETE`) whose path is only placeholders: declared by its `Method:` field, as a
/// heading declares one, so the operation of its page, no generic call.
#[test]
fn fielded_route_of_placeholders_only_is_an_operation() {
    let page = "# remove\n\nRemoves a book.\n\n## Request\n\n```http\nURL: http://host:8080/<shelf>/<book>\nMethod: DELETE\n```\n\n## Arguments\n\n- `shelf`: shelf name\n- `book`: book name\n";
    let out = read("remove.md", page);
    assert_eq!(
        ops(&out),
        [(
            "DELETE /{shelf}/{book}".to_string(),
            vec!["shelf path true".to_string(), "book path true".to_string()]
        )]
    );
}

/// Optional query strings chained in brackets after a route given by fields, one group a
/// name, a placeholder of words in a value (`URL: /books/_find[?offset=0][&limit=10][&ttl=<time
/// to keep>]`): one route, each group's name an optional query parameter.
#[test]
fn chained_optional_query_groups_with_spaced_placeholders() {
    let page = "# find\n\nFinds books.\n\n## Request\n\n```http\nURL: http://host:8080/books/_find[?offset=0][&limit=10][&ttl=<time to keep>]\nMethod: POST\n```\n";
    let out = read("find.md", page);
    assert_eq!(
        ops(&out),
        [(
            "POST /books/_find".to_string(),
            vec![
                "offset query false".to_string(),
                "limit query false".to_string(),
                "ttl query false".to_string()
            ]
        )]
    );
}

/// A status label then a dash and what the answer holds (`**Response** `201 Created` —
/// returns the new pet.`, `**Response** `204 No Content` — no response body.`): that
/// status, as the label alone (`**Response** `200 OK``) gives it.
#[test]
fn a_status_label_then_a_dash_and_what_it_returns() {
    let page = "# Pets\n\n### Add a pet\n\n```\nPOST /api/pets\n```\n\n**Response** `201 Created` — returns the new pet.\n\n### Remove a pet\n\n```\nDELETE /api/pets/{id}\n```\n\n**Response** `204 No Content` – no response body.\n\n### List pets\n\n```\nGET /api/pets\n```\n\n**Response** `200 OK`\n";
    let out = read("pets.md", page);
    assert_eq!(statuses(&out), [vec![201], vec![204], vec![200]]);
}

/// A parameter table whose name column is headed by the location word alone (`| Query |
/// Type | Default |` over `` | `limit` | integer | `100` | ``): query parameters, their
/// requiredness unstated.
#[test]
fn a_name_column_headed_by_the_location_word() {
    let page = "# Pets\n\n## Search pets\n\n```http\nGET /api/pets/search\n```\n\n| Query | Type | Default |\n|---|---|---|\n| `kind` | string | unset |\n| `limit` | integer | `100` |\n\nReturns a list.\n\n## Delete a pet\n\n```http\nDELETE /api/pets/{name}\n```\n";
    let out = read("pets.md", page);
    assert_eq!(
        ops(&out)[0],
        (
            "GET /api/pets/search".to_string(),
            vec![
                "kind query false".to_string(),
                "limit query false".to_string()
            ]
        )
    );
}

/// A request body shown as JSON in a fence marked plain text (```` ```text ```` under
/// `Request body:`): its members are the body's fields, as in a `json` fence; a text fence
/// that is no JSON gives none.
#[test]
fn a_json_body_in_a_plain_text_fence() {
    let page = "# Pets\n\n## Add pet\n\nRequest:\n\n    POST /api/pets\n\nRequest body:\n\n```text\n{\n   \"name\":\"Rex\",\n   \"kind\":\"dog\"\n}\n```\n\nResponse: 204\n\n## Rename pet\n\nRequest:\n\n    PUT /api/pets\n\nRequest body:\n\n```text\n{name: the new name}\n```\n";
    let out = read("pets.md", page);
    assert_eq!(body_names(&out, &out.spec.operations[0]), ["name", "kind"]);
    assert!(out.spec.operations[1].body.is_none());
}

/// Route headings stacked with nothing between them (`### GET /pets/{id}/photos` right
/// over `### GET /pets/photos`, one call's two signatures): both read the section under the
/// last, its parameters and statuses.
#[test]
fn stacked_route_headings_share_the_section_under_them() {
    let page = "# Pets\n\n### GET /pets/{id}/photos\n\n### GET /pets/photos\n\nLists photos.\n\nQuery parameters:\n\n| Name | Type | Description |\n|---|---|---|\n| limit | int | How many. |\n\nStatus codes:\n\n| Status | Description |\n|---|---|\n| 200 | Found. |\n| 404 | No such pet. |\n\n### DELETE /pets/{id}\n\nRemoves a pet.\n\nStatus codes:\n\n| Status | Description |\n|---|---|\n| 204 | Removed. |\n";
    let out = read("pets.md", page);
    let o = ops(&out);
    assert_eq!(o[0].0, "GET /pets/{id}/photos");
    assert!(o[0].1.contains(&"limit query false".to_string()));
    assert_eq!(o[1].0, "GET /pets/photos");
    assert!(o[1].1.contains(&"limit query false".to_string()));
    assert_eq!(statuses(&out), [vec![200, 404], vec![200, 404], vec![204]]);
}

/// Body fields given headings of their own under a parameter label, one heading naming
/// several of them (`##### \`pageSize\`, \`pageToken\` and \`orderBy\``): each a field,
/// and the fields after it still read.
#[test]
fn a_field_heading_naming_several_fields() {
    let page = "# Pets API\n\n## Pets\n\n### POST `/v1/pets`\n\nCreates a pet.\n\n#### Request body parameters\n\n##### name\n\nThe pet's name.\n\n##### `maxAge`, `minAge` and `ageUnit`\n\nBounds of the pet's age.\n\n##### owner_id\n\nThe owner.\n\n### GET `/v1/pets`\n\nLists pets.\n";
    let out = read("pets.md", page);
    assert_eq!(
        body_names(&out, &out.spec.operations[0]),
        ["name", "maxAge", "minAge", "ageUnit", "owner_id"]
    );
}

/// A heading naming two methods joined by a separator before one path (`#### GET | POST
/// /scale`): an operation per method, both reading the one section's parameters.
#[test]
fn a_heading_joining_two_methods_is_an_operation_each() {
    let page = "# Image service\n\n#### GET /ping\n\nAnswers `pong`.\n\n#### GET | POST /scale\n\nScales the image.\n\n##### Query parameters\n\n- `factor` (float, required) - The scale factor\n- `mode` (string) - How to scale\n";
    let out = read("images.md", page);
    assert_eq!(routes(&out), ["GET /ping", "GET /scale", "POST /scale"]);
    let all = ops(&out);
    assert_eq!(all[1].1, all[2].1);
    assert!(
        all[1].1.iter().any(|p| p.starts_with("factor query")),
        "{all:?}"
    );
}

/// An `Allowed params` heading labels the operation's parameter list, and an operation
/// whose `Accepts:` line takes the body as raw bytes (`Accepts: `image/*``) carries its
/// listed names in the query, whatever its method: a body of bytes has no named fields.
#[test]
fn allowed_params_of_a_raw_bytes_body_are_in_the_query() {
    let page = "# Thumbnails\n\n#### POST /thumb\n\nAccepts: `image/*`. Content-Type: `image/png`\n\nMakes a thumbnail.\n\n##### Allowed params\n\n- size `int` `required`\n- sharpen `bool`\n\n#### POST /notes\n\nAccepts: `application/json`\n\n##### Allowed params\n\n- text `string` `required`\n";
    let out = read("thumbs.md", page);
    assert_eq!(routes(&out), ["POST /thumb", "POST /notes"]);
    let all = ops(&out);
    assert_eq!(
        all[0].1,
        ["size query true", "sharpen query false"],
        "{all:?}"
    );
    assert!(all[1].1.is_empty(), "{all:?}");
}

/// Items under a route that open with a query string (`` `?dry=true` - only check ``,
/// `` `?from=<id>&to=<id>` - the range ``): a query parameter per pair, with no label over
/// them, whether the value is a placeholder or an example.
#[test]
fn items_opening_with_a_query_string_are_query_parameters() {
    let page = "# Sync API\n\n## Endpoints\n\n* /api/sync\n    * POST to start a sync\n    * `?dry=true` - only check what would change\n    * `?from=<id>&to=<id>` - the range to sync\n* /api/status\n    * GET the sync status\n";
    let out = read("sync.md", page);
    assert_eq!(routes(&out), ["POST /api/sync", "GET /api/status"]);
    let all = ops(&out);
    assert_eq!(
        all[0].1,
        ["dry query false", "from query false", "to query false"],
        "{all:?}"
    );
    assert!(all[1].1.is_empty(), "{all:?}");
}

/// A fenced block under a parameter heading listing bare names, each with a `//` comment
/// after it (`limit // Optional, int`) or none, and `//` comment lines above it describing
/// it: the parameters, required or optional only as the comment says.
#[test]
fn bare_names_with_comments_in_a_fence_are_parameters() {
    let page = "# Wallet\n\n#### /wallet/coins [GET]\n\nLists the coins.\n\n###### Query String Parameters\n```\n// The account to list.\naccount // Required\n\n// How many to return.\nlimit // Optional, int\n\n// Skip this many.\noffset\n```\n";
    let out = read("wallet.md", page);
    assert_eq!(routes(&out), ["GET /wallet/coins"]);
    let all = ops(&out);
    assert_eq!(
        all[0].1,
        [
            "account query true",
            "limit query false",
            "offset query false"
        ],
        "{all:?}"
    );
}

/// A table set as plain text in a literal block under a parameter label: a `Name Type
/// Description` header, a rule of dashes, a row per name with its type, indented lines
/// continuing the description.
#[test]
fn a_ruled_text_table_in_a_literal_block_lists_parameters() {
    let page = "Shelves\n=======\n\nList shelves\n------------\n\n::\n\n    GET /api/shelves/\n\n**Parameters**\n\n::\n\n    Name        Type        Description\n    ------------------------------------------\n    room        Number      Filter by room ID\n    sorted      Boolean     Sort by name instead\n                            of by position\n";
    let out = read("shelves.rst", page);
    assert_eq!(routes(&out), ["GET /api/shelves/"]);
    let all = ops(&out);
    assert_eq!(
        all[0].1,
        ["room query false", "sorted query false"],
        "{all:?}"
    );
}

/// A Markdown table whose path cells are inline HTML (`<code><span class="base">/api/</span>
/// items/&lt;itemId&gt;</code>`), a method column beside them: the tags are off and the
/// escaped brackets read, so `&lt;itemId&gt;` is the placeholder `{itemId}`.
#[test]
fn escaped_placeholders_in_an_html_path_cell() {
    let page = "# Store API\n\n## Items\n\n| URL | Verb | Notes |\n|---|---|---|\n| <code class=\"hl\"><span class=\"base\">/api/</span>items</code> | POST | Create one |\n| <code class=\"hl\"><span class=\"base\">/api/</span>items/&lt;itemId&gt;</code> | GET | Read one |\n| <code class=\"hl\"><span class=\"base\">/api/</span>shelves/&lt;shelf&gt;/items/&lt;itemId&gt;</code> | DELETE | Take one off |\n";
    let out = read("store.md", page);
    assert_eq!(
        ops(&out),
        [
            ("POST /api/items".to_string(), vec![]),
            (
                "GET /api/items/{itemId}".to_string(),
                vec!["itemId path true".to_string()]
            ),
            (
                "DELETE /api/shelves/{shelf}/items/{itemId}".to_string(),
                vec![
                    "shelf path true".to_string(),
                    "itemId path true".to_string()
                ]
            ),
        ]
    );
}

/// A table of routes, a row per route with its method: a literal row beside a template's
/// on the same place (`/api/users/me` and `/api/users/<id>`, the literal first or after)
/// is a route the table declares, no example call of the template.
#[test]
fn literal_rows_of_a_route_table_are_routes_of_their_own() {
    let page = "# Accounts API\n\n## Users\n\n| Path | Method | What |\n|---|---|---|\n| `/api/users/<id>` | GET | Read a user |\n| `/api/users/me` | GET | The caller |\n| `/api/events/Opened` | POST | Record an opening |\n| `/api/events/<name>` | POST | Record an event |\n";
    let out = read("accounts.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /api/users/{id}",
            "GET /api/users/me",
            "POST /api/events/Opened",
            "POST /api/events/{name}"
        ]
    );
}

/// A sample answer whose first line labels its status (`HTTP status: 201` over the JSON,
/// under `Response:`): the operation's status.
#[test]
fn an_http_status_label_over_a_sample_answer() {
    let page = "# Builds API\n\n### Start a build\n\n```text\nPOST /api/builds\n```\n\nResponse:\n\n```json\nHTTP status: 201\n\n{\n  \"build_id\": \"b-1\"\n}\n```\n\n### Read a build\n\n```text\nGET /api/builds/:build_id\n```\n\nResponse:\n\n```json\nHTTP Status: 200\n\n{\n  \"state\": \"done\"\n}\n```\n";
    let out = read("builds.md", page);
    assert_eq!(
        routes(&out),
        ["POST /api/builds", "GET /api/builds/{build_id}"]
    );
    assert_eq!(statuses(&out), [vec![201], vec![200]]);
}

/// A reStructuredText directive whose options give the method and the URL (`.. endpoint::`
/// over `:method: DELETE` and `:url: https://api.example.com/v3/boxes/*boxId*`): the route,
/// a segment in emphasis its placeholder; a card of the same options pointing to another
/// page (`:ref:`) is a link, no operation.
#[test]
fn a_route_given_by_directive_options() {
    let page = "Remove box\n==========\n\n.. endpoint::\n   :method: DELETE\n   :url: https://api.example.com/v3/boxes/*boxId*\n\nRemoves the box for good.\n\nResponse\n--------\n``204`` ``application/json``\n\nSee also\n--------\n\n.. endpoint-card::\n   :method: GET\n   :url: /v3/boxes/*id*\n   :ref: /reference/boxes/get-box\n\n   Read a box.\n";
    let out = read("remove-box.rst", page);
    assert_eq!(
        ops(&out),
        [(
            "DELETE /v3/boxes/{boxId}".to_string(),
            vec!["boxId path true".to_string()]
        )]
    );
    assert_eq!(statuses(&out), [vec![204]]);
}

/// Fields described by reStructuredText directives of their own (`.. parameter:: amount`
/// over `:type: object` and `:condition: required`, an indented description and child
/// fields as nested directives): the operation's parameters, typed and flagged as the
/// options say; the directives under the answer's section describe the answer.
#[test]
fn fields_described_by_directives() {
    let page = "Create box\n==========\n\n.. endpoint::\n   :method: POST\n   :url: https://api.example.com/v3/boxes\n\nCreates a box.\n\nParameters\n----------\n.. parameter:: label\n   :type: string\n   :condition: required\n\n   The box's label.\n\n.. parameter:: size\n   :type: object\n   :condition: optional\n\n   The box's size.\n\n   .. parameter:: width\n      :type: integer\n      :condition: required\n\n      The width, in millimetres.\n\nResponse\n--------\n``201`` ``application/json``\n\n.. parameter:: id\n   :type: string\n\n   The new box's id.\n";
    let out = read("create-box.rst", page);
    assert_eq!(routes(&out), ["POST /v3/boxes"]);
    assert_eq!(body_fields(&out, 0), [("label", false), ("size", true)]);
    assert_eq!(statuses(&out), [vec![201]]);
}

/// A route printed after a host whose first label is a placeholder for the customer's own
/// name, no scheme before it (`GET <team-url>.buildhost.dev/api/v2/runs?project=:project`
/// alone in a text fence): the host is the server, the path the route, and the query
/// string's placeholder names the route's query parameters.
#[test]
fn a_host_placeholder_before_the_path() {
    let page = "# Runs API\n\n### Read a run\n\n```text\nGET <team-url>.buildhost.dev/api/v2/runs/:run_id\n```\n\nParameters:\n\n- `run_id` (**required**) - ID of a run.\n\n### List runs\n\n```text\nGET {team}.buildhost.dev/api/v2/runs?project=:project\n```\n\nParameters:\n\n- `project` (**required**) - ID of a project.\n";
    let out = read("runs.md", page);
    assert_eq!(
        ops(&out),
        [
            (
                "GET /api/v2/runs/{run_id}".to_string(),
                vec!["run_id path true".to_string()]
            ),
            (
                "GET /api/v2/runs".to_string(),
                vec!["project query true".to_string()]
            ),
        ]
    );
}

/// A page declaring its routes as request lines alone in fences of their own (`GET
/// <org-url>.acmeci.com/api/v1/items`): `curl` calls elsewhere on it (one in the
/// introduction to a `{resource_name}`, one under `Example:` with a path the route does not
/// have) are uses of the API, even to a host that is a placeholder, not operations.
#[test]
fn curl_calls_beside_request_lines_in_fences_are_uses() {
    let page = "# Items API\n\nEvery call:\n\n```shell\ncurl -H \"Authorization: Token {api_token}\" \"https://<org-url>.acmeci.com/api/v1/{resource_name}\"\n```\n\n### Read an item\n\n```text\nGET <org-url>.acmeci.com/api/v1/items/:item_id\n```\n\n### List items\n\n```text\nGET <org-url>.acmeci.com/api/v1/items\n```\n\n### Update an item\n\n```text\nPATCH <org-url>.acmeci.com/api/v1/items/:item_id\n```\n\nExample:\n\n```shell\ncurl -X PATCH \"https://<org-url>.acmeci.com/items/:item_id\"\n```\n";
    let out = read("items.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /api/v1/items/{item_id}",
            "GET /api/v1/items",
            "PATCH /api/v1/items/{item_id}"
        ]
    );
}

/// A parameter marked optional under one sub-heading and a list of bare names under the next
/// (`Access token parameters` over `testmode` … `:condition: optional`, then `Includes`
/// over `` * ``details.qrCode`` Include … ``): two lists, so the second's unmarked entries
/// are not made required by contrast with the first; the page says nothing of them.
#[test]
fn a_heading_ends_a_list_marked_in_contrast() {
    let page = "# Things\n\n## Get thing\n\n```\nGET /v2/things/{id}\n```\n\n### Parameters\n\n#### Access parameters\n\n- `testmode` (boolean, optional) - Test mode.\n\n#### Includes\n\n- `details.code` - Include the code.\n- `details.other` - Include more.\n";
    let out = read("things.md", page);
    let op = &out.spec.operations[0];
    for name in ["details.code", "details.other"] {
        let p = op.params.iter().find(|p| p.name == name);
        assert!(p.is_some_and(|p| !p.required), "{name}: {:?}", op.params);
    }
}

/// A heading holding only a path, a placeholder of words in angle brackets in it
/// (`#### /boards/<board ID>`), over a labelled item listing its methods joined by commas
/// (`* Methods: GET, PUT, DELETE`): a route per method on that path.
#[test]
fn a_path_heading_over_a_methods_item() {
    let page = "# Boards\n\n#### /boards\n\n * Purpose: List boards\n * Methods: GET\n * Returns: [ string ]\n\n#### /boards/<board ID>\n\n * Purpose: Read, change or remove a board\n * Methods: GET, PUT, DELETE\n * Returns: { object }\n\nA board.\n";
    let out = read("boards.md", page);
    let ops = ops(&out);
    let routes: Vec<&str> = ops.iter().map(|(r, _)| r.as_str()).collect();
    assert_eq!(
        routes,
        [
            "GET /boards",
            "GET /boards/{board_ID}",
            "PUT /boards/{board_ID}",
            "DELETE /boards/{board_ID}"
        ]
    );
    assert_eq!(ops[3].1, ["board_ID path true"]);
}

/// A path after a `URI:` label, the methods as bold words opening the items under it
/// (`* **GET**: Read the report`); an item that only points elsewhere (`* **POST**: *See
/// Report Actions*`) is none; the items under `**Actions (POST):**` name actions, each a
/// `POST` on the path with the action's name after it, and a further `URI:` label right
/// under the actions gives its action's route itself.
#[test]
fn a_uri_label_over_method_items_and_actions() {
    let page = "# Reports\n\n### Resource: Report\n\n**URI:** /api/reports/*:name*\n\nA report.\n\n**Methods:**\n\n* **GET**: Read the report\n    * name: Its name\n\n* **DELETE**: Remove the report\n\n* **POST**: *See Report Actions*\n\n**Actions (POST):**\n\n* archive: Archive the report.\n          Only when it is closed.\n* restore: Bring it back.\n\n### Resource: Mode\n\n**URI:** /api/mode\n\n**Methods:**\n\n* **GET**: Read the mode\n\n**Actions (POST):**\n\n**URI:** /api/mode/on\n\n* on: Turn it on.\n\n**URI:** /api/mode/off\n\n* off: Turn it off.\n";
    let out = read("reports.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /api/reports/{name}",
            "DELETE /api/reports/{name}",
            "POST /api/reports/{name}/archive",
            "POST /api/reports/{name}/restore",
            "GET /api/mode",
            "POST /api/mode/on",
            "POST /api/mode/off"
        ]
    );
    assert_eq!(ops(&out)[2].1, ["name path true"]);
}

/// Statuses a sentence says an operation produces (`If the job is unknown, a 404 response
/// is produced.`, `a 500 response is generated`): those statuses, and no other.
#[test]
fn statuses_said_to_be_produced() {
    let page = "# Jobs\n\n### POST /jobs/[name]\n\nStarts the job.\n\nIf the job is unknown, a 404 response is produced with a JSON body.\n\nIf the runner fails, a 500 response is generated, with this content.\n\nAt most 500 are produced per hour.\n";
    let out = read("jobs.md", page);
    assert_eq!(routes(&out), ["POST /jobs/{name}"]);
    assert_eq!(statuses(&out), [vec![404, 500]]);
}

/// A table of an object's members with a `Writable` column (`| Field | Type | Description
/// | Writable |`, cells `YES` / `no`) under a path heading with several methods: a write's
/// body is its writable rows; a read or a delete takes none of them as parameters.
#[test]
fn a_writable_column_gives_a_writes_body() {
    let page = "# Boards\n\n#### /boards/<board ID>\n\n * Purpose: Read, change or remove a board\n * Methods: GET, POST, DELETE\n * Returns: { object }\n\n| Field | Type | Description | Writable |\n| ----- | ---- | ----------- | -------- |\n| id | string | Board id | no |\n| title | string | Its title | YES |\n| shared | boolean | Is it shared? | yes |\n";
    let out = read("boards.md", page);
    let ops = ops(&out);
    assert_eq!(ops[0].0, "GET /boards/{board_ID}");
    assert_eq!(ops[0].1, ["board_ID path true"]);
    assert_eq!(ops[2].0, "DELETE /boards/{board_ID}");
    assert_eq!(ops[2].1, ["board_ID path true"]);
    let post = &out.spec.operations[1];
    assert_eq!(body_names(&out, post), ["title", "shared"]);
}

/// Items one level under an item that opens with the operation's method and a colon (`*
/// **PUT**: Rename the report` / `    * name: The new name`): a write's body fields; under
/// a `GET` item they describe the answer and are no parameters.
#[test]
fn items_under_a_method_item_are_a_writes_body() {
    let page = "# Reports\n\n**URI:** /api/reports/*:id*\n\n**Methods:**\n\n* **GET**: Read the report\n    * title: Its title\n    * size: Its size\n\n* **PUT**: Change the report\n    * title: The new title\n    * owner *(optional)*: The new owner\n";
    let out = read("reports.md", page);
    let ops = ops(&out);
    assert_eq!(ops[0].0, "GET /api/reports/{id}");
    assert_eq!(ops[0].1, ["id path true"]);
    let put = &out.spec.operations[1];
    assert_eq!(body_names(&out, put), ["title", "owner"]);
}

/// Statuses stated in the items of a list under a sentence about them (`- If the body is
/// malformed, a status code of 400 will be returned.`): the code after `status code of`,
/// in the passive, is the operation's status.
#[test]
fn statuses_in_items_after_status_code_of() {
    let page = "# Checks\n\n## Check a plan\n\n```shell\nPOST http://localhost:8080/plans/check\n```\n\nWhat the codes mean:\n- If the body is malformed, a status code of 400 will be returned.\n- If the plan is valid, a status code of 200 will be returned.\n";
    let out = read("checks.md", page);
    assert_eq!(routes(&out), ["POST /plans/check"]);
    assert_eq!(statuses(&out), [vec![400, 200]]);
}

/// Statuses a sentence gives (`returns `201 Created` if new, `200 OK` if replaced`) above
/// an answer sample under a label with no number (`Response example:`): the sentence
/// numbers the answers; the sample does not hide them.
#[test]
fn prose_statuses_beside_an_unnumbered_sample() {
    let page = "# Files\n\n## Put a file\n\n```shell\nPUT http://localhost:8080/files/{name}\n```\n\nIf the file is new, the server stores it and returns `201 Created`. Otherwise it replaces it and returns `200 OK`.\n\nResponse example:\n\n```json\n{\"name\": \"a\"}\n```\n";
    let out = read("files.md", page);
    assert_eq!(routes(&out), ["PUT /files/{name}"]);
    assert_eq!(statuses(&out), [vec![201, 200]]);
}

/// A placeholder closed twice in a route (`GET http://localhost:8080/boxes/{id}}`): the
/// brace that closes nothing is a typo; the route is the placeholder's.
#[test]
fn a_doubled_closing_brace_in_a_route() {
    let page = "# Boxes\n\n## describe a box\n\n```shell\nGET http://localhost:8080/boxes/{id}}\n```\n\n## list boxes\n\n```shell\nGET http://localhost:8080/boxes\n```\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["GET /boxes/{id}", "GET /boxes"]);
    assert_eq!(out.spec.operations[0].params[0].name, "id");
}

/// An update section that only says its parameters are those of the operation above it
/// (`Parameters are the same as above.` under `PUT /boxes/{id}/`, after the create
/// section's `Parameter | Required | Default | Description` table): it sends that body.
#[test]
fn parameters_the_same_as_above() {
    let page = "# Boxes\n\n### Create a box\n\n`POST /boxes/`\n\nParameter | Required | Default | Description\n--------- | -------- | ------- | -----------\nlabel | * | \"\" | Label of the box\nsize | | 1 | Size of the box\n\n### Update a box\n\n`PUT /boxes/{id}/`\n\nParameters are the same as above.\n\n### Delete a box\n\n`DELETE /boxes/{id}/`\n\nDeletes the box.\n";
    let out = read("boxes.md", page);
    assert_eq!(
        routes(&out),
        ["POST /boxes/", "PUT /boxes/{id}/", "DELETE /boxes/{id}/"]
    );
    let names = |i| {
        body_fields(&out, i)
            .into_iter()
            .map(|f| f.0)
            .collect::<Vec<_>>()
    };
    assert_eq!(names(0), ["label", "size"]);
    assert_eq!(names(1), ["label", "size"]);
}

/// A star in a table's `Required` column (`label | * | "" | Label`) marks the row required;
/// a row left empty there is not.
#[test]
fn a_star_in_the_required_column() {
    let page = "# Crates\n\n### Create a crate\n\n`POST /crates/`\n\nParameter | Required | Default | Description\n--------- | -------- | ------- | -----------\nlabel | * | \"\" | Label of the crate\nsize | | 1 | Size of the crate\n";
    let out = read("crates.md", page);
    assert_eq!(routes(&out), ["POST /crates/"]);
    assert_eq!(body_fields(&out, 0), [("label", false), ("size", true)]);
}

/// A page of one operation whose section shows a `curl` call first (after a shell prompt,
/// `$ curl 'https://ci.example.com/api/keys' -X POST`) and declares its route of the same
/// method after an `HTTP Request` label (`` `POST /api/keys/:id` ``): the call is a use,
/// the declared route the operation.
#[test]
fn a_curl_call_beside_its_sections_declared_route() {
    let page = "## Create a key\n\n```shell\n$ curl 'https://ci.example.com/api/keys' \\\n      -u 'user:pass' \\\n      -X POST \\\n      -d '{\"label\": \"k\"}'\n```\n\nCreates a key.\n\nHTTP Request\n\n`POST /api/keys/:id`\n\nReturns a key object.\n";
    let out = read("keys.md", page);
    assert_eq!(routes(&out), ["POST /api/keys/{id}"]);
}

/// A parameter table under a label qualified as the first of several groups (`### Basic
/// query parameters` over `| Parameter | Example | Description |`): the rows are the
/// operation's query parameters.
#[test]
fn basic_query_parameters_label() {
    let page = "# Crates\n\n## `GET /api/crates`\n\n### Basic query parameters\n\n| Parameter | Example | Description |\n|----------|------|-------------|\n|`page` | `?page=2` | The page of results |\n|`perPage` | `?perPage=20` | Crates on each page |\n";
    let out = read("crates.md", page);
    assert_eq!(
        ops(&out),
        [(
            "GET /api/crates".to_string(),
            vec![
                "page query false".to_string(),
                "perPage query false".to_string()
            ]
        )]
    );
}

/// A two-column table of labels beside the route (`| **Request body** | A
/// [ThingParameters](#thingparameters-object) object |`) naming the body by a link to the
/// section of that type, headed with its kind (`### ThingParameters object`): that
/// section's table gives the body's fields.
#[test]
fn a_body_named_in_a_label_table_row() {
    let page = "# Things\n\n### Create Thing\n\nCreates a thing.\n\n```http\nPOST /v1/things\n```\n\n| | |\n|----|----|\n| **Request body** | A [ThingParameters](#thingparameters-object) object |\n| **Returns** | A [Thing](#thing-object) object |\n\n### Delete Thing\n\n```http\nDELETE /v1/things/{id}\n```\n\n| | |\n|----|----|\n| **Request body** | n/a |\n\n## Schema\n\n### ThingParameters object\n\n| Property | Type | Description |\n|----|----|----|\n| **label** | string | The label. |\n| **size** | number | The size. |\n";
    let out = read("things.md", page);
    assert_eq!(routes(&out), ["POST /v1/things", "DELETE /v1/things/{id}"]);
    let names = |i| {
        body_fields(&out, i)
            .into_iter()
            .map(|f| f.0)
            .collect::<Vec<_>>()
    };
    assert_eq!(names(0), ["label", "size"]);
    assert!(out.spec.operations[1].body.is_none());
}

/// A description whose last sentence introduces the list after it (`Creates a gadget.` /
/// `The following parameters are supported:` in one paragraph, or `Removes the gadget. The
/// following parameters are supported:` on one line) over bare names marked `(required)`:
/// the operation's fields, the description kept.
#[test]
fn a_parameters_intro_ending_a_description() {
    let page = "# Gadgets\n\n## /gadgets\n\n### POST\n\nCreates a gadget.\nThe following parameters are supported:\n\n- label (required)\n- size\n\n## /gadgets/<id>\n\n### DELETE\n\nRemoves the gadget. The following parameters are supported:\n\n- version (required)\n";
    let out = read("gadgets.md", page);
    assert_eq!(routes(&out), ["POST /gadgets", "DELETE /gadgets/{id}"]);
    assert_eq!(body_fields(&out, 0), [("label", false), ("size", true)]);
    assert_eq!(
        ops(&out)[1].1,
        ["id path true".to_string(), "version query true".to_string()]
    );
    assert!(
        out.spec.operations[0]
            .doc
            .as_deref()
            .is_some_and(|d| d.starts_with("Creates a gadget."))
    );
}

/// A body table kept in the page's front matter as a block scalar (`thing_body: |` over an
/// indented `Attribute | Description` table) and included under the operation's `Request
/// Body` heading by a template tag on a line of its own (`{{ page.thing_body }}`): its rows
/// are the body's fields, read where they are included.
#[test]
fn a_body_table_included_from_the_front_matter() {
    let page = "---\ntitle: Things\n\nthing_body: |\n    Attribute | Description\n    ---:| ---\n    `label` | The label.\n    `size`<br>*optional* | The size.\n\n---\n\n# Things\n\n### Add Thing\n\n**Endpoint**\n\n<div class=\"endpoint post\">/things/</div>\n\n#### Request Body\n\n{{ page.thing_body }}\n\n**Response**\n\n```\nHTTP 201 Created\n```\n";
    let out = read("things.md", page);
    assert_eq!(routes(&out), ["POST /things/"]);
    assert_eq!(body_fields(&out, 0), [("label", false), ("size", true)]);
}

/// A parameter table whose name cells annotate the type after a colon, as a typed language
/// does (`` `page: number` ``, `` `since: date` ``), beside a `true`/`false` required
/// column: the wire names, their types and flags.
#[test]
fn a_name_cell_annotated_with_its_type() {
    let page = "# Widgets\n\n### `GET /v2/widgets.json`\n\nLists the widgets.\n\n```json\n[{\"id\": 1}]\n```\n\n| Parameter | Required | Description |\n| --- | --- | --- |\n| `page: number` | false | The page |\n| `since: date` | true | Newer than this |\n\n### `GET /v2/widgets/1.json`\n\nOne widget.\n";
    let out = read("widgets.md", page);
    assert_eq!(
        ops(&out)[0],
        (
            "GET /v2/widgets.json".to_string(),
            vec![
                "page query false".to_string(),
                "since query true".to_string()
            ]
        )
    );
}

/// An MDX element whose `parameters` prop lists objects placed by a `type:` member and
/// described in a nested `details:` object (`{ type: "body", details: { name: "size",
/// isRequired: false } }`), a path name written with a leading colon (`:crate`): each a
/// parameter of that location, required as `isRequired` says.
#[test]
fn jsx_parameters_placed_by_their_type_member() {
    let page = "# Crates\n\n## Update a crate\n\n<ApiCall\n  method=\"PUT\"\n  path=\"/api/v1/crates/:crate\"\n  parameters={[\n    {\n      type: \"path\",\n      details: {\n        name: \":crate\",\n        isRequired: true,\n      },\n    },\n    {\n      type: \"body\",\n      details: {\n        name: \"size\",\n        dataType: \"Integer\",\n        isRequired: false,\n      },\n    },\n    {\n      type: \"body\",\n      details: {\n        name: \"label\",\n        isRequired: true,\n      },\n    },\n  ]}\n/>\n";
    let out = read("crates.mdx", page);
    assert_eq!(routes(&out), ["PUT /api/v1/crates/{crate}"]);
    assert_eq!(ops(&out)[0].1, ["crate path true".to_string()]);
    assert_eq!(body_fields(&out, 0), [("size", true), ("label", false)]);
}

/// Methods headed by snake-case names, three or more at one level, each section holding a
/// parameters label (`### get_entries` over `#### Arguments` and its `Name | Type | Desc`
/// table): each an RPC method, a lone word beside them (`### login`) too; rows naming a key
/// of an earlier row in brackets (`auth[user]` under `auth`, `ids[]` under `ids`) are its
/// members, not arguments of their own. A snake-case heading with no such label is none.
#[test]
fn snake_case_method_headings_over_arguments() {
    let page = "# Calls\n\n## Methods\n\n### login\n\nOpens a session.\n\n#### Arguments\n\n| Name | Type | Desc |\n| --- | --- | --- |\n| auth | array | The credentials |\n| auth[user] | string | The user name. Required. |\n| auth[pass] | string | The password. |\n| app | string | The application |\n\n#### Response\n\n| Name | Type | Desc |\n| --- | --- | --- |\n| id | string | The session id |\n\n### get_entries\n\nGets entries.\n\n#### Arguments\n\n| Name | Type | Desc |\n| --- | --- | --- |\n| session | string | The session id |\n| ids | array | The ids |\n| ids[] | string | An id |\n\n### set_entry\n\nSets an entry.\n\n#### Arguments\n\n| Name | Type | Desc |\n| --- | --- | --- |\n| session | string | The session id |\n| fields | array | The fields |\n| fields[][name] | string | A field's name |\n\n### get_user_id\n\nGets the user's id.\n\n#### Arguments\n\n| Name | Type | Desc |\n| --- | --- | --- |\n| session | string | The session id |\n\n## Data\n\n### date_format\n\nDates are written `YYYY-MM-DD`.\n";
    let out = read("calls.md", page);
    assert_eq!(
        rpc_names(&out),
        ["login", "get_entries", "set_entry", "get_user_id"]
    );
    let ops = &out.spec.operations;
    let names = |i: usize| {
        ops[i]
            .params
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>()
    };
    assert_eq!(names(0), ["auth", "app"]);
    assert_eq!(names(1), ["session", "ids"]);
    assert_eq!(names(2), ["session", "fields"]);
    assert!(ops[0].params.iter().all(|p| p.location == Location::Body));
}

/// Requests sent in prose with the method as a plain word before `request(s)`, to paths in
/// code holding a placeholder (`send a GET request to `/lamp/<id>``, `send POST requests to
/// `/lamp/<id>/on` and `/lamp/<id>/off``): a route each. The same sentence to a path of
/// values (`/lamp/porch`) or with a query string is an example; a parameter label naming
/// another call in code (`` `dim` optional URL parameters: ``) lists that call's
/// parameters, not the operation's.
#[test]
fn requests_sent_in_prose_to_templates() {
    let page = "Lamp API\n========\n\nLamp\n----\n\nTo read a lamp, send a GET request to `/lamp/<id>`. For example sending a GET request to `/lamp/porch` returns its state.\n\nTo switch it, send POST requests to `/lamp/<id>/on` and `/lamp/<id>/off`, or a POST request at `/lamp/<id>/dim?level=5`.\n\n`dim` optional URL parameters:\n\n- **level**: The level, from 0 to 255.\n\nDoor\n----\n\nDoors only support GET requests by sending a request to `/door/<id>`.\n\nIt returns the door's state.\n";
    let out = read("lamps.md", page);
    assert_eq!(
        ops(&out),
        [
            (
                "GET /lamp/{id}".to_string(),
                vec!["id path true".to_string()]
            ),
            (
                "POST /lamp/{id}/on".to_string(),
                vec!["id path true".to_string()]
            ),
            (
                "POST /lamp/{id}/off".to_string(),
                vec!["id path true".to_string()]
            ),
            (
                "GET /door/{id}".to_string(),
                vec!["id path true".to_string()]
            ),
        ]
    );
}

/// An operation titled in words whose route stands under a `Syntax` sub-heading (a request
/// line in a literal block), its parameters and errors in sibling sub-sections, each error a
/// name over field facts (`Description:`, `Code: 409 Conflict`): the title owns the
/// operation, the route's sub-heading is a label, and each `Code:` fact is a status.
#[test]
fn a_syntax_sub_heading_and_error_code_facts() {
    let page = "Shelf API\n=========\n\nCreate Shelf\n------------\n\nCreates a shelf.\n\n### Syntax\n\n```\nPUT /shelf?format=json HTTP/1.1\nHost: {host}\n```\n\n### Request Parameters\n\n| Name | Type | Description |\n| --- | --- | --- |\n| label | String | The shelf's label |\n\n### Special Error Responses\n\nShelfExists\n\nDescription: The shelf exists already.\n\nCode: 409 Conflict\n\nBadLabel\n\nDescription: Invalid label.\n\nCode: 400 Bad Request\n\nRemove Shelf\n------------\n\n### Syntax\n\n```\nDELETE /shelf?format=json HTTP/1.1\n```\n\nRemoves the shelf.\n";
    let out = read("shelves.md", page);
    assert_eq!(routes(&out), ["PUT /shelf", "DELETE /shelf"]);
    assert_eq!(out.spec.operations[0].name, "Create Shelf");
    assert_eq!(statuses(&out)[0], [409, 400]);
}

/// A `Method | URI` table whose URI cell is relative to a prefix the page states elsewhere:
/// one segment alone (`` `boxes` ``), or opened by a template variable in doubled braces
/// (`` `{{version}}/boxes/{box.id}` ``, one placeholder `{version}`). Each is a route.
#[test]
fn relative_uri_cells_and_doubled_brace_placeholders() {
    let page = "# Boxes\n\n## All boxes\n\nAll URIs are prefixed with `{{version}}/`.\n\n| Method | URI | Headers |\n| :- | :- | :- |\n| GET | `boxes` | Default |\n\n## One box\n\n| Method | URI | Headers |\n| :- | :- | :- |\n| DELETE | `{{version}}/boxes/{box_id}` | Default |\n";
    let out = read("boxes.md", page);
    assert_eq!(
        ops(&out),
        [
            ("GET /boxes".to_string(), vec![]),
            (
                "DELETE /{version}/boxes/{box_id}".to_string(),
                vec![
                    "version path true".to_string(),
                    "box_id path true".to_string()
                ]
            )
        ]
    );
}

/// A field table's type cell holding the flag after the type, in parentheses (`` `string`
/// (Required) ``, `integer (optional)`): the type, and the flag; a type alone leaves the
/// field's flag unstated.
#[test]
fn required_flag_after_the_type_in_its_cell() {
    let page = "# Jars\n\n## Create a jar\n\n`POST /jars`\n\n### Body\n\n| Parameter | Type | Detail |\n| :- | :- | :- |\n| `label` | `string` (Required) | The label |\n| `size` | `integer` | The size |\n";
    let out = read("jars.md", page);
    assert_eq!(routes(&out), ["POST /jars"]);
    assert_eq!(body_fields(&out, 0), [("label", false), ("size", true)]);
}

/// A paragraph under a response label opening with the status after its word, also in a
/// callout whose kind comes first (`> {success} Code 201 with the new jar.`, `Status 204`):
/// that status.
#[test]
fn worded_status_in_a_results_callout() {
    let page = "# Jars\n\n## Create a jar\n\n`POST /jars`\n\n### Results\n\n> {success} Code 201 with the new jar.\n\n## Delete a jar\n\n`DELETE /jars/{id}`\n\n### Results\n\nStatus 204\n";
    let out = read("jars.md", page);
    assert_eq!(routes(&out), ["POST /jars", "DELETE /jars/{id}"]);
    assert_eq!(statuses(&out), [vec![201], vec![204]]);
}

/// Under a parameter label, a block opening with a `name=value` pair, the values it takes
/// or an example, over the words describing it: a definition list's term (`dryrun=true |
/// **false**`) or an item (`- mode=fast|slow`). The pair's name is the parameter.
#[test]
fn name_value_pairs_as_parameter_terms() {
    let page = "Jobs API\n========\n\nPOST /v1/jobs\n-------------\nStarts a job.\n\nQuery Parameters\n''''''''''''''''\ndryrun=true | **false**\n  If true, the job is only checked.\n\n- mode=fast|slow\n  How the job runs.\n\nResponses\n'''''''''\n201 Created\n  If the job started.\n";
    let out = read("jobs.rst", page);
    assert_eq!(
        ops(&out),
        [(
            "POST /v1/jobs".to_string(),
            vec![
                "dryrun query false".to_string(),
                "mode query false".to_string()
            ]
        )]
    );
    assert_eq!(statuses(&out), [vec![201]]);
}

/// `.. http:get::` directives repeating one method and path with other query strings (or
/// a trailing `/`): the one resource documented again, one operation, each query string's
/// names its parameters and each directive's statuses its own.
#[test]
fn directives_repeating_a_route_with_other_query_strings() {
    let page = "Boxes\n=====\n\n.. http:get:: /v2/boxes\n\n   Lists boxes.\n\n   :statuscode 200: The boxes.\n\n.. http:get:: /v2/boxes/?color={color}\n\n   Boxes of one color.\n\n   :statuscode 400: No such color.\n\n.. http:get:: /v2/boxes?color={color}&open=true\n\n   Open boxes of one color.\n\n.. http:get:: /v2/boxes/{id}\n\n   One box.\n\n   :statuscode 404: No such box.\n";
    let out = read("boxes.rst", page);
    assert_eq!(
        ops(&out),
        [
            (
                "GET /v2/boxes".to_string(),
                vec![
                    "color query false".to_string(),
                    "open query false".to_string()
                ]
            ),
            (
                "GET /v2/boxes/{id}".to_string(),
                vec!["id path true".to_string()]
            )
        ]
    );
    assert_eq!(statuses(&out), [vec![200, 400], vec![404]]);
}

/// A directive's body whose first line is indented deeper than the rest (`    Returns …`
/// over `   :statuscode 200: …`): the body is as deep as its least indented line, so its
/// field list is still read.
#[test]
fn a_directive_body_indented_by_its_least_indented_line() {
    let page = "Jars\n====\n\n.. http:get:: /v1/jars/{id}\n\n    Returns one jar.\n\n   :statuscode 200: The jar.\n   :statuscode 404: No such jar.\n";
    let out = read("jars.rst", page);
    assert_eq!(routes(&out), ["GET /v1/jars/{id}"]);
    assert_eq!(statuses(&out), [vec![200, 404]]);
}

/// A field table headed `Item | Description | JSON data type | Required` naming its rows by
/// JSON pointer (`/limit`, `/filter/column` nested in `/filter`), `✓` or an escaped dash
/// (`\-`) in the `Required` column; a table under a sentence saying what "will be returned
/// as the following JSON data" describes the answer, not the body.
#[test]
fn json_pointer_item_rows_and_a_returned_as_sentence() {
    let page = "# Rows\n\n## POST /v1/rows\n\nGets rows.\n\n**Request body**\n\n| Item | Description | JSON data type | Required |\n|---|---|---|---|\n| /limit | How many | integer | ✓ |\n| /filter | The filter | object | \\- |\n| /filter/column | Its column | string | \\- |\n| pretty | Indented | boolean | \\- |\n\n**Response body**\n\nRows will be returned as the following JSON data:\n\n| Item | Description | JSON data type |\n|---|---|---|\n| /rows | The rows | array |\n| total | How many | integer |\n";
    let out = read("rows.md", page);
    assert_eq!(routes(&out), ["POST /v1/rows"]);
    assert_eq!(
        body_fields(&out, 0),
        [("limit", false), ("filter", true), ("pretty", true)]
    );
}

/// A page per operation whose front matter gives the path and the method as fields of their
/// own (`path: /v2/{kind}/{key}` beside `type: DELETE`), the body only prose and bullets:
/// the route; a `type: post` (a blog post's type, not in capitals) gives none.
#[test]
fn a_route_in_front_matter_path_and_method_fields() {
    let page = "---\ntitle: Remove a record\nsection: API\npath: /v2/{kind}/{key}\ntype: DELETE\n---\n\nRemoves one record.\n\n### Request\n\n- `{kind}` - the kind of record\n- `{key}` - the record's key\n";
    let out = read("remove.md", page);
    assert_eq!(routes(&out), ["DELETE /v2/{kind}/{key}"]);
    assert_eq!(
        ops(&out)[0].1,
        ["kind path true".to_string(), "key path true".to_string()]
    );
    let post = "---\ntitle: News\npath: /news/latest\ntype: post\n---\n\nWhat is new.\n";
    assert!(routes(&read("news.md", post)).is_empty());
}

/// A `status codes` label then a dash, as a bullet of `name - description` items writes it
/// (`- **status codes** - `201`, `409` (if it exists)`): each code a status.
#[test]
fn status_codes_label_then_a_dash() {
    let page = "## Create a record\n\n`POST /v2/records`\n\n### Response\n\n- **status codes** - `201`, `409` (if the record exists)\n";
    let out = read("create.md", page);
    assert_eq!(routes(&out), ["POST /v2/records"]);
    assert_eq!(statuses(&out), [vec![201, 409]]);
}

/// A path set in emphasis whole after its label (`Endpoint: _/rooms/join_`), the method in
/// a paragraph of its own below (`Method: **POST**`): the path without the marks.
#[test]
fn a_labelled_path_set_in_emphasis() {
    let page = "# API\n\n## Join a room\n\nEndpoint: _/rooms/join_\n\nMethod: **POST**\n\nExample:\n\n```\ncurl -s -X POST -d '{\"room\":\"a\"}' http://localhost:9000/rooms/join\n```\n\n## List rooms\n\nEndpoint: */rooms*\n\nMethod: **GET**\n";
    let out = read("rooms.md", page);
    assert_eq!(routes(&out), ["POST /rooms/join", "GET /rooms"]);
}

/// A `Return Code | Description` table whose code cells name the error in parentheses in
/// any case (`404 (itemNotFound)`, `409 (buildInProgress)`): each row a status.
#[test]
fn status_cells_naming_the_error_in_parentheses() {
    let page = "Get a disk\n----------\n\n=============== ====== \nURI             Method\n=============== ====== \n``/disks/<id>`` GET\n=============== ======\n\n=================== ==================\nReturn Code         Description\n=================== ==================\n200 (OK)            Request succeeded\n404 (itemNotFound)  Disk not found\n=================== ==================\n";
    let out = read("disks.rst", page);
    assert_eq!(routes(&out), ["GET /disks/{id}"]);
    assert_eq!(statuses(&out), [vec![200, 404]]);
}

/// A status table row whose code cell is left blank (an escaped blank, `\`, in
/// reStructuredText) continues the reason of the row above: the table keeps its statuses.
#[test]
fn status_rows_continued_under_a_blank_code_cell() {
    let page = "Delete a disk\n-------------\n\n=============== ====== \nURI             Method\n=============== ====== \n``/disks/<id>`` DELETE\n=============== ======\n\n=========================== ==================\nReturn Code                 Description\n=========================== ==================\n204                         Deleted\n500 (Internal Server Error) The request cannot be\n\\                           completed\n503                         Unavailable\n=========================== ==================\n";
    let out = read("disks.rst", page);
    assert_eq!(routes(&out), ["DELETE /disks/{id}"]);
    assert_eq!(statuses(&out), [vec![204, 500, 503]]);
    let doc = out.spec.operations[0].responses[1].doc.as_deref();
    assert_eq!(doc, Some("The request cannot be completed"));
}

/// A table of the headers a request sends, its name column headed `Request Header` (`|
/// Request Header | Value |`): each row a header parameter.
#[test]
fn a_request_header_name_column() {
    let page = "## List disks\n\n`GET /disks`\n\n| Request Header | Value |\n|---|---|\n| X-Auth-Token | The user's token |\n| Accept | application/json |\n";
    let out = read("disks.md", page);
    assert_eq!(routes(&out), ["GET /disks"]);
    let found: Vec<(String, Location)> = out.spec.operations[0]
        .params
        .iter()
        .map(|p| (p.name.clone(), p.location))
        .collect();
    assert_eq!(
        found,
        [
            ("X-Auth-Token".to_string(), Location::Header),
            ("Accept".to_string(), Location::Header)
        ]
    );
}

/// A table of a request body's members whose name column is headed by the object and
/// `Attribute` (`| Disk Attribute | Description |`): each row a body field.
#[test]
fn an_object_attribute_name_column() {
    let page = "## Create a disk\n\n`POST /disks`\n\nRequest body:\n\n| Disk Attribute | Description |\n|---|---|\n| size | Size in GB |\n| label | A label |\n";
    let out = read("disks.md", page);
    assert_eq!(routes(&out), ["POST /disks"]);
    assert_eq!(body_names(&out, &out.spec.operations[0]), ["size", "label"]);
}

/// A table with no `Required` column whose rows say `required` in a column of their own
/// (a column per server marking support, `| type | required | ✔ |`): those rows
/// required; the others not said to be.
#[test]
fn a_required_word_in_a_support_column() {
    let page = "## Create a disk\n\n`POST /disks`\n\n| Attribute | Cloud A | Cloud B |\n|---|---|---|\n| size | required | ✔ |\n| label | ✔ | ✔ |\n";
    let out = read("disks.md", page);
    assert_eq!(routes(&out), ["POST /disks"]);
    assert_eq!(body_fields(&out, 0), [("size", false), ("label", true)]);
}

/// A reStructuredText definition list under a `Parameters` title (`limit` over `   Most
/// items to return.`, no blank line between): each term a parameter, its definition the
/// doc; the same list under no label (the keys of an answer a sentence describes) is none.
#[test]
fn rst_definition_lists_of_parameters() {
    let page = "List disks\n==========\n\nQuery\n-----\n\n::\n\n    GET /2.0/disks\n\nParameters\n----------\n\nlimit\n    Most items to return.\n\norder\n    Sort by a column.\n";
    let out = read("disks.rst", page);
    assert_eq!(routes(&out), ["GET /2.0/disks"]);
    assert_eq!(
        ops(&out)[0].1,
        [
            "limit query false".to_string(),
            "order query false".to_string()
        ]
    );
    let keys = "Get a disk\n==========\n\n::\n\n    GET /2.0/disks/<id>\n\nThe answer is a struct with these keys.\n\n``size``\n    Size in bytes.\n";
    let out = read("disk.rst", keys);
    assert_eq!(ops(&out)[0].1, ["id path true".to_string()]);
}

/// Fenced block directives (`/// api-parameters`, `/// api-response-spec` over an indented
/// `open: True` option, each closed by `///`) naming what their tables are: the
/// parameters block's rows are the call's, the response block's rows the answer's fields,
/// no query parameter of a GET.
#[test]
fn block_directives_naming_their_tables() {
    let page = "# Spools\n\n## List spools\n\n```{.http .apirequest}\nGET /spools/list?limit=5\n```\n\n/// api-parameters\n    open: True\n\n| Name | Type | Default | Description |\n| --- | --- | --- | --- |\n| `limit` | int | 10 | How many. |\n\n///\n\n/// api-response-spec\n    open: True\n\n| Field | Type | Description |\n| --- | --- | --- |\n| `count` | int | How many were found. |\n| `spools` | [object] | The spools. |\n\n///\n\n## Get a spool\n\n```{.http .apirequest}\nGET /spools/lookup?uid=<id>\n```\n\n/// api-response-spec | Answer\n\n| Field | Type | Description |\n| --- | --- | --- |\n| `weight` | float | Grams left. |\n\n///\n";
    let out = read("spools.md", page);
    assert_eq!(routes(&out), ["GET /spools/list", "GET /spools/lookup"]);
    assert_eq!(ops(&out)[0].1, ["limit query false".to_string()]);
    assert!(!ops(&out)[1].1.iter().any(|p| p.starts_with("weight")));
}

/// A sentence ending in `:` right after a body list that names one of its fields (`A map
/// of some usual tags:` after `- tags: …`), without saying it brings more fields: the
/// items after it are what that field holds, not the call's fields.
#[test]
fn items_after_a_sentence_naming_a_listed_field() {
    let page = "# Alerts\n\n## Raise an alert\n\n`POST /v1/alerts`\n\n### Request Body\n\nAn alert with these fields:\n\n- level: how bad it is.\n- tags: a map of labels.\n\nA map of some usual tags:\n\n- region: where it happened.\n- rack: which rack.\n\n### Response\n\n- 201 - Created\n";
    let out = read("alerts.md", page);
    assert_eq!(routes(&out), ["POST /v1/alerts"]);
    let names: Vec<&str> = body_fields(&out, 0).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, ["level", "tags"]);
}

/// An HTML table without a header row whose rows open with a header cell holding the name
/// in code (`<tr><th><code>label</code></th><td>The label.</td></tr>`), under a label
/// saying what they are (`Required request body properties:`): a field per row.
#[test]
fn row_header_cells_naming_fields_in_code() {
    let page = "# Things\n\n## Create a thing\n\n`POST /v2/things`\n\nRequired request body properties:\n\n<table>\n<tbody>\n  <tr>\n    <th><code>label</code></th>\n    <td>The thing's label.</td>\n  </tr>\n  <tr>\n    <th><code>size</code></th>\n    <td>How big it is.<br><em>Example:</em> <code>3</code>.</td>\n  </tr>\n</tbody>\n</table>\n\nSuccess response: `201 Created`\n";
    let out = read("things.md", page);
    assert_eq!(routes(&out), ["POST /v2/things"]);
    let names: Vec<&str> = body_fields(&out, 0).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, ["label", "size"]);
}

/// A `curl` call that sends its JSON body (`-d '{"label": "x"}'`), then unlabelled JSON:
/// what the call answers, not a second body; the body's fields are the call's data.
#[test]
fn json_after_a_curl_call_that_sent_its_body() {
    let page = "# Things\n\n## Create a thing\n\n```bash\ncurl -X POST \"https://api.example.com/v2/things\" \\\n  -H \"Content-Type: application/json\" \\\n  -d '{\"label\": \"big\", \"size\": 3}'\n```\n\n```json\n{\"id\": \"t-1\", \"label\": \"big\", \"size\": 3, \"created_at\": \"2024-01-01\"}\n```\n\nSuccess response: `201 Created`\n";
    let out = read("things.md", page);
    assert_eq!(routes(&out), ["POST /v2/things"]);
    let names: Vec<&str> = body_fields(&out, 0).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, ["label", "size"]);
}

/// A parameter table giving each field's query-string name in a column of its own (`| Name
/// | Type | QS | Description |` over `| startTime | Integer | start_time | … |`): a `GET`
/// sends each row by that name, and a row with an empty cell is no query parameter.
#[test]
fn a_query_string_name_column() {
    let page = "# Notes\n\n## Read notes\n\n`GET /api/note`\n\n### Parameters\n\n| Name | Type | Required | QS | Description |\n| --- | --- | --- | --- | --- |\n| startTime | Integer | Required | start_time | From when. |\n| noteId | String | Optional | note_id | Which note. |\n| custom | Map | Optional | | Extra pairs. |\n";
    let out = read("notes.md", page);
    assert_eq!(routes(&out), ["GET /api/note"]);
    assert_eq!(
        ops(&out)[0].1,
        [
            "start_time query true".to_string(),
            "note_id query false".to_string()
        ]
    );
}

/// A sentence naming parameters described earlier on the page (`These query parameters are
/// also supported (see above):` over a comma list in a literal block): each name described
/// above, in a ruled table in code, is a query parameter of the operation, typed as there;
/// a name described nowhere is left out.
#[test]
fn parameters_named_by_a_list_that_refers_back_above() {
    let page = "Shelf API\n=========\n\nPaging\n------\n\nThese query parameters work on many lists:\n\n```\nName      Type      Description\n--------------------------------\npage      Number    The page to read\nsize      Number    Items on a page\n```\n\nList Shelves\n------------\n\n**Parameters**\n\n```\nName      Type      Description\n--------------------------------\nlabel     String    Only shelves with this label\n```\n\nThe query parameters below are also supported (see above):\n\n```\npage, size, colour\n```\n\n```\nGET  /shelves/\n```\n";
    let out = read("shelves.md", page);
    assert_eq!(
        ops(&out),
        [(
            "GET /shelves/".to_string(),
            vec![
                "page query false".to_string(),
                "size query false".to_string(),
                "label query false".to_string(),
            ]
        )]
    );
}

/// A parameter label whose list the renderer ran into the label's own item, each entry
/// opening with a `*` (`<li>Query parameters:<br>* <strong>name</strong>: …<br>* …</li>`):
/// every entry is a parameter where the label says (the unmarked one required beside an
/// `(Optional)` one, as in any list marked in contrast); a mark after a name (`force*:`)
/// is no part of it.
#[test]
fn a_parameter_list_run_into_its_label_item() {
    let page = "<html><body><h1>Jobs API</h1><h2>Jobs</h2><ul><li><p><strong>POST /jobs</strong></p>\n<ul>\n<li>Query parameters:<br>\n* <strong>name</strong>: The job's name.<br>\n* <strong>force</strong>*: Skip the checks. (Optional)</li>\n<li>Creates a job.</li></ul></li>\n<li><p><strong>GET /jobs/{id}</strong></p>\n<ul>\n<li>Query parameters: <em>None</em></li>\n<li>Reads a job.</li></ul></li></ul></body></html>";
    let out = read("jobs.html", page);
    assert_eq!(
        ops(&out),
        [
            (
                "POST /jobs".to_string(),
                vec![
                    "name query true".to_string(),
                    "force query false".to_string(),
                ]
            ),
            (
                "GET /jobs/{id}".to_string(),
                vec!["id path true".to_string()]
            ),
        ]
    );
}

/// Parameters described once in a section of their own, a sub-heading per name (`##
/// Common arguments` over `### verbose`, `### simulate`), that an operation's description
/// names before `argument` (`It supports the simulate and verbose arguments.`): query
/// parameters of the operation when the page shows one of them in a query string
/// (`?verbose=1`); without that, only for a method that sends no body.
#[test]
fn generic_parameters_a_description_says_it_supports() {
    let page = "# Shelf API\n\n## Common arguments\n\nThese arguments mean the same on every resource.\n\n### verbose\n\nDetailed output, as with `?verbose=1`.\n\n### simulate\n\nOnly the checks run.\n\n## Shelves\n\n### GET /shelves\n\nLists shelves. It supports the `verbose` argument.\n\n### POST /shelves\n\nCreates a shelf. It supports the `simulate` and `verbose` arguments.\n";
    let out = read("shelves.md", page);
    assert_eq!(
        ops(&out),
        [
            (
                "GET /shelves".to_string(),
                vec!["verbose query false".to_string()]
            ),
            (
                "POST /shelves".to_string(),
                vec![
                    "simulate query false".to_string(),
                    "verbose query false".to_string(),
                ]
            ),
        ]
    );
    let unplaced = page.replace(", as with `?verbose=1`", "");
    let out = read("shelves.md", &unplaced);
    assert_eq!(
        ops(&out),
        [
            (
                "GET /shelves".to_string(),
                vec!["verbose query false".to_string()]
            ),
            ("POST /shelves".to_string(), vec![]),
        ]
    );
}

/// A parameter table whose name column is headed `Variable` (`| Variable | Type |
/// Description |`), under a path or a query label: its rows are the parameters.
#[test]
fn a_table_naming_its_parameters_variables() {
    let page = "# Shelf API\n\n### List books\n\n```\nGET /shelves/{shelf}/books\n```\n\n#### Path variable\n\n| Variable | Description |\n| --- | --- |\n| `shelf` | The shelf |\n\n#### Query parameters\n\n| Variable | Type | Description |\n| --- | --- | --- |\n| `limit` | `Integer` | At most this many |\n";
    let out = read("books.md", page);
    assert_eq!(
        ops(&out),
        [(
            "GET /shelves/{shelf}/books".to_string(),
            vec![
                "shelf path true".to_string(),
                "limit query false".to_string(),
            ]
        )]
    );
}

/// A label heading naming the method whose call it describes (`#### POST payload`, `####
/// Get parameters`): the table under it is what that call sends, the body of a POST, the
/// query of a GET.
#[test]
fn label_headings_naming_the_method() {
    let page = "# Shelf API\n\n### Add book\n\n```\nPOST /books\n```\n\n#### POST payload\n\n| Field | Type | Description |\n| --- | --- | --- |\n| `title` | `String` | The title |\n\n### Find books\n\n```\nGET /books\n```\n\n#### Get parameters\n\n| Name | Type | Description |\n| --- | --- | --- |\n| `author` | `String` | By author |\n";
    let out = read("books.md", page);
    assert_eq!(routes(&out), ["POST /books", "GET /books"]);
    assert_eq!(body_names(&out, &out.spec.operations[0]), ["title"]);
    assert_eq!(ops(&out)[1].1, ["author query false"]);
}

/// A path alone in a code block under a call's heading, the methods only in the prose after
/// it (`Both HTTP GET (query string) or HTTP POST (JSON data) are acceptable.`, `Only HTTP
/// POST (JSON data) is acceptable.`): a route per method named; the one parameter table is
/// query parameters for the GET and body fields for the POST.
#[test]
fn methods_a_sentence_calls_acceptable_after_a_bare_path() {
    let page = "# API\n\n## Calls\n\n### fetch_item\n\n```\n/rpc/fetch_item/v2\n```\n\nThis fetches one item.  Both HTTP GET (query string) or HTTP POST (JSON data) are acceptable.  Parameters:\n\n| Parameter Name | Description |\n|---|---|\n| `key` | **(Required)** The item key. |\n\n### drop_item\n\n```\n/rpc/drop_item/v2\n```\n\nThis drops an item.  Only HTTP POST (JSON data) is acceptable.  Parameters:\n\n| Parameter Name | Description |\n|---|---|\n| `key` | **(Required)** The item key. |\n| `force` | (Optional) Drop it even if locked. |\n";
    let out = read("calls.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /rpc/fetch_item/v2",
            "POST /rpc/fetch_item/v2",
            "POST /rpc/drop_item/v2"
        ]
    );
    assert_eq!(ops(&out)[0].1, ["key query true".to_string()]);
    assert_eq!(body_fields(&out, 1), [("key", false)]);
    assert_eq!(body_fields(&out, 2), [("key", false), ("force", true)]);
}

/// A body label whose value is the body itself, inline JSON in a code span on the label's
/// own item (`* Body: `{"old":"a1","new":"b2"}``): the body's fields, none required (the page
/// only shows it); words after the label (`* Body: a YAML document`) give none.
#[test]
fn an_inline_json_body_after_a_body_label() {
    let page = "Change a secret\n***************\n\n    * Method: PUT\n    * Endpoint: /accounts/secret\n    * Body: `{\"old\":\"a1\",\"new\":\"b2\"}`\n\nReturns 200 in case of success.\n\nUpload a manifest\n*****************\n\n    * Method: POST\n    * Endpoint: /manifests\n    * Body: a YAML document with the manifest.\n\nReturns 201 in case of success.\n";
    let out = read("api.rst", page);
    assert_eq!(routes(&out), ["PUT /accounts/secret", "POST /manifests"]);
    assert_eq!(body_fields(&out, 0), [("old", true), ("new", true)]);
    assert!(out.spec.operations[1].body.as_ref().is_none_or(
        |b| !matches!(&b.ty, TypeRef::Named(n) if !out.spec.types[n].fields().is_empty())
    ));
    assert_eq!(statuses(&out), [vec![200], vec![201]]);
}

/// Bullets naming a field in bold with its type in parentheses set in emphasis (`- **skip**
/// _(integer)_` over `  Number of results to skip.`): a parameter and its type, as
/// parentheses after a name are read; under a GET's `Parameters:` label, query parameters,
/// under a POST's, body fields.
#[test]
fn emphasised_type_marks_after_a_bold_name() {
    let page = "# Boxes\n\n## List boxes\n\n**URI:** https://api.example.org/v2/boxes\n\n**Method:** GET\n\n**Parameters:**\n\n- **offset** _(integer)_\n  Results to skip.\n- **label-filter** _(comma separated list of strings)_\n  Labels to match.\n\n## Create box\n\n**URI:** https://api.example.org/v2/boxes\n\n**Method:** POST\n\n**Parameters:**\n\n- **name** *(string)*\n  Box name.\n- **size** _(integer)_\n  Box size.\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["GET /v2/boxes", "POST /v2/boxes"]);
    assert_eq!(
        ops(&out)[0].1,
        [
            "offset query false".to_string(),
            "label-filter query false".to_string()
        ]
    );
    assert_eq!(body_fields(&out, 1), [("name", true), ("size", true)]);
}

/// A route whose placeholder a Markdown converter wrote with a numeric character reference
/// for its `<` (`/v1/boxes/&#x3C;box name>/lids`, in a `<details>` block's `<summary>`
/// after a method in a `<mark>` element): the character, the placeholder one name.
#[test]
fn numeric_character_references_in_a_route() {
    let page = "# Boxes\n\n## Open box\n\n<details>\n\n<summary><mark style=\"color:blue;\">POST</mark> /v1/boxes/{box name}/lids:open</summary>\n\nOpens it.\n\n</details>\n\n## Close box\n\n<details>\n\n<summary><mark style=\"color:blue;\">POST</mark> /v1/boxes/&#x3C;box name>/lids:close</summary>\n\nCloses it.\n\n</details>\n";
    let out = read("boxes.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /v1/boxes/{box_name}/lids:open",
            "POST /v1/boxes/{box_name}/lids:close"
        ]
    );
}

/// A table of routes over sections titled in words, each giving its statuses and calling
/// one row in code (`## Show a box` over `Normal response codes: 200` and a `curl -X GET
/// http://localhost:5000/boxes/blue` call): the section documents the row its call fills
/// in; a section whose call matches no row (`/lids`) documents none.
#[test]
fn sections_tied_to_index_rows_by_their_calls() {
    let page = "# Boxes\n\n| Method | URL | Action |\n|---|---|---|\n| GET | /boxes | List boxes |\n| GET | /boxes/<box_name> | Show a box |\n| POST | /boxes | Add a box |\n\n## List all boxes\n\nNormal response codes: 200\nError response codes: unauthorized(401)\n\n```bash\ncurl -i -X GET http://localhost:5000/boxes\n```\n\n## Show a box\n\nNormal response codes: 200\nError response codes: unauthorized(401), itemNotFound(404)\n\n```bash\ncurl -i -X GET http://localhost:5000/boxes/blue\n```\n\n## Put a box away\n\nNormal response codes: 201\n\n```bash\ncurl -i -X POST http://localhost:5000/lids\n```\n";
    let out = read("boxes.md", page);
    assert_eq!(
        routes(&out),
        ["GET /boxes", "GET /boxes/{box_name}", "POST /boxes"]
    );
    assert_eq!(
        statuses(&out),
        [vec![200, 401], vec![200, 401, 404], Vec::<u16>::new()]
    );
}

/// A raw HTML table of one record right after a comment line (`<!-- begin -->` then
/// `<table>` with `<td>Method</td><td><code>POST / PUT</code></td>` and `<td>Resource
/// URI</td><td>/boxes/${ID}/lid</td>` rows): the table opens a block of its own, not the
/// comment's paragraph, and gives a route per method its method cell joins, on the path
/// its `Resource URI` row names.
#[test]
fn record_table_with_joined_methods_after_a_comment() {
    let page = "# Boxes\n\n## Open lid\n\nOpens the lid.\n\n<!-- begin -->\n<table>\n    <tr>\n        <td>Method</td>\n        <td><code>POST / PUT</code></td>\n    </tr>\n    <tr>\n        <td>Resource URI</td>\n        <td>/boxes/${ID}/lid</td>\n    </tr>\n</table>\n<!-- end -->\n\n#### Response 200\n\n```json\n{\"status\": \"OK\"}\n```\n\n## List boxes\n\n<!-- begin -->\n<table>\n    <tr>\n        <td>Method</td>\n        <td><code>GET</code></td>\n    </tr>\n    <tr>\n        <td>Request URL</td>\n        <td>/boxes</td>\n    </tr>\n</table>\n\n#### Response 200\n\n```json\n{\"items\": []}\n```\n";
    let out = read("boxes.md", page);
    assert_eq!(
        routes(&out),
        ["POST /boxes/{ID}/lid", "PUT /boxes/{ID}/lid", "GET /boxes"]
    );
    assert_eq!(statuses(&out), [vec![200], vec![200], vec![200]]);
}

/// A raw HTML table of `<td>` cells only under a label naming where its rows go (`#####
/// Query Params` over `<tr><td>owner</td><td>Owner of the boxes</td></tr>` rows): a
/// parameter per row, in that place, its required-ness unknown.
#[test]
fn plain_name_rows_under_a_location_label() {
    let page = "# Boxes\n\n## List boxes\n\n`GET /boxes`\n\n##### Query Params\n\n<table>\n    <tr>\n        <td>owner</td>\n        <td>Owner of the boxes</td>\n    </tr>\n    <tr>\n        <td>pageSize</td>\n        <td>Page size. Default: 10.</td>\n    </tr>\n</table>\n\n#### Response 200\n\n```json\n{\"items\": []}\n```\n";
    let out = read("boxes.md", page);
    assert_eq!(
        ops(&out),
        [(
            "GET /boxes".to_string(),
            vec![
                "owner query false".to_string(),
                "pageSize query false".to_string()
            ]
        )]
    );
}

/// A name listed under a query label that is the route's placeholder in another case
/// (`| id | Box identifier |` under `Query Parameters` for `DELETE /boxes/${ID}`): the path
/// parameter, not a query parameter of its own.
#[test]
fn a_query_listed_name_that_is_the_placeholder_in_another_case() {
    let page = "# Boxes\n\n## Delete box\n\n`DELETE /boxes/${ID}`\n\n##### Query Parameters\n\n| Name | Description |\n|---|---|\n| id | Box identifier |\n| force | Delete even when full |\n\n#### Response 200\n\n```json\n{\"deleted\": true}\n```\n";
    let out = read("boxes.md", page);
    assert_eq!(
        ops(&out),
        [(
            "DELETE /boxes/{ID}".to_string(),
            vec!["ID path true".to_string(), "force query false".to_string()]
        )]
    );
}

/// A route whose last segment sets placeholders inside literal text (`GET
/// /maps/v1/{style}/map({x},{y}).png`, a file name with arguments) over an example call
/// filling them (`curl https://maps.example.org/maps/v1/dark/map(3,7).png`): the route
/// with its placeholders, the call an instance of it, not an operation of its own.
#[test]
fn placeholders_inside_a_segment_of_literal_text() {
    let page = "# Maps\n\n## Map images\n\n```\nGET /maps/v1/{style}/map({x},{y}).png\n```\n\nRenders one image.\n\n#### Example request\n\n```bash\ncurl 'https://maps.example.org/maps/v1/dark/map(3,7).png'\n```\n";
    let out = read("maps.md", page);
    assert_eq!(routes(&out), ["GET /maps/v1/{style}/map({x},{y}).png"]);
    let names: Vec<String> = ops(&out)[0].1.clone();
    assert_eq!(
        names,
        ["style path true", "x path true", "y path true"].map(String::from)
    );
}

/// A section showing the template of every call of a method, a path of placeholders only
/// (`POST /{service}/{version}`), over example calls to a host that fill it (`curl -X POST
/// 'https://maps.example.org/render/v2'`): uses of the template, no operations; the
/// section's own routes elsewhere stand.
#[test]
fn calls_filling_a_generic_template_are_no_operations() {
    let page = "# Maps\n\n## Sending a JSON body\n\nAny service takes its options as JSON too.\n\n```\nPOST /{service}/{version}\nContent-Type: application/json\n```\n\n#### Example requests\n\n```bash\ncurl -X POST 'https://maps.example.org/render/v2' -d '{\"zoom\": 3}'\ncurl -X POST 'https://maps.example.org/search/v2' -d '{\"q\": \"x\"}'\n```\n\n## Render service\n\n```\nGET /render/v2/{style}\n```\n\nRenders a map.\n";
    let out = read("maps.md", page);
    assert_eq!(routes(&out), ["GET /render/v2/{style}"]);
}

/// A route line and a parameter label joined into one paragraph by a hard line break
/// (`GET /api/boxes/  ` then `parameters:`), over bullets: the label governs the bullets,
/// the route's parameters.
#[test]
fn a_parameter_label_on_the_route_lines_last_line() {
    let page = "# Boxes\n\n## Box List View\nGET /api/boxes/  \nparameters:\n- **color**: one of *red*, *blue*, optional\n- **size**: box size, optional\n\nReturns the boxes.\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["GET /api/boxes/"]);
    assert_eq!(
        ops(&out)[0].1,
        ["color query false", "size query false"].map(String::from)
    );
}

/// A `curl` call with no host (`curl -v /api/boxes/<box-id>/ -H "Authorization: …"`) in an
/// introduction's section, to a route the page declares outside code in a section of its
/// own (`GET: /api/boxes/\<box_id>/`): a use of that route, no operation of its own.
#[test]
fn a_hostless_call_to_a_route_declared_elsewhere() {
    let page = "# Boxes API\n\n## Authentication\nPass the token as a header.\n\n```shell\ncurl -v /api/boxes/<box-id>/ \\\n    -H \"Authorization: Token xxxx\"\n```\n\n## Box List View\nGET /api/boxes/\n\n## Box Item View\nGET: /api/boxes/\\<box_id>/  \nDELETE: /api/boxes/\\<box_id>/\n\n## Ping View\nGET /api/ping/\n\nAnswers pong.\n";
    let out = read("boxes.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /api/boxes/",
            "GET /api/boxes/{box_id}/",
            "DELETE /api/boxes/{box_id}/",
            "GET /api/ping/"
        ]
    );
}

/// A status named an error in a sentence about the response (`The response is either a
/// PNG image or a `404` error.`): that status of the operation.
#[test]
fn a_status_named_an_error_in_a_sentence_about_the_response() {
    let page = "# Maps\n\n## Map images\n\n```\nGET /maps/v1/{style}/map.png\n```\n\nRenders one image.\n\n#### Example response\n\nThe response is either a PNG image, or a `404` error.\n";
    let out = read("maps.md", page);
    assert_eq!(routes(&out), ["GET /maps/v1/{style}/map.png"]);
    assert_eq!(statuses(&out), [vec![404]]);
}

/// A fence of route lines alone under a section heading, comment lines between them (a
/// current route, `# Legacy`, the old one): the routes the section declares, as a heading
/// does, so a summary table giving them before is an index and the section's prose is
/// theirs. Each line is a route, two of them differing only by the name of a prefix
/// placeholder (`<engine-prefix>/query`, `<old-prefix>/query`) included, and so is a path of a
/// placeholder only (`GET /<ui-prefix>`).
#[test]
fn fences_of_route_lines_declare_each_route() {
    let page = "# Store API\n\n| API | Endpoint |\n| --- | --- |\n| [Search](#search) | `GET,POST <engine-prefix>/query` |\n| [Drop set](#drop-set) | `DELETE /sets/{set}` |\n\n## Search\n\n```\nGET,POST <engine-prefix>/query\n\n# Legacy\nGET,POST <old-prefix>/query\n```\n\nRuns a query.\n\n## Drop set\n\n```\nDELETE /sets/{set}\n\n# Legacy\nDELETE <old-prefix>/sets/{set}\n```\n\nDrops a set. This endpoint returns `202` on success.\n\n## Console\n\n```\nGET /<ui-prefix>\n\n# Legacy (single node only)\nGET /<old-prefix>\n```\n\nServes the console.\n";
    let out = read("api.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /{engine_prefix}/query",
            "POST /{engine_prefix}/query",
            "GET /{old_prefix}/query",
            "POST /{old_prefix}/query",
            "DELETE /sets/{set}",
            "DELETE /{old_prefix}/sets/{set}",
            "GET /{ui_prefix}",
            "GET /{old_prefix}"
        ]
    );
    let st = statuses(&out);
    assert_eq!(st[4], [202]);
    assert_eq!(st[5], [202]);
    assert_eq!(ops(&out)[2].1, ["old_prefix path true".to_string()]);
}

/// A request line given only as the comment opening an example fence (`// POST
/// https://host/x` over `// Accept: …` comments and the JSON sent), the route said in prose
/// too; answers as `// HTTP/1.1 201 Created` comments opening the samples under response
/// sub-headings: the route, its body from the bullets, its statuses.
#[test]
fn request_lines_in_comments_opening_an_example() {
    let page = "# Shelf API\n\n## Create Shelf\n\nCreate a shelf by sending a `POST` to `/shelves`.\n\n* `label` - String label of the shelf.\n* `depth` - Optional integer depth.\n\n```json5\n// POST https://shelf.example.com/shelves\n// Accept: application/json\n{\n  \"label\": \"books\"\n}\n```\n\n### Successful Response\n\n```json5\n// HTTP/1.1 201 Created\n{\n  \"id\": \"s1\"\n}\n```\n\n### Error Response\n\n```json5\n// HTTP/1.1 500 Internal server error\n{\n  \"message\": \"boom\"\n}\n```\n\n## Empty Shelf\n\n```json5\n# POST https://shelf.example.com/shelves/:id/empty\n{}\n```\n\n### Successful Response\n\n```json5\n// HTTP/1.1 200 Ok\n{}\n```\n";
    let out = read("shelves.md", page);
    assert_eq!(routes(&out), ["POST /shelves", "POST /shelves/{id}/empty"]);
    assert_eq!(statuses(&out), [vec![201, 500], vec![200]]);
}

/// Headers the introduction says every request requires, a block of `Name: value` lines
/// after the sentence (`All Shelf requests require the following HTTP headers:`): a
/// required header parameter of each operation; an `Accept:` line under a sentence that
/// requires nothing is no parameter.
#[test]
fn headers_every_request_requires_in_the_introduction() {
    let page = "# Shelf API\n\nAll Shelf requests require the following HTTP headers:\n\n    Accept: application/vnd.shelf+json\n    X-Shelf-Client: name of the client\n\n## List Shelves\n\nSend a `GET` to `/shelves`.\n\n```\nGET /shelves\n```\n\n## Drop Shelf\n\n```\nDELETE /shelves/{id}\n```\n\nA typical answer carries:\n\n    Accept: text/plain\n";
    let out = read("shelves.md", page);
    assert_eq!(routes(&out), ["GET /shelves", "DELETE /shelves/{id}"]);
    let o = ops(&out);
    assert_eq!(o[0].1, ["Accept header true", "X-Shelf-Client header true"]);
    assert_eq!(
        o[1].1,
        [
            "id path true",
            "Accept header true",
            "X-Shelf-Client header true"
        ]
    );
}

/// A sentence saying the caller sends the following, ending with a colon over a list
/// (`Clients send the following to empty a shelf by sending a `POST` to `/shelves/empty`:`):
/// the request's parameters, a POST's body fields.
#[test]
fn a_sentence_saying_the_caller_sends_the_following() {
    let page = "# Shelf API\n\n## Empty Shelf\n\nClients send the following to empty a shelf by sending a `POST`\nto `/shelves/empty` (appended to the server URL):\n\n* `shelf` - String name of the shelf.\n* `force` - Optional boolean to empty a locked shelf.\n\n```json5\n// POST https://shelf.example.com/shelves/empty\n{\n  \"shelf\": \"books\"\n}\n```\n";
    let out = read("shelves.md", page);
    assert_eq!(routes(&out), ["POST /shelves/empty"]);
    assert_eq!(
        body_fields(&out, 0)
            .into_iter()
            .map(|(n, _)| n)
            .collect::<Vec<_>>(),
        ["shelf", "force"]
    );
}

/// A status named as a status code after what the call returns (`This endpoint returns a
/// YAML list of the shelves and `200` status code on success.`): that status.
#[test]
fn a_status_code_named_after_what_is_returned() {
    let page = "# Shelf API\n\n## List shelves\n\n```\nGET /shelves\n```\n\nLists the shelves. This endpoint returns a YAML list of the shelves and `200` status code on success.\n\n## Count shelves\n\n```\nGET /shelves/count\n```\n\nReturns the number of shelves, 200 at most.\n";
    let out = read("shelves.md", page);
    assert_eq!(routes(&out), ["GET /shelves", "GET /shelves/count"]);
    assert_eq!(statuses(&out), [vec![200], Vec::<u16>::new()]);
}

/// A route of placeholders only, alone in a fence of routes, that the page's sections fill
/// (`GET /{service}/{version}/{coordinates}` over `GET /route/v1/{coordinates}` and
/// `GET /trip/v1/{coordinates}`): the structure all calls share, no operation; a fence with
/// one placeholder segment (`GET /{ui_prefix}`) still declares its route.
#[test]
fn a_common_structure_of_placeholders_is_no_operation() {
    let page = "# Maps API\n\n## General options\n\nAll requests use a common structure:\n\n```endpoint\nGET /{service}/{version}/{coordinates}\n```\n\n## Route service\n\n```endpoint\nGET /route/v1/{coordinates}\n```\n\n## Trip service\n\n```endpoint\nGET /trip/v1/{coordinates}\n```\n\n## Console\n\n```\nGET /{ui_prefix}\n```\n";
    let out = read("maps.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /route/v1/{coordinates}",
            "GET /trip/v1/{coordinates}",
            "GET /{ui_prefix}"
        ]
    );
}

/// A Chinese page giving each call's URL and method under labels of their own, each over
/// its value in an item (`### 请求URL` over `` - `http://x.x.x.x:8080/box/open` ``,
/// `### 请求方式` or `### 请求数据方式` over `- POST`), after a `### 简要描述` sub-heading
/// (the call's description, not its title): one route per section, the host left out, and
/// the `请求参数` table under it the body. A later section giving the same URL again
/// in the same chapter (`## 撤销打开` under `# 盒子`) is more of the first operation, no
/// second one.
#[test]
fn chinese_url_and_method_labels() {
    let page = "# 盒子\n\n## 打开盒子\n\n### **简要描述**\n\n- 打开一个盒子\n\n### **请求URL**\n\n- ` http://x.x.x.x:8080/box/open`\n\n### **请求方式**\n\n- `POST`\n\n### **请求参数**\n\n| 参数名 | 类型 | 必选 | 说明 |\n| :-- | -- | :-: | -- |\n| boxID | string | 是 | 盒子ID |\n| reason | string | 否 | 原因 |\n\n## 关闭盒子\n\n### **简要描述**\n\n- 关闭一个盒子\n\n### **请求URL**\n\n- `http://x.x.x.x:8080/box/close`\n\n### **请求数据方式**\n\n- POST\n\n### **请求参数**\n\n| 参数名 | 必选 | 说明 |\n| :-- | :-- | -- |\n| boxID | 是 | 盒子ID |\n\n## 撤销打开\n\n### **请求URL**\n\n- `http://x.x.x.x:8080/box/open`\n\n### **请求方式**\n\n- POST\n\n# 其他\n\n## 查询盒子\n\n### **请求URL**\n\n- `http://x.x.x.x:8080/box/list`\n\n### **请求方式**\n\n- POST\n";
    let out = read("boxes.md", page);
    assert_eq!(
        routes(&out),
        ["POST /box/open", "POST /box/close", "POST /box/list"]
    );
    // (`(name, optional)`: `是` required, `否` optional.)
    assert_eq!(body_fields(&out, 0), [("boxID", false), ("reason", true)]);
    assert_eq!(body_fields(&out, 1), [("boxID", false)]);
}

/// A path as a setext heading (`/boxes/:ID.:Key` underlined with dashes), a line of prose,
/// then the method alone on a line of its own (`POST`) or after heading marks a strict
/// parser leaves as text (`###GET`): a route per section, and placeholders joined by dots
/// in one segment, each opened by its colon, read as one each (`{ID}.{Key}`).
#[test]
fn a_method_line_under_a_path_heading_and_dot_joined_placeholders() {
    let page = "Boxes\n-----\n\n/boxes/:ID.:Key\n---------------\nreturns one box\n\n###GET\n\n###Example\n\n~~~\ncurl http://boxes.example:8080/boxes/7.abc\n~~~\n\n/box\n---------------\n\nadds a box\n\nPOST\n\n###Example\n\n/box/lid/:ID.:Size.:Key\n---------------\n\nopens a lid\n\nGET\n";
    let out = read("boxes.md", page);
    assert_eq!(
        ops(&out),
        [
            (
                "GET /boxes/{ID}.{Key}".to_string(),
                vec!["ID path true".to_string(), "Key path true".to_string()]
            ),
            ("POST /box".to_string(), vec![]),
            (
                "GET /box/lid/{ID}.{Size}.{Key}".to_string(),
                vec![
                    "ID path true".to_string(),
                    "Size path true".to_string(),
                    "Key path true".to_string()
                ]
            ),
        ]
    );
}

/// A bullet template per call: `* **URL**` over the path alone (or over items giving
/// several, one with a comment in parentheses after it), then `* **Method:**` over the
/// method in code, in bullets of their own: a route per path, and the statuses of the
/// `**Code:** 200` / `**Code:** 404 or 500` items under the response bullets. A segment
/// written as a word the `* **URL Params**` list names (`/v1/boxes/label` over
/// `` `label=[string]` ``) is a placeholder.
#[test]
fn url_and_method_in_bullets_of_their_own() {
    let page = "# Boxes\n\n### GET Boxes\n\nLists boxes.\n\n* **URL**\n\n  /v1/boxes\n\n* **Method:**\n\n  `GET`\n\n* **Success Response:**\n\n  * **Code:** 200\n\n* **Error Response:**\n\n  * **Code:** 404 or 500\n\n### GET Last Lids\n\n* **URL**\n\n  * /v1/lids/last (gets last 5)\n  * /v1/lids/first\n\n* **Method:**\n\n  `GET`\n\n* **Success Response:**\n\n  * **Code:** 200\n\n### POST Box\n\n* **URL**\n\n  /v1/boxes/label/open\n\n* **Method:**\n\n  `POST`\n\n* **URL Params**\n\n  **Required:**\n  `label=[string]`\n";
    let out = read("boxes.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /v1/boxes",
            "GET /v1/lids/last",
            "GET /v1/lids/first",
            "POST /v1/boxes/{label}/open"
        ]
    );
    assert_eq!(statuses(&out)[0], [200, 404, 500]);
}

/// Action headings naming their method in brackets (`## Boxes [GET]`) over the path alone
/// in a paragraph, a query string of placeholders after it (`/v1/boxes?key={key}`), or a
/// URL on another host: a route per heading, the query's placeholders its query
/// parameters; an elided path (`/v1/jobs/.../`) is none.
#[test]
fn bracketed_method_headings_over_a_bare_path() {
    let page = "# Boxes\n\n## List boxes [GET]\n\nLists them.\n\n/v1/boxes?key={key}&color={color}\n\n### Parameters\n\n| Parameter | Description | Required |\n|---|---|---|\n| `key` | Your key | Yes |\n| `color` | A color | No |\n\n## Fill box [PUT]\n\n/v1/boxes/{box_id}?key={key}\n\n## Make token [POST]\n\nhttps://vault.example.com/v2/token?key={key}\n\n## Watch [GET]\n\n/v1/jobs/.../?key={key}\n";
    let out = read("boxes.md", page);
    assert_eq!(
        routes(&out),
        ["GET /v1/boxes", "PUT /v1/boxes/{box_id}", "POST /v2/token"]
    );
    assert_eq!(
        ops(&out)[0].1,
        [
            "key query true".to_string(),
            "color query false".to_string()
        ]
    );
}

/// A `**Method:** GET.` line (a full stop after the method) over the route alone in a
/// paragraph of its own, written without its leading slash and with a format suffix
/// (`shop/{version}/boxes/{box_id}.{format}`): the route, rooted; a lone call giving values
/// in its query string (`/shop/v1/boxes?color=red`) is an example, no route.
#[test]
fn method_line_over_a_relative_path_paragraph() {
    let page = "# Shop\n\n## Get Box\n\n**Method:** GET.\nAuthentication required.\n\nReturns one box.\n\nshop/{version}/boxes/{box_id}.{format}\n\n### URL parameters:\n\n| Parameter | Description | Required |\n|---|---|---|\n| `version` | API version | Yes |\n| `box_id` | Box ID | Yes |\n| `format` | Format | Yes |\n\n## Find Boxes\n\n**Method:** GET\n\n/shop/v1/boxes?color=red\n";
    let out = read("shop.md", page);
    assert_eq!(
        routes(&out),
        ["GET /shop/{version}/boxes/{box_id}.{format}"]
    );
    assert_eq!(
        ops(&out)[0].1,
        [
            "version path true".to_string(),
            "box_id path true".to_string(),
            "format path true".to_string()
        ]
    );
}

/// reStructuredText routes set as raw HTML in a preformatted element (`.. raw:: html` over
/// `<pre class="prettyprint"><b>GET</b> /api/v1/boxes/<code>{pk}</code></pre>`, on one
/// line or over several): the element's text, a code block holding the request line.
#[test]
fn raw_html_preformatted_routes_in_rst() {
    let page = "Boxes\n*****\n\nList boxes\n----------\n\n.. raw:: html\n\n   <pre class=\"prettyprint\"><b>GET</b> /api/v1/boxes</pre>\n\nGet a box\n---------\n\n.. raw:: html\n\n   <pre class=\"prettyprint\">\n   <b>GET</b> /api/v1/boxes/<code>{pk}</code>\n   </pre>\n\nWhere:\n\n- ``pk`` - the box id\n\nDelete a box\n------------\n\n.. raw:: html\n\n   <pre class=\"prettyprint\">\n   <b>DELETE</b> /api/v1/boxes/<code>{pk}</code></pre>\n\nResponse\n^^^^^^^^\n\n::\n\n    HTTP 204 NO CONTENT\n";
    let out = read("boxes.rst", page);
    assert_eq!(
        routes(&out),
        [
            "GET /api/v1/boxes",
            "GET /api/v1/boxes/{pk}",
            "DELETE /api/v1/boxes/{pk}"
        ]
    );
    assert_eq!(statuses(&out)[2], vec![204]);
}

/// Items under a response heading describing the answer envelope's fields, the status
/// field's value a code (`* _code_, _201_ on success`, `` * `status`: 204 on success ``):
/// the operation's status.
#[test]
fn envelope_status_field_items() {
    let page = "# Boxes\n\n## Create box\n\n### Endpoint\n\n    POST /box/create.json\n\n### Response\n\n* _message_, A string describing the result.\n* _code_, _201_ on success\n* _result_, A Box object\n\n## Delete box\n\n### Endpoint\n\n    POST /box/:id/delete.json\n\n### Response\n\n* `message`: A string.\n* `status`: 204 on success\n";
    let out = read("boxes.md", page);
    assert_eq!(
        routes(&out),
        ["POST /box/create.json", "POST /box/{id}/delete.json"]
    );
    assert_eq!(statuses(&out), [vec![201], vec![204]]);
}

/// Route headings standing for several routes: a path segment of alternatives in
/// parentheses (`### POST /api/(boxes|bags)/{id}/lid`), a route per word; two paths joined
/// by `or` (`### GET /api/boxes/{id} or /api/boxes/{id}/rev/{rev}`), a route per path.
#[test]
fn route_headings_with_alternatives() {
    let page = "# Boxes\n\n### GET /api/boxes/{id} or /api/boxes/{id}/rev/{rev}\n\nOne box.\n\n### POST /api/(boxes|bags)/{id}/lid\n\nPuts a lid on.\n";
    let out = read("boxes.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /api/boxes/{id}",
            "GET /api/boxes/{id}/rev/{rev}",
            "POST /api/boxes/{id}/lid",
            "POST /api/bags/{id}/lid"
        ]
    );
}

/// A `### REST API` sub-heading over the route in code, beside the other ways to call it
/// (`### GraphQL`), under the operation's title: a label, the title names the operation
/// and its section (the request body above the route) is the operation's.
#[test]
fn rest_api_sub_heading_is_a_label() {
    let page = "# Boxes\n\n## Update Boxes\n\nUpdate several boxes.\n\n### Request Body\n\n| Field | Type | Description |\n|---|---|---|\n| `keys` | array | The box ids. |\n\n### REST API\n\n```\nPATCH /boxes\n```\n\n### GraphQL\n\n```\ntype Mutation { update_boxes: [Box] }\n```\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["PATCH /boxes"]);
    assert_eq!(out.spec.operations[0].id, "update_boxes");
    assert_eq!(body_fields(&out, 0).len(), 1);
}

/// Fields written as paragraphs, the name in code then its type and a `Required` mark if
/// any, a hard line break (a backslash) before the description (`` `keys` **Required**\ ``
/// over `Array of box ids.`, `` `mode`\ `` over `Where to put it.`): body fields, the
/// unmarked one's required flag unknown.
#[test]
fn hard_break_field_paragraphs() {
    let page = "# Boxes\n\n## Update Boxes\n\nUpdate several boxes.\n\n### Request Body\n\n`keys` **Required**\\\nArray of box ids.\n\n`data` **Required**\\\nWhat to change.\n\n`mode`\\\nWhere to put the answer. One of `json`, `cookie`.\n\n### REST API\n\n```\nPATCH /boxes\n```\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["PATCH /boxes"]);
    let fields = body_fields(&out, 0);
    let names: Vec<&str> = fields.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, ["keys", "data", "mode"]);
    assert!(!fields[0].1 && !fields[1].1);
}

/// Bold-label field lists giving paths and methods as lists: every method on every path,
/// an `Endpoints` list joined to its `Base Path`, and methods assigned in words to the paths
/// whose segments the words name (a path two methods name is left out).
#[test]
fn route_field_lists() {
    let page = "# Boxes\n\n## Health\n\n- **Path**: `/health`\n- **Methods**: `GET`, `POST`\n- **Description**: Is it up.\n\n## Box API\n\n- **Base Path**: `/api/v2`\n- **Endpoints**:\n  - `/boxes`\n  - `/boxes/{id}/lid`\n- **Methods**: `GET`\n- **Description**: Boxes.\n\n## Packing\n\n- **Paths**:\n  - `/pack/send`\n  - `/pack/ping`\n- **Methods**:\n  - `POST` for send endpoints.\n  - `GET` for ping endpoints.\n\n## Stores\n\n- **Path**: `/store/load`, `/store/drop`, `/store/status`\n- **Methods**: `POST` for the loading endpoints, `GET` for the status endpoint\n";
    let out = read("boxes.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /health",
            "POST /health",
            "GET /api/v2/boxes",
            "GET /api/v2/boxes/{id}/lid",
            "POST /pack/send",
            "GET /pack/ping",
            "POST /store/load",
            "POST /store/drop",
            "GET /store/status"
        ]
    );
    assert_eq!(
        ops(&out)[3].1,
        ["id path true"],
        "the placeholder of a joined endpoint is a path parameter"
    );
}

/// A parameter table whose `Type` column holds the location (`path`, `query`, `header`) and
/// whose `Req?` column says `true` / `false`: the locations and required flags, no type.
#[test]
fn type_column_of_locations() {
    let page = "# Boxes\n\n## Get a box\n\n```\nGET /v1/{shop}/boxes/{boxId}\n```\n\n### Parameters\n\n| Name | Type | Req? | Description |\n| :--- | :--- | :---: | :--- |\n| shop | path | true | The shop. |\n| boxId | path | true | The box. |\n| X-Trace | header | false | A trace id. |\n| lid | query | false | With its lid. |\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["GET /v1/{shop}/boxes/{boxId}"]);
    assert_eq!(
        ops(&out)[0].1,
        [
            "shop path true",
            "boxId path true",
            "X-Trace header false",
            "lid query false"
        ]
    );
}

/// A media type set in emphasis after a label (`__Content-Type:__ _application/json_`)
/// between a response heading and its list of statuses (as links, `- [404: Not Found](#x)`):
/// the label names the answer's media type, the statuses are still read.
#[test]
fn emphasised_media_label_over_statuses() {
    let page = "# Get box\n```\nGET /boxes/{id}\n```\nGets a box.\n\n## Responses\n\n__Content-Type:__ _application/json_\n\n- [200: OK](#ok)\n- [404: Not Found](#missing)\n\n### 200 OK\nThe box.\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["GET /boxes/{id}"]);
    assert_eq!(statuses(&out), [vec![200, 404]]);
}

/// A route given as `URL` and `Method` items over `Content-Type` and `Content` items and a
/// JSON request sample: the URL item is the route said again, no body field; the sample
/// gives the body.
#[test]
fn url_item_is_no_body_field() {
    let page = "# Boxes\n\n## Create a box\n\n### HTTP Request\n\n- URL: `/v1/boxes`\n- Method: `POST`\n- Content-Type: `application/json`\n- Content:\n\n```json\n{\"size\": 3, \"colour\": \"red\"}\n```\n\n### HTTP Response\n\n- Content-Type: `application/json`\n- Content:\n\n```json\n{\"status\": 200}\n```\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["POST /v1/boxes"]);
    let fields = body_fields(&out, 0);
    let names: Vec<&str> = fields.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, ["size", "colour"]);
}

/// A route table's description cell naming query parameters in code after saying so
/// (`Query parameters include `depth`, `width`, and `unit`.`, `Query parameter `unit`
/// supports `cm` and `in`.`): query parameters of that row's operation, the values after
/// the list none; their required flag unknown.
#[test]
fn query_parameters_named_in_a_route_cell() {
    let page = "# Boxes\n\n| Path | Method | Description |\n| --- | --- | --- |\n| `/boxes/measure` | `POST` | Measures a box. Query parameters include `depth`, `width`, and `unit`. |\n| `/boxes/weigh` | `POST` | Weighs a box. Query parameter `unit` supports `kg` and `lb`. |\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["POST /boxes/measure", "POST /boxes/weigh"]);
    let ops = ops(&out);
    assert_eq!(
        ops[0].1,
        ["depth query false", "width query false", "unit query false"]
    );
    assert_eq!(ops[1].1, ["unit query false"]);
}

/// A route written with a bracketed server placeholder (`GET [Box_Server]/{shop}/boxes`) on
/// a page whose notation list defines it as a URL (`* **[Box_Server]** is the server:
/// **https://api.example.com/v3/store/**`): the route's path opens with the URL's path.
#[test]
fn defined_server_placeholder_before_the_path() {
    let page = "# Boxes\n\n### Notation\n\n* **[Box_Server]** is the box server: **https://api.example.com/v3/store/**\n* Curly braces mark a variable.\n\n## List boxes\n\n```\nGET [Box_Server]/{shop}/boxes[?page={n}]\n```\n\n* **{shop}** : Required. The shop.\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["GET /v3/store/{shop}/boxes"]);
}

/// A sentence naming the code after `status code of` and saying what it means (`A status
/// code of `200` indicates a live box.`): the operation's status; a count (`at most 500
/// of them`) is none.
#[test]
fn status_code_of_that_indicates() {
    let page = "# Probes\n\n## Liveness\n\n- URL: `/live`\n- Method: `GET`\n\nA status code of `200` indicates a live box.\n\nAt most 500 of them are checked.\n";
    let out = read("probes.md", page);
    assert_eq!(routes(&out), ["GET /live"]);
    assert_eq!(statuses(&out), [vec![200]]);
}

/// A list item's sentence telling the caller to send a name in code as a query parameter
/// (`- **Usage**: Pass the box in the `box` query parameter.`): a query parameter of the
/// operation, as a paragraph's would be.
#[test]
fn query_parameter_named_in_an_item_sentence() {
    let page = "# Boxes\n\n## Weigh a box\n\n- **Path**: `/boxes/weigh`\n- **Methods**: `GET`\n- **Usage**: Pass the box in the `box` query parameter.\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["GET /boxes/weigh"]);
    assert_eq!(ops(&out)[0].1, ["box query false"]);
}

/// A route table's description cell naming a form field in code with its value (`Use form
/// field `open=true` or `open=false`.`): a field of that row's body, named without the value.
#[test]
fn form_field_named_in_a_route_cell() {
    let page = "# Boxes\n\n| Path | Method | Description |\n| --- | --- | --- |\n| `/boxes/lid` | `POST` | Opens or closes the lid. Use form field `open=true` or `open=false`. |\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["POST /boxes/lid"]);
    let fields = body_fields(&out, 0);
    let names: Vec<&str> = fields.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, ["open"]);
}

/// Path items with no method (`` * `/seal` - Seals a box ``), grouped by a sentence naming
/// the method before the group (`The following endpoints all use `GET`:`) or after it,
/// pointing back (`These accept `POST`. Headers which must be set are:`), the list after
/// that sentence read by every route of the group (`must` required, `may` optional); a
/// route shown before only as a sample request in code is that one operation.
#[test]
fn path_items_grouped_by_method_sentences() {
    let page = "# Boxes\n\n## Sending a request\n\n```\nPOST /pack HTTP/1.1\nWeight: 3\n```\n\n## Worker endpoints\n\nThe following endpoints are served by the worker and accept `POST`:\n\n* `/pack` - Packs a box\n\n## Admin endpoints\n\nThe admin listens here.\n\n* `/seal` - Seals a box\n* `/unseal` - Unseals a box\n\nThese accept `POST`. Headers which must be set are:\n\n- `Color`: the tape color\n\n* `/stack` - Stacks boxes\n\nThese also accept `POST`. Headers which may be set are:\n\n- `Height`: how high\n\nThe following endpoints all use `GET`:\n\n* `/count` - Counts boxes\n* `/stats` - Box statistics\n";
    let out = read("boxes.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /pack",
            "POST /seal",
            "POST /unseal",
            "POST /stack",
            "GET /count",
            "GET /stats"
        ]
    );
    let all = ops(&out);
    assert_eq!(all[1].1, ["Color header true"]);
    assert_eq!(all[2].1, ["Color header true"]);
    assert_eq!(all[3].1, ["Height header false"]);
    assert!(all[4].1.is_empty());
}

/// Headers a sentence says the calls are sent with, a name in code before the word
/// `header`: in the paragraph opening a section of several routes (`All of these may
/// require `Token` header to be sent`), every route's; in a route's own description
/// (`… by the ID passed in `Label:` header`), that route's. Required left unknown.
#[test]
fn headers_named_in_prose() {
    let page = "# Boxes\n\n## Admin endpoints\n\nAll of these may require `Token` header to be sent.\n\n* `GET /count` - Counts boxes\n* `GET /lookup` - Finds a box by the ID passed in `Label:` header\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["GET /count", "GET /lookup"]);
    let all = ops(&out);
    assert_eq!(all[0].1, ["Token header false"]);
    let mut names = all[1].1.clone();
    names.sort();
    assert_eq!(names, ["Label header false", "Token header false"]);
}

/// A label naming one method over a plain fence of paths alone, the template then a call
/// filling it in (`GET method:` over `/boxes/[:id]/lids` and `/boxes/42/lids`): the
/// template is that method's route, the call its example.
#[test]
fn method_label_over_a_fence_of_paths() {
    let page = "# Boxes\n\n### Lids\n\nGET method:\n\n```\n  /api/boxes/[:id]/lids[?from=&to=]\n  /api/boxes/42/lids?from=0&to=5\n```\n\nPOST method:\n\n```\n  /api/lids\n```\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["GET /api/boxes/{id}/lids", "POST /api/lids"]);
    let all = ops(&out);
    assert_eq!(
        all[0].1,
        ["id path true", "from query false", "to query false"]
    );
}

/// A fence of fields as sent with sample values under a body label (`POST params:` over
/// `ids: 4,5` / `from (optional): 0`): body fields, optional where marked, unsaid
/// otherwise; an `eg` line ends the list.
#[test]
fn sample_value_lines_under_a_body_label() {
    let page = "# Boxes\n\n### Stack boxes\n\nPOST method:\n\n```\n  /api/stack\n```\n\nPOST params:\n\n```\nids: 4,5\nfrom (optional): 0\nheight (optional): 3 (levels)\neg\nids: 7\n```\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["POST /api/stack"]);
    let op = &out.spec.operations[0];
    assert_eq!(body_names(&out, op), ["ids", "from", "height"]);
    let flags = body_flags(&out, op);
    assert!(!flags[1].1 && !flags[2].1);
}

/// A description whose last sentence invites the caller to pass parameters, with no colon
/// (`You can specify additional parameters to narrow the results.`), over bullets of names
/// in code: those bullets are the operation's parameters (a GET's in the query).
#[test]
fn a_sentence_inviting_parameters_labels_the_list() {
    let page = "# Boxes\n\n### GET /api/boxes\n\nLists all boxes. You can specify additional parameters to narrow the results.\n- `colour`: Only boxes of this colour, such as `red`.\n- `limit`: At most this many boxes.\n\n### GET /api/boxes/{id}\n\nOne box.\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["GET /api/boxes", "GET /api/boxes/{id}"]);
    assert_eq!(ops(&out)[0].1, ["colour query false", "limit query false"]);
}

/// Statuses named in prose by their reason phrase alone, in code: set as the response
/// (`the response MUST be `CREATED``, `the response is `No Content``), returned (`returns
/// `NOT FOUND``) or with the code after them (`` `Method Not Allowed` (405) ``), in items
/// after an example as well as under the response label.
#[test]
fn statuses_named_by_their_reason_phrase() {
    let page = "# Boxes\n\n## PATCH /boxes/{id}\n\nWrites a part of a box.\n\nResponses:\n\n* When a part is stored the response MUST be `OK`.\n\nFor example:\n\n```\n{ \"left\": [1, 2] }\n```\n\n* When the last part is stored the response MUST be `CREATED`.\n* When a part clashes the response MUST be `CONFLICT`.\n\n## PUT /boxes/{id}/lid\n\nCloses the box. The response is `No Content`. A box never opened returns `NOT FOUND`.\nA sealed box makes the server respond with `Method Not Allowed` (405).\n\n## GET /boxes\n\nLists boxes; the `Created` field says when.\n";
    let out = read("boxes.md", page);
    assert_eq!(
        routes(&out),
        ["PATCH /boxes/{id}", "PUT /boxes/{id}/lid", "GET /boxes"]
    );
    assert_eq!(
        statuses(&out),
        [vec![200, 201, 409], vec![204, 404, 405], vec![]]
    );
}

/// A call in code to an absolute URL that a JSON answer on the page holds as a value (`>
/// GET https://cdn.example.com/blobs/42` after `"href": "https://cdn.example.com/blobs/42"`):
/// a link the API hands out, followed; no operation of the page.
#[test]
fn a_call_to_a_handed_out_link_is_no_route() {
    let page = "# Blobs\n\n## Fetch\n\nThe batch answer gives a link:\n\n```json\n{\"actions\": {\"download\": {\"href\": \"https://cdn.example.com/blobs/42\"}}}\n```\n\nThe client makes a GET request on the `href`:\n\n```\n> GET https://cdn.example.com/blobs/42\n<\n< HTTP/1.1 200 OK\n```\n\n## POST /blobs/batch\n\nAsks for links.\n\n```\n> POST https://api.example.com/blobs/batch\n```\n";
    let out = read("blobs.md", page);
    assert_eq!(routes(&out), ["POST /blobs/batch"]);
}

/// A route in code under a `### GraphQL` sub-heading beside a `### REST API` one, the ways
/// to call the operation titled over them: the GraphQL endpoint, not an operation.
#[test]
fn a_graphql_way_beside_a_rest_api_way_is_no_operation() {
    let page = "# Boxes\n\n## List Boxes\n\nLists the boxes.\n\n### REST API\n\n```\nGET /boxes\n```\n\n### GraphQL\n\n```\nPOST /graphql/system\n```\n\n```graphql\ntype Query { boxes: [Box] }\n```\n\n## Get a Box\n\n### REST API\n\n```\nGET /boxes/:id\n```\n\n### GraphQL\n\n```\nPOST /graphql/system\n```\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["GET /boxes", "GET /boxes/{id}"]);
}

/// A section stating its resource's path alone (`## Segments` over
/// `/api/videos/<id>/segments/`) over sub-sections that each give a call of it: two
/// sub-sections with the same method (`### Vote on a segment`, `### Create a segment`, both
/// `POST`) are one operation of the resource.
#[test]
fn same_method_sub_sections_under_a_resource_path_are_one_operation() {
    let page = "# Videos\n\n## Segments\n/api/videos/\\<video_id>/segments/\n\nSegments of a video.\n\n### List segments\nGET /api/videos/\\<video_id>/segments/\n\n### Vote on a segment\nPOST /api/videos/\\<video_id>/segments/\n```json\n{\"vote\": {\"id\": \"a\"}}\n```\n\n### Create a segment\nPOST /api/videos/\\<video_id>/segments/\n```json\n{\"segment\": {\"start\": 1}}\n```\n";
    let out = read("videos.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /api/videos/{video_id}/segments/",
            "POST /api/videos/{video_id}/segments/"
        ]
    );
}

/// `**Required:**` / `**Optional:**` markers each over `` `name=[type]` `` lines under a
/// `URL Params` item: a parameter per line, required or optional by its marker; of
/// alternatives joined by `or`, only the route's placeholders.
#[test]
fn required_and_optional_markers_over_name_type_lines() {
    let page = "# Shelves\n\n### GET Shelf\n\n* **URL**\n\n  /v1/shelves/:id\n\n* **Method:**\n\n  `GET`\n\n* **URL Params**\n\n  **Required:**\n  `id=[string]`\n  or\n  `number=[number]`\n\n  **Optional:**\n  `depth=[number]`\n\n* **Success Response:**\n\n  * **Code:** 200\n";
    let out = read("shelves.md", page);
    assert_eq!(
        ops(&out),
        [(
            "GET /v1/shelves/{id}".to_string(),
            vec!["id path true".to_string(), "depth query false".to_string()]
        )]
    );
}

/// A query string in code that a sentence of the description says to add to the URL
/// (`Add `?force` at the end of the URL to skip the queue.`, `by adding `?compact``): its
/// names are optional query parameters.
#[test]
fn query_strings_a_sentence_says_to_add() {
    let page = "# Shelves\n\n## POST /v1/shelves/push\n\nPushes a shelf. Add `?force` at the end of the URL to skip the queue.\n\n## GET /v1/shelves\n\nLists shelves. Results can be shortened by adding `?compact`.\n";
    let out = read("shelves.md", page);
    assert_eq!(
        ops(&out),
        [
            (
                "POST /v1/shelves/push".to_string(),
                vec!["force query false".to_string()]
            ),
            (
                "GET /v1/shelves".to_string(),
                vec!["compact query false".to_string()]
            )
        ]
    );
}

/// Sections titled by an endpoint's bare name (`convert.pdf`, `merge`) on a page whose
/// introduction gives all its endpoints' methods (`may be sent as GET arguments or POSTed as
/// JSON`): a route `/<name>` per method; a section without an argument label or a mention of
/// `this endpoint` (`Examples`, `Limits`) is none.
#[test]
fn bare_name_sections_under_methods_for_all_endpoints() {
    let page = "Converter API\n=============\n\nFor all endpoints below, arguments may be sent as GET arguments or POSTed as JSON.\n\nconvert.pdf\n-----------\n\nConverts a document.\n\nArguments:\n\nsource : string : required\n  The document's URL.\n\nExamples\n~~~~~~~~\n\nA call::\n\n    curl 'http://localhost:9000/convert.pdf?source=http://x.org/a.doc'\n\nmerge\n-----\n\nThis endpoint merges two documents.\n\nLimits\n------\n\nDocuments over 10 MB are refused.\n";
    let out = read("converter.rst", page);
    let routes: Vec<String> = ops(&out).into_iter().map(|(r, _)| r).collect();
    assert_eq!(
        routes,
        [
            "GET /convert.pdf",
            "POST /convert.pdf",
            "GET /merge",
            "POST /merge"
        ]
    );
}

/// A sentence that sends a request by its method in capitals to a literal path it calls an
/// endpoint (`send a POST request to the `/_flush` endpoint`): that route, also over a call
/// in code to it. A literal path not called an endpoint (`make a GET request to
/// `/status/today``) fills a template in: no route.
#[test]
fn sent_request_to_a_path_called_an_endpoint() {
    let page = "# Admin\n\n## Flush\n\nTo empty the caches send a POST request to the `/_flush` endpoint:\n\n```\ncurl -X POST http://localhost:9000/_flush\n```\n\n## Health\n\nTo check it is alive, send a GET request to the `/_health` endpoint.\n\n## Today\n\nFor example, make a GET request to `/status/today`.\n";
    let out = read("admin.md", page);
    let routes: Vec<String> = ops(&out).into_iter().map(|(r, _)| r).collect();
    assert_eq!(routes, ["POST /_flush", "GET /_health"]);
}

/// reStructuredText definition-list terms carrying classifiers (`source : string :
/// required`, `pages : integer : optional`) under a parameter label: the name, its written
/// type, and the flag the `required` / `optional` classifier gives.
#[test]
fn definition_terms_with_type_and_required_classifiers() {
    let page = "Converter API\n=============\n\nGET /convert\n------------\n\nConverts a document.\n\nArguments:\n\nsource : string : required\n  The document's URL.\n\npages : integer : optional\n  How many pages to convert.\n";
    let out = read("converter.rst", page);
    assert_eq!(
        ops(&out),
        [(
            "GET /convert".to_string(),
            vec![
                "source query true".to_string(),
                "pages query false".to_string()
            ]
        )]
    );
}

/// A URL item that ends the page (`* **URL:** /boxes` the last block, the method item above
/// it): its route, and no look past the page's end for nested items (a fuzzer's find).
#[test]
fn a_url_item_that_ends_the_page() {
    let page = "# Boxes\n\n## Get box\n\n* **Method:** GET\n* **URL:** /boxes";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["GET /boxes"]);
}
