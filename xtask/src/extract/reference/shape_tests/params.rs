//! Shapes of parameters: name, location and required columns in other words, parameters in
//! lists, labels, prose and markup.

use super::*;

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
        crate::extract::reference::fields::marked_name("**_id** <Required />"),
        Some(("_id", true))
    );
    assert_eq!(
        crate::extract::reference::fields::marked_name("**after** <Note />"),
        None
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

/// A plain code block under a parameter label holding `name=value` lines (and `#`
/// comments): each name a parameter, where the method sends it.
#[test]
fn name_value_lines_under_a_parameter_label() {
    let page = "# API\n\n#### Renaming folder\n\nPOST [https://theoldreader.com/reader/api/0/rename-tag](https://theoldreader.com/reader/api/0/rename-tag)\n\nParameters:\n\n\t# the folder\n\ts=user/-/label/Folder\n\tdest=user/-/label/NewFolder\n";
    let out = read("readme.md", page);
    let fields = body_names(&out, &out.spec.operations[0]);
    assert_eq!(fields, ["s", "dest"]);
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

/// An optional suffix on a route (`http://[instance].adhocracy.cc/instance/[key][.format]`:
/// a file extension the call may add) is left out; `[key]` stays a placeholder.
#[test]
fn an_optional_format_suffix() {
    let r = crate::extract::reference::routes::route_line(
        "GET http://[instance].adhocracy.cc/instance/[key][.format]",
    )
    .map(|r| r.path);
    assert_eq!(r.as_deref(), Some("/instance/{key}"));
    let r = crate::extract::reference::routes::route_line("GET /instance[.format]").map(|r| r.path);
    assert_eq!(r.as_deref(), Some("/instance"));
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

/// Headings opening with a method's name in a code span, a title after it (`## `send_msg`
/// 发送消息`), two or more at one level, each over a parameter list (`### 参数` over `字段名 |
/// 数据类型 | 默认值 | 说明`): RPC methods named so.
#[test]
fn method_names_in_code_opening_headings() {
    let page = "# 公开 API\n\n## `send_msg` 发送消息\n\n### 参数\n\n| 字段名 | 数据类型 | 默认值 | 说明 |\n| ----- | ------- | ----- | --- |\n| `user_id` | number | - | 对方 QQ 号 |\n| `message` | message | - | 要发送的内容 |\n\n### 响应数据\n\n| 字段名 | 数据类型 | 说明 |\n| ----- | ------- | --- |\n| `message_id` | number (int32) | 消息 ID |\n\n## `delete_msg` 撤回消息\n\n### 参数\n\n| 字段名 | 数据类型 | 默认值 | 说明 |\n| ----- | ------- | ----- | --- |\n| `message_id` | number (int32) | - | 消息 ID |\n\n## `Overview` of things\n\nText.\n";
    let out = read("public.md", page);
    assert_eq!(rpc_names(&out), ["send_msg", "delete_msg"]);
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

/// An `Element` name column whose `Description` column says only where each element goes
/// (`header`, `param` for the query string, `variable` for the path, `body param`): the
/// location column; the request's elements by it.
#[test]
fn element_table_with_a_description_column_of_locations() {
    let page = "### Weigh a box\n\n```shell\ncurl -X POST \"http://localhost:9000/api/boxes/<box_id>/weigh?unit=<unit>\" \\\n-H \"x-token: <token>\"\n```\n\n| Element | Description | Type | Required | Notes |\n|---|---|---|---|---|\n| x-token | header | string | required | the caller's token |\n| box_id | variable | string | required | which box |\n| unit | param | string | optional | grams or ounces |\n| scale | body param | string | optional | which scale to use |\n";
    let out = read("boxes.md", page);
    assert_eq!(
        ops(&out),
        [(
            "POST /api/boxes/{box_id}/weigh".to_string(),
            vec![
                "x-token header true".to_string(),
                "box_id path true".to_string(),
                "unit query false".to_string(),
            ]
        )]
    );
    let op = &out.spec.operations[0];
    assert_eq!(body_names(&out, op), ["scale"]);
}

/// A one-clause sentence opening with the endpoint's path and ending with a colon that
/// introduces its parameters (`` `/count` is expecting an HTTP GET request with following
/// parameters:``), under a topic sub-heading (`### Overview`): the label of the table under
/// it.
#[test]
fn a_sentence_opening_with_the_path_introduces_the_parameters() {
    let page = "# Boxes\n\n## /count - Count boxes\n\nCounts boxes.\n\n### Overview\n\n`/count` is expecting an HTTP GET request with following parameters:\n\n| Parameter | Required | Description |\n| --------- | -------- | ----------- |\n| `shelf`   | Yes      | The shelf.  |\n| `limit`   | No       | A limit.    |\n\n## /seal - Seal boxes\n\n`/seal` accepts `POST` requests.\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["GET /count", "POST /seal"]);
    assert_eq!(ops(&out)[0].1, ["shelf query true", "limit query false"]);
}

/// Under a parameter label, the operation's own path alone in code with a query string
/// (`### Params` over `/api/shelves/{shelf}/tree?depth=2&site=fr`): the query's names are
/// its query parameters (no required flag said), the values examples.
#[test]
fn own_path_with_a_query_string_under_a_params_label() {
    let page = "# Boxes\n\n## Shelf Tree\n\n`GET` `/api/shelves/{shelf}/tree`\n\nGets the tree of a shelf.\n\n### Params\n\nYou may set a `depth` to limit nesting, or `site` to choose the site.\n\n```url\n/api/shelves/{shelf}/tree?depth=2&site=fr\n```\n\n## Shelf\n\n`GET` `/api/shelves/{shelf}`\n\nGets a shelf.\n";
    let out = read("boxes.md", page);
    assert_eq!(
        routes(&out),
        ["GET /api/shelves/{shelf}/tree", "GET /api/shelves/{shelf}"]
    );
    let all = ops(&out);
    assert_eq!(
        all[0].1,
        ["shelf path true", "depth query false", "site query false"]
    );
    assert_eq!(all[1].1, ["shelf path true"]);
}

/// Items giving the type in square brackets after the name, a colon or nothing before the
/// description (`color [string]: … (required)`, `size [integer] how big`): parameters of
/// that type, required where the description says so.
#[test]
fn bracketed_type_after_the_name() {
    let page = "# Boxes\n\n## REST API\n\n### GET /boxes\n\nLists boxes.\n\n#### Parameters\n\n*   color [string]: the paint of the box (required)\n*   size [integer] how big the box is\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["GET /boxes"]);
    assert_eq!(ops(&out)[0].1, ["color query true", "size query false"]);
    let params = &out.spec.operations[0].params;
    assert_eq!(
        params[0].ty,
        TypeRef::Primitive(chatgen_codegen::spec::Primitive::String)
    );
    assert_eq!(
        params[1].ty,
        TypeRef::Primitive(chatgen_codegen::spec::Primitive::Integer)
    );
}

/// A table whose `Type` column gives where each row travels (`ns | path`, `watch | uri`,
/// `Accept | header`) after a sample answer's label: the request's parameters still, a
/// `uri` name the route does not hold going in the query.
#[test]
fn location_table_after_a_sample_answer() {
    let page = "# API\n\n### GET /boxes/&lt;ns&gt;\n\n> Sample request\n\n```\ncurl :4180/boxes/default\n```\n\n> Sample response\n\n```\n{\"ns\":\"default\"}\n```\n\nReturns a box.\n\nParameter | Type | Description\n--------- | ---- | -----------\nns | path | The box namespace.\nwatch | uri | If true, stream.\nAccept | header | The content type.\n\n### DELETE /boxes/&lt;ns&gt;\n\nDeletes a box.\n\nParameter | Type | Description\n--------- | ---- | -----------\nns | path | The box namespace.\nforce | uri | If true, force.\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["GET /boxes/{ns}", "DELETE /boxes/{ns}"]);
    let all = ops(&out);
    assert_eq!(
        all[0].1,
        ["ns path true", "watch query false", "Accept header false"]
    );
    assert_eq!(all[1].1, ["ns path true", "force query false"]);
}

/// A parameter label heading naming, after `for`, what its list is for (`### Parameters for
/// small boxes` after an example's sub-heading): a parameter label still, its table the
/// operation's parameters, each list of a name read once.
#[test]
fn parameters_for_a_kind_of_thing() {
    let page = "# Boxes\n\n## GET /api/boxes.json\n\nFinds boxes.\n\n### Example small request\n\n    /api/boxes.json?size=3\n\n### Parameters for small boxes\n\nParameter | Description | Example\n----------|-------------|--------\nsize      | **(required)** The box size | 3\ncolor     | (optional) The paint | red\n\n### Parameters for big boxes\n\nParameter | Description | Example\n----------|-------------|--------\nsize      | **(required)** The box size | 30\n\n## DELETE /api/boxes/[id].json\n\nDeletes a box.\n";
    let out = read("boxes.md", page);
    assert_eq!(
        routes(&out),
        ["GET /api/boxes.json", "DELETE /api/boxes/{id}.json"]
    );
    assert_eq!(ops(&out)[0].1, ["size query true", "color query false"]);
}

/// A required mark as a sentence of its own at the end of an item's description (`- **url**
/// (str): Source URL. **Required**`), beside an item marked `Optional` the same way: that
/// item required, the unmarked ones left unsaid.
#[test]
fn required_mark_as_a_sentence_of_its_own() {
    let page = "# Boxes\n\n## GET /boxes\n\nLists boxes.\n\n- QueryParams:\n    - **url** (str): Source URL. **Required**\n    - **size** (int): How big. **Optional**\n    - **color** (str): The paint.\n\n## DELETE /boxes/{id}\n\nDeletes a box.\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["GET /boxes", "DELETE /boxes/{id}"]);
    assert_eq!(
        ops(&out)[0].1,
        ["url query true", "size query false", "color query false"]
    );
}

/// One item naming two parameters as the query string that sends them (`min_size=&max_size
/// [string]: … (optional)`): a parameter each, sharing the description.
#[test]
fn names_joined_as_a_query_string() {
    let page = "# Boxes\n\n## REST API\n\n### GET /boxes\n\nLists boxes.\n\n#### Parameters\n\n*   min_size=&max_size [string]: the range of box numbers (optional)\n*   color [string]: the paint (required)\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["GET /boxes"]);
    assert_eq!(
        ops(&out)[0].1,
        [
            "min_size query false",
            "max_size query false",
            "color query true"
        ]
    );
}

/// The one operation of a page under its title (`# Box API` over `### Weigh a box`, its route
/// only in a `curl` call): the title's topic ends at the operation's own heading, so the
/// unlabelled table under the call is the operation's parameters.
#[test]
fn a_table_under_the_only_operation_below_a_page_title() {
    let page = "# Box API\n\n### Weigh a box\n\n```shell\ncurl -X POST \"http://localhost:9000/api/boxes/<box_id>/weigh\"\n```\n\n| Name | In | Type | Required | Notes |\n|---|---|---|---|---|\n| x-token | header | string | required | the token |\n| box_id | path | string | required | which box |\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["POST /api/boxes/{box_id}/weigh"]);
    assert_eq!(ops(&out)[0].1, ["x-token header true", "box_id path true"]);
}

/// A call of the route shown in the prose with a listed name in its query string (``For
/// example, the `/crates/7?size=2` endpoint updates …``) over a `Name | Required` table with
/// no location: the whole list travels in the query, for both methods of a `PUT|PATCH` line.
#[test]
fn list_shown_in_the_query_of_a_prose_call() {
    let page = "# Crate Update\n\nUpdates a crate.\n\nFor example, the `/crates/7?size=2` endpoint will resize crate 7.\n\n## URL\n\n```sh\nPUT|PATCH /crates/{id}\n```\n\n## Parameters\n\n| Name | Required | Rules |\n| :--: | :--: | :-- |\n| size | Yes | integer |\n| color | No | string |\n";
    let out = read("crates.md", page);
    assert_eq!(routes(&out), ["PUT /crates/{id}", "PATCH /crates/{id}"]);
    for (_, params) in ops(&out) {
        assert_eq!(
            params,
            ["id path true", "size query true", "color query false"]
        );
    }
}

/// Two route lines in code, each a paragraph of its own, stacked with nothing between them
/// (`` `GET /boxes/find?color=red` `` over `` `GET /boxes/find_any?color=red` ``), then the
/// options list: both routes take the options.
#[test]
fn stacked_route_lines_share_what_follows() {
    let page = "# Boxes\n\n## Find boxes\n\n```shell\ncurl https://api.example.com/boxes/find?color=red\n```\n\n`GET https://api.example.com/boxes/find?color=red`\n\n`GET https://api.example.com/boxes/find_any?color=red`\n\nReturns the matching boxes.\n\nYou can use optional parameters:\n\n* `limit` - how many boxes to return\n* `offset` - how many boxes to skip\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["GET /boxes/find", "GET /boxes/find_any"]);
    for (_, params) in ops(&out) {
        assert!(
            params.contains(&"limit query false".to_string()),
            "{params:?}"
        );
        assert!(
            params.contains(&"offset query false".to_string()),
            "{params:?}"
        );
    }
}

/// A route printed with its variable segments as bare words (`PUT
/// /shop/store/store_name/item/item_name`) over a `Parameters` label whose items each open
/// with one of those words: the segments are path placeholders the list names.
#[test]
fn bare_word_segments_a_parameter_list_names_are_placeholders() {
    let page = "Shop\n====\n\nRetire an item\n--------------\n\n``PUT /shop/store/store_name/item/item_name`` - mark the item as retired\n\n**Parameters**\n\n  - ``store_name`` - the name of the store\n\n  - ``item_name`` - the name of the item to retire\n\nThe item is retired at once.\n";
    let out = read("shop.rst", page);
    assert_eq!(
        routes(&out),
        ["PUT /shop/store/{store_name}/item/{item_name}"]
    );
    assert_eq!(
        ops(&out)[0].1,
        ["store_name path true", "item_name path true"]
    );
}

/// Query parameters written as the keys of a TypeScript-like object literal in a
/// ```` ```js ```` fence under a query label (`{ shelf: string; limit?: number }`): `name?:`
/// optional, `name:` required, `//` comments dropped; a member typed by a string literal
/// (`mode: "fast"`) a string, and an array of such objects (`{ … }[]`) its element's members.
#[test]
fn query_keys_of_a_typed_object_literal_in_a_js_fence() {
    let page = "# Shelf API\n\n## List books\n\n```http\nGET /api/books\n```\n\n#### Query Param\n\nThe query parameters, shown as an object.\n\n```js\n{\n  shelf: string;   // Shelf id\n  limit?: number   // At most 50\n                   // when not set, all books\n}\n```\n\n## Sort books\n\n```http\nPOST /api/books/sort\n```\n\n#### Query Param\n\n```js\n{\n  shelf: string,\n  mode: \"fast\"\n}\n```\n\n## Move books\n\n```http\nPOST /api/books/move\n```\n\n#### Query Param\n\n```js\n{\n  bookId: string,\n  shelf: string,\n}[]\n```\n";
    let out = read("books.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /api/books",
            "POST /api/books/sort",
            "POST /api/books/move"
        ]
    );
    assert_eq!(ops(&out)[0].1, ["shelf query true", "limit query false"]);
    assert_eq!(ops(&out)[1].1, ["shelf query true", "mode query true"]);
    assert_eq!(ops(&out)[2].1, ["bookId query true", "shelf query true"]);
}

/// Parameters and statuses given as template calls, one keyword argument a line, the first
/// call naming the list's label and later calls adding to it (`<% info = InfoList.new(` /
/// `label: 'Query parameters',` / `name: 'limit',` … `) %>`, then `<% info.add(` / `name:
/// 'cursor',` … `) %>`): parameters at the label's location, required only where a
/// `required:` argument says; under `label: 'Responses'`, calls named by a status number.
#[test]
fn parameters_and_statuses_as_keyword_template_calls() {
    let page = "# Boxes\n\n## List boxes\n\n`GET /boxes/{shelf}`\n\n<div>\n  <% info = InfoList.new(\n    label: 'Path parameters',\n    name: 'shelf',\n    type: 'string',\n    required: true,\n    description: 'The shelf.'\n  ) %>\n  <% info = InfoList.new(\n    label: 'Query parameters',\n    name: 'limit',\n    type: 'integer',\n    required: true,\n    description: 'How many.'\n  ) %>\n  <% info.add(\n    name: 'cursor',\n    type: 'string',\n    description: 'Where to start.'\n  ) %>\n  <%= render(info) %>\n  <% info = InfoList.new(\n    label: \"Responses\",\n    name: \"200\",\n    description: \"OK\"\n  ) %>\n  <% info.add(\n    name: '404',\n    description: 'Not Found'\n  ) %>\n</div>\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["GET /boxes/{shelf}"]);
    assert_eq!(
        ops(&out)[0].1,
        ["shelf path true", "limit query true", "cursor query false"]
    );
    assert_eq!(statuses(&out), [vec![200, 404]]);
}

/// A parameter table whose only row says there is nothing to send (`| no body | | |`), as a
/// template's table stands in for an empty request: no parameter.
#[test]
fn a_table_row_saying_no_body_is_no_parameter() {
    let page = "# Boxes\n\n## Delete a box\n\n`DELETE /boxes/{id}`\n\n| Property | Type | Required | Description |\n|---|---|---|---|\n| no body | | | |\n\n## Rename a box\n\n`PATCH /boxes/{id}`\n\n| Property | Type | Required | Description |\n|---|---|---|---|\n| `name` | string | yes | The new name. |\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["DELETE /boxes/{id}", "PATCH /boxes/{id}"]);
    assert_eq!(ops(&out)[0].1, ["id path true"]);
    assert_eq!(body_fields(&out, 1), [("name", false)]);
}

/// A Chinese parameter table whose flag column says whether a value may be empty
/// (`| 参数名 | 类型 | 可为空 | 备注 |`, cells `是` / `否`): the column inverted, `否`
/// required and `是` optional.
#[test]
fn a_may_be_empty_column_in_chinese_is_required_inverted() {
    let page = "# 书架\n\n## 查询书架\n\nGET /shelves\n\n**参数**\n\n| 序号 | 参数名 | 类型 | 可为空 | 备注 |\n| --- | --- | --- | --- | --- |\n| 1 | shelfId | Int | 否 | 书架编号 |\n| 2 | label | String | 是 | 标签 |\n";
    let out = read("shelves.md", page);
    assert_eq!(routes(&out), ["GET /shelves"]);
    assert_eq!(ops(&out)[0].1, ["shelfId query true", "label query false"]);
}

/// Items under a request label that name a request header (`Authorization`,
/// `X-Request-Id`) on a `GET`: headers, not query parameters (the bearer one the API's
/// credential); a name in lower case (`accept-language`) stays a query parameter.
#[test]
fn request_header_names_under_a_request_label_of_a_get() {
    let page = "Shelves\n=======\n\nGET /shelves/:shelf\n===================\n\nReads a shelf.\n\nRequest:\n--------\n\n* Authorization: ``BEARER <token>``\n* X-Request-Id: a tracing id\n* accept-language: the language of the answer\n* depth: how deep to read\n\nResponse:\n---------\n\n* **On success:** ``200 OK``\n";
    let out = read("shelves.rst", page);
    assert_eq!(routes(&out), ["GET /shelves/{shelf}"]);
    assert_eq!(
        ops(&out)[0].1,
        [
            "shelf path true",
            "X-Request-Id header false",
            "accept-language query false",
            "depth query false"
        ]
    );
    assert_eq!(
        out.spec.auth.scheme,
        chatgen_codegen::spec::AuthScheme::Bearer
    );
}

/// Numbered label headings (`#### 1.1.2 请求参数`) under a numbered operation heading, the
/// route in items under a protocol-specification heading (`#### 1.1.1 传输协议规范`), and a
/// table whose name column is `输入参数` ("input parameter") with a `可为空` ("may be
/// empty") column: the operation is the numbered heading's, the table its parameters.
#[test]
fn numbered_chinese_label_headings_and_an_input_parameter_table() {
    let page = "# 接口说明\n\n## 1 书架模块\n\n### 1.1 新增书架\n\n#### 1.1.1 传输协议规范\n\n- 请求地址： **/shelf/add**\n- 请求方式：POST\n\n#### 1.1.2 请求参数\n\n| 序号 | 输入参数 | 类型 | 可为空 | 备注 |\n| ---- | ---- | ---- | ---- | ---- |\n| 1 | shelfId | Int | 否 | 编号 |\n| 2 | label | String | 是 | 标签 |\n\n#### 1.1.3 返回参数\n\n| 序号 | 输出参数 | 类型 | 备注 |\n| ---- | ---- | ---- | ---- |\n| 1 | code | Int | 返回码 |\n\n### 1.2 删除书架\n\n#### 1.2.1 传输协议规范\n\n- 请求地址： **/shelf/{shelfId}**\n- 请求方式：DELETE\n";
    let out = read("shelves.md", page);
    assert_eq!(routes(&out), ["POST /shelf/add", "DELETE /shelf/{shelfId}"]);
    assert_eq!(out.spec.operations[0].name, "1.1 新增书架");
    assert_eq!(body_fields(&out, 0), [("shelfId", false), ("label", true)]);
}

/// Field bullets giving the place of the parameters after the label in brackets (`*
/// **Parameters**: (Headers)`, `(query string)`, `(JSON Payload)`), each over nested items
/// naming the parameters in emphasis: the parameters of that place.
#[test]
fn parameter_label_items_naming_their_place_in_brackets() {
    let page = "# Crates\n\n## Get a crate\n\n* **URL**: api/crate/:id\n* **Method**: GET\n* **Parameters**: (Headers)\n  * *Crate-Token*: the token the login gave.\n* **Parameters**: (query string)\n  * *with_lids* (default: false): show its lids.\n* **Returns**:\n  * 200 (OK) with the crate.\n\n## Add a crate\n\n* **URL**: api/crate/\n* **Method**: POST\n* **Parameters**: (JSON Payload)\n  * *size*: how big.\n* **Returns**:\n  * 201 (Created).\n";
    let out = read("crates.md", page);
    assert_eq!(routes(&out), ["GET /api/crate/{id}", "POST /api/crate/"]);
    let names: Vec<Vec<String>> = ops(&out)
        .into_iter()
        .map(|(_, ps)| {
            ps.into_iter()
                .map(|p| p.split(' ').take(2).collect::<Vec<_>>().join(" "))
                .collect()
        })
        .collect();
    assert_eq!(
        names,
        [
            vec!["id path", "Crate-Token header", "with_lids query"],
            vec![]
        ]
    );
    assert_eq!(body_names(&out, &out.spec.operations[1]), ["size"]);
    assert_eq!(statuses(&out), [vec![200], vec![201]]);
}

/// Required-ness as a trailing sentence of its own in a parameter's description (`the
/// crate. Mandatory.`, `show its lids. Optional.`): required or optional; a description
/// saying neither is not made required by its optional neighbour.
#[test]
fn mandatory_or_optional_as_a_trailing_sentence() {
    let page = "# Crates\n\n## List crates\n\n`GET /api/crates`\n\n* **Parameters**: (query string)\n  * *owner*: whose crates. Mandatory.\n  * *with_lids*: show their lids. Optional.\n  * *color*: a color.\n";
    let out = read("crates.md", page);
    assert_eq!(routes(&out), ["GET /api/crates"]);
    assert_eq!(
        ops(&out)[0].1,
        [
            "owner query true",
            "with_lids query false",
            "color query false"
        ]
    );
}

/// A `Required` column of booleans set in code (`` `true` `` / `` `false` ``) under a
/// parameter label: the flags read as written.
#[test]
fn required_column_of_booleans_in_code() {
    let page = "# Crates\n\n## List crates\n\n`GET /crates`\n\n**Query Params**\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| size | [Size](/types#size)? | `true` | The size. |\n| limit | integer | `false` | At most this many. |\n";
    let out = read("crates.md", page);
    assert_eq!(routes(&out), ["GET /crates"]);
    assert_eq!(ops(&out)[0].1, ["size query true", "limit query false"]);
}

/// A `key | value` parameter table whose key cell opens with the flag in code
/// (`` `required` shelf ``): the name after it, required; a key with no flag stays unknown.
#[test]
fn a_required_flag_in_code_before_the_name_in_its_cell() {
    let page = "# Lamps\n\n## List the lamps\n\n```bash\nGET /v1/lamps\n```\n\n### Parameters\n\n| key | value | Default value |\n|-----|-------|---------------|\n| `required` shelf | `string` The shelf. | |\n| colour | `string` Only this colour. | red |\n";
    let out = read("lamps.md", page);
    assert_eq!(
        ops(&out),
        [(
            "GET /v1/lamps".to_string(),
            vec![
                "shelf query true".to_string(),
                "colour query false".to_string()
            ]
        )]
    );
}

/// A sentence saying a call that sends no body accepts a name in code as a bare
/// `parameter` (`The list endpoint accepts a <code>order</code> parameter, one of …`, an
/// HTML paragraph over several lines): a query parameter, optional as nothing says more.
#[test]
fn a_get_accepting_a_parameter_named_in_a_sentence() {
    let page = "<h1>Box API</h1>\n<h3 id='boxes'>List boxes</h3>\n<p>\n  List the boxes.\n</p>\n<p>\n  The list endpoint accepts an <code>order</code> parameter, one of\n  <code>size</code>, <code>age</code>.\n</p>\n<p>\n  <code>GET /api/boxes</code>\n</p>\n";
    let out = read("boxes.html", page);
    assert_eq!(routes(&out), ["GET /api/boxes"]);
    assert_eq!(ops(&out)[0].1, ["order query false"]);
}

/// Items naming their parameter in a wiki's emphasis of doubled apostrophes (`''name''`,
/// `'''name'''`) before a dash, under `Parameters:` and `Headers:` lines: each a parameter,
/// the query's on a GET, the headers' under the headers label.
#[test]
fn a_name_in_doubled_apostrophes_opens_a_parameter_item() {
    let page = "title: Boxes API: List boxes\n\nLists the boxes.\n\n```\nGET /boxes.json\n```\n\nParameters:\n\n* ''colour'' - colour of the boxes to list\n* '''size''' - size of the boxes to list\n\nHeaders:\n\n* ''x-shop-key'' - the shop's key\n\nResponse:\n\n* 200 OK\n";
    let out = read("list-boxes.txt", page);
    assert_eq!(
        ops(&out),
        [(
            "GET /boxes.json".to_string(),
            vec![
                "colour query false".to_string(),
                "size query false".to_string(),
                "x-shop-key header false".to_string()
            ]
        )]
    );
}

/// A paragraph of `` `name`: description `` lines under a `URL Parameters` heading (a list
/// set without bullets, path and query names mixed): each line a parameter, the route's
/// placeholders in the path and the other names in the query.
#[test]
fn lines_opening_with_a_name_in_code_and_a_colon_under_a_label() {
    let page = "# Lamps API\n\n### List the lamps of a room\n\n#### URL\n\n`/api/room/{room}/lamp/`\n\n#### Method\n\n`GET`\n\n#### URL Parameters\n\n`room`: the room to look in, mandatory\n`offset`: number, where the list starts, default 0\n`colour`: only lamps of this colour\n\n#### Success response\n\nCode 200\n";
    let out = read("lamps.md", page);
    assert_eq!(
        ops(&out),
        [(
            "GET /api/room/{room}/lamp/".to_string(),
            vec![
                "room path true".to_string(),
                "offset query false".to_string(),
                "colour query false".to_string()
            ]
        )]
    );
}

/// A definition list under a request label, after the route alone in code, whose terms are
/// header names (`X-Shop-Key` over `Shop key`, each hyphen-joined word capitalized): the
/// call's request headers, required or not as nothing says; body fields stay under their
/// own `Parameters` label, and `Content-Type` over a media type gives the body's. (A route
/// alone on its line ending in a label word, `GET /x/search_results`, is no answer label.)
#[test]
fn header_names_defined_under_the_request_label_beside_the_route() {
    let page = "Boxes\n=====\n\nCreate a box\n------------\n\nCreates a box.\n\nHTTP request\n````````````\n\n`POST /shop/v1/boxes`\n\n`X-Shop-Key`\n\tThe shop's key\n\n`Content-Type`\n\t\"application/json\"\n\nParameters\n``````````\n\nParameters as JSON object.\n\n`colour`\n\t(string) colour of the box.\n\nList boxes\n----------\n\nHTTP request\n````````````\n\n`GET /shop/v1/search_results`\n\n`X-Shop-Key`\n\tThe shop's key\n";
    let out = read("boxes.rst", page);
    assert_eq!(
        ops(&out),
        [
            (
                "POST /shop/v1/boxes".to_string(),
                vec!["X-Shop-Key header false".to_string()]
            ),
            (
                "GET /shop/v1/search_results".to_string(),
                vec!["X-Shop-Key header false".to_string()]
            )
        ]
    );
    assert_eq!(body_names(&out, &out.spec.operations[0]), ["colour"]);
    let body = out.spec.operations[0].body.as_ref().expect("a body");
    assert_eq!(body.content_type.as_deref(), Some("application/json"));
}

/// A parameter label over a list saying there is none (`Parameters:` / `* none`): no
/// parameter named `none`.
#[test]
fn a_parameter_list_saying_none() {
    let page = "# Get the index\n\n```\nGET /index\n```\n\nParameters:\n\n* none\n\nResponse:\n\n* 200 OK\n";
    let out = read("index.md", page);
    assert_eq!(
        ops(&out),
        [("GET /index".to_string(), Vec::<String>::new())]
    );
}

/// A name cell giving the flag in parentheses after the name in code (`` `deleted`
/// (Optional) ``, as Enphase's AsciiDoc tables write it): the name alone, optional; a cell
/// saying `(Required)` makes it required.
#[test]
fn a_name_cell_with_its_flag_in_parentheses() {
    let page = "# Inventory\n\n## Request\n\nGET /inventory.json\n\n### Querystring\n\n| Name | Type | Values | Description |\n|---|---|---|---|\n| `deleted` (Optional) | Number | 1 | Whether deleted devices are included. |\n| `kind` (Required) | String | PCU | The kind of device. |\n";
    let out = read("inventory.md", page);
    assert_eq!(
        ops(&out),
        [(
            "GET /inventory.json".to_string(),
            vec![
                "deleted query false".to_string(),
                "kind query true".to_string()
            ]
        )]
    );
}

/// A parameter list ending in a note that links to a section of parameters listed once for
/// many calls (`*NOTE: Additional (advanced) parameters for this call are documented
/// [here](#advanced-create_-parameters).*` over `### Advanced `create_` parameters`): the
/// call takes them too, after its own; a call without the note does not.
#[test]
fn a_note_linking_to_a_shared_parameter_section() {
    let page = "## Action API\n\n### create_send\n\n**create_send(source, destination)**\n\n**Parameters:**\n\n  * **source** (*string*): The source address.\n  * **destination** (*string*): The destination address.\n  * *NOTE: Additional (advanced) parameters for this call are documented [here](#advanced-create_-parameters).*\n\n### create_burn\n\n**create_burn(source)**\n\n**Parameters:**\n\n  * **source** (*string*): The source address.\n\n### get_supply\n\n**Parameters:**\n\n  * **asset** (*string*): The asset.\n\n### Advanced `create_` parameters\n\nEach `create_` call can take the following common keyword parameters:\n\n  * **encoding** (*string*): The encoding method to use.\n  * **fee** (*integer*): A custom miners' fee.\n";
    let out = read("api-v1-spec.md", page);
    let names = |i: usize| -> Vec<&str> {
        out.spec.operations[i]
            .params
            .iter()
            .map(|p| p.name.as_str())
            .collect()
    };
    assert_eq!(names(0), ["source", "destination", "encoding", "fee"]);
    assert_eq!(names(1), ["source"]);
}

/// Parameters under a `Parameter Description` label (the description of the parameters: a
/// label of them, `Description` alone is none), written as bare lower-case names and a
/// colon on lines of their own (`index: Block index`) or as bullets: the method's
/// parameters. A capitalised word before a colon (`Note: …`) is no name.
#[test]
fn bare_names_under_a_parameter_description_label() {
    let call = "## Example\n\nRequest body:\n\n```json\n{\n  \"jsonrpc\": \"2.0\",\n  \"method\": \"getblockhash\",\n  \"params\": [10000],\n  \"id\": 1\n}\n```\n";
    let page = format!(
        "# getblockhash Method\n\nReturns a block's hash.\n\n## Parameter Description\n\nindex: Block index (block height)\n\n{call}"
    );
    let out = read("getblockhash.md", &page);
    assert_eq!(rpc_names(&out), ["getblockhash"]);
    let names: Vec<&str> = out.spec.operations[0]
        .params
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, ["index"]);
    let page = format!(
        "# getblock Method\n\n## Parameter Description\n\nNote: the block must exist.\n\n{}",
        call.replace("getblockhash", "getblock")
    );
    assert!(
        read("getblock.md", &page).spec.operations[0]
            .params
            .is_empty()
    );
}

/// A request label whose route goes on with the names of its arguments in parentheses,
/// after `with parameters` or right after the path (`Request: POST /api/server/add
/// (server_host, server_token)`, `Request: POST /start with parameters (min_ram, max_ram).`):
/// the route, and each name a parameter of it (a `POST`'s in its body).
#[test]
fn argument_names_in_parentheses_after_a_labelled_route() {
    let page = "# Node API\n\n## Add server\n\nRequest: POST /api/server/add (server_host, server_token)\n\nAdds a server.\n\n## Start\n\nRequest: POST /start with parameters (min_ram, max_ram).\n\nStarts it.\n\n## Status\n\nRequest: GET /status\n\nThe status.\n";
    let out = read("node-api.md", page);
    assert_eq!(
        routes(&out),
        ["POST /api/server/add", "POST /start", "GET /status"]
    );
    assert_eq!(
        body_names(&out, &out.spec.operations[0]),
        ["server_host", "server_token"]
    );
    assert_eq!(
        body_names(&out, &out.spec.operations[1]),
        ["min_ram", "max_ram"]
    );
}

/// apiDoc annotations in a call's comment block (`@apiParam (Mono) {String}
/// [shortDescription] …`, `@apiParam (URL parameters) {UUID} id …`), and the parameters a
/// page defines once (`@apiDefine ruleCreation` up to the comment's end) that an `@apiUse
/// ruleCreation` line pulls in: the call's parameters, optional in brackets (the others of
/// that list then required), a default after `=`, the group's location where it names one.
#[test]
fn apidoc_annotations_and_the_definitions_they_use() {
    let page = "This file describes the API.\n\n/**\n   @apiDefine ruleId\n\n   @apiParam (URL parameters) {UUID} id ID of the Rule\n */\n\n/**\n   @apiDefine ruleCreation\n\n   @apiParam (Mono) {String}  displayName   Name of the Rule.\n   @apiParam (Mono) {Boolean} [enabled=true] Enabled at creation.\n */\n\n[PUT] api/rules\n---------------\n\n    /**\n    @api {put} /api/rules Create a new Rule\n    @apiParam (Mono) {UUID} source ID of the Rule to clone.\n    @apiUse ruleCreation\n    */\n\n[GET] api/rules/{id}\n--------------------\n\n    /**\n    @api {get} /api/rules/{id} Get a Rule\n    @apiUse ruleId\n    @apiSuccessExample Success-Response:\n      HTTP/1.1 200 OK\n    */\n";
    let out = read("rules.md", page);
    assert_eq!(routes(&out), ["PUT /api/rules", "GET /api/rules/{id}"]);
    assert_eq!(
        body_flags(&out, &out.spec.operations[0]),
        [("source", false), ("displayName", true), ("enabled", false)]
    );
    assert_eq!(ops(&out)[1].1, ["id path true"]);
    assert_eq!(statuses(&out)[1], [200]);
}

/// A table's name column headed by whether its rows are required (`| Required Param |
/// Purpose |` over one table, `| Optional Param | Purpose |` over another): every row
/// takes that flag (`body_fields` gives whether each is optional).
#[test]
fn name_column_headed_required_or_optional() {
    let page = "# Pets\n\n## Create a pet\n\n`POST /pets`\n\n| Required Param | Purpose |\n| :--- | :--- |\n| `name` | The name |\n\n| Optional Param | Purpose |\n| :--- | :--- |\n| `tag` | A tag |\n| `age` | Its age |\n";
    let out = read("pets.md", page);
    assert_eq!(
        body_fields(&out, 0),
        [("name", false), ("tag", true), ("age", true)]
    );
}

/// The form fields of the call that declares a route, one option per line
/// (`--data-urlencode 'lpath=<string>' \`): body fields of a `POST`, query parameters of a
/// call sending its data in the query string (`-G`); optional where the line's comment
/// says `Optional.`, whether required unsaid otherwise (so optional in a body struct);
/// typed by `<integer>`; the field whose value is the section's name (`op=remove`)
/// required.
#[test]
fn form_fields_of_the_declaring_curl_call() {
    let page = "# API\n\n## Collections\n\n### remove\n\nRemoves one.\n\n```bash\ncurl http://localhost:8080/api/collections \\\n    --data-urlencode 'op=remove' \\\n    --data-urlencode 'lpath=<string>' \\\n    --data-urlencode 'recurse=<integer>' \\ # 0 or 1. Defaults to 0. Optional.\n    --data-urlencode 'no-trash=<integer>' # 0 or 1. Optional.\n```\n\n### list\n\nLists.\n\n```bash\ncurl http://localhost:8080/api/collections \\\n    --data-urlencode 'op=list' \\\n    --data-urlencode 'lpath=<string>' \\\n    -G\n```\n";
    let out = read("API.md", page);
    // (`body_fields` gives whether each is optional.)
    assert_eq!(
        body_fields(&out, 0),
        [
            ("op", false),
            ("lpath", true),
            ("recurse", true),
            ("no-trash", true)
        ]
    );
    let Some(Body {
        ty: TypeRef::Named(body),
        ..
    }) = &out.spec.operations[0].body
    else {
        panic!("a body");
    };
    let recurse = &out.spec.types[body].fields()[2];
    assert_eq!(
        recurse.ty,
        TypeRef::Primitive(chatgen_codegen::spec::Primitive::Integer)
    );
    let list: Vec<(&str, Location)> = out.spec.operations[1]
        .params
        .iter()
        .map(|p| (p.name.as_str(), p.location))
        .collect();
    assert_eq!(list, [("op", Location::Query), ("lpath", Location::Query)]);
}

/// A declaring curl call's form field that the section's list names too (`-d "name=one"`
/// over `* `name` (string, required)`): the list's word stands (required), and the call
/// adds only what the list lacks.
#[test]
fn listed_parameters_keep_their_words_over_the_calls_form_fields() {
    let page = "# API\n\n## Curl only\n\n```bash\n$ curl https://api.example.com/api/things\n-H \"Authorization: Bearer x\"\n-d \"name=one\"\n-d \"tag=x\"\n```\n\nParameters:\n\n* `name` (string, required) - The thing's name.\n";
    let out = read("things.md", page);
    assert_eq!(body_fields(&out, 0), [("name", false), ("tag", true)]);
}

/// Parameters a sentence names beside the word `parameter` (RST's double-backtick code as
/// well): after it (`Takes one mandatory parameter, ``folder``, …`, `requires parameters
/// for ``a`` and ``b`` in the query string`), before it (`The optional ``since``
/// parameter …`, `The ``device`` parameter is optional`), required where the words say.
/// Query parameters on a call with no body; on a `POST` only where its example call puts
/// them in the query string. A name merely called a parameter (`a ``codecs`` parameter as
/// specified in RFC 6381`) or one said to be sent in a header is none.
#[test]
fn parameters_named_beside_the_word_parameter() {
    let page = "GET /rest/db/browse
===================

The call takes one mandatory ``folder`` parameter and two optional parameters.
Optional parameter ``levels`` defines how deep. The answer has a ``codecs`` parameter
as specified in RFC 6381. Do not supply an ``Accept`` parameter in the header.

GET /rest/db/file
=================

The call requires parameters for ``item`` and ``file`` in the query string.

DELETE /rest/pending
====================

The ``device`` parameter is optional and narrows it.

POST /rest/db/scan
==================

Takes the optional parameters ``folder`` (folder ID), ``sub`` (a path) and ``next``.

.. code-block:: bash

    curl -X POST http://127.0.0.1:8384/rest/db/scan?folder=default&sub=foo/bar
";
    let out = read("rest.txt", page);
    let got: Vec<Vec<String>> = ops(&out).into_iter().map(|(_, p)| p).collect();
    assert_eq!(
        got,
        [
            vec!["folder query true", "levels query false"],
            vec!["item query true", "file query true"],
            vec!["device query false"],
            vec!["folder query false", "sub query false"],
        ]
    );
    assert_eq!(
        crate::extract::reference::params::parameter_runs(
            "Takes one parameter, ``id``, and returns it"
        ),
        [(vec!["id".to_string()], None)]
    );
}

/// Query parameters given as `name=value` pairs in emphasis (`- **authenticationType=**_{Type}_,
/// where …`) under a sentence too long for a label that says where they go (`This request
/// requires a query string (see …) to be included in the URI, with the following key-value
/// pairs:`): each a query parameter; a sentence closing on a parameter's values (`… in the
/// request body and one of the following values:`) labels nothing.
#[test]
fn key_value_pairs_under_a_long_sentence() {
    let page = "# Authorizations\n\n## GET /authorizations/{ID}\n\nThis request requires a query string (see [URI Syntax](#uri-syntax) for more information regarding URI syntax) to be included in the URI, with the following key-value pairs:\n\n- **authenticationType=**_{Type}_, where _{Type}_ value is a valid authentication type.\n- **retriesLeft=**_{NrOfRetries}_, where _{NrOfRetries}_ is the number of retries left.\n\n## POST /reset\n\n**Query parameters**: This handler expects JSON with `ResetType` in the request body and one of the following values:\n\n- `On` - Power on\n- `ForceOff` - Hard power off\n";
    let out = read("authorizations.md", page);
    assert_eq!(
        ops(&out)[0].1,
        [
            "ID path true",
            "authenticationType query false",
            "retriesLeft query false"
        ]
    );
    assert!(ops(&out)[1].1.is_empty());
}

/// Parameter labels as items of their own, no colon, over nested items (`- **Path
/// params**`, `- **Query params**`, `- **Request body (type : application/json)**`), the
/// operation a heading holding a bullet and the route (`#### - `GET /v1/kv/{key}``); in a
/// route writing its placeholders in braces, `:ttl` is a literal action name.
#[test]
fn label_items_over_nested_items() {
    let page = "# API\n\n#### - `GET /v1/kv/{key}`\n - get value of given key.\n - **Auth** : required\n - **Path params**\n   - `key` : (required)\n - **Query params**\n   - `serverId` : (optional if single server)\n\n#### - `PUT /v1/kv/{key}/:ttl`\n - set its time to live.\n - **Path params**\n   - `key` : (required)\n - **Request body (type : application/json)**\n   - `ttl` : (required) time to live as seconds\n   - `serverId` : (required)\n";
    let out = read("api.md", page);
    let ops = ops(&out);
    assert_eq!(ops[0].0, "GET /v1/kv/{key}");
    assert_eq!(ops[0].1, ["key path true", "serverId query false"]);
    assert_eq!(ops[1].0, "PUT /v1/kv/{key}/:ttl");
    assert_eq!(ops[1].1, ["key path true"]);
    assert_eq!(
        body_names(&out, &out.spec.operations[1]),
        ["ttl", "serverId"]
    );
}

/// Parameters as bold names on paragraphs of their own, a flag or a header's value after
/// them (`**type**  required`, `**Content-Type** application/json`), under `Request
/// Params` and `Request Headers` headings; `Content-Type application/json` there is a
/// header, no label of a JSON body. A bold subject of a sentence is no parameter.
#[test]
fn bold_names_on_paragraphs_of_their_own() {
    let page = "# API\n\n## Get Node\n\n*GET*  /api/v2/node\n\n### Request Params\n\n**type**  required\n\n**plugin** optional\n\n**ironic** assumes that this is a node.\n\n### Request Headers\n\n**Content-Type** application/json\n\n**X-Trace** trace id\n\n### Response Status\n\n* 200 OK\n";
    let out = read("api.md", page);
    let ops = ops(&out);
    assert_eq!(ops[0].0, "GET /api/v2/node");
    assert_eq!(
        ops[0].1,
        [
            "type query true",
            "plugin query false",
            "Content-Type header false",
            "X-Trace header false"
        ]
    );
}

/// A plain code block under a `Parameters` label of `name: description` lines, a flag in
/// brackets closing some, a line indented further continuing one and a note after them
/// (`At least one parameter … is required`): the fields, typed where the description
/// opens with a type word.
#[test]
fn described_name_lines_in_a_code_block() {
    let page = "# API\n\n### GET /api/services/compute\n\nGet all jobs.\n\nParameters\n\n```\n    signature: String object containing user signature (signed message)\n     The signature is based on hashing the string concatenation.\n    documentId: String object containing document did  (optional)\n    jobId: the workflow's id (required)\n\n    At least one parameter from documentId, jobId is required\n```\n";
    let out = read("api.md", page);
    assert_eq!(
        ops(&out)[0].1,
        [
            "signature query false",
            "documentId query false",
            "jobId query true"
        ]
    );
}

/// A section's query parameters given once, under a heading in other words than a label
/// (`### Filter`), its sentence saying they travel in the query string (`Set the fields
/// using URL query parameters, like `?from=2021-05-08``), before the operations under the
/// same parent heading: each GET below takes them as query parameters. A route heading's own
/// table, said the same way, stays its own.
#[test]
fn a_filter_table_shared_as_query_parameters() {
    let page = "# API\n\n## Statistics\n\nThe following endpoints read statistics. You need to set the filter.\n\n### Filter\n\nThe following list contains all possible filter options. Set the fields using URL query parameters, like `?from=2021-05-08&to=2021-05-15`.\n\n| Parameter | Required | Example | Format/Description |\n| - | - | - | - |\n| id | yes | A5kgYzK14m | The domain ID. |\n| from | yes | 2021-05-08 | YYYY-MM-DD |\n| limit | no | 20 | Limits the number of results. |\n\n### Session Duration\n\n**Example request**\n\n`GET /api/v1/statistics/duration/session`\n\n### Pages\n\n**Example request**\n\n`GET /api/v1/statistics/page`\n\n## Camera Media\n\n### `GET /api/<camera_name>`\n\nAccepts the following query string parameters:\n\n| param | Type | Description |\n| ----- | ---- | ----------- |\n| `fps` | int  | Frame rate  |\n\n### `GET /api/<camera_name>/latest.jpg`\n\nThe most recent frame.\n";
    let out = read("api.md", page);
    let ops = ops(&out);
    assert_eq!(
        ops[0].1,
        ["id query true", "from query true", "limit query false"]
    );
    assert_eq!(ops[1].1, ops[0].1);
    assert_eq!(ops[2].1, ["camera_name path true", "fps query false"]);
    assert_eq!(ops[3].1, ["camera_name path true"]);
}

/// A JSON object of headers under a headers label (`#### Headers` over `{"X-Api-Key":
/// <invoice_key>}`): each member a header parameter. A body's sample under a label that
/// named headers before it (`{"member_id": 1}`) is none.
#[test]
fn a_json_object_of_headers_under_a_headers_label() {
    let page = "# API\n\n## List links\n\n`GET /withdraw/api/v1/links`\n\n#### Headers\n\n```\n{\"X-Api-Key\": <invoice_key>}\n```\n\n#### Returns 200 OK\n\n```\n[<withdraw_link_object>, ...]\n```\n";
    let out = read("api.md", page);
    assert_eq!(ops(&out)[0].1, ["X-Api-Key header false"]);
    let body = page.replace("\"X-Api-Key\"", "\"member_id\"");
    assert!(ops(&read("api.md", &body))[0].1.is_empty());
}

/// A Chinese page's call told in label lines with full-width colons (`URL：`/api/ocr``,
/// `方法：`POST`` under `### 2.1. 请求格式` "request format"), its body fields as bold names
/// before a full-width colon and a mark opening the description (`- **base64** ： 必填。…`
/// "required.", `- **options** ：可选。…` "optional."), and the answer's table under
/// `### 2.2. 响应格式` "response format", after a sentence opening with `返回` "returns": no
/// field of the body.
#[test]
fn chinese_label_lines_and_marked_bullets() {
    let page = "## 2. 图片OCR：Base64 识别接口

URL：`/api/ocr`

### 2.1. 请求格式

方法：`POST`

参数：json字符串，内容为一个字典，键值为：

- **base64** ： 必填。待识别图像的 Base64 编码字符串。
- **options** ：可选。参数字典。

### 2.2. 响应格式

返回json字符串，内容为一个字典，键值为：：

| 字段      | 类型        | 描述      |
| --------- | ----------- | --------- |
| code      | int         | 任务状态码 |
| data      | list/string | 识别结果   |
";
    let out = read("api_ocr.md", page);
    assert_eq!(routes(&out), ["POST /api/ocr"]);
    // (Each with whether it is optional.)
    assert_eq!(body_fields(&out, 0), [("base64", false), ("options", true)]);
}

/// An AsciiDoc table of one call's facts with cells set off by another character
/// (`[cols="h,a", separator=¦]`, `¦URI ¦https://…` / `¦Method ¦GET`), the route on a row
/// after the first: its `URL Parameter` row names the query's parameters, its `HTTP Header`
/// row's listing block the headers (`Authorization: Bearer …`; the media type aside; a
/// `NOTE:` after the block is none).
#[test]
fn a_call_table_with_its_own_separator() {
    let page = "= E-Rezept API

== Anwendungsfall Einwilligung einsehen

Der Aufruf erfolgt als http-GET-Operation auf die Ressource `/Consent`.

*Request*
[cols=\"h,a\", separator=¦]
|===
¦URI        ¦https://prescriptionserver.telematik/Consent
¦Method     ¦GET
¦URL Parameter ¦ category, _count
¦HTTP Header ¦
----
Authorization: Bearer eyJraWQ.ewogImL2pA10Qql22ddtutrvx4FsDlz
X-AccessCode: 777bea0e13cc9c42ceec14aec3ddee2263325dc2
Content-Type: application/fhir+json
----
NOTE: Mit dem ACCESS_TOKEN im `Authorization`-Header weist sich der Zugreifende aus.
¦Payload    ¦ -
|===
";
    let out = read("erp_consent.adoc", page);
    assert_eq!(routes(&out), ["GET /Consent"]);
    // (The `Authorization` header is the API's credential.)
    assert_eq!(param_names(&out, 0), ["category", "_count", "X-AccessCode"]);
    assert_eq!(out.spec.auth.header.as_deref(), Some("Authorization"));
}

/// Labels in Japanese (`### 入力` "input", `### 入力（クエリパラメータ）` "input (query
/// parameters)") and in Italian (`### **Parametri di richiesta:**`, `### Codici di errore`):
/// what the lists under them are, as their English words would say.
#[test]
fn labels_in_japanese_and_italian() {
    let page = "## チェック監視の一覧

```
GET /api/v0/monitoring/checks
```

### 入力（クエリパラメータ）

| PARAM | TYPE | DESCRIPTION |
| ----- | ---- | ----------- |
| `nextId` | *string* | [optional] 指定されたIDを持つチェック監視以降を取得する |

## Copia file

```
PUT http://api.aspose.cloud/v4.0/cells/storage/file/copy/{srcPath}
```

### **Parametri di richiesta:**

| Nome | Tipo | Descrizione |
| ---- | ---- | ----------- |
| destPath | Corda | Percorso di destinazione |

### Codici di errore

- **400** Richiesta errata
- **404** Non trovato
";
    let out = read("checks.md", page);
    assert_eq!(ops(&out)[0].1, ["nextId query false"]);
    assert_eq!(body_names(&out, &out.spec.operations[1]), ["destPath"]);
    assert_eq!(statuses(&out)[1], [400, 404]);
}

/// A label of English words that start like a word of another language's label table
/// (`Corporate accounts:`, not `corpo` "body") is no body label: a `GET`'s list under it
/// gives no body.
#[test]
fn english_words_starting_like_foreign_label_words() {
    let page = "## List accounts

```
GET /accounts
```

Corporate accounts:

- `name` - the account's name
";
    let out = read("accounts.md", page);
    assert_eq!(routes(&out), ["GET /accounts"]);
    assert!(out.spec.operations[0].body.is_none());
}

/// A reStructuredText definition list whose term's definition is a definition list of
/// its own (`Parameters` over `  ``job`` (required)` / `    the job ID`), right after the
/// item before it with no blank line: each inner term a field; a list after a definition
/// ending `one of:` gives the values of that field, not fields.
#[test]
fn nested_rst_definition_lists_and_values_after_one_of() {
    let page = "cancel.json
-----------

Cancel a job.

Supported request methods
  ``POST``
Parameters
  ``project`` (required)
    the project name
  ``job`` (required)
    the job ID
  ``signal``
    the signal to send to the process, one of:

    -  an integer
    -  INT
    -  TERM

Example:

.. code-block:: shell-session

   $ curl http://localhost:6800/cancel.json -d project=p -d job=6487
";
    let out = read("api.rst", page);
    assert_eq!(routes(&out), ["POST /cancel.json"]);
    assert_eq!(
        body_fields(&out, 0),
        [("project", false), ("job", false), ("signal", true)]
    );
}

/// A name in code after a word saying it is a parameter (`` `RequestParameter: live` ``, as a
/// page writes its framework's annotation), in a paragraph or an item, under no label: that
/// parameter, flagged by the word after it (`*optional*`, `*mandatory*`), in the query of a
/// GET; a code span of another label (`` `Content-Type: text/plain` ``) is none.
#[test]
fn names_in_code_after_a_parameter_word() {
    let page = "### GET /entity/$entityId\n\n`RequestParameter: live` *optional* (default: `false`)\n\nRetrieves an entity.\n\n### GET /search\n\n* `RequestParameter: q` *mandatory*, string: The search string\n* `RequestParameter: fq` *optional*, string: Facet query string.\n\n`Content-Type: text/plain` is answered.\n";
    let out = read("api.md", page);
    assert_eq!(routes(&out), ["GET /entity/{entityId}", "GET /search"]);
    assert_eq!(ops(&out)[0].1, ["entityId path true", "live query false"]);
    assert_eq!(ops(&out)[1].1, ["q query true", "fq query false"]);
}

/// Items `name: description` with no label over them after a route, each name a wire name
/// in lower case: the operation's parameters (a GET's in the query), also under a sentence
/// ending with a colon that speaks of what is sent (`These queries are:`); not under one
/// that says what comes back (`Interesting fields in the hashes are:`), not a capital's
/// label (`Note: …`), not a fact of the call (`returns: …`), not after the body's sample.
#[test]
fn colon_items_with_no_label() {
    let page = "## GET /api/v1/accounts

Get a list of accounts.

- per_page: maximum number of entries to return
- asAdmin: if logged in account is administrator, list all accounts.
- Note: paging starts at 1

## GET /api/v1/users

The GET request url can have queries added. These queries are:

- filter: select type of user
- returns: the users

## GET /api/v1/jobs

Each job is a JSON hash. Interesting fields in the hashes are:

- successCount: the number of times the job completed successfully

## POST /api/v1/mail

```json
{\"email\": \"max@example.org\", \"email_text\": 7}
```

- email_type: which email text is used
";
    let out = read("api.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /api/v1/accounts",
            "GET /api/v1/users",
            "GET /api/v1/jobs",
            "POST /api/v1/mail"
        ]
    );
    // (After the body's sample, such a list describes its members in part: the sample's
    // members are the body.)
    assert_eq!(
        body_fields(&out, 3),
        [("email", true), ("email_text", true)]
    );
    assert_eq!(
        ops(&out)[0].1,
        ["per_page query false", "asAdmin query false"]
    );
    assert_eq!(ops(&out)[1].1, ["filter query false"]);
    assert!(ops(&out)[2].1.is_empty(), "{:?}", ops(&out)[2].1);
}

/// A table with an empty header row, every first cell a wire name and every second a type
/// word (`` | email | `string` | The account email. | ``): the call's fields, the body of a
/// POST; a table of other cells under an empty header is none.
#[test]
fn field_table_with_an_empty_header() {
    let page = "### POST /auth

**Registers a new user**

|          |   |             |
|-------------|---------|---------|
| api         | `string`  | The API version to use. |
| email       | `string`  | The account email. |
| ephemeral   | `boolean` | Whether the session is ephemeral. |

### GET /auth/methods

|   |   |
|---|---|
| Sign in | Use the form |
";
    let out = read("auth.md", page);
    assert_eq!(routes(&out), ["POST /auth", "GET /auth/methods"]);
    assert_eq!(
        body_fields(&out, 0),
        [("api", true), ("email", true), ("ephemeral", true)],
        "(name, optional): no flag given, none required"
    );
    assert!(ops(&out)[1].1.is_empty());
}

/// An operation that says it takes what another takes ("Supports the same parameters as
/// `/v2/entries.json`, except the `ids` parameter", "Same as [Create a playlist](#…) plus
/// the following", "Fields are the same as in the create endpoint") takes the other's
/// parameters and body fields besides its own, the excepted names left out; the other is
/// named by its path, a link to its heading, its title or the words of its title. A
/// sentence about the answer ("The response is the same as for …") gives nothing, nor one
/// naming no operation of the page.
#[test]
fn parameters_the_same_as_another_operations() {
    let page = "# Playlists

## List entries

`GET /v2/entries.json`

| Parameter | Required | Description |
|-----------|----------|-------------|
| page | false | The page. |
| since | false | Entries after this time. |
| ids | false | Entry ids. |

## List a feed's entries

`GET /v2/feeds/{feed_id}/entries.json`

Supports the same parameters as `/v2/entries.json`, except the `ids` parameter.

## Create a playlist

`POST /playlists`

| Field | Type | Required | Description |
|-------|------|----------|-------------|
| name | string | yes | The name. |
| tracks | array | no | Track ids. |

## Copy a playlist

`POST /playlists/{id}/copy`

Same as [Create a playlist](#create-a-playlist) plus the following:

| Field | Type | Required | Description |
|-------|------|----------|-------------|
| source | string | yes | Where from. |

## Update a playlist

`PATCH /playlists/{id}`

Fields are the same as in the create endpoint.

## Count entries

`GET /v2/entries/count.json`

The response is the same as for `/v2/entries.json`, with a count.

## Archive a playlist

`POST /playlists/{id}/archive`

Takes the same parameters as the import endpoint.
";
    let out = read("playlists.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /v2/entries.json",
            "GET /v2/feeds/{feed_id}/entries.json",
            "POST /playlists",
            "POST /playlists/{id}/copy",
            "PATCH /playlists/{id}",
            "GET /v2/entries/count.json",
            "POST /playlists/{id}/archive",
        ]
    );
    assert_eq!(
        ops(&out)[1].1,
        ["feed_id path true", "page query false", "since query false"]
    );
    let names = |i: usize| {
        let mut n: Vec<&str> = body_fields(&out, i).into_iter().map(|(n, _)| n).collect();
        n.sort_unstable();
        n
    };
    assert_eq!(names(3), ["name", "source", "tracks"]);
    assert_eq!(body_fields(&out, 4), [("name", false), ("tracks", true)]);
    assert_eq!(param_names(&out, 5), Vec::<&str>::new());
    assert!(out.spec.operations[6].body.is_none());
}

/// A name cell opening with a badge's word (`Required identity`, `Optional password`)
/// flags the name after it; rows drawn as branches of a tree (`├─ Required query`, `└─
/// Optional minLength`) are members of the row they hang from, not fields of their own.
#[test]
fn badges_before_names_and_rows_drawn_as_branches() {
    let page = "# Collections

## Create collection

`POST /api/collections`

| Param | Type | Description |
|-------|------|-------------|
| Required name | String | The name. |
| Optional type | String | The type. |
| Optional options | Object | Options. |
| ├─ Required query | String | The view's query. |
| └─ Optional minLength | Number | A length. |
| Optional system | Boolean | Whether it is a system one. |
";
    let out = read("collections.md", page);
    assert_eq!(routes(&out), ["POST /api/collections"]);
    assert_eq!(
        body_fields(&out, 0),
        [
            ("name", false),
            ("type", true),
            ("options", true),
            ("system", true)
        ]
    );
}

/// A heading in other words than a parameter label (`### Resource Options`) right after a
/// table of routes, over a sentence saying its table's names go in the URI (`With the
/// following optional URI parameters the GET request can be filtered`): the rows share it,
/// each a query parameter of theirs.
#[test]
fn options_a_table_of_routes_shares() {
    let page = "# Workflow

## GET a Task List

| URI | Method | Description |
|-----|--------|-------------|
| /workflow/worklist | GET | the current user's workitems |
| /workflow/tasklist/owner/{owner} | GET | the workitems of an owner |

### Resource Options

With the following optional URI parameters the GET request can be filtered and sorted:

| option | description | example |
|--------|-------------|---------|
| pageSize | number of documents returned | ..?pagesize=10 |
| sortBy | sort item | ..&sortBy=txtworkflowstatus |

## PUT/POST a Workitem

| URI | Method | Description |
|-----|--------|-------------|
| /workflow/workitem | POST | posts a workitem |
";
    let out = read("workflow.md", page);
    assert_eq!(
        ops(&out),
        [
            (
                "GET /workflow/worklist".to_string(),
                vec![
                    "pageSize query false".to_string(),
                    "sortBy query false".to_string()
                ]
            ),
            (
                "GET /workflow/tasklist/owner/{owner}".to_string(),
                vec![
                    "owner path true".to_string(),
                    "pageSize query false".to_string(),
                    "sortBy query false".to_string()
                ]
            ),
            ("POST /workflow/workitem".to_string(), vec![]),
        ]
    );
}

/// An index of operations whose entries link to their sections (`* [GET - Search
/// Groups](#search-groups)` under `* /groups`, the section headed `<a
/// name="search-groups"></a> Search Groups`): each entry's operation reads its section;
/// there, sub-headings naming parameters after qualifiers of the vendor's own (`#####
/// Standard Parameters:`, `##### Querystring parameters`) are parameter labels, but not
/// `Unsupported parameters`, nor one naming a parameter listed already (`### Custom Field
/// Parameters` after `custom_fields`).
#[test]
fn index_entries_linking_to_sections_and_qualified_parameter_headings() {
    let page = "## API

### Overview

* /groups
    * [GET - Search Groups](#search-groups)
    * [POST - Create Group](#create-group)

### <a name=\"search-groups\"></a> Search Groups

Groups can be searched for by sending a GET request to the groups endpoint.

##### Standard Parameters:

* page_size - the number of groups a page holds.
* include_members - boolean parameter that says whether members are returned.

##### Unsupported parameters

* sort_key - not supported.

##### Group Search Response

* hits - How many total groups were found.

### Create Group

Groups are created by posting a group.

##### Querystring parameters

* managing_group_id - the group that manages the new one.

##### Body Parameters

| Parameter | Type | Description |
|-----------|------|-------------|
| name | string | The group's name. |
| custom_fields | array | Custom field values. |

##### Custom Field Parameters

| Parameter | Type | Description |
|-----------|------|-------------|
| value | string | The value. |
";
    let out = read("groups.md", page);
    assert_eq!(
        ops(&out),
        [
            (
                "GET /groups".to_string(),
                vec![
                    "page_size query false".to_string(),
                    "include_members query false".to_string()
                ]
            ),
            (
                "POST /groups".to_string(),
                vec!["managing_group_id query false".to_string()]
            ),
        ]
    );
    assert_eq!(
        body_fields(&out, 1),
        [("name", true), ("custom_fields", true)]
    );
}

/// Names an operation lists bare, an item each (`* backlight` over its description, `* R,
/// G, B`), under no label, one of them sent in the query string by the operation's example
/// call (`curl -X POST http://ipaddress/settings?backlight=1 -d ''`): query parameters.
/// Bare names no call sends are not placed, nor a list a sentence introduces as values.
#[test]
fn bare_names_a_call_sends_in_its_query() {
    let page = "# REST API

# POST: /settings
* backlight

Turns backlight on (1) or off (0).

```
    curl -X POST http://ipaddress/settings?backlight=1 -d ''
```

* mode

Only the following values are permitted: 0 OFF, 1 NORMAL.

# POST: /color_on
* R, G, B

The colour's parts.

# POST: /reboot
* force

Reboots.

# POST: /distinct/{field}

Accepted `field` values are:

* arch
* mach

```
    curl -X POST http://ipaddress/distinct/board?mach=tegra -d ''
```
";
    let out = read("rest.md", page);
    assert_eq!(
        ops(&out),
        [
            (
                "POST /settings".to_string(),
                vec![
                    "backlight query false".to_string(),
                    "mode query false".to_string()
                ]
            ),
            ("POST /color_on".to_string(), vec![]),
            ("POST /reboot".to_string(), vec![]),
            (
                "POST /distinct/{field}".to_string(),
                vec!["field path true".to_string()]
            ),
        ]
    );
}

/// A name cell holding the name in code set in bold with underscores (``__`search`__``,
/// a vendor's required marking) names `search`; a dunder name stays as written.
#[test]
fn names_in_code_set_in_bold_with_underscores() {
    let page = "## /search

```http
GET /api/v1/search.ext HTTP/1.1
```

### Parameters

| Parameter | Type | Description |
| --------- | ---- | ----------- |
| __`search`__ | `string` | The string used to search |
| `__typename` | `string` | The type's name |
";
    let out = read("search.md", page);
    assert_eq!(param_names(&out, 0), ["search", "__typename"]);
}

/// An operation whose own text sends the reader to a section of the page for a group of its
/// parameters (`* See [Package Queries](#package-queries)`): it reads that section's
/// parameters; the operation above the section reads them no more.
#[test]
fn a_parameter_group_section_an_operation_links_to() {
    let page = "# API

## Packages

* GET `/api/packages/` (List)
    * See [Package Queries](#package-queries)
* GET `/api/package_stats/`
    * Returns last 30 days of daily stats.

### Package Queries

Filter query parameters:

* `type`: Filter by package type.
* `q`:  Query string.
";
    let out = read("api.md", page);
    assert_eq!(
        routes(&out),
        ["GET /api/packages/", "GET /api/package_stats/"]
    );
    assert_eq!(param_names(&out, 0), ["type", "q"]);
    assert!(
        param_names(&out, 1).is_empty(),
        "{:?}",
        param_names(&out, 1)
    );
}

/// Facts of a call as label items, each list nested as a table under its item: `-
/// Url-Parameters:` (the words joined by a hyphen) gives the path's, `- Parameters:` the
/// body's (names set in italics with underscores, `_formId_`); `- Restrictions:` over
/// sentences is a note, no field; `- Response: **Status-Code OK**` is a 200. Routes named
/// under `## API changes` are no operations.
#[test]
fn label_items_over_nested_tables() {
    let page = "# Forms Public API

## API changes

- In API version 2.4 the following endpoints were introduced:
    - `POST /api/v2.4/form/unlink` to unlink form from a file

## Form Endpoints

### Update form properties

- Endpoint: `/api/v3/forms/{formId}`
- Method: `PATCH`
- Url-Parameters:
  | Parameter | Type | Description |
  |-----------|---------|-------------|
  | _formId_ | Integer | ID of the form to update |
- Parameters:
  | Parameter | Type | Description |
  |-----------|---------|-------------|
  | _keyValuePairs_ | Array | Array of key-value pairs to update |
- Restrictions:
    - It is **not allowed** to update one of the following key-value pairs: _id, hash_
- Response: **Status-Code OK**, as well as the id of the updated form.

### Delete a form

- Endpoint: `/api/v3/forms/{formId}`
- Method: `DELETE`
- Response: **Status-Code OK**, as well as the id of the deleted form.
";
    let out = read("api.md", page);
    assert_eq!(
        routes(&out),
        [
            "PATCH /api/v3/forms/{formId}",
            "DELETE /api/v3/forms/{formId}"
        ]
    );
    let op = &out.spec.operations[0];
    assert_eq!(param_names(&out, 0), ["formId"]);
    assert_eq!(op.params[0].location, Location::Path);
    assert_eq!(body_names(&out, op), ["keyValuePairs"]);
    assert_eq!(statuses(&out), [vec![200], vec![200]]);
}

/// API Blueprint: a resource's URI template with percent-encoded names
/// (`{?page%5bsize%5d,sort}`) gives its actions the names they encode, in the query
/// (`page[size]`); a resource URI without its leading slash (`[v1/attendees/send-receipt]`)
/// is rooted.
#[test]
fn blueprint_percent_encoded_template_names() {
    let page = "# Group Tickets

## Tickets Collection [/v1/tickets{?page%5bsize%5d,page%5bnumber%5d,sort}]
+ Parameters
    + page%5bsize%5d (optional, integer, `10`) - Maximum number of resources.
    + page%5bnumber%5d (optional, integer, `2`) - Page number.
    + sort (optional, string, `name`) - Sort the resources.

### Create Ticket [POST]
Create a new ticket.

+ Response 201 (application/vnd.api+json)

## Send order receipts [v1/attendees/send-receipt]

### Send email receipts to attendees [POST]
Sends them.

+ Response 200 (application/json)
";
    let out = read("tickets.apib.md", page);
    assert_eq!(
        routes(&out),
        ["POST /v1/tickets", "POST /v1/attendees/send-receipt"]
    );
    assert_eq!(param_names(&out, 0), ["page[size]", "page[number]", "sort"]);
}
