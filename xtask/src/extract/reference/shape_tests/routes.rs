//! Shapes of routes: a method and a path in code, tables, items, labels and markup, and how
//! placeholders are spelt.

use super::*;

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
    assert!(crate::extract::reference::routes::route_line("GET /rest/group/(id_or_name").is_none());
    assert_eq!(
        crate::extract::reference::routes::route_line("(see GET /x/items)").map(|r| r.path),
        None,
        "a route inside a parenthesis of prose is no route line"
    );
}

/// A random token printed where a route's id goes (`/share-links/dd4c8f4445f44ae48728/x/`)
/// is a value: the route's placeholder, named after its collection.
#[test]
fn a_random_token_in_a_route() {
    let r = crate::extract::reference::routes::route_line(
        "GET /api/v2.1/share-links/dd4c8f4445f44ae48728/dirents/",
    )
    .expect("a route");
    assert_eq!(r.path, "/api/v2.1/share-links/{share_link_id}/dirents/");
    let r = crate::extract::reference::routes::route_line("GET /api/files/deadbeefcafebabe")
        .expect("a route");
    assert_eq!(
        r.path, "/api/files/deadbeefcafebabe",
        "letters only: a word"
    );
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

/// Small route marks: a colon ending a sentence after the path (`GET /items:`), a query
/// string opened with `&` (`/admin/blocked&site=site-id`), a random token after a singular
/// segment (`/feed/00157a17b192950b65be3791`).
#[test]
fn route_marks_after_and_inside_the_path() {
    let path = |t: &str| crate::extract::reference::routes::route_line(t).map(|r| r.path);
    assert_eq!(path("GET /items:").as_deref(), Some("/items"));
    let r = crate::extract::reference::routes::route_line("GET /api/v1/admin/blocked&site=site-id")
        .expect("route");
    assert_eq!(r.path, "/api/v1/admin/blocked");
    assert!(r.query);
    assert_eq!(r.pairs, [("site".to_string(), "site-id".to_string())]);
    assert_eq!(
        path("GET /reader/atom/feed/00157a17b192950b65be3791").as_deref(),
        Some("/reader/atom/feed/{feed_id}")
    );
    assert_eq!(path("GET /v1/x:batch").as_deref(), Some("/v1/x:batch"));
}

/// `String or Array of Strings`: the API takes either, so the parameter is a list (one
/// value is a list of one) and the client can send all the page allows.
#[test]
fn a_type_or_a_list_of_it_is_a_list() {
    let (ty, cue) = crate::extract::reference::types::described_type(
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
    assert!(
        crate::extract::reference::types::described_type("String or Integer. A value.").is_none()
    );
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
    assert!(!crate::extract::reference::routes::instance_of(
        "/s/{x}/download",
        "/{note}/download"
    ));
    assert!(crate::extract::reference::routes::instance_of(
        "/v1/x/7", "/x/{id}"
    ));
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

/// A route quoted whole (`'GET /plugins/'`), and AsciiDoc's `link:` macro inside a path
/// (`/plugins/link:#plugin-id[\{plugin-id\}]/gerrit~enable`, as Gerrit's pages write the
/// placeholder): its text; the concrete request under `.Request` is its example. Markup
/// left in a route (a `#` with more path after it) makes no route.
#[test]
fn quoted_routes_and_link_macros_in_asciidoc_paths() {
    let page = "= Plugins REST API\n\n[[enable]]\n=== Enable Plugin\n--\n'POST /plugins/link:#plugin-id[\\{plugin-id\\}]/gerrit~enable'\n--\n\nEnables a plugin.\n\n.Request\n----\n  POST /plugins/delete-project/gerrit~enable HTTP/1.0\n----\n\nThat is all.\n";
    let out = read("plugins.adoc", page);
    assert_eq!(routes(&out), ["POST /plugins/{plugin_id}/gerrit~enable"]);
    assert!(
        crate::extract::reference::routes::route_line(
            "POST /plugins/link:#plugin-id[x]/gerrit~enable"
        )
        .is_none()
    );
    assert_eq!(
        crate::extract::reference::routes::route_line("GET /docs/page#section").map(|r| r.path),
        Some("/docs/page".to_string())
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
    let r = crate::extract::reference::routes::route_line(
        "POST /api/boards/YRgy7Ku6uLFv2pYwZ/lists/PgTuf6sFJsaxto5dC/cards",
    )
    .map(|r| r.path);
    assert_eq!(
        r.as_deref(),
        Some("/api/boards/{board_id}/lists/{list_id}/cards")
    );
    assert_eq!(
        crate::extract::reference::routes::route_line("GET /json/propertiesGeneral")
            .map(|r| r.path),
        Some("/json/propertiesGeneral".to_string())
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
        crate::extract::reference::routes::route_lines("GET /a or POST /b").len(),
        2,
        "a lower-case `or` too"
    );
    assert!(crate::extract::reference::routes::route_lines("GET /a or the next one").is_empty());
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
        crate::extract::reference::routes::schemeless_host("api.tumblr.com/v2/x"),
        Some(14)
    );
    assert_eq!(
        crate::extract::reference::routes::schemeless_host("users.json/x"),
        None
    );
    assert_eq!(
        crate::extract::reference::routes::schemeless_host("v1.0/x"),
        None
    );
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

/// A placeholder closed twice in a route (`GET http://localhost:8080/boxes/{id}}`): the
/// brace that closes nothing is a typo; the route is the placeholder's.
#[test]
fn a_doubled_closing_brace_in_a_route() {
    let page = "# Boxes\n\n## describe a box\n\n```shell\nGET http://localhost:8080/boxes/{id}}\n```\n\n## list boxes\n\n```shell\nGET http://localhost:8080/boxes\n```\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["GET /boxes/{id}", "GET /boxes"]);
    assert_eq!(out.spec.operations[0].params[0].name, "id");
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

/// A path set in emphasis whole after its label (`Endpoint: _/rooms/join_`), the method in
/// a paragraph of its own below (`Method: **POST**`): the path without the marks.
#[test]
fn a_labelled_path_set_in_emphasis() {
    let page = "# API\n\n## Join a room\n\nEndpoint: _/rooms/join_\n\nMethod: **POST**\n\nExample:\n\n```\ncurl -s -X POST -d '{\"room\":\"a\"}' http://localhost:9000/rooms/join\n```\n\n## List rooms\n\nEndpoint: */rooms*\n\nMethod: **GET**\n";
    let out = read("rooms.md", page);
    assert_eq!(routes(&out), ["POST /rooms/join", "GET /rooms"]);
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

/// A route written with a bracketed server placeholder (`GET [Box_Server]/{shop}/boxes`) on
/// a page whose notation list defines it as a URL (`* **[Box_Server]** is the server:
/// **https://api.example.com/v3/store/**`): the route's path opens with the URL's path.
#[test]
fn defined_server_placeholder_before_the_path() {
    let page = "# Boxes\n\n### Notation\n\n* **[Box_Server]** is the box server: **https://api.example.com/v3/store/**\n* Curly braces mark a variable.\n\n## List boxes\n\n```\nGET [Box_Server]/{shop}/boxes[?page={n}]\n```\n\n* **{shop}** : Required. The shop.\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["GET /v3/store/{shop}/boxes"]);
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

/// A route in code under a `### GraphQL` sub-heading beside a `### REST API` one, the ways
/// to call the operation titled over them: the GraphQL endpoint, not an operation.
#[test]
fn a_graphql_way_beside_a_rest_api_way_is_no_operation() {
    let page = "# Boxes\n\n## List Boxes\n\nLists the boxes.\n\n### REST API\n\n```\nGET /boxes\n```\n\n### GraphQL\n\n```\nPOST /graphql/system\n```\n\n```graphql\ntype Query { boxes: [Box] }\n```\n\n## Get a Box\n\n### REST API\n\n```\nGET /boxes/:id\n```\n\n### GraphQL\n\n```\nPOST /graphql/system\n```\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["GET /boxes", "GET /boxes/{id}"]);
}

/// Routes given as the fields of object literals in an MDX element's data, outside code
/// (`<Endpoints data={[ { method: "GET", path: "/boxes/{id}", … } ]} />`), in either
/// quotes: a route per object; an object in a code block (a config example) is none.
#[test]
fn object_literal_fields_in_an_mdx_element() {
    let page = "# Boxes\n\n## Boxes\n\nThe box endpoints:\n\n<Endpoints\n  data={[\n    {\n      name: \"List\",\n      method: \"GET\",\n      path: \"/api/{shop}/boxes\",\n      description: \"List boxes\",\n      example: {\n        res: { total: 2 },\n      },\n    },\n    {\n    name: \"Get\",\n    method: \"GET\",\n    path: \"/api/{shop}/boxes/{id}\",\n    },\n    {\n    name: \"Count\",\n    method: \"GET\",\n    path: \"/api/{shop}/boxes/count\",\n    example: { res: { total: 2 } },\n    },\n    {\n    name: 'Delete',\n    method: 'DELETE',\n    path: '/api/{shop}/boxes/{id}',\n    },\n  ]}\n/>\n\n## Custom endpoints\n\n```ts\nconst endpoints = [\n  {\n    path: '/:id/seal',\n    method: 'post',\n  },\n]\n```\n";
    let out = read("boxes.mdx", page);
    assert_eq!(
        routes(&out),
        [
            "GET /api/{shop}/boxes",
            "GET /api/{shop}/boxes/{id}",
            "GET /api/{shop}/boxes/count",
            "DELETE /api/{shop}/boxes/{id}"
        ]
    );
    assert_eq!(ops(&out)[3].1, ["shop path true", "id path true"]);
}

/// A placeholder written as a string interpolation (`/keys/#{key.id}`, as Ruby or
/// CoffeeScript write it, like `${id}`): the placeholder, no fragment cutting the path.
#[test]
fn placeholder_as_a_string_interpolation() {
    let page = "# Keys\n\n## Fetch Key\n\n`GET /keys/#{key.id}`\n\n## Delete Key\n\n`DELETE /keys/#{key.id}`\n\nThis request needs a token.\n";
    let out = read("keys.md", page);
    assert_eq!(
        routes(&out),
        ["GET /keys/{key_id}", "DELETE /keys/{key_id}"]
    );
    assert_eq!(ops(&out)[0].1, ["key_id path true"]);
}

/// Two route lines in one section, the second by a URI template's reserved expansion
/// (`{+repo.slug}`, RFC 6570: a value that may hold `/`) where the first has a plain
/// placeholder (`{repo.id}`): two routes, by id and by slug, though their placeholders stand
/// at the same place.
#[test]
fn a_reserved_expansion_beside_a_plain_placeholder_is_a_route_of_its_own() {
    let page = "# Repos\n\n## List Tags\n\n`GET /repos/{repo.id}/tags`\n\n`GET /repos/{+repo.slug}/tags`\n\n| Parameter | Default | Description |\n|---|---|---|\n| limit | 25 | how many |\n\n## Show Tag\n\n`GET /repos/{repo.id}/tags/{tag}`\n\n`GET /repos/{+repo.slug}/tags/{tag}`\n\nThis request needs a token.\n";
    let out = read("repos.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /repos/{repo_id}/tags",
            "GET /repos/{repo_slug}/tags",
            "GET /repos/{repo_id}/tags/{tag}",
            "GET /repos/{repo_slug}/tags/{tag}"
        ]
    );
    assert_eq!(ops(&out)[1].1, ["repo_slug path true", "limit query false"]);
}

/// A segment that names a member of the collection before it (`/forms/boxes/box`, `box`
/// of `boxes`) where another route of the page prints the same word with a placeholder after
/// it (`/forms/boxes/box/{field_id}`): a literal word of both routes, no value.
#[test]
fn a_member_word_another_route_continues_with_a_placeholder_is_literal() {
    let page = "# Forms\n\n## List box fields\n\n```bash\ncurl -X GET /api/forms/boxes/box\n```\n\n## Get box field\n\n```bash\ncurl -X GET /api/forms/boxes/box/{field_id}\n```\n\n## Create box field\n\n```bash\ncurl -X POST /api/forms/boxes/box -d\n```\n\nThe field is created.\n";
    let out = read("forms.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /api/forms/boxes/box",
            "GET /api/forms/boxes/box/{field_id}",
            "POST /api/forms/boxes/box"
        ]
    );
}

/// A route in code after a label naming the request, going on with what the request
/// carries (`Request: `PUT /shelves/{name}` with Shelf entity in body`): the route is
/// declared all the same; a route in code inside other prose (`Use: `GET /x` to list`) is not.
#[test]
fn a_request_label_over_a_route_with_what_it_carries() {
    let page = "# Shelves\n\n### Get Shelf\nRequest: `GET /shelves/{name}`\n\n### Create/Update Shelf\nRequest: `PUT /shelves/{name}` with Shelf entity in body\n\nExample:\n```bash\ncurl -XPUT http://localhost:9000/shelves/s-1 --data @shelf.json\n```\n\n### Tips\n\nUse: `GET /shelves` to list and then more words.\n";
    let out = read("shelves.md", page);
    assert_eq!(routes(&out), ["GET /shelves/{name}", "PUT /shelves/{name}"]);
    assert_eq!(ops(&out)[1].1, ["name path true"]);
}

/// A request line with the media type it sends, quoted, between the method and the path
/// (`POST 'application/json' /v1/shelves`, `PUT "multipart/form-data" /v1/covers`), alone in
/// a fence: the route, the media type no part of it.
#[test]
fn a_quoted_media_type_between_the_method_and_the_path() {
    let page = "Shelves\n=======\n\nList shelves\n++++++++++++\n\n.. code-block:: url\n\n    GET /v1/shelves\n\nAdd shelf\n+++++++++\n\n.. code-block:: url\n\n    POST 'application/json' /v1/shelves\n\nAdds a shelf.\n\nSet cover\n+++++++++\n\n.. code-block:: url\n\n    PUT \"multipart/form-data\" /v1/shelves/<name>/cover\n\nSets the cover.\n";
    let out = read("shelves.rst", page);
    assert_eq!(
        routes(&out),
        [
            "GET /v1/shelves",
            "POST /v1/shelves",
            "PUT /v1/shelves/{name}/cover"
        ]
    );
    assert_eq!(ops(&out)[2].1, ["name path true"]);
}

/// A table of contents linking to a section per route, one entry linking to a section the
/// page lacks (`- [`GET /boxes/all`](#get-boxesall)`): the headings' routes are the
/// operations, the dead entry a mention.
#[test]
fn contents_entry_without_a_section() {
    let page = "# Box API\n\n## Contents\n\n- [`GET /boxes/{id}`](#get-boxesid)\n- [`GET /boxes/all`](#get-boxesall)\n- [`DELETE /boxes/{id}`](#delete-boxesid)\n\n## Endpoints\n\n#### `GET /boxes/{id}`\n\nReads a box.\n\n#### `DELETE /boxes/{id}`\n\nDeletes a box.\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["GET /boxes/{id}", "DELETE /boxes/{id}"]);
}

/// A method joined to its path by a middle dot or a no-break space (`GET·/boxes/{id}`), in
/// headings and in the contents above them: a route each, as if spaced.
#[test]
fn method_joined_to_its_path_by_a_middle_dot() {
    let page = "# Box API\n\n- [`GET·/boxes/{id}`](#getboxesid)\n- [`PUT\u{a0}/boxes/{id}`](#putboxesid)\n\n#### `GET·/boxes/{id}`\n\n| Name | Value | Kind | Required? | Notes |\n|---|---|---|---|---|\n| id | String | **Path** | yes | the box |\n\n#### `PUT\u{a0}/boxes/{id}`\n\nReplaces a box.\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["GET /boxes/{id}", "PUT /boxes/{id}"]);
    assert_eq!(ops(&out)[0].1, ["id path true"]);
}

/// A path segment of bare words joined by `|` (`/stores/{store}/pets|toys`), or a choice in
/// brackets set in a placeholder's braces (`/kinds/{[cat|dog]}/{name}`), behind `URI:` and
/// `METHOD:` items: a route per word, each with the section's parameters and statuses.
#[test]
fn a_segment_of_alternatives_behind_a_uri_label_is_a_route_per_word() {
    let page = "# Shop\n\n## Add an item\n\n- **URI**: `/stores/{store}/pets|toys`\n\n- **METHOD**: POST\n\n- **REQUEST**:\n\n| Field | Description | Type |\n| --- | --- | --- |\n| name | the item's name | String |\n\n- **RESPONSE**: if successful, return status code 200.\n\n## Get a kind\n\n- **URI**: `/kinds/{[cat|dog]}/{name}`\n\n- **METHOD**: GET\n\n- **RESPONSE**: if successful, return status code 200.\n";
    let out = read("shop.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /stores/{store}/pets",
            "POST /stores/{store}/toys",
            "GET /kinds/cat/{name}",
            "GET /kinds/dog/{name}"
        ]
    );
    assert_eq!(ops(&out)[1].1, ["store path true"]);
    assert_eq!(ops(&out)[3].1, ["name path true"]);
    assert_eq!(statuses(&out), [[200], [200], [200], [200]]);
    let toys = &out.spec.operations[1];
    assert_eq!(body_names(&out, toys), ["name"]);
}

/// Resources as bold quoted paths in a list (`* **"/shelves/{shelf}"**`, one with a quote
/// lost), each over nested items opening with a bold method and a dash or a colon
/// (`* **GET** -- reads it`, `* **PUT**: replaces it`), an indented example fence between
/// two of them: a route per method item on its path.
#[test]
fn quoted_path_items_over_bold_method_items() {
    let page = "# Library\n\n## Resources\n\n* **\"/shelves\"**\n    * All the shelves.\n    * **GET** -- lists the shelves.\n* **\"/shelves/{shelf}\"**\n    * One shelf.\n    * **GET**: reads the shelf.\n\n    ```\n    $ curl http://localhost/shelves/oak\n    {\"name\": \"oak\"}\n    ```\n\n    * **PUT** – replaces the shelf.\n* **/shelves/{shelf}/books\"**\n    * **DELETE** - empties the shelf.\n";
    let out = read("library.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /shelves",
            "GET /shelves/{shelf}",
            "PUT /shelves/{shelf}",
            "DELETE /shelves/{shelf}/books"
        ]
    );
    assert_eq!(ops(&out)[2].1, ["shelf path true"]);
}

/// Route items in bold and code whose description follows an arrow on the same line
/// (`* **DELETE** `/crates/<id>` → Deletes one crate`) or on the next source line, which
/// the item's text joins to the route (`* **GET** `/crates`` / `  Lists all crates.`): a
/// route per item, two items under one heading two operations.
#[test]
fn route_items_with_a_description_after_an_arrow_or_on_the_next_line() {
    let page = "# Crates\n\n## Endpoints\n\n### 1. List crates\n\n* **GET** `/crates`\n  Lists all crates.\n\n### 2. Remove crates\n\n* **DELETE** `/crates/<id>` → Deletes one crate\n* **DELETE** `/crates` → Deletes every crate\n\n### 3. Newest crate\n\n* **GET** `/crates/newest`\n  Reads the newest crate.\n";
    let out = read("crates.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /crates",
            "DELETE /crates/{id}",
            "DELETE /crates",
            "GET /crates/newest"
        ]
    );
    assert_eq!(ops(&out)[1].1, ["id path true"]);
}

/// Two routes given as alternatives on one item, the second leaving the method to the first
/// (`* **GET** `/crates/dump` or `/crates/dump/<format>``), its description on the next
/// line: a route each.
#[test]
fn alternative_routes_sharing_the_first_ones_method() {
    let page = "# Crates\n\n### 1. Dump crates\n\n* **GET** `/crates/dump` or `/crates/dump/<format>`\n  Dumps every crate.\n\n### 2. Count crates\n\n* **GET** `/crates/count` → Counts the crates\n\nReturns the count.\n";
    let out = read("crates.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /crates/dump",
            "GET /crates/dump/{format}",
            "GET /crates/count"
        ]
    );
    assert_eq!(ops(&out)[1].1, ["format path true"]);
}

/// A route relative to the server whose first segment is a script (`apirest.php/x`,
/// `index.cgi/x`): the file is part of the path, not a host written without its scheme.
#[test]
fn a_script_file_first_segment_is_no_host() {
    let page = "# Shelves\n\n## Open a session\n\n* **URL**: apirest.php/openSession/\n* **Method**: GET\n\n## List shelves\n\n* **URL**: index.cgi/shelves\n* **Method**: GET\n\n## Read a box\n\n* **URL**: api.example.com/v1/boxes/{id}\n* **Method**: GET\n";
    let out = read("shelves.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /apirest.php/openSession/",
            "GET /index.cgi/shelves",
            "GET /v1/boxes/{id}"
        ]
    );
}

/// An httpdomain directive naming no method (`.. http:example:: curl wget` over a raw
/// request `GET /api/1/boxes/7 HTTP/1.1`, printed as one tab per client) is an example
/// request in code, not a route: it neither makes an operation nor ends the route's
/// directive, even after an unindented `.. note::`, so the status fields after it stay the
/// operation's.
#[test]
fn an_httpdomain_example_directive_is_a_request_in_code() {
    let page = "Boxes\n=====\n\n.. http:get:: /api/(version)/boxes/(box_id)\n\n   Returns one box.\n\n.. note::\n   This endpoint may be cached.\n\n   **Example Request**:\n\n   .. http:example:: curl wget\n\n      GET /api/1/boxes/7 HTTP/1.1\n      Host: localhost:5000\n\n   **Example Response**:\n\n   .. sourcecode:: http\n\n      HTTP/1.1 200 OK\n      Content-Type: application/json\n\n      {\"result\": {\"id\": 7}}\n\n   :statuscode 200: The box is returned\n   :statuscode 404: No such box\n\n.. http:delete:: /api/(version)/boxes/(box_id)\n\n   Deletes one box.\n\n   .. http:example:: curl wget\n\n      DELETE /api/1/boxes/7 HTTP/1.1\n      Host: localhost:5000\n\n   :statuscode 200: Deleted\n   :statuscode 409: The box is in use\n";
    let out = read("boxes.rst", page);
    assert_eq!(
        routes(&out),
        [
            "GET /api/{version}/boxes/{box_id}",
            "DELETE /api/{version}/boxes/{box_id}"
        ]
    );
    assert_eq!(statuses(&out), [vec![200, 404], vec![200, 409]]);
}

/// An httpdomain placeholder naming its value in a few words (`.. http:get::
/// /api/(version)/prices/(coin name)`) is one placeholder, its words joined by `_`: the
/// directive is the route, and its example request filling it (`GET /api/1/prices/ETH
/// HTTP/1.1`) a use of it.
#[test]
fn an_httpdomain_placeholder_named_in_words() {
    let page = "Prices\n======\n\n.. http:get:: /api/(version)/prices/(coin name)\n\n   Returns the price history of one coin.\n\n   .. http:example:: curl wget\n\n      GET /api/1/prices/ETH HTTP/1.1\n      Host: localhost:5000\n\n   :statuscode 200: The prices are returned\n";
    let out = read("prices.rst", page);
    assert_eq!(routes(&out), ["GET /api/{version}/prices/{coin_name}"]);
    assert_eq!(ops(&out)[0].1, ["version path true", "coin_name path true"]);
    assert_eq!(statuses(&out), [vec![200]]);
}

/// A route whose URL allows either scheme (`http(s)://`) and names its host and segments in
/// a template's double braces, words and all (`{{Daemon Address}}`, `{{password}}`): the
/// host is the server's, each segment one placeholder.
#[test]
fn either_scheme_and_double_brace_placeholders_of_words() {
    let page = "# Files\n\n## Upload a file\n\n```http\nPOST http(s)://{{Daemon Address}}/upload/{{upload key}}\n```\n\n## Read a box\n\n```\nGET http(s)://boxes.example.com/v1/boxes/{{box_id}}\n```\n";
    let out = read("files.md", page);
    assert_eq!(
        routes(&out),
        ["POST /upload/{upload_key}", "GET /v1/boxes/{box_id}"]
    );
    assert_eq!(
        out.spec.base_url.as_deref(),
        Some("https://boxes.example.com")
    );
}

/// Routes given as the arguments of a template call that renders a request card (`<%=
/// render(RequestCard.new(verb: 'POST', label: '/v2/boxes')) do |card| %>`, the path's
/// braces escaped for Markdown), a section's route in short under its title (`` `POST
/// /boxes` ``) being the same route: one operation per call, on the full path.
#[test]
fn routes_as_template_call_arguments() {
    let page = "# Boxes\n\n## Create a box\n\n`POST /boxes`\n\nCreates a box.\n\n<div class=\"card\">\n  <%= render(RequestCard.new(verb: 'POST', label: '/v2/boxes')) do |card| %>\n    curl -X POST \"${HOST}/v2/boxes\"\n  <% end %>\n</div>\n\n## Read a box\n\nReads one box.\n\n<div class=\"card\">\n  <%= render(RequestCard.new(verb: \"get\", label: \"/v2/boxes/\\{box_id\\}\")) do |card| %>\n  <% end %>\n</div>\n\n## Notes\n\nCall `fetch('/v2/boxes', { method: 'POST' })` from a page.\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["POST /v2/boxes", "GET /v2/boxes/{box_id}"]);
    assert_eq!(ops(&out)[1].1, ["box_id path true"]);
}

/// Route lines in bold ended by a line break written as HTML (`**GET /shelves** <br />`),
/// the description on the next line and operations parted by rules: a route each, its
/// query string giving query parameters and its parameter table read under it.
#[test]
fn bold_route_lines_ended_by_an_html_line_break() {
    let page = "### Shelves\n\n---\n\n**GET /v2/shelves?limit=x** <br />\nLists the shelves.\n\nHeaders <br />\nNone\n\n---\n\n**DELETE /v2/shelves/:id** <br />\nRemoves one shelf.\n\nHeaders <br />\n\n| Header | Description | Required |\n| --- | --- | --- |\n| `X-Shelf-Key` | a key | Yes |\n";
    let out = read("shelves.md", page);
    assert_eq!(routes(&out), ["GET /v2/shelves", "DELETE /v2/shelves/{id}"]);
    assert_eq!(ops(&out)[0].1, ["limit query false"]);
    assert_eq!(ops(&out)[1].1, ["id path true", "X-Shelf-Key header true"]);
}

/// Routes under Chinese field labels: a `#### 接口URL` heading over a bare full URL (host,
/// port and query string) and a `#### 调用方法` heading over `HTTP GET`, the method under
/// its protocol's name; or `- 请求地址：**/x**` / `- 请求方式：POST` items with full-width
/// colons. A route each, the query string giving query parameters.
#[test]
fn chinese_field_labels_over_a_bare_url_and_an_http_method() {
    let page = "# 接口\n\n### 1. 查询书架\n\n#### 接口URL\n\nhttp://localhost:8080/shelf/list?shelfId={shelfId}\n\n#### 调用方法\n\nHTTP GET\n\n### 2. 新增书架\n\n#### 接口URL\n\nhttp://localhost:8080/shelf/add\n\n#### 调用方法\n\nHTTP POST\n\n### 3. 删除书架\n\n- 请求地址：**/shelf/{shelfId}**\n- 请求方式：DELETE\n- 返回格式：JSON\n";
    let out = read("shelves.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /shelf/list",
            "POST /shelf/add",
            "DELETE /shelf/{shelfId}"
        ]
    );
    assert_eq!(ops(&out)[0].1, ["shelfId query false"]);
    assert_eq!(ops(&out)[2].1, ["shelfId path true"]);
}

/// A literal segment in camel case that its own section's title spells word for word
/// (`api/getManyCrates` under `## Get many crates`, after `api/:kind/`): a word of a route
/// of its own, no value filling the template before it.
#[test]
fn camel_case_segment_its_title_spells_is_a_route_of_its_own() {
    let page = "# Crates\n\n## Get all crates\n\n* **URL**: api/:kind/\n* **Method**: GET\n\n## Get many crates\n\n* **URL**: api/getManyCrates\n* **Method**: GET\n";
    let out = read("crates.md", page);
    assert_eq!(routes(&out), ["GET /api/{kind}/", "GET /api/getManyCrates"]);
}

/// Field items giving the URL and, a few items below it, a method label joining two methods
/// (`* **URL**: api/:kind/:id` … `* **Method**: PUT or PATCH`): an operation per method,
/// each holding the whole section (its parameters and statuses).
#[test]
fn method_item_joining_two_methods_under_a_url_item() {
    let page = "# Crates\n\n## Get a crate\n\n* **URL**: api/:kind/:id\n* **Method**: GET\n\n## Update a crate\n\n* **URL**: api/:kind/:id\n* **Description**: Update it.\n* **Method**: PUT or PATCH\n* **Parameters**: (Headers)\n  * *Crate-Token*: the token. Mandatory.\n* **Returns**:\n  * 200 (OK) when updated.\n";
    let out = read("crates.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /api/{kind}/{id}",
            "PUT /api/{kind}/{id}",
            "PATCH /api/{kind}/{id}"
        ]
    );
    for op in &ops(&out)[1..] {
        assert!(
            op.1.contains(&"Crate-Token header true".to_string()),
            "{op:?}"
        );
    }
    assert_eq!(statuses(&out)[1..], [vec![200], vec![200]]);
}

/// An MDX component naming the method in a `verb` attribute beside a `path` one (`<Route
/// verb="PUT" path="/crates/:name" />`), over a `curl` call to the versioned URL: the
/// component gives the route, the call is its example (no second operation).
#[test]
fn routes_in_a_components_verb_and_path_attributes() {
    let page = "---\ntitle: Crates\n---\n\nimport Route from '@site/src/Route';\n\n## Read a crate\n\n<Route verb=\"GET\" path=\"/crates/:name\" />\n\nReads one crate.\n\n```bash\ncurl -X GET https://api.example.org/v3/crates/oak\n```\n\n## Move a crate\n\n<Route verb=\"PUT\" path=\"/crates/:name/shelf\" />\n\nMoves it.\n";
    let out = read("crates.mdx", page);
    assert_eq!(
        routes(&out),
        ["GET /crates/{name}", "PUT /crates/{name}/shelf"]
    );
    assert_eq!(ops(&out)[0].1, ["name path true"]);
}

/// `**URL:**` and `**Method:**` label paragraphs whose method sits in an inline HTML badge
/// (`<span class="chip delete">DELETE</span>`) and whose URL opens with a template
/// variable for the host (`${BASE_URL}/x/:id`): a route per section.
#[test]
fn method_labels_set_in_an_inline_badge_element() {
    let page = "# Crates\n\n### Remove a crate\n\n**URL:** `${BASE_URL}/crates/:crateId`\n\n**Method:** <span class=\"chip delete\">DELETE</span>\n\n**Authentication:** Token\n\n### List the crates\n\n**URL:** `${BASE_URL}/crates`\n\n**Method:** <span class=\"chip get\">GET</span>\n";
    let out = read("crates.md", page);
    assert_eq!(routes(&out), ["DELETE /crates/{crateId}", "GET /crates"]);
    assert_eq!(ops(&out)[0].1, ["crateId path true"]);
}

/// The component that gives a section's route (`<Route verb="POST" path="/crates" />`)
/// is markup: the operation's description is the prose after it.
#[test]
fn a_route_component_is_no_description() {
    let page = "# Crates\n\n## Create a crate\n\n<Route verb=\"POST\" path=\"/crates\" />\n<br />\n\nCreates a crate.\n\n## Read a crate\n\n<Route verb=\"GET\" path=\"/crates/:id\" />\n\nReads one crate.\n";
    let out = read("crates.mdx", page);
    assert_eq!(routes(&out), ["POST /crates", "GET /crates/{id}"]);
    let docs: Vec<Option<&str>> = out
        .spec
        .operations
        .iter()
        .map(|o| o.doc.as_deref())
        .collect();
    assert_eq!(docs, [Some("Creates a crate."), Some("Reads one crate.")]);
}

/// Field bullets ending in a Markdown hard break, values on the indented lines under them:
/// `* URL \\` over several paths (one a line, each but the last closed by `\\`) and `*
/// Methods \\` over `` `GET` `POST` ``: every path with every method. Placeholders set in
/// emphasis around brackets (`*[SHELF]*`) are placeholders; a path alone under a `* Method
/// \\` item of one method is one route.
#[test]
fn hard_break_field_bullets_over_several_paths_and_methods() {
    let page = "## Books on a shelf\n\nLists the books.\n\n* URL \\\\\n        /shelves/*[SHELF]*/books.json \\\\\n        /shelves/*[SHELF]*/books.csv\n\n* Methods \\\\\n        `GET` `POST`\n\n* URL parameters\n\n| Key | Description |\n| --- | ----------- |\n| *[SHELF]* | Shelf name |\n\n* Results \\\\\n        The books.\n\n## Shelf list\n\n* URL \\\\\n        /shelves/all.json\n\n* Method \\\\\n        `GET`\n";
    let out = read("shelves.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /shelves/{SHELF}/books.json",
            "GET /shelves/{SHELF}/books.csv",
            "POST /shelves/{SHELF}/books.json",
            "POST /shelves/{SHELF}/books.csv",
            "GET /shelves/all.json"
        ]
    );
    assert_eq!(ops(&out)[0].1, ["SHELF path true"]);
    assert_eq!(ops(&out)[3].1, ["SHELF path true"]);
}

/// A bullet list of routes each set in bold whole, a dash and a description after it
/// (`- **DELETE /boxes/{box}** - Delete a box`): a route per item, its placeholders path
/// parameters.
#[test]
fn bold_route_items_with_a_description_after_a_dash() {
    let page = "# Box service\n\n## Endpoints\n\nAll endpoints speak JSON.\n\n - **GET /boxes** - List the boxes\n - **POST /boxes** - Create a box\n - **DELETE /boxes/{box}** - Delete a box\n";
    let out = read("boxes.md", page);
    assert_eq!(
        routes(&out),
        ["GET /boxes", "POST /boxes", "DELETE /boxes/{box}"]
    );
    assert_eq!(ops(&out)[2].1, ["box path true"]);
}

/// Placeholders closed by a colon too (`:crate:`, a whole segment) and a shell variable
/// opening a path that a placeholder follows (`/$store/:crate:`), in a route whose other
/// placeholders are written otherwise: each a path parameter.
#[test]
fn colon_closed_placeholders_and_a_leading_shell_variable() {
    let page = "# Crate store\n\nCrates :\n\n   - **GET** /crate/:crate:\n     - Read a crate\n\n   - **PUT** /$store/:crate:/:label:\n     - Store a crate\n\n   - **DELETE** /crate/:crate:\n     - Drop a crate\n\n$store can be \"disk\" or \"memory\".\n";
    let out = read("crates.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /crate/{crate}",
            "PUT /{store}/{crate}/{label}",
            "DELETE /crate/{crate}"
        ]
    );
    assert_eq!(
        ops(&out)[1].1,
        ["store path true", "crate path true", "label path true"]
    );
}

/// Items opening with their method in bold declare their routes as headings do: a path of
/// placeholders only (`- **GET** /{kind}/{id}`) is that item's route, no generic call; and
/// two items whose paths end alike (`/stats`, later `/me/stats`) are two routes, neither
/// the other's in short.
#[test]
fn bold_method_items_declare_their_routes() {
    let page = "# Box service\n\nServer :\n\n   - **GET** /stats\n     - Server statistics\n\n   - **GET** /{kind}/{id}\n     - Read one box of a kind\n\nUser :\n\n   - **GET** /me\n     - Who am I\n\n   - **GET** /me/stats\n     - My statistics\n";
    let out = read("boxes.md", page);
    assert_eq!(
        routes(&out),
        ["GET /stats", "GET /{kind}/{id}", "GET /me", "GET /me/stats"]
    );
    assert_eq!(ops(&out)[1].1, ["kind path true", "id path true"]);
}

/// A URL table cell with its host glued on and one slash too many after it
/// (`api.example.com//accounts/info/`), and a collection's member word before a concrete
/// slug (`/labels/label/10-newest/`): the path is `/accounts/info/`, the word a literal.
#[test]
fn a_host_joined_with_two_slashes_and_a_member_word_before_a_slug() {
    let page = "## Info\n\n| URI | HTTP Method |\n|---|---|\n| api.example.com//accounts/info/ | GET |\n\n## Newest\n\n| URI | HTTP Method |\n|---|---|\n| api.example.com/labels/label/10-newest/ | GET |\n";
    let out = read("a.md", page);
    assert_eq!(
        routes(&out),
        ["GET /accounts/info/", "GET /labels/label/10-newest/"]
    );
}

/// A plain-text page of one call: an upper-case title, then `Endpoint: /x` and `Method:
/// POST` label lines each holding its value (the method line read as a label of level 0),
/// then `Required parameters:` / `Optional parameters:` over `* name: …` bullets: one route,
/// the bullets its body fields, and a GET's bullets its query parameters.
#[test]
fn plain_text_endpoint_and_method_label_lines() {
    let page = "THE BOX WEIGHING CALL\n\nEndpoint: /v2/boxes/weigh\nMethod:   POST\n\nRequired parameters:\n\n    * box: the box to weigh\n\nOptional parameters:\n\n    * unit: the unit of the answer\n";
    let out = read("weigh.txt", page);
    assert_eq!(routes(&out), ["POST /v2/boxes/weigh"]);
    assert_eq!(
        body_flags(&out, &out.spec.operations[0]),
        [("box", true), ("unit", false)]
    );
    let page = "THE BOX LISTING CALL\n\nEndpoint: /v2/boxes\nMethod:   GET\n\nRequired parameters:\n\n    * shelf: the shelf to list\n";
    let out = read("list.txt", page);
    assert_eq!(
        ops(&out),
        [(
            "GET /v2/boxes".to_string(),
            vec!["shelf query true".to_string()]
        )]
    );
}

/// A URL template alone in a fence, its host in placeholders and its last segment the
/// endpoint's placeholder (`{scheme}://{host}/rest/{endpoint}`), over a table of methods and
/// relative paths: each route gets the template's literal segments (`/rest`) before it.
#[test]
fn relative_routes_under_an_endpoint_url_template() {
    let page = "# Lamp API\n\n## Address\n\nEvery call goes to:\n\n```bash\n{scheme}://{host}/rest/{endpoint}\n```\n\n## Calls\n\n| endpoint | method | description |\n|---|---|---|\n| /lamps | `GET` | List the lamps |\n| /lamps/{lamp id} | `DELETE` | Remove a lamp |\n";
    let out = read("lamps.md", page);
    assert_eq!(
        routes(&out),
        ["GET /rest/lamps", "DELETE /rest/lamps/{lamp_id}"]
    );
    assert_eq!(ops(&out)[1].1, ["lamp_id path true"]);
}

/// A table of routes with `Path` and `Method` columns whose method cells are links to each
/// route's page (`| /boxes | [GET](boxes/get.md) |`): a route per row, the link's label its
/// method.
#[test]
fn method_cells_linking_to_the_route_page() {
    let page = "# Box service\n\n## Boxes\n\n| Path | Method | Description |\n| ---- | :----: | ----------- |\n| /boxes | [GET](boxes/get.md) | List the boxes |\n| /boxes/shelf | [POST](boxes/shelf/post.md) | Shelve a box |\n| /crates | [DELETE](crates/delete.md) | |\n";
    let out = read("index.md", page);
    assert_eq!(
        routes(&out),
        ["GET /boxes", "POST /boxes/shelf", "DELETE /crates"]
    );
}

/// A server template's output tag printing a variable into a route (`<code>GET
/// https://host/api/boxes/<%= @box_id %>?key=<%= @key %></code>`): the route, the tag a
/// placeholder of that variable.
#[test]
fn template_output_tags_in_a_route() {
    let page = "<h1>Box API</h1>\n<h3 id='boxes'>Boxes</h3>\n<p>List the boxes.</p>\n<p><code>GET https://box.example.net/api/boxes?key=<%= @key %></code></p>\n<h3 id='box'>Box</h3>\n<p>Read one box.</p>\n<p><code>GET https://box.example.net/api/boxes/<%= @box_id %>/lid?key=<%= @key %></code></p>\n";
    let out = read("boxes.html", page);
    assert_eq!(
        routes(&out),
        ["GET /api/boxes", "GET /api/boxes/{box_id}/lid"]
    );
    assert_eq!(ops(&out)[1].1, ["box_id path true", "key query false"]);
}

/// A component naming the method in an attribute after the protocol's name (`httpVerb`),
/// its text a whole example URL: the server is the base URL, the query string is no part of
/// the path, and the query table under the route gives the parameters.
#[test]
fn a_components_http_verb_attribute_over_an_example_url() {
    let page = "<script setup>\nimport CallBox from './CallBox.vue';\n</script>\n\n# Shelf Books\n\nLists the books on a shelf.\n\n## Request\n\n<CallBox httpVerb=\"GET\">https://api.example.net/v2/shelf_books.php?s=7&n=3</CallBox>\n\n### Query Parameters\n\n| Name | Required? | Description |\n| :--- | :-------- | :---------- |\n| `s`  | Yes       | The shelf.  |\n| `n`  |           | How many.   |\n| `o`  | No        | Offset.     |\n\n## Response\n\n```json\n{\"books\": []}\n```\n";
    let out = read("shelf-books.md", page);
    assert_eq!(routes(&out), ["GET /v2/shelf_books.php"]);
    assert_eq!(
        out.spec.base_url.as_deref(),
        Some("https://api.example.net")
    );
    assert_eq!(
        ops(&out)[0].1,
        ["s query true", "n query false", "o query false"]
    );
}

/// A sentence naming a templated route in one code span as a request or an endpoint (`makes
/// a `POST /v1/boxes/{kind}` request where `kind` is …`) over a call to a host filling it in
/// (`POST https://shop.host/v1/boxes/small`): the sentence declares the route, the call is
/// its example. The route named again inside a sentence of a later section's list (`- For
/// each new box, ask again using `POST /v1/boxes/{kind}` and keep it`) is a mention of it.
#[test]
fn a_sentence_naming_a_templated_request_over_a_call_filling_it_declares_it() {
    let page = "# Boxes\n\n## Ordering a box\n\nTo order a box, the client makes a `POST /v1/boxes/{kind}` request where `kind` is the kind of box. Here the kind is `small`.\n\n```http\nPOST https://shop.host:8080/v1/boxes/small\n```\n\n## Client notes\n\nA useful flow is:\n\n- For each new box wanted, ask again using `POST /v1/boxes/{kind}` and keep it\n";
    let out = read("boxes.md", page);
    assert_eq!(
        ops(&out),
        [(
            "POST /v1/boxes/{kind}".to_string(),
            vec!["kind path true".to_string()]
        )]
    );
}

/// Items of one list each naming their route on continuation lines of their own (`- Open a
/// lid` / `  Method: POST` / `  Path: `/boxes/<box>/lid/open``): a route per item, not only
/// the list's first. The same path again with a query string in another item is that route
/// (its query parameter); a placeholder of two words (`<Shelf Label>`) is one placeholder (`{Shelf_Label}`).
#[test]
fn items_each_naming_method_and_path_on_lines_of_their_own() {
    let page = "# Boxes\n\n## Calls\n\n- Open a lid  \n  Method: POST  \n  Path: `/boxes/<box>/lid/open`\n- Close a lid  \n  Method: POST  \n  Path: `/boxes/<box>/lid/close`\n- Paint a box  \n  Method: POST  \n  Path: `/boxes/<box>/paint?shade=<shade>`\n- Read a shelf  \n  Method: GET  \n  Path: `/shelves/<Shelf Label>/boxes`\n";
    let out = read("boxes.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /boxes/{box}/lid/open",
            "POST /boxes/{box}/lid/close",
            "POST /boxes/{box}/paint",
            "GET /shelves/{Shelf_Label}/boxes"
        ]
    );
    assert_eq!(ops(&out)[2].1, ["box path true", "shade query false"]);
}

/// Prose items naming each request by the protocol's word before the method, then `to` and
/// the path in code (`- HTTP GET to `/v2/lid/state` to read …`, `- HTTP PUT to `/v2/lid/state`
/// with a body `{…}` to …`), and a sentence sending one (`by sending an HTTP GET request to
/// `/v2/scale/weight``): a route each; two items with the same route are one operation. A
/// route quoted inside a configuration sample (`routes = ["GET /v2/lid/state"]`) is none.
#[test]
fn prose_naming_the_protocol_then_the_method_before_a_path_in_code() {
    let page = "# Box control\n\n## Access\n\n```toml\n[[roles]]\nroutes = [\"GET /v2/lid/state\"]\n```\n\n## Lid\n\n- HTTP GET to `/v2/lid/state` to read the lid state, such as `{\"state\":\"open\"}`\n- HTTP PUT to `/v2/lid/state` with a body `{\"state\":\"open\"}` to open the lid\n- HTTP PUT to `/v2/lid/state` with a body `{\"state\":\"shut\"}` to shut the lid\n\n## Scale\n\nYou can read the weight by sending an HTTP GET request to `/v2/scale/weight`.\nThe answer looks like:\n\n```json\n{\"grams\":120}\n```\n";
    let out = read("box-control.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /v2/lid/state",
            "PUT /v2/lid/state",
            "GET /v2/scale/weight"
        ]
    );
}

/// A `Method:` label whose value names the method under its protocol's name, in lower case
/// (`**Method:** HTTP post`), under a `**URL:**` label giving a full URL with bracketed host
/// and port placeholders (`http://[host]:[port]/lamp/on`): the two give the route.
#[test]
fn a_method_label_naming_the_method_after_its_protocol() {
    let page = "# Lamp API\n\n## Calls\n\n### 1. Turn on\n\n**URL: **http://[host]:[port]/lamp/on\n\n**Method:** HTTP post\n\nTurns the lamp on.\n\n### 2. Read state\n\n**URL:** http://[host]:[port]/lamp/state\n\n**Method:** HTTP get\n\nReads the state.\n";
    let out = read("lamp.md", page);
    assert_eq!(routes(&out), ["POST /lamp/on", "GET /lamp/state"]);
}

/// A table giving a call once per protocol, a row each (`| Protocol | Method | API |` over
/// `| gRPC | | GetBox |` and `| HTTP | POST | /v1/box |`): the row filling the method
/// column gives the route, its path in the one column that holds a path in every such row;
/// the row of the other protocol, with no method, gives none.
#[test]
fn a_table_of_a_call_per_protocol_gives_the_http_row_route() {
    let page = "# Shelf RPC\n\n## Reference\n\n#### GetBox\nReturns a box.\n\n| Protocol | Method | API |\n|----------|--------|-----|\n| gRPC |  |  GetBox |\n| HTTP | POST |  /v1/shelf/box |\n\n#### GetLid\nReturns the lid.\n\n| Protocol | Method | API |\n|----------|--------|-----|\n| gRPC |  |  GetLid |\n| HTTP | GET |  /v1/shelf/lid |\n";
    let out = read("shelf.md", page);
    assert_eq!(routes(&out), ["POST /v1/shelf/box", "GET /v1/shelf/lid"]);
}

/// An optional query string in parentheses glued to the path in a heading
/// (`` #### `GET /boxes/<id>(?colour=red&size=XL)` ``): no part of the route, its names the
/// route's optional query parameters, as `[?colour=red]` is read.
#[test]
fn an_optional_query_string_in_parentheses_after_the_path() {
    let page = "# Boxes\n\n#### `GET /boxes/<box_id>(?colour=red&size=XL)`\n\nLists a box.\n\n#### `GET /shelves/<shelf_id>`\n\nLists a shelf.\n";
    let out = read("boxes.md", page);
    assert_eq!(
        ops(&out),
        [
            (
                "GET /boxes/{box_id}".to_string(),
                vec![
                    "box_id path true".to_string(),
                    "colour query false".to_string(),
                    "size query false".to_string()
                ]
            ),
            (
                "GET /shelves/{shelf_id}".to_string(),
                vec!["shelf_id path true".to_string()]
            )
        ]
    );
}

/// A sentence opening a paragraph that sends the method to the path, with the protocol's
/// name before the method and an article before the path (`A HTTP `GET` to the
/// `/gauges/{GID}` endpoint returns …`): the route; its placeholder a path parameter.
#[test]
fn a_sentence_sending_an_http_method_to_the_endpoint() {
    let page = "= Gauges - One Gauge\n\n== Request\n\nAn HTTP `GET` to the `/gauges/{GID}` endpoint returns the gauge's reading.\n\n== Examples\n\n.GET */gauges/12* Response\n----\n{\"level\": 3}\n----\n";
    let out = read("gauge.adoc", page);
    assert_eq!(
        ops(&out),
        [(
            "GET /gauges/{GID}".to_string(),
            vec!["GID path true".to_string()]
        )]
    );
}

/// A sentence naming the path as its subject and ending in a colon (`The `/pumps/config`
/// endpoint supports the following:`) over a `Methods` heading and a table of the path's
/// methods (`Method | Required Level | Description`): a route per method row.
#[test]
fn an_endpoint_sentence_over_a_methods_table() {
    let page = "= Pumps - Configuration\n\n== Request\n\nThe `/pumps/config` endpoint supports the following:\n\n=== Methods\n[cols=\"1,1,2\", options=\"header\"]\n|===\n|Method\n|Required Level\n|Description\n\n|`GET`\n|?\n|Read the pump configuration.\n\n|`PUT`\n|installer\n|Change the pump configuration.\n\n|===\n\n== Examples\n\n.GET */pumps/config* Response\n----\n{}\n----\n";
    let out = read("pumps.adoc", page);
    assert_eq!(routes(&out), ["GET /pumps/config", "PUT /pumps/config"]);
}

/// A `Request:` label over the route, the route going on with what the request carries
/// (`Request: POST /api/start with parameters (server_id).`): the route, not the words
/// after it; the same words after another label (`Note: GET /x with care`) are prose.
#[test]
fn a_request_label_over_a_route_with_its_parameters() {
    let page = "# Servers\n\n## Starting server\n\nRequest: POST /api/start with parameters (server_id).\n- server_id is the server ID used internally\n\n## Stopping server\n\nRequest: POST /api/stop with parameters (server_id).\n\n## Notes\n\nNote: GET /api/status with care.\n";
    let out = read("master-api.md", page);
    assert_eq!(routes(&out), ["POST /api/start", "POST /api/stop"]);
}

/// A page of one resource giving its methods and its path on label lines of their own
/// (`Allowed methods: `GET`, `PUT`, `DELETE`` over `Path: `/pacticipants/{pacticipant}``,
/// as Pact Broker's pages do): a route per method, the path's placeholders its parameters.
#[test]
fn allowed_methods_over_a_path_line() {
    let page = "\n# Pacticipant labels\n\nAllowed methods: `GET`, `PUT`, `DELETE`\n\nPath: `/pacticipants/{pacticipant}/labels/{label}`\n\nGet, create or delete pacticipant labels.\n\nPacticipants can be queried by label with `/pacticipants/label/{label}`.\n";
    let out = read("label.markdown", page);
    assert_eq!(
        routes(&out),
        [
            "GET /pacticipants/{pacticipant}/labels/{label}",
            "PUT /pacticipants/{pacticipant}/labels/{label}",
            "DELETE /pacticipants/{pacticipant}/labels/{label}"
        ]
    );
}

/// A path heading over a sentence or two, then a table of its methods that names the
/// parameters beside them (`| method | request type | parameters | requirement |`, the
/// method cell joining two, `POST, PUT`; continuation rows with the method cell empty):
/// a route per method, each with the table's parameters (body fields), optional or not by
/// the requirement column.
#[test]
fn a_method_and_parameter_table_under_a_path_heading() {
    let page = "## Web Services\n\n#### /api/processHeaderDocument\n\nExtract the header of the input PDF document.\n\n`consolidateHeader` is a string of value `0` or `1`.\n\n| method | request type | response type | parameters | requirement | description |\n|---|---|---|---|---|---|\n| POST, PUT | `multipart/form-data` | `application/xml` | `input` | required | PDF file to be processed |\n| | | | `consolidateHeader` | optional | Consolidation level. |\n\n#### /api/processDate\n\nParse a raw date string.\n\n| method | request type | response type | parameters | requirement | description |\n|---|---|---|---|---|---|\n| POST | `application/x-www-form-urlencoded` | `application/xml` | `date` | required | date to be parsed as raw string |\n";
    let out = read("Grobid-service.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /api/processHeaderDocument",
            "PUT /api/processHeaderDocument",
            "POST /api/processDate"
        ]
    );
    assert_eq!(
        body_fields(&out, 0),
        [("input", false), ("consolidateHeader", true)]
    );
    assert_eq!(body_fields(&out, 2), [("date", false)]);
}

/// A heading route opening with a base placeholder after its slash (`### POST
/// /{baseURI}/mgmt/pd`): the base is the server part, not a path parameter; a placeholder
/// of another name there (`/{tenant}/x`) stays a segment of the path.
#[test]
fn a_base_placeholder_after_the_slash_is_the_server() {
    let page = "## Service Interfaces\n\n### POST /{baseURI}/mgmt/pd\n\nCalled to add a Plant Description.\n\n### DELETE /{tenant}/mgmt/pd/{id}\n\nCalled to delete one.\n";
    let out = read("pde.md", page);
    assert_eq!(
        ops(&out),
        [
            ("POST /mgmt/pd".to_string(), vec![]),
            (
                "DELETE /{tenant}/mgmt/pd/{id}".to_string(),
                vec!["tenant path true".to_string(), "id path true".to_string()]
            )
        ]
    );
}

/// A page per call whose route is only a sentence setting the method in code and the path in
/// code after `to` (`To delete an API key, simply `POST` to `/api/api-keys/delete?id=«apikey-id»`.`,
/// `simply `POST` a `ApiKeyInfo` JSON object … as the request body to `/api/api-keys/create``):
/// the route, a literal path too, the query's placeholder a query parameter; a placeholder in
/// guillemets (`«feed-name»`) is one. Not a method after an article (`a `GET` to `/x/<tag>`
/// will return a 404`) or naming a request (`the previously-described `POST` request to`).
#[test]
fn coded_method_sent_to_a_coded_path_in_prose() {
    let out = read(
        "delete.md",
        "# Delete ApiKey\n\n## HTTP Request Specification\n\nTo delete an API key, simply `POST` to `/api/api-keys/delete?id=«apikey-id»`.\n\n## HTTP Response Specification\n\nA successful `200` response indicates the key has been deleted.\n",
    );
    assert_eq!(
        ops(&out),
        [(
            "POST /api/api-keys/delete".to_string(),
            vec!["id query false".to_string()]
        )]
    );
    let out = read(
        "create.md",
        "# Create ApiKey\n\n## HTTP Request Specification\n\nTo create an API key, simply `POST` a `ApiKeyInfo` JSON object (see [ApiKeyInfo.cs](https://example.com/ApiKeyInfo.cs)) as the request body to `/api/api-keys/create`.\n\n## HTTP Response Specification\n\nThe key is written on success.\n",
    );
    assert_eq!(routes(&out), ["POST /api/api-keys/create"]);
    let out = read(
        "update.md",
        "# Update Feed\n\n## HTTP Request Specification\n\nTo update a feed, simply `POST` to the URL with the feed name.\n\n```plaintext\nPOST /api/management/feeds/update/«feed-name»\n```\n",
    );
    assert_eq!(
        ops(&out),
        [(
            "POST /api/management/feeds/update/{feed_name}".to_string(),
            vec!["feed_name path true".to_string()]
        )]
    );
    for prose in [
        "Once deleted, a `GET` to `/v2/<name>/manifests/<tag>` will return a 404.",
        "This is taken in place of the previously-described `POST` request to `/v2/<name>/blobs/uploads/`.",
    ] {
        let out = read("spec.md", &format!("# Spec\n\n## Deleting\n\n{prose}\n"));
        assert!(out.spec.operations.is_empty(), "{prose}");
    }
}

/// A heading's route whose path opens with a base placeholder (`### GET {baseURL}/system`)
/// is whole, not a relative path: an example call in its section printing the base
/// (`GET /inventory/system?filter_field=systemName HTTP/1.1` under `Example of valid
/// invocation:`) does not replace it.
#[test]
fn heading_route_under_a_base_placeholder_over_an_example_call() {
    let page = "# Inventory\n\n## Service Interfaces\n\n### GET {baseURL}/system\n - __Interface:\tGetSystems__\n\nCalled to list systems.\n\nExample of valid invocation:\n```json\nGET /inventory/system?filter_field=systemName HTTP/1.1\nAccept: application/json\n```\n\n### GET {baseURL}/data/{id}\n\nGets data.\n";
    assert_eq!(
        routes(&read("inventory.md", page)),
        ["GET /system", "GET /data/{id}"]
    );
}

/// A table of one call's record, a `Method` row beside its URL row whose path is all
/// placeholders in brackets (`| URL | https://api.[host]/[version]/[ORCID iD]/[affiliation
/// section] |` over `| Method | GET |`): a route declared, as a heading's is, not the
/// template of any call an introduction shows.
#[test]
fn record_table_route_of_placeholders_only() {
    let page = "# Affiliations\n\n## Read a summary\n\n| Parameter | Value |\n|---|---|\n| URL | https://api.[host]/[version]/[ORCID iD]/[affiliation section] |\n| Method | GET |\n| header | Accept: application/json |\n\nReads the section.\n";
    assert_eq!(
        routes(&read("affiliations.md", page)),
        ["GET /{version}/{ORCID_iD}/{affiliation_section}"]
    );
}

/// A grid table whose path cells span several method rows (`+      +--------+` borders
/// under the other columns only), its path column headed by the part of the path the
/// cells leave out (`Endpoint ``/api/v1``...` over `...\ ``/auth/tokens/``` cells), a
/// `Methods` column with a row that gives none: a route per method row, each with the whole
/// path; a spelling of the path that leaves a part out (`{subname}.../{type}/`) is not one.
#[test]
fn grid_table_of_spanning_paths_under_a_prefix_header() {
    let page = "Endpoint Reference\n------------------\n\n+------------------------------------------+------------+---------------------+\n| Endpoint ``/api/v1``...                  | Methods    | Use case            |\n+==========================================+============+=====================+\n| ...\\ ``/auth/``                          | ``POST``   | Register            |\n+------------------------------------------+------------+---------------------+\n| ...\\ ``/auth/tokens/{id}/``              | ``GET``    | Retrieve token      |\n|                                          +------------+---------------------+\n|                                          | ``DELETE`` | Delete token        |\n+------------------------------------------+------------+---------------------+\n| ...\\ ``/auth/totp/``                     |            | Subject to change   |\n+------------------------------------------+------------+---------------------+\n| ...\\ ``/rrsets/{subname}/{type}/``       | ``GET``    | Retrieve an RRset   |\n|                                          +------------+---------------------+\n| ...\\ ``/rrsets/{subname}.../{type}/``    | ``PATCH``  | Modify an RRset     |\n+------------------------------------------+------------+---------------------+\n";
    let out = read("endpoint-reference.rst", page);
    assert_eq!(
        routes(&out),
        [
            "POST /api/v1/auth/",
            "GET /api/v1/auth/tokens/{id}/",
            "DELETE /api/v1/auth/tokens/{id}/",
            "GET /api/v1/rrsets/{subname}/{type}/",
            "PATCH /api/v1/rrsets/{subname}/{type}/"
        ]
    );
}

/// A sentence sending a method set in code as a request to a path in code called an
/// endpoint (`send a `POST` request to the `/@copy` endpoint`): a route, a literal path
/// too. A request named again (`the previously-described `POST` request to
/// `/v2/<name>/blobs/uploads/``) declares none.
#[test]
fn sentence_sending_a_coded_method_request_to_an_endpoint() {
    let page = "# Copy and Move\n\n## Copying an object\n\nTo copy a content object, send a `POST` request to the `/@copy` endpoint at the destination's URL.\n\n## Moving\n\nThis step is taken in place of the previously-described `POST` request to `/v2/<name>/uploads/`.\n";
    let out = read("copymove.md", page);
    assert_eq!(routes(&out), ["POST /@copy"]);
}

/// A key/value table of one record naming the path `Address` (`Verb | GET` over `Address |
/// /api/v1/scripts/:runtime`): the route, its sample request under `### Request` a call of
/// it; a call that a paragraph after it explains as an example (`In this example, …`) is
/// no operation of its own.
#[test]
fn a_record_table_naming_its_path_address() {
    let page = "# Scripts\n\n## Introduction\n\n```\ncurl -k -i -u admin https://localhost:8443/api/v1/scripts/ext?all=true\n```\nIn this example, the `ext` value is provided for the `:runtime` parameter.\n\n## List Scripts\n\nLists scripts.\n\nKey       | Value\n----------|----------------------\nVerb      | GET\nAddress   | /api/v1/scripts/:runtime\nPrivilege | scripts.lists.:runtime\n\n### Request\n\n```\nGET /api/v1/scripts/ext\n```\n";
    let out = read("scripts.md", page);
    assert_eq!(routes(&out), ["GET /api/v1/scripts/{runtime}"]);
}

/// Methods in capitals side by side before one path on a code line (`POST DELETE
/// /api/33/dataApprovals`): a route per method.
#[test]
fn methods_side_by_side_before_one_path() {
    let page = "# Approval\n\n## Approve data\n\nTo approve data issue a *POST* request; to unapprove it a *DELETE*.\n\n    POST DELETE /api/33/dataApprovals\n";
    let out = read("approval.md", page);
    assert_eq!(
        routes(&out),
        ["POST /api/33/dataApprovals", "DELETE /api/33/dataApprovals"]
    );
}

/// A URI template's query expansion written as several expressions in a row
/// (`[GET /resources/{account}{?kind}{?search}]`, also `{&search}`): the route, each name a
/// query parameter.
#[test]
fn query_expansions_in_a_row() {
    let page = "## List resources [/resources]\n\n### List resources [GET /resources/{account}{?kind}{&search}]\n\nLists.\n";
    let out = read("list.md", page);
    assert_eq!(
        ops(&out),
        [(
            "GET /resources/{account}".to_string(),
            vec![
                "account path true".to_string(),
                "kind query false".to_string(),
                "search query false".to_string()
            ]
        )]
    );
}

/// A curl call through a Unix socket (`curl --unix-socket /tmp/ch.sock -i -X PUT
/// 'http://localhost/api/v1/vm.boot'`): the socket's path is the option's value, the route
/// is the URL's.
#[test]
fn a_curl_call_through_a_unix_socket() {
    let page = "# API\n\n## Boot a Virtual Machine\n\n```shell\ncurl --unix-socket /tmp/cloud-hypervisor.sock -i -X PUT 'http://localhost/api/v1/vm.boot'\n```\n";
    let out = read("api.md", page);
    assert_eq!(routes(&out), ["PUT /api/v1/vm.boot"]);
}

/// A specification converted from a word processor: route headings with their placeholders
/// in emphasis (`##### GET /participants/_{Type}_/_{ID}_`), a line right under one giving the
/// same service's other route (`Alternative URI: …/_{SubId}_`), a group heading over its
/// operations (`#### Requests`, a word that labels parameters elsewhere), body tables under
/// caption headings (`###### Table 23`) with a cardinality column (`1`, `0..1`,
/// `1..10000`), callbacks named in bullets (`- Callback -- [**PUT /quotes/**_{ID}_](…)`),
/// and example calls presented by an item (`- Example service to get FSP information:` over
/// `**GET /participants/MSISDN/+123456789**`): an operation per heading and alternative
/// route, both reading the section; each body its own table, required by its cardinality;
/// the examples are none, nor is a callback's name a field.
#[test]
fn a_specification_converted_from_a_word_processor() {
    let page = "# API Definition\n\n### Party Addressing\n\n- To use mobile phone number **+123456789**, set the type to **MSISDN**.\n   - Example service to get FSP information:\n\n     **GET /participants/MSISDN/+123456789**\n\n#### Requests\n\nThis section describes the services that can be requested.\n\n##### GET /participants/_{Type}_/_{ID}_\n\nAlternative URI: **GET /participants/**_{Type}_**/**_{ID}_**/**_{SubId}_\n\nThe HTTP request **GET /participants/**_{Type}_**/**_{ID}_ is used to find out in which FSP the Party is.\n\nCallback and data model information for **GET /participants/**_{Type}_**/**_{ID}_:\n\n- Callback - [**PUT /participants/**_{Type}_/_{ID}_](#put-participants-type-id)\n- Data Model -- Empty body\n\n##### POST /quotes\n\nAlternative URI: N/A\n\nCallback and data model information for **POST /quotes**:\n\n- Callback -- [**PUT /quotes/**_{ID}_](#put-quotes-id)\n- Data Model -- See [Table 23](#table-23)\n\n###### Table 23\n\n| **Name** | **Cardinality** | **Type** | **Description** |\n| --- | --- | --- | --- |\n| **quoteId** | 1 | CorrelationId | Identifier of the quote. |\n| **fees** | 0..1 | Money | The fees. |\n| **payee** | 1..10000 | Party | The payees. |\n\n**Table 23 -- POST /quotes data model**\n\n#### Callbacks\n\nThis section describes the callbacks.\n\n#### PUT /quotes/_{ID}_\n\nThe callback **PUT /quotes/**_{ID}_ informs the client of a quote.\n\n###### Table 24\n\n| **Name** | **Cardinality** | **Type** | **Description** |\n| --- | --- | --- | --- |\n| **transferAmount** | 1 | Money | The amount. |\n";
    let out = read("api-definition.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /participants/{Type}/{ID}",
            "GET /participants/{Type}/{ID}/{SubId}",
            "POST /quotes",
            "PUT /quotes/{ID}",
        ]
    );
    let operations = &out.spec.operations;
    assert_eq!(
        body_flags(&out, &operations[2]),
        [("quoteId", true), ("fees", false), ("payee", true)]
    );
    assert_eq!(body_flags(&out, &operations[3]), [("transferAmount", true)]);
    assert_eq!(ops(&out)[0].1, ["Type path true", "ID path true"]);
    // (The alternative route reads the section under the heading too.)
    assert!(
        operations[0]
            .doc
            .as_deref()
            .is_some_and(|d| d.contains("find out"))
    );
}

/// Path headings in code (`` ### `/buy_rate` ``) whose description opens with the method in
/// brackets (`(GET) Returns the latest BUY conversion rate …`) over a parameter table: a
/// route per heading, the table's rows its query parameters.
#[test]
fn a_method_in_brackets_under_a_path_heading() {
    let page = "# Kyber RESTful API\n\n## REFERENCE\n\n### `/buy_rate`\n\n(GET) Returns the latest BUY conversion rate in ETH.\n\n**Arguments:**\n| Parameter | Type | Required | Description |\n|:---------:|:------:|:--------:|:------:|\n| `id` | string | Yes | The token you want to buy. |\n| `qty` | float | No | The quantity. |\n\n### `/currencies`\n\n(GET) Returns a list of all possible tokens available for trade.\n\n#### Example\n\n```json\n> curl \"https://api.kyber.network/currencies\"\n{\"error\": false}\n```\n";
    let out = read("api_abi-restfulapi.md", page);
    assert_eq!(routes(&out), ["GET /buy_rate", "GET /currencies"]);
    assert_eq!(ops(&out)[0].1, ["id query true", "qty query false"]);
}

/// API Blueprint's action heading that is its method alone (`## POST`), in the section of a
/// resource heading naming its path in brackets (`# Award Funding [/api/v2/awards/funding/]`):
/// that method on the resource's path. A method heading after the resource's section ends
/// (a heading of the resource's level) is no action of it.
#[test]
fn a_blueprint_action_heading_that_is_its_method_alone() {
    let page = "FORMAT: 1A\nHOST: https://api.example.gov\n\n# Award Funding [/api/v2/awards/funding/]\n\nUsed to populate the funding tab.\n\n## POST\n\nLists federal account financial data for the requested award\n\n+ Request (application/json)\n    + Attributes (object)\n        + `award_id`: `CONT_AWD_0002` (required, string)\n\n+ Response 200 (application/json)\n\n# Notes\n\n## GET\n\nNothing here.\n";
    let out = read("awards_funding.md", page);
    assert_eq!(routes(&out), ["POST /api/v2/awards/funding/"]);
}

/// A method and a path given as Markdown definitions, one after the other (`verb` over
/// `: GET`, then `endPoint` over `: /ManageGeoObject/getGeoObject`), as sibling `Method:`
/// and `Endpoint:` items give them: the section's route.
#[test]
fn a_method_and_a_path_as_definitions() {
    let page = "# REST API\n\n#### getGeoObject\n\nretrieve in a array all geoObjects in a given radius.\n\nverb\n: GET\n\nendPoint\n: /ManageGeoObject/getGeoObject\n\n##### Parameters\n\nradius\n: the radius in meters\n\n#### postChatToAll\n\nsend a chat message to all users.\n\nverb\n: POST\n\nendPoint\n: /ManageChat/postChatToAll\n";
    let out = read("api.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /ManageGeoObject/getGeoObject",
            "POST /ManageChat/postChatToAll"
        ]
    );
}

/// An AsciiDoc table of routes whose paths are cross references to their examples
/// (`|<<chaosmonkeystatus,/chaosmonkey/status>>` beside `|GET`): each reference's text is
/// the path, as Asciidoctor prints it.
#[test]
fn asciidoc_cross_references_as_paths_in_a_table() {
    let page = "== Actuator Endpoints ==\n\n=== HTTP Endpoint\n\n|===\n|ID |Description |Methods\n\n|<<chaosmonkey,/chaosmonkey>>\n|Running Chaos Monkey configuration\n|GET\n\n|<<chaosmonkeyenable,/chaosmonkey/enable>>\n|Enable Chaos Monkey\n|POST\n|===\n";
    let out = read("endpoints.adoc", page);
    assert_eq!(
        routes(&out),
        ["GET /chaosmonkey", "POST /chaosmonkey/enable"]
    );
}

/// A code block of paths alone under a sentence naming one method that leads into it
/// (`Player control commands use POST requests`, `… can be retrieved by a GET to`): each
/// path with that method. A path under a sentence naming none gives no operation.
#[test]
fn paths_under_a_sentence_leading_into_them() {
    let page = "# REST API\n\n## Control active player\n\nPlayer control commands use POST requests\n```\n/api/player/play\n/api/player/pause\n```\n\n## Player status\n\nList of all players can be retrieved by a GET to\n```\n/api/player/status\n```\n\n## Activate another player\n```\n/api/player/activate/<playername>\n```\n\nThis will start music playback on the given player.\n";
    let out = read("api.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /api/player/play",
            "POST /api/player/pause",
            "GET /api/player/status"
        ]
    );
}

/// `DEL` in capitals before a path, in a heading or on a line (`### DEL
/// /wallet/:id/tx/:hash`): DELETE abbreviated. A sentence's `Del` is no method.
#[test]
fn del_before_a_path_is_delete() {
    let page = "# API\n\n### GET /wallet/:id/tx/:hash\n\nGet a transaction.\n\n### DEL /wallet/:id/tx/:hash\n\nAbandon a pending transaction.\n\n### Del Boca Vista\n\nA heading of prose.\n";
    let out = read("api.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /wallet/{id}/tx/{hash}",
            "DELETE /wallet/{id}/tx/{hash}"
        ]
    );
}

/// A URL and a method under numbered label headings of their own (`### 1.1 请求地址` over
/// `/rest/v1/namespaces`, `### 1.2 请求方式` over `POST`): one route, as without the numbers.
#[test]
fn numbered_label_headings_over_the_url_and_the_method() {
    let page = "# API\n\n## 1 创建Namespace\n\n### 1.1 请求地址\n\n/rest/v1/namespaces\n\n### 1.2 请求方式\n\nPOST\n\n### 1.3 参数说明\n\n| 参数名 | 类型 | 是否可选 | 描述 |\n|:---:|:---:|:---:|:---:|\n| namespace | String | 必填 | 域名 |\n\n## 2 更新Namespace\n\n暂不提供\n";
    let out = read("api.md", page);
    assert_eq!(routes(&out), ["POST /rest/v1/namespaces"]);
}

/// A route in a block quote, its method in a bare element of the docs theme and a class
/// after it (`> <badge>POST</badge> `/channel.get` {.route}`): the route as rendered. An
/// operation inside an HTML comment (`<!-- ### … -->`) is not on the rendered page; an
/// element that says something in its attributes (`<status code="200"></status>`) stays.
#[test]
fn a_quoted_route_with_a_badge_and_a_commented_operation() {
    let page = "# 频道\n\n### 获取群组频道 {#api-channel-get}\n\n> <badge>POST</badge> `/channel.get` {.route}\n\n| 字段 | 类型 | 描述 |\n| --- | --- | --- |\n| `channel_id` | string | 频道 ID |\n\n<!-- ### 获取群组角色 {#api-guild-role-get}\n\n> <badge>POST</badge> `/guild.role.get` {.route}\n\n| 字段 | 类型 | 描述 |\n| --- | --- | --- |\n| `role_id` | string | 角色 ID | -->\n\n### 删除群组频道\n\n> <badge>POST</badge> `/channel.delete` {.route}\n\n| 字段 | 类型 | 描述 |\n| --- | --- | --- |\n| `channel_id` | string | 频道 ID |\n";
    let out = read("channel.md", page);
    assert_eq!(routes(&out), ["POST /channel.get", "POST /channel.delete"]);
    assert_eq!(body_fields(&out, 0), [("channel_id", true)]);
    let doc = Document::parse("s.md", "<status code=\"200\"></status> OK\n");
    assert!(doc.blocks[0].text.contains("code=\"200\""));
}

/// The protocol's name before the method, in code after a bold label (`**Endpoint URL:**`
/// over `` `HTTP POST https://status.example.com/reporter/<probe_id>/<node_id>/` ``), with
/// the placeholders described in "Where:" items: the route.
#[test]
fn http_before_the_method_of_a_route() {
    let page = "# Reporter HTTP API\n\n## 1️⃣ Report a replica\n\n**Endpoint URL:**\n\n`HTTP POST https://status.example.com/reporter/<probe_id>/<node_id>/`\n\nWhere:\n\n* `node_id`: The parent node of the reporting replica\n* `probe_id`: The parent probe of the node\n\n## 2️⃣ Flush a replica\n\n**Endpoint URL:**\n\n`HTTP DELETE https://status.example.com/reporter/<probe_id>/<node_id>/<replica_id>/`\n";
    let out = read("PROTOCOL.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /reporter/{probe_id}/{node_id}/",
            "DELETE /reporter/{probe_id}/{node_id}/{replica_id}/"
        ]
    );
}

/// Liquid tags on lines of their own between a sentence naming the method and the URL it
/// leads into (`send POST request to the following URL:` / `{% if docsPrefix == null %}` /
/// a fence of `http(s)://$HOST/api/v1/$ACCESS_TOKEN/claim` / `{% endif %}`): not on the
/// rendered page, so the sentence leads into the URL.
#[test]
fn liquid_tags_between_a_lead_in_and_its_url() {
    let page = "# Device API\n\n## Claiming devices\n\nIn order to initiate claiming device, send POST request to the following URL:\n\n{% if docsPrefix == null %}\n```shell\nhttp(s)://$THINGSBOARD_HOST_NAME/api/v1/$ACCESS_TOKEN/claim\n```\n{% endif %}\n\n## Device provisioning\n\nIn order to initiate device provisioning, send POST request to the following URL:\n\n{% if docsPrefix == null %}\n```shell\nhttp(s)://$THINGSBOARD_HOST_NAME/api/v1/provision\n```\n{% endif %}\n";
    let out = read("http-api.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /api/v1/{ACCESS_TOKEN}/claim",
            "POST /api/v1/provision"
        ]
    );
}

/// A route told in a sentence, the method and the path in code spans of their own joined by
/// `to`, as what the request is (`The request is a `POST` to
/// `<base_url>/v1/client/add-version/<parentVersionId>``, the server part a placeholder):
/// one operation per section. The same words as a mention (`Once deleted, a `GET` to
/// `/v2/<name>/manifests/<tag>` will return a 404.`) are no route.
#[test]
fn a_route_told_as_what_the_request_is() {
    let page = "# HTTP Representation\n\n## AddVersion\n\nThe request is a `POST` to `<base_url>/v1/client/add-version/<parentVersionId>`.\nThe success response is a 200 OK with an empty body.\n\n## GetSnapshot\n\nThe request is a `GET` to `<base_url>/v1/client/snapshot`.\n\n## Deleting\n\nOnce deleted, a `GET` to `/v2/<name>/manifests/<tag>` will return a 404.\n";
    let out = read("http.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /v1/client/add-version/{parentVersionId}",
            "GET /v1/client/snapshot"
        ]
    );
}

/// A `curl` call sending a form with `--form-string` (or `--data-ascii`) and no `-X` is a
/// POST, as curl sends it.
#[test]
fn curl_form_string_calls_are_posts() {
    let page = "# Sending\n\n## Send a text\n\n```bash\n$ curl --form-string \"text=hello\" \"http://localhost:8080/v1/sender/abc\"\n```\n\n## Send data\n\n```bash\n$ curl --data-ascii \"text=hello\" \"http://localhost:8080/v1/notes\"\n```\n";
    let out = read("README.md", page);
    assert_eq!(routes(&out), ["POST /v1/sender/abc", "POST /v1/notes"]);
}

/// A call told as bold-label bullets with no colon (`* **URI** `/api/v1/org/${orgName}/project``
/// over `* **Method** `POST``), its headers named in code on one line (`* **Headers**
/// `Authorization`, `Content-Type: application/json``: a header parameter, and the media
/// type, which is none).
#[test]
fn bold_label_bullets_without_colons() {
    let page = "# Project

## Create a Project

Creates a new project.

* **URI** `/api/v1/org/${orgName}/project`
* **Method** `POST`
* **Headers** `X-Concord-Token`, `Content-Type: application/json`
* **Body**
    ```json
    { \"name\": \"myProject\" }
    ```

## Delete a Project

* **URI** `/api/v1/org/${orgName}/project/${projectName}`
* **Method** `DELETE`
* **Headers** `X-Concord-Token`
";
    let out = read("project.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /api/v1/org/{orgName}/project",
            "DELETE /api/v1/org/{orgName}/project/{projectName}"
        ]
    );
    assert_eq!(param_names(&out, 0), ["orgName", "X-Concord-Token"]);
    assert_eq!(
        param_names(&out, 1),
        ["orgName", "projectName", "X-Concord-Token"]
    );
    assert_eq!(body_fields(&out, 0), [("name", true)]);
}

/// A table of routes writing each method once, the rows under it holding a blank typed on
/// purpose (`&nbsp;`) where the method goes: those rows take the method above. An empty
/// method cell is no method (a grid table's row of a path given none).
#[test]
fn a_method_written_once_for_the_rows_under_it() {
    let page = "# Subnets

Method | URL                            | Description
-------|--------------------------------|---------------------------
GET    | /api/app/subnets/{id}/         | Returns specific subnet
&nbsp; | /api/app/subnets/{id}/usage/   | Returns subnet usage
POST   | /api/app/subnets/              | Creates new subnet
&nbsp; | /api/app/subnets/{id}/split/   | Splits subnet
       | /api/app/subnets/{id}/legacy/  | Interface subject to change
";
    let out = read("subnets.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /api/app/subnets/{id}/",
            "GET /api/app/subnets/{id}/usage/",
            "POST /api/app/subnets/",
            "POST /api/app/subnets/{id}/split/"
        ]
    );
}

/// A heading wrapped in block elements with only an id (`## <h2><p id="x">新建知识库（POST）
/// </p></h2>`, as a page converted from HTML keeps them) is its text; the method it ends
/// with in parentheses (full-width or not) routes the URL heading under it (`###
/// URL：<http://{your_host}:8777/api/…>`, an autolink); a label repeating the call's title
/// before `请求参数` "request parameters", its place in parentheses (`（Body）`), heads the
/// body's table.
#[test]
fn method_in_a_title_over_a_url_heading() {
    let page = "# QAnything 接口文档

## <h2><p id=\"新建知识库post\">新建知识库（POST）</p></h2>

### <h3><p id=\"u1\">URL：<http://{your_host}:8777/api/local_doc_qa/new_knowledge_base> </p></h3>

### <h3><p id=\"p1\">新建知识库请求参数（Body）</p></h3>

| 参数名  | 示例参数值 | 是否必填 | 参数类型 | 描述说明 |
| ------- | --------- | ---- | ------ | ------ |
| user_id | \"zzp\"   | 是   | String | 用户 id |
| kb_id   | \"KB1\"   | 否   | String | 知识库id |

## <h2><p id=\"创建botpost\">创建Bot（POST）</p></h2>

### <h3><p id=\"u2\">URL：<http://{your_host}:8777/api/local_doc_qa/new_bot></p></h3>

### <h3><p id=\"p2\">创建Bot请求参数（Body）</p></h3>

| 参数名   | 示例参数值 | 是否必填 | 参数类型 | 描述说明 |
| -------- | --------- | ---- | ------ | ------ |
| bot_name | \"测试\"  | 是   | String | Bot名字 |
";
    let out = read("API.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /api/local_doc_qa/new_knowledge_base",
            "POST /api/local_doc_qa/new_bot"
        ]
    );
    assert_eq!(out.spec.operations[0].name, "新建知识库（POST）");
    assert_eq!(body_fields(&out, 0), [("user_id", false), ("kb_id", true)]);
    assert_eq!(body_fields(&out, 1), [("bot_name", false)]);
}

/// Words in capitals standing for values: one the prose sets in bold as what to fill in
/// (`Na URL, informe em **CHAVE** a chave da nota`) in every route that has it, a file
/// extension after it kept (`/v2/nfes_recebidas/CHAVE.json`); one in a path holding another
/// placeholder in capitals (`/municipios/CODIGO_MUNICIPIO/itens/CODIGO`). A value in code
/// that is no word (`AAAAAAAAAAAAAAAA`) and a capital word after a plural alone
/// (`/graphspaces/DEFAULT`) stay literal.
#[test]
fn capital_words_standing_for_values() {
    let page = "# NF-e recebidas

Método | URL (recurso) | Ação
-------|---------------|-----
GET | /v2/nfes_recebidas/CHAVE.json | Consulta a nota em JSON.
POST | /v2/nfes_recebidas/CHAVE/manifesto | Realiza um manifesto.
GET | /v2/municipios/CODIGO_MUNICIPIO/itens/CODIGO | Consulta um item.
GET | /graphspaces/DEFAULT/graphs | Lista os grafos.

Na URL, informe em **CHAVE** a chave da nota fiscal recebida.
";
    let out = read("nfes.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /v2/nfes_recebidas/{CHAVE}.json",
            "POST /v2/nfes_recebidas/{CHAVE}/manifesto",
            "GET /v2/municipios/{CODIGO_MUNICIPIO}/itens/{CODIGO}",
            "GET /graphspaces/DEFAULT/graphs"
        ]
    );
    assert_eq!(param_names(&out, 0), ["CHAVE"]);
}

/// A URL under a label of its own with no method (`## URL` over
/// `` `http://`*www.myserver.com*`/templeton/v1/ddl/database/`*:db* ``, code and italics
/// side by side), whose page calls it in an example after a shell's prompt (`% curl -s -X
/// PUT … 'http://localhost:50111/templeton/v1/ddl/database/newdb?user.name=rachel'`): the
/// example's method on the labelled template; the example is an instance of it.
#[test]
fn a_labelled_url_and_its_example_call_method() {
    let page = "# WebHCat Reference PutDB

## Description

Create a database.

## URL

`http://`*www.myserver.com*`/templeton/v1/ddl/database/`*:db*

## Parameters

| Name | Description | Required? | Default |
| --- | --- | --- | --- |
| **:db** | The database name | Required | None |
| **comment** | A comment for the database | Optional | None |

## Example

### Curl Command

```
% curl -s -X PUT -HContent-type:application/json \\
       -d '{ \"comment\":\"Hello there\"}' \\
       'http://localhost:50111/templeton/v1/ddl/database/newdb?user.name=rachel'
```
";
    let out = read("putdb.md", page);
    assert_eq!(routes(&out), ["PUT /templeton/v1/ddl/database/{db}"]);
}

/// Methods joined by `or` before one URL (`GET or POST http://<host>/client/login`, an
/// AsciiDoc literal line): a route each; the call's parameters an AsciiDoc description list
/// (`password::` over ` The users password `(optional)``).
#[test]
fn methods_joined_by_or_and_asciidoc_description_lists() {
    let page = "= YubiAuth REST API

==== Logging in
===== Resource

 GET or POST http://<host>/client/login

===== Request
*Parameters*

username::
 The username of the user to authenticate `(optional)`

password::
 The users password `(optional)`

==== Logging out
===== Resource

 POST http://<host>/client/logout

Invalidates the session.
";
    let out = read("REST_API.adoc", page);
    assert_eq!(
        routes(&out),
        [
            "GET /client/login",
            "POST /client/login",
            "POST /client/logout"
        ]
    );
    assert_eq!(param_names(&out, 0), ["username", "password"]);
    assert_eq!(
        body_fields(&out, 1),
        [("username", true), ("password", true)]
    );
}

/// A Markdown page whose last section holds only its route, the file ending its last line:
/// an operation (a text capture ending on a route may have been cut there, and stays
/// none).
#[test]
fn a_last_section_of_a_route_alone() {
    let page = "# X\n\n## One\n\nPOST /a/b\n\nCreates a b.\n\n## Two\n\nGET /a/c\n";
    assert_eq!(routes(&read("x.md", page)), ["POST /a/b", "GET /a/c"]);
    let cut = page.trim_end();
    assert_eq!(routes(&read("x.md", cut)), ["POST /a/b"]);
}

/// A table of paths with no method column: under a sentence saying the calls it lists use
/// one method (`下列接口基于HTTP协议GET方法访问。`, the method between Chinese characters
/// with no space), or on a page whose calls only use one (`reload接口…仅支持GET请求`), each
/// path of a cell (joined by `<br>` too) is a route with that method. A page with routes of
/// other methods gives its tables none.
#[test]
fn a_table_of_paths_under_a_method_sentence() {
    let page = "# 管理接口说明

## 管理接口列表

下列接口基于HTTP协议GET方法访问。

| 路径            | 描述            |
| --------------- | --------------- |
| /monitor        | 列出所有的监控类别 |
| /monitor/{name} | 返回指定监控类别中所有指标 |
";
    assert_eq!(
        routes(&read("api.md", page)),
        ["GET /monitor", "GET /monitor/{name}"]
    );
    let page = "# Reload

* reload接口仅允许使用localhost访问, 仅支持GET请求, 示例:

## 接口说明

| 功能名称 | 热加载接口 |
| ------- | --------- |
| 内容路由 | /reload/server_data_conf |
| mod_block | /reload/mod_block.product_rule_table<br>/reload/mod_block.global_ip_table |
";
    assert_eq!(
        routes(&read("reload.md", page)),
        [
            "GET /reload/server_data_conf",
            "GET /reload/mod_block.product_rule_table",
            "GET /reload/mod_block.global_ip_table"
        ]
    );
}

/// Two routes whose placeholders carry file extensions of their own (`{CHAVE}.json`,
/// `{CHAVE}.xml`) are two operations, not one route shown twice.
#[test]
fn placeholders_with_extensions_of_their_own() {
    let page = "# NFe

Método | URL (recurso) | Ação
-------|---------------|------
GET | /v2/nfes/{chave}.json | Consulta em JSON.
GET | /v2/nfes/{chave}.xml | Consulta em XML.
";
    assert_eq!(
        routes(&read("nfes.md", page)),
        ["GET /v2/nfes/{chave}.json", "GET /v2/nfes/{chave}.xml"]
    );
}

/// A route whose placeholder is named in another script (`/persons/<кошелек>/accounts`)
/// under a heading in that script gives an ASCII id from the rest of its route, never an
/// error for the whole page.
#[test]
fn a_placeholder_named_in_another_script() {
    let page = "# Баланс

## Получение счетов

```
GET /funding-sources/v2/persons/<кошелек>/accounts HTTP/1.1
```

Возвращает список счетов.
";
    let out = read("balance.md", page);
    assert!(
        !out.diags
            .iter()
            .any(|d| d.severity == crate::diag::Severity::Error)
    );
    assert_eq!(out.spec.operations[0].id, "get_accounts");
}

/// A route in a card grid's item, the method bold in spaced brackets and `&nbsp;` between it
/// and the path (`- <span>**[ POST ]** &nbsp;&nbsp; /ums/register/</span>`): a renderer shows
/// the entity as a space, so the item is a method and a path.
#[test]
fn a_method_in_brackets_and_nbsp_before_its_path() {
    let page = "# 用户账户接口

### 注册接口

<div class=\"grid cards\" markdown>
- <span>**[ POST ]** &nbsp;&nbsp; /ums/register/</span>
</div>

用于注册新用户。

#### 请求参数
|参数|类型|说明|
|-|-|-|
|name|str|用户名|

### 获取用户信息
<div class=\"grid cards\" markdown>
- <span>**[ GET ]** &nbsp;&nbsp; /ums/user/</span>
</div>
用户获取用户信息。
";
    let out = read("user.md", page);
    assert_eq!(routes(&out), ["POST /ums/register/", "GET /ums/user/"]);
    assert_eq!(body_names(&out, &out.spec.operations[0]), ["name"]);
}

/// A Markdown page writing each route as a raw HTML paragraph over lines, the method and the
/// path each in a code element (`<p class="type-post">` / `<code>POST</code>` /
/// `<code>/api/v0/downtimes</code>` / `</p>`), under raw HTML headings; a rule of dashes right
/// over the next heading does not swallow it.
#[test]
fn a_route_in_an_html_paragraph_over_lines() {
    let page = "# ダウンタイム

<h2 id=\"create\">ダウンタイムの登録</h2>

<p class=\"type-post\">
  <code>POST</code>
  <code>/api/v0/downtimes</code>
</p>

### 入力

| KEY | TYPE | DESCRIPTION |
| --- | ---- | ----------- |
| `name` | *string* | ダウンタイム名 |
| `memo` | *string* | [optional] メモ |

----------------------------------------------
<h2 id=\"delete\">ダウンタイムの削除</h2>

<p class=\"type-delete\">
  <code>DELETE</code>
  <code>/api/v0/downtimes/<em>&lt;downtimeId&gt;</em></code>
</p>
";
    let out = read("downtimes.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /api/v0/downtimes",
            "DELETE /api/v0/downtimes/{downtimeId}"
        ]
    );
    assert_eq!(out.spec.operations[1].name, "ダウンタイムの削除");
    assert_eq!(body_names(&out, &out.spec.operations[0]), ["name", "memo"]);
}

/// An index whose cards are links to the pages that document each call (`<a
/// href="entry/services#list">` around the title and the route): mentions, no operations.
/// A route on the same page with no link around it is one.
#[test]
fn routes_in_cards_linking_to_other_pages() {
    let page = "<html><body>
<h2>目次</h2>
<div class=\"api\">
  <a href=\"entry/services#list\">
    <p>サービスの一覧</p>
    <p class=\"type-get\"><code>GET</code> <code>/api/v0/services</code></p>
  </a>
</div>
<div class=\"api\">
  <a href=\"entry/services#create\">
    <p>サービスの登録</p>
    <p class=\"type-post\"><code>POST</code> <code>/api/v0/services</code></p>
  </a>
</div>
<h2>Status</h2>
<p><code>GET</code> <code>/api/v0/status</code></p>
<p>Returns the status.</p>
</body></html>
";
    let out = read("index.html", page);
    assert_eq!(routes(&out), ["GET /api/v0/status"]);
}

/// A path heading titled after a dash with its placeholders in emphasis, each method a
/// sub-heading of its own (`<h4>/api/news/<em>:news_id</em> - Daten einer Ankündigung</h4>`
/// over `<h5>GET</h5>` and `<h5>DELETE</h5>`): a route per method sub-heading.
#[test]
fn a_titled_path_heading_over_method_sub_headings() {
    let page = "<h4>/api/news - Ankündigungen des Nutzers</h4>
<h5>GET</h5>
<p>Liefert die Ankündigungen des autorisierten Nutzers zurück.</p>
<h5>POST</h5>
<p>Erzeugt eine Ankündigung.</p>
<p>Parameter:</p>
<dl>
    <dt>title</dt>
    <dd>Titel der Ankündigung</dd>
</dl>
<p>HTTP-Status der Rückgabe:</p>
<ul>
    <li><code>201</code> falls die Ankündigung erzeugt wurde</li>
    <li><code>406</code> bei fehlenden oder ungültigen Parametern</li>
</ul>
<h4>/api/news/<em>:news_id</em> - Daten einer Ankündigung</h4>
<h5>GET</h5>
<p>Liefert die Daten der angegebenen Ankündigung zurück.</p>
<h5>DELETE</h5>
<p>Löscht die Ankündigung.</p>
";
    let out = read("news.html", page);
    assert_eq!(
        routes(&out),
        [
            "GET /api/news",
            "POST /api/news",
            "GET /api/news/{news_id}",
            "DELETE /api/news/{news_id}"
        ]
    );
    assert_eq!(body_names(&out, &out.spec.operations[1]), ["title"]);
    assert_eq!(statuses(&out)[1], [201, 406]);
}

/// A URL label giving a path relative to a prefix the page states once (`url：app` under
/// "请求 url 前缀为 `/api`") takes the path of the section's example call that ends with it;
/// the table under `参数列表：` names its fields in a `属性名` column.
#[test]
fn a_relative_url_label_completed_by_its_example_call() {
    let page = "请求 url 前缀为 `/api`

### 发布应用

url：app

方法：POST

参数列表：

| 属性名 | 类型 | 是否必填 | 描述 |
| ----- |:---- |:------- |:---- |
| appName | String | 是 | 作业应用名称 |
| appURL | String | 是 | 应用所在路径 |

示例：

```bash
curl -l -H \"Content-type: application/json\" -X POST -d '{\"appName\":\"my_app\"}' http://host:8899/api/app
```

### 注册作业

url：job/register

方法：POST

```bash
curl -X POST -d '{\"jobName\":\"my_job\"}' http://host:8899/api/job/register
```
";
    let out = read("configuration.md", page);
    assert_eq!(routes(&out), ["POST /api/app", "POST /api/job/register"]);
    assert_eq!(
        body_names(&out, &out.spec.operations[0]),
        ["appName", "appURL"]
    );
}

/// A product's dotted name as a heading (`<h2>Rest.IP</h2>`) over topics of their own
/// (`<h3>API-Dokumentation</h3>` / `<h4>Rückgabeformate</h4>`, a label under a topic's
/// heading): no method of an RPC API, and the page no operation.
#[test]
fn a_dotted_product_name_over_topics_is_no_method() {
    let page = "<html><body>
<h1>Stud.IP: Rest.IP</h1>
<h2>Rest.IP</h2>
<h3>API-Dokumentation</h3>
<h4>Allgemeines</h4>
<p>Bei jedem Request sendet die API den HTTP-Header X-Server-Timestamp mit.</p>
<h4>Aufbau der Rückgabe</h4>
<p>Die API unterscheidet zwei verschiedene Modi, die den Aufbau der Rückgabe steuern.</p>
<h4>Rückgabeformate</h4>
<p>Die Rückgabe kann als JSON, PHP oder XML erfolgen.</p>
</body></html>
";
    let out = read("index.html", page);
    assert!(out.spec.operations.is_empty(), "{:?}", rpc_names(&out));
}

/// A page stating once that every call is a `POST` (`一、统一使用POST请求` in a code block of
/// general notes), each call a URL alone on the first line of its code block with notes under
/// it: a `POST` of each URL's path.
#[test]
fn urls_in_code_under_a_rule_of_one_method() {
    let page = "## API通用说明
```
一、统一使用POST请求
二、返回格式统一为json
```

## 配置管理API
```
http://10.1.5.9:8080/group/reload

参数：
action: set(修改参数),get获取参数,reload重新加载参数
```

## 文件统计信息API
```
http://10.1.50.90:8080/group/stat

```
";
    let out = read("api.md", page);
    assert_eq!(routes(&out), ["POST /group/reload", "POST /group/stat"]);
}

/// A table of one call's facts whose header row is already a fact, in Chinese (`| 接口地址 |
/// /api/index |` over `| 请求方式 | POST |`): the route.
#[test]
fn a_record_table_in_chinese() {
    let page = "## 增加/修改索引

| 接口地址 | /api/index       |
|------|------------------|
| 请求方式 | POST             |
| 请求类型 | application/json |

### 请求

| 字段       | 类型     | 必选  | 描述 |
|----------|--------|-----|-----|
| id       | uint32 | 是   | 文档的主键id |
| text     | string | 是   | 需要索引的文本块 |
";
    let out = read("api.md", page);
    assert_eq!(routes(&out), ["POST /api/index"]);
    assert_eq!(body_names(&out, &out.spec.operations[0]), ["id", "text"]);
}

/// A reStructuredText table of routes whose paths are references to targets of the page
/// (`` `/api/v2/device/apps`_ `` over `.. _/api/v2/device/apps:`): the reference's text is
/// the path.
#[test]
fn rst_references_to_named_targets_in_a_route_table() {
    let page = "Apps
=====

========= ============================= =================================
Method    Path                          Description
========= ============================= =================================
GET       `/api/v2/device/apps`_        Returns the list of installed apps
PUT       `/api/v2/device/apps/next`_   Switches to next app
========= ============================= =================================

.. _/api/v2/device/apps:

Get List of Apps
----------------

Returns apps currently installed.
";
    let out = read("device-apps.rst", page);
    assert_eq!(
        routes(&out),
        ["GET /api/v2/device/apps", "PUT /api/v2/device/apps/next"]
    );
}

/// A URL template in a literal block after a sentence naming no method (`… as simple as
/// calling this URL::`), under a heading naming one (`GET request`): that method on the
/// template's path; a later call filling it in (`A GET request like this::` over
/// `http://mygene.info/v3/gene/1017`) is its example.
#[test]
fn a_url_template_under_a_heading_naming_its_method() {
    let page = "Gene annotation service
***********************************

GET request
==================

To obtain the gene annotation via our web service is as simple as calling this URL::

    http://mygene.info/v3/gene/<geneid>

**geneid** above can be either Entrez gene id.

Returned object
---------------

A GET request like this::

    http://mygene.info/v3/gene/1017

should return a gene object below.
";
    let out = read("annotation_service.rst", page);
    assert_eq!(routes(&out), ["GET /v3/gene/{geneid}"]);
}

/// reStructuredText definition list items right under a section title and right after
/// one another, with no blank line between (`interface address:` over `    * /api/x/:id`,
/// then `HTTP request method:` over `    * GET`): each term a label over its one-item
/// list, the URL and the method of the call. A title that starts with a verb in lower
/// case over words with a slash (`delete file/folder`) is a title, no route.
#[test]
fn rst_definition_items_with_no_blank_line_between() {
    let page = "Notes
=====

fetch a note
------------
interface address:
    * /api/notes/detail/:id
HTTP request method:
    * GET
request params:
    * -

example::

    curl -X GET \"$BASE_URL/api/notes/detail/:id\"

delete note/folder
------------------
interface address:
    * /api/notes/delete
HTTP request method:
    * POST
";
    let out = read("api_notes.rst", page);
    assert_eq!(
        ops(&out),
        [
            (
                "GET /api/notes/detail/{id}".to_string(),
                vec!["id path true".to_string()]
            ),
            ("POST /api/notes/delete".to_string(), vec![]),
        ]
    );
}

/// A Hugo shortcode pair on a line of its own carrying the method as an attribute and the
/// path as its text (`{{% http method="post" %}}/v1/projects/:id/comments{{% /http %}}`):
/// the route, as an HTML element's would be.
#[test]
fn a_hugo_shortcode_with_a_method_attribute() {
    let page = "# Comment

## Create a project comment

Creates a comment on the project with the given ID.

{{% http method=\"post\" %}}/v1/projects/:id/comments{{% /http %}}

| Parameter | Description |
| --------- | ----------- |
| `:id`     | Project ID  |

### Payload

| Field     | Type   | Description                     |
| --------- | ------ | ------------------------------- |
| `comment` | string | Body of the comment -- required |

## Delete a comment

{{< http method=\"DELETE\" >}}/v1/comments/:id{{< /http >}}
";
    let out = read("comment.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /v1/projects/{id}/comments",
            "DELETE /v1/comments/{id}"
        ]
    );
    assert_eq!(body_names(&out, &out.spec.operations[0]), ["comment"]);
}

/// A table of one record naming the method `HTTPメソッド` and giving a URL with a note
/// mark after it (`http://{サーバ名}/api/items/{サイトID}/export (※1)`, `…/getsite(※１)`):
/// the route, the mark no part of its path.
#[test]
fn a_record_table_url_with_a_note_mark() {
    let page = "## リクエスト

|設定項目|値|
|:--|:--|
|HTTPメソッド|POST|
|Content-Type |application/json|
|URL|http://{サーバ名}/api/items/{サイトID}/export (※1)|

(※1){サーバ名}、{サイトID}の部分は、適宜、環境に合わせて編集してください。
";
    let out = read("api-export.md", page);
    assert_eq!(routes(&out), ["POST /api/items/{サイトID}/export"]);
    let full = page.replace("export (※1)", "getsite(※１)");
    assert_eq!(
        routes(&read("api-get.md", &full)),
        ["POST /api/items/{サイトID}/getsite"]
    );
}

/// Items holding only a path, each over nested items one of which labels its method
/// (`* /lists/{id}` / `    * Méthode autorisée : GET`, `POST|PUT` joined by a bar): a
/// route per method; a word segment after a template of the same place (`/lists/simple`
/// after `/lists/{id}`), declared the same way, is a route of its own, no value of it.
#[test]
fn path_items_over_method_label_items() {
    let page = "Listes
======

* /lists/{id}
    * Sélection d'une liste
    * Méthode autorisée : GET

* /lists/simple
    * Sélection simple
    * Méthode autorisée : GET

* /lists/{id}
    * Enregistre une liste
    * Méthode autorisée : POST|PUT
";
    let out = read("dev.rst", page);
    assert_eq!(
        routes(&out),
        [
            "GET /lists/{id}",
            "GET /lists/simple",
            "POST /lists/{id}",
            "PUT /lists/{id}"
        ]
    );
}

/// A URL label in Spanish (`Recurso: `/validate``) over prose naming the one method of the
/// call (`Se utiliza a través de una llamada de tipo POST`): that route; a sentence saying
/// what it answers on error (`devuelve una respuesta con código 400`) gives its status.
#[test]
fn a_resource_label_over_a_sentence_naming_the_method() {
    let page = "# Referencia API: validate

Recurso: `/validate`

El recurso `/validate` permite validar distribuciones.

Se utiliza a través de una llamada de tipo POST (por ejemplo con `curl`):

```bash
curl POST $API_URL/series/api/validate -d '{\"catalog_url\": \"http://x/data.json\"}'
```

Acepta un parámetro obligatorio:

- `catalog_url`: URL del catálogo

Ante cualquier error de parámetros faltantes, devuelve una respuesta con código 400.
";
    let out = read("validate.md", page);
    assert_eq!(routes(&out), ["POST /validate"]);
    assert_eq!(statuses(&out), [vec![400]]);
    // (Prose naming two methods names none for the call.)
    let two = page.replace("de tipo POST", "de tipo POST o GET");
    assert!(routes(&read("validate.md", &two)).is_empty());
}

/// A method label set in italics (`_请求方式：POST_`, "request method") over the call's URL
/// alone in code, unlabelled, a quoted note about its headers between them: a route each.
/// A URL paragraph under no method label stays no route.
#[test]
fn an_italic_method_label_over_a_lone_url() {
    let page = "# 登录\n\n### 获取设备指纹\n\n_请求方式：POST_\n\n`https://api.example.cn/device/api/getFp`\n\n**JSON请求：**\n\n| 字段 | 类型 | 内容 |\n| --- | --- | --- |\n| device_id | str | 设备ID |\n\n### 获取令牌\n\n_请求方式：GET_\n\n> _需要验证Cookie_\n>\n> SToken\n\n`https://api.example.cn/auth/api/getToken`\n\n### 参考\n\n`https://docs.example.cn/guide`\n";
    let out = read("login.md", page);
    assert_eq!(
        routes(&out),
        ["POST /device/api/getFp", "GET /auth/api/getToken"]
    );
}

/// A page whose notice says its examples use one method and the server takes two (`文档示例
/// 接口直接使用了 GET 请求,本项目同时支持 GET/POST`): each `**接口地址：**` ("interface
/// address") path is a call with the examples' method; its parameters are lines of a name in
/// code and a colon, full-width or not, a space left inside the code, under `**必选参数：**`
/// ("required") and `**可选参数：**` ("optional"). An example item (`示例: GET /x?a=1`) says
/// nothing of every call.
#[test]
fn a_notice_of_the_examples_method_over_address_labels() {
    let page = "# 音乐 API\n\n!> 文档示例接口直接使用了 GET 请求,本项目同时支持 GET/POST 请按实际需求使用\n\n### 搜索\n\n**必选参数：**\n\n`keyword`：关键词\n\n**可选参数：**\n\n`page `: 页数\n\n`pagesize`: 每页数量\n\n**接口地址：** `/search`\n\n**调用例子：** `/search?keyword=abc`\n\n### 歌单\n\n**必选参数：**\n\n`id`: 歌单 id\n\n**接口地址：** `/playlist/detail`\n\n**调用例子：** `/playlist/detail?id=1`\n";
    let out = read("music.md", page);
    assert_eq!(routes(&out), ["GET /search", "GET /playlist/detail"]);
    assert_eq!(
        param_flags(&out, 0),
        [("keyword", true), ("page", false), ("pagesize", false)]
    );
    let example = "# API\n\n- `/dns/query`\n  - 示例: `GET /dns/query?name=a.com`\n\n### 搜索\n\n**接口地址：** `/search`\n";
    assert!(
        routes(&read("dns.md", example))
            .iter()
            .all(|r| r != "GET /search")
    );
}

/// Items of a URL label and its address with no colon between (`- URL
/// https://host/api/info.php`) beside a method item whose methods are followed by a word in
/// lower case saying what is sent (`- Method: POST/GET text`, `- Method: POST file`): a route
/// per method.
#[test]
fn url_items_without_a_colon_beside_methods_and_what_they_send() {
    let page = "# API\n\n# upload.php\n\n- URL https://pics.example.net/api/upload.php\n- Method: POST file\n- Answer type: JSON\n\nUploads a file.\n\n# info.php\n- URL https://pics.example.net/api/info.php\n- Method: POST/GET text\n- Answer: JSON\n\nTells about a file.\n";
    let out = read("api.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /api/upload.php",
            "POST /api/info.php",
            "GET /api/info.php"
        ]
    );
}

/// A code block of a call's facts, a label and its value a line (`URL = …` over `Method =
/// POST`, or with `:`): a route per URL line, sharing the block's one method line, the
/// query string of an example URL its query parameters; a `ws://` URL is no HTTP route, a
/// block with no method line none.
#[test]
fn fact_lines_in_code() {
    let page = "# 阅读 API

#### 插入多个书源

```
URL = http://127.0.0.1:1234/saveBookSources
URL = http://127.0.0.1:1234/saveRssSources
Method = POST
```

#### 获取书源

```
URL: http://127.0.0.1:1234/getBookSource?url=xxx
Method: GET
```

#### 调试源

```
URL = ws://127.0.0.1:1235/bookSourceDebug
Message = { key: [String], tag: [String] }
```

#### 说明

```
URL = http://127.0.0.1:1234/notes
```
";
    let out = read("api.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /saveBookSources",
            "POST /saveRssSources",
            "GET /getBookSource"
        ]
    );
    assert_eq!(ops(&out)[2].1, ["url query false"]);
}

/// A request line after the section's response label (`* **Response**`), in the section of
/// a route of that method declared before the label by URL and method items: the request
/// of the answer's sample, however it spells the path, no operation of its own.
#[test]
fn request_line_under_the_answer_label() {
    let page = "# Seyren

### Get metric count

* **URL** /api/metrics/{target}/total

* **Method** GET

* **Response**

GET /metrics/path.metric.xxx/total

```json
{ \"path.metric.xxx\": 3 }
```

### Create a subscription

* **URL** /checks/{checkId}/subscriptions

* **Method** POST

* **Response**

POST /api/checks/540571f4f562fe8c51873ad1/subscriptions

Return '201 Created'
";
    let out = read("API.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /api/metrics/{target}/total",
            "POST /checks/{checkId}/subscriptions"
        ]
    );
    assert_eq!(statuses(&out), [vec![], vec![201]]);
}

/// A one-record table naming the call by its `Endpoint` (`authorize`) and by its `URL`
/// (`<Teampass URL>/api/index.php/authorize`): the URL is the whole path, the endpoint its
/// tail.
#[test]
fn a_record_table_url_row_is_the_whole_of_its_endpoint_row() {
    let page = "# API

### Get JWT Token

| Info | Description |
| ---- | ----------- |
| **Endpoint** | `authorize` |
| **Method** | POST |
| **URL** | `<Teampass URL>/api/index.php/authorize` |

### List folders

| Info | Description |
| ---- | ----------- |
| **Endpoint** | `folder/listFolders` |
| **Method** | GET |
| **URL** | `<Teampass URL>/api/index.php/folder/listFolders?x=1` |
";
    let out = read("api.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /api/index.php/authorize",
            "GET /api/index.php/folder/listFolders"
        ]
    );
}

/// Routes in a `| URI | Method |` table relative to the resource the page's first sentence
/// names (`The resource _/documents_ provides …`): the resource before each, `/` the
/// resource itself, a route of one placeholder (`/{uniqueid}`) declared by its row; a route
/// that names the resource already is left as it is.
#[test]
fn routes_relative_to_the_resource_the_introduction_names() {
    let page = "# The Document Service

The resource _/documents_ provides methods to read, create and modify documents.

## GET Document

| URI         | Method | Description         |
| ----------- | ------ | ------------------- |
| /{uniqueid} | GET    | returns a document  |
| /search/{query} | GET | searches          |

## POST a Document

| URI | Method | Description |
| --- | ------ | ----------- |
| /   | POST   | creates one |
| /documents/restore | GET | restores |
";
    let out = read("documents.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /documents/{uniqueid}",
            "GET /documents/search/{query}",
            "POST /documents",
            "GET /documents/restore"
        ]
    );
    // (A sentence about some other resource names no page resource.)
    assert_eq!(
        super::super::page::intro_resource("Each resource /x is read by id."),
        None
    );
    assert_eq!(
        super::super::page::intro_resource("The main resource /eventlog defines a service."),
        Some("/eventlog".to_string())
    );
}

/// A page saying its routes are relative to a URL (`Implemented requests (relative to
/// https://example.org/egroupware/groupdav.php)`) whose calls print the whole URL: the
/// routes relative to it, that URL the base. A call fed by a pipe (`cat <<EOF | curl … -X
/// POST -d @-`) is a call.
#[test]
fn routes_relative_to_a_stated_base_url() {
    let page = "# Mail

Implemented requests (relative to https://example.org/egroupware/groupdav.php)

#### **GET** `/mail` get the accounts

```bash
curl -i https://example.org/egroupware/groupdav.php/mail --user <user>
```

#### **POST** to create an entry

```
cat <<EOF | curl -i 'https://example.org/egroupware/groupdav.php/<username>/addressbook/' -X POST -d @- --user <username>
{\"uid\": \"x\"}
EOF
```
";
    let out = read("mail.md", page);
    assert_eq!(routes(&out), ["GET /mail", "POST /{username}/addressbook/"]);
    assert_eq!(
        out.spec.base_url.as_deref(),
        Some("https://example.org/egroupware/groupdav.php")
    );
    // (A page that says nothing of the kind keeps the whole path.)
    let out = read(
        "v.md",
        "# V\n\n## Get\n\n```\ncurl https://example.org/egroupware/groupdav.php/api/2\n```\n",
    );
    assert_eq!(routes(&out), ["GET /egroupware/groupdav.php/api/2"]);
    assert_eq!(out.spec.base_url.as_deref(), Some("https://example.org"));
}

/// The base URL one page of a folder states (`relative to https://…/groupdav.php`) is the
/// other pages' too, where their calls print it whole.
#[test]
fn a_base_url_one_page_of_a_folder_states() {
    let readme = crate::read::blocks::Document::parse(
        "README.md",
        "# API\n\nOne can use the following URLs relative (!) to https://example.org/egroupware/groupdav.php\n",
    );
    let page = crate::read::blocks::Document::parse(
        "Calendar.md",
        "# Calendar\n\n#### **GET** all events\n\n```\ncurl https://example.org/egroupware/groupdav.php/<username>/calendar/\n```\n",
    );
    let base = crate::extract::folder::folder_base([&readme, &page].into_iter());
    assert_eq!(
        base.as_deref(),
        Some("https://example.org/egroupware/groupdav.php")
    );
    let out = read_doc(&page.with_folder_base(base));
    assert_eq!(routes(&out), ["GET /{username}/calendar/"]);
}

/// A call printed with an entry's number closing its path after a collection named in the
/// singular (`curl …/addressbook/6502`, `-X DELETE …/timesheet/1234`): the number is the
/// entry's id, a path parameter; a short number there (`/api/2`) stays as printed.
#[test]
fn a_number_closing_a_call_after_a_singular_collection() {
    let page = "# Entries

#### **GET** one entry

```
curl 'https://example.org/dav/addressbook/6502' --user me
```

#### **DELETE** an entry

```
curl -X DELETE 'https://example.org/dav/<username>/timesheet/1234'
```

#### **GET** the version

```
curl 'https://example.org/dav/api/2'
```
";
    let out = read("entries.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /dav/addressbook/{addressbook_id}",
            "DELETE /dav/{username}/timesheet/{timesheet_id}",
            "GET /dav/api/2"
        ]
    );
    let params: Vec<&str> = out.spec.operations[0]
        .params
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(params, ["addressbook_id"]);
}

/// HTTPie calls (`http GET "http://$(cat ip)/status"`, `echo 42 | http PUT …`, `http --form
/// URL baz=qux`) on a page of calls alone are its operations; on a page that declares its
/// routes in headings, an HTTPie call to another route is a use in a walk-through.
#[test]
fn httpie_calls_as_routes() {
    let page = "# Examples\n\n## Status\n\n```\nhttp GET \"http://$(cat .terkin/floatip)/status\"\n```\n\n## Setting\n\n```\necho 42.42 | http PUT \"http://$(cat .terkin/floatip)/api/v1/setting\"\n```\n\n## Echo\n\n```\nhttp --form \"http://espressif/echo/def\" baz=qux\n```\n";
    let out = read("examples.md", page);
    assert_eq!(
        routes(&out),
        ["GET /status", "PUT /api/v1/setting", "POST /echo/def"]
    );
    let page = "# Collections\n\n## PATCH /buckets/{bucket_id}/collections/{collection_id}\n\nUpdates one.\n\n## Walk-through\n\n```\necho '{}' | http PATCH http://localhost:8888/v1/buckets/blog --auth bob:pw\n```\n";
    let out = read("collections.md", page);
    assert_eq!(
        routes(&out),
        ["PATCH /buckets/{bucket_id}/collections/{collection_id}"]
    );
}

/// An item opening with the request it documents in words (`` - A `POST` to
/// `/v1/statement` runs … ``) routes an operation; an item saying it of a URL the server
/// hands out (`` - A `GET` to the `nextUri` attribute … ``) does not. A Markdoc page
/// (`.mdoc`, Markdown with `{% tag %}` blocks) reads as Markdown.
#[test]
fn requests_in_words_opening_items_and_markdoc_pages() {
    let page = "# Client protocol

## HTTP methods

- A `POST` to `/v1/statement` runs the query string in the `POST` body,
  and returns a JSON document.
- A `GET` to the `nextUri` attribute returns the next batch.
- Switch from a `GET` to `POST` when the query is long.

{% aside type=\"note\" %}
Queries time out after an hour.
{% /aside %}
";
    let doc = Document::parse("protocol.mdoc", page);
    assert_eq!(doc.kind, crate::read::blocks::InputKind::Markdown);
    let out = read_doc(&doc);
    assert_eq!(routes(&out), ["POST /v1/statement"]);
    assert!(crate::extract::folder::PAGE_EXTENSIONS.contains(&"mdoc"));
}

/// Routes as a device's and a mod database's references list them: the method in capitals
/// and the path in code opening an item (`` * GET `/api/whoami/`: JSON … ``), a one-word
/// note in brackets after a route (`(List)`), one method over paths joined by `·` in a
/// heading, and routes in bold joined in one item, a later one giving its path alone under
/// the method before it. A path mentioned in prose under a heading is no route.
#[test]
fn method_words_before_code_paths_and_joined_paths() {
    let page = "# API

## Authentication

* GET `/api/whoami/`:  JSON dictionary with the following keys:
    * `is_authenticated`:  True on successful API authentication
* DELETE `/api/delete-token/`: Deletes the currently used token.

## Packages

* GET `/api/packages/` (List)
    * See the queries.
* GET `/api/packages/<username>/<name>/` (Read)
* GET `/api/homepage/` ([View](/api/homepage/)) - get contents of homepage.

## Dimmers

### POST /api/dimmers/all-on · /api/dimmers/all-off

Switches every dimmer. Also `/api/relays/all-on` is there.

## Low level

- **GET /api/dimmerlink/devices**, **GET /api/dimmerlink/{slot}/status** — the registry
- **POST /api/sim/inject** / **/api/sim/stop** — a test harness
";
    let out = read("api.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /api/whoami/",
            "DELETE /api/delete-token/",
            "GET /api/packages/",
            "GET /api/packages/{username}/{name}/",
            "GET /api/homepage/",
            "POST /api/dimmers/all-on",
            "POST /api/dimmers/all-off",
            "GET /api/dimmerlink/devices",
            "GET /api/dimmerlink/{slot}/status",
            "POST /api/sim/inject",
            "POST /api/sim/stop"
        ]
    );
    // (A base placeholder opening the path and a placeholder ending it: no autolink.)
    let page = "# Spec\n\n## List all versions of a package\n\n**GET** `<hosted-url>/api/packages/<package>`\n\n**Headers:**\n* `Accept: application/vnd.pub.v2+json`\n";
    assert_eq!(
        routes(&read("spec.md", page)),
        ["GET /api/packages/{package}"]
    );
}

/// A method heading over a path written after the server as a placeholder holding its own
/// `/` (`#### POST` over `{endpoint}sms/senders`); a URL alone in a literal block over a
/// table of the call's facts whose `Method` row names one method or two (`| **Method** |
/// DELETE, PUT |`), a note between them; a placeholder marked optional as route templates
/// mark it (`{type?}`).
#[test]
fn server_placeholders_facts_tables_and_optional_placeholders() {
    let page = "# Senders

## Create

#### POST

```
{endpoint}sms/senders
```

#### PARAMETERS

| Name | optional | Descriptions |
| --- | --- | --- |
| sender | No | A sender |

## Show

#### GET

```
{endpoint}/sms/senders/{id}
```
";
    assert_eq!(
        routes(&read("senders.md", page)),
        ["POST /sms/senders", "GET /sms/senders/{id}"]
    );
    let page = "Remove alerts
=============

This action deletes alerts.

::

   http://<your_api_server.com>/catalog/alert/<entity_id>

.. note::

   entity_id can be also an Application.

+----------------+----------------+
| **Format**     | json           |
+----------------+----------------+
| **Method**     | DELETE, PUT    |
+----------------+----------------+
| **Permission** | Writing        |
+----------------+----------------+
";
    assert_eq!(
        routes(&read("alerts.rst", page)),
        [
            "DELETE /catalog/alert/{entity_id}",
            "PUT /catalog/alert/{entity_id}"
        ]
    );
    let page = "# Donors\n\n## POST: [api/entries/{type?}](http://localhost:5100/api/entries)\n\nSubmit donors.\n";
    assert_eq!(
        routes(&read("donors.md", page)),
        ["POST /api/entries/{type}"]
    );
}

/// A table of routes with a column per method whose cells link to the sections of the
/// calls (`| Layers | `/rest/layers` | [GET](#get-layers) | [POST](#post-layers) | x |`):
/// a call per link, an `x` the absence of one; the path from the column of paths, not the
/// one naming the resource; each call reads the section its link names, and a section
/// saying it has `the same request parameters and response structure as [GET
/// Publications](#get-publications)` takes that call's parameters.
#[test]
fn a_table_of_method_columns_linking_to_sections() {
    let page = "# REST API

## Overview
|Endpoint|URL|GET|POST|DELETE|
|---|---|---|---|---|
|Publications|`/rest/publications`|[GET](#get-publications)| x | x |
|Layers|`/rest/layers`|[GET](#get-layers)| [POST](#post-layers) | x |
|Layer|`/rest/layers/<uuid>`| x | x | [DELETE](#delete-layer) |

## Publications

### GET Publications
Get list of publications.

Query parameters:
- *limit*: Integer. No more publications than this.
- *offset*: Integer. Skip that many.

## Layers

### GET Layers
Have the same request parameters and response structure and headers as [GET Publications](#get-publications), except only layers are returned.

Query parameters:
- *workspace*: String, optional

### POST Layers
Body parameters:
- *name*: String. Name of the layer.

### DELETE Layer
No action parameters.
";
    let out = read("rest.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /rest/publications",
            "GET /rest/layers",
            "POST /rest/layers",
            "DELETE /rest/layers/{uuid}"
        ]
    );
    assert_eq!(param_names(&out, 0), ["limit", "offset"]);
    assert_eq!(param_names(&out, 1), ["workspace", "limit", "offset"]);
    assert_eq!(body_fields(&out, 2), [("name", true)]);
}

/// An item opening with several routes in code, joined by commas or `or`, after a short
/// label or none (`` - `GET /ping`, `GET /health`: liveness checks ``, `` - `POST /bans` or
/// `/bans/ban`: … ``, `` - `GET/PATCH/DELETE /instances/{hostname}`: … ``): a route each, a
/// path alone under the method before it, joined methods a route each; an example's label
/// makes them calls, no routes.
#[test]
fn several_routes_in_code_opening_an_item() {
    let page = "# API

## Surface

- `GET /ping`, `GET /health`: liveness checks.
- Health/actions: `POST /instances/stop`, `POST /instances/{hostname}/stop`.
- `GET/PATCH/DELETE /instances/{hostname}`: inspect, update or delete an instance.
- `POST /bans` or `/bans/unban`: apply or remove bans.
- Examples: `GET /ping?x=1`, `GET /health?y=2`.
";
    let out = read("api.md", page);
    let mut found = routes(&out);
    found.sort();
    assert_eq!(
        found,
        [
            "DELETE /instances/{hostname}",
            "GET /health",
            "GET /instances/{hostname}",
            "GET /ping",
            "PATCH /instances/{hostname}",
            "POST /bans",
            "POST /bans/unban",
            "POST /instances/stop",
            "POST /instances/{hostname}/stop"
        ]
    );
}

/// An API signature as Sphinx's httpdomain renders it in HTML: the method and the path's
/// pieces in spans, each placeholder in parentheses with its converter (`(string:
/// comment_short_id)`), the permalink `¶` after it; in the reStructuredText it comes from,
/// `(int:user_id)`. The converter is the placeholder's type, no part of its name; the
/// example request under it, on a concrete id, is no route.
#[test]
fn sphinx_httpdomain_signatures() {
    let page = r##"<html><body><h1>Comments</h1>
<dl class="http get">
<dt class="sig sig-object http" id="get--api-comments-(string-comment_short_id)">
<span class="sig-name descname"><span class="pre">GET</span> </span><span class="sig-name descname"><span class="pre">/api/comments/</span></span><span class="sig-paren">(</span><em class="property"><span class="pre">string:</span> </em><em class="sig-param"><span class="pre">comment_short_id</span></em><span class="sig-paren">)</span><a class="headerlink" href="#get--api-comments-(string-comment_short_id)" title="Link to this definition">¶</a></dt>
<dd><p>Get comment.</p>
<p><strong>Example request</strong>:</p>
<div class="highlight-http notranslate"><div class="highlight"><pre>GET /api/comments/2oRDfncv6vpRkfp3yrCYHt HTTP/1.1
Content-Type: application/json
</pre></div></div>
<dl class="field-list simple">
<dt class="field-odd">Parameters<span class="colon">:</span></dt>
<dd class="field-odd"><ul class="simple">
<li><p><strong>comment_short_id</strong> (<em>string</em>) – comment short id</p></li>
</ul></dd>
</dl>
</dd></dl>
</body></html>"##;
    let out = read("comments.html", page);
    assert_eq!(routes(&out), ["GET /api/comments/{comment_short_id}"]);
    let out = read(
        "users.md",
        "# Users\n\n## Posts\n\nGET /api/users/(int:user_id)/posts/(tag)\n\nA user's posts.\n",
    );
    assert_eq!(routes(&out), ["GET /api/users/{user_id}/posts/{tag}"]);
}

/// A method label line joining several methods under the URL's line (`**URL:**
/// `/api/v1/suppressions/list`` / `**Method:** POST, GET`, `**Method:** POST/DELETE`): a
/// route each; a request line followed by the body's member names after `+` signs
/// (`POST /motors/<motor_name>/goto.json + position + duration`) is the route alone.
#[test]
fn joined_methods_under_a_url_label_and_members_after_a_route() {
    let page = "# S

### Get List

**URL:** `/api/v1/suppressions/list`
**Method:** POST, GET

Returns a list.

### Delete Server

**URL:** `/api/v1/servers/delete`  
**Method:** POST/DELETE  

Deletes.

### Moving a motor

```apache
POST /motors/<motor_name>/goto.json + position + duration
```

Moves the motor.
";
    let out = read("api.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /api/v1/suppressions/list",
            "GET /api/v1/suppressions/list",
            "POST /api/v1/servers/delete",
            "DELETE /api/v1/servers/delete",
            "POST /motors/{motor_name}/goto.json"
        ]
    );
}

/// A method badge in HTML beside the path in code (`<p class="method">GET</p>
/// <code>/paste/<span class="var">{id}</span></code>`) is a route; so is a request line
/// relative to the base URL (`GET ./records?timerange=…`). A table under no label right
/// above a JSON sample naming each of its rows (`| name | … |` over `{"name": "D", …}`)
/// describes the answer of a call that sends no body, not its query.
#[test]
fn method_badges_relative_request_lines_and_a_table_of_the_answer() {
    let page = "# data

### get a language

<p class=\"method\">GET</p> <code>/data/language?name=<span class=\"var\">{language}</span></code>

get the language information.

| field | type         | description          |
|-------|--------------|----------------------|
| name  | string       | language name        |
| mode  | string       | language mode        |
| ext   | string array | its extensions       |

```json
{
  \"name\": \"D\",
  \"mode\": \"d\",
  \"ext\": [\"d\"]
}
```

### GET records

```
GET ./records?timerange=<timestamp1>-<timestamp2>
```
";
    let out = read("data.md", page);
    assert_eq!(routes(&out), ["GET /data/language", "GET /records"]);
    // (Not a link's text in an index, `<code><a href="login.md">POST /auth/login</a></code>`:
    // the linked page documents the call.)
    let index = read(
        "reference.md",
        "# API Reference\n\n## Authentication\n\n- <code><a href=\"login.md\">POST /auth/login</a></code>\n",
    );
    assert!(index.spec.operations.is_empty(), "{:?}", routes(&index));
    assert_eq!(param_names(&out, 0), ["name"]);
    assert_eq!(param_names(&out, 1), ["timerange"]);
}

/// A sentence that sends a method in capitals to a path in code, in a section giving no
/// route any other way (`issue a POST to `api/v1/album``, `by issuing a PATCH request to
/// `api/v1/album/:id``, `via GET request to `api/v1/album` (…) or `api/v1/album/:id``): a
/// route per path. Not an example's call, nor a concrete call on a route the page gives
/// otherwise, nor a URL with a server's variable.
#[test]
fn routes_told_in_sentences() {
    let page = "## Album

### Retrieval

Retrieval is via GET request to `api/v1/album` (filter/pagination) or
`api/v1/album/:id`, where :id is the tag of a specific album.

### Insert

To insert a new album, issue a POST to `api/v1/album`.  Album details
are in the request body.

### Update

Update album with tag :id by issuing a PATCH request to
`api/v1/album/:id`.  Attributes not specified remain unchanged.

### Sensors

For example sending a GET request to `/sensor/outside_temperature` could yield this.

### Overview

Groups are listed by sending a GET request to `%CMR-ENDPOINT%/groups`.
";
    let out = read("albums.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /api/v1/album",
            "GET /api/v1/album/{id}",
            "POST /api/v1/album",
            "PATCH /api/v1/album/{id}"
        ]
    );
    // (Beside routes the page gives otherwise, a sentence's route opens as one of theirs:
    // a call on a member of another collection is a sample.)
    let page = "## Sensors

* `GET /sensor/{id}` - a sensor's state.

## Buttons

A button can be pressed by sending a POST request to `button/do_something/press`.

## Sensor updates

Sensors are refreshed by sending a POST request to `sensor/refresh`.

## Discoverability

The API's resources are listed by sending a GET request to `/` (index route).
";
    let out = read("web.md", page);
    assert_eq!(
        routes(&out),
        ["GET /sensor/{id}", "POST /sensor/refresh", "GET /"]
    );
}

/// A table of paths, each set in bold whole, under a sentence naming the one method
/// (`Endpoints [GET]:` over `| **/api/[app_id]/samples.json** | … |`): the path between
/// the marks; also on a page with no heading over the table.
#[test]
fn bold_paths_in_a_table_under_a_method_label() {
    let page = "## Samples index\n\nEndpoints [GET]:\n\n| Endpoint | Description|\n| ------ | ------ |\n| **/api/[app_id]/samples.json** | This returns **ALL** sample types |\n| **/api/[app_id]/samples/errors.json** | This returns **error** samples |\n\nParameters:\n\n| Param | Type | Description |\n| --- | --- | --- |\n| limit | integer | The amount of entries returned |\n";
    assert_eq!(
        routes(&read("samples.md", page)),
        [
            "GET /api/{app_id}/samples.json",
            "GET /api/{app_id}/samples/errors.json"
        ]
    );
    let page = "---\ntitle: \"Graphs API\"\n---\n\nEndpoint [GET]:\n\n| Endpoint | Description|\n| ------ | ------ |\n| **/api/[app_id]/graphs.json** | Returns graph data |\n\nParameters:\n\n| Param | Type | Description |\n| --- | --- | --- |\n| kind | string | Aggregate of provided namespace |\n";
    assert_eq!(
        routes(&read("graphs.md", page)),
        ["GET /api/{app_id}/graphs.json"]
    );
}

/// An `Endpoint` item giving two paths joined by a semicolon (`` `/v1/x/{season}`;
/// `/v1/x/now` ``) beside a `Method` item: a route each, the parameter list's placeholders
/// the first one's only.
#[test]
fn an_endpoint_item_of_paths_joined_by_a_semicolon() {
    let page = "# API\n\n#### Goalie Landing\n\n- **Endpoint**: `/v1/edge/goalie-landing/{season}/{game-type}`; `/v1/edge/goalie-landing/now`\n- **Method**: GET\n- **Parameters**:\n  - `season` (int) - Season in YYYYYYYY format\n  - `game-type` (int) - 2 for regular season\n  - `lang` (string) - Language\n\n#### Skater Landing\n\n- **Endpoint**: `/v1/edge/skater-landing/now`\n- **Method**: GET\n";
    let out = read("api.md", page);
    // (The list's placeholders are no parameters of the path that leaves them out; the
    // rest are its too.)
    assert_eq!(param_names(&out, 0), ["season", "game_type", "lang"]);
    assert_eq!(param_names(&out, 1), ["lang"]);
    assert_eq!(
        routes(&out),
        [
            "GET /v1/edge/goalie-landing/{season}/{game_type}",
            "GET /v1/edge/goalie-landing/now",
            "GET /v1/edge/skater-landing/now"
        ]
    );
}

/// Sentences with no sending verb, in reStructuredText's code (`An authenticated ``GET``
/// request to ``/api/task_list``, …`), or naming the endpoint after `the` (`making a
/// ``POST`` request to the ``/api/login`` endpoint`): a route each; a path written from
/// the root is the API's whatever its first segment, beside a route found otherwise.
#[test]
fn rst_sentences_of_requests_without_a_verb() {
    let page = "API
***

Authentication
==============

Otherwise, making a ``POST`` request to the ``/api/login`` endpoint, passing
``username`` and ``password`` as form data, will return a JSON object.

Task list
=========

An authenticated ``GET`` request to ``/api/task_list``, done while the contest
is running, will return the following object.

Details
=======

.. http:get:: /tasks/(taskname)/details

   The details.
";
    let out = extract(&Document::parse("API.rst", page), "api", "API.rst");
    assert_eq!(
        routes(&out),
        [
            "POST /api/login",
            "GET /api/task_list",
            "GET /tasks/{taskname}/details"
        ]
    );
}

/// An index of items each a path then its method in brackets (`- /opts/flag [POST] -
/// (flag a post)`), then an item per route over nested items of its facts, the method in
/// the path's item (`* **/categories [GET]**`) or in a nested `**Method:**` item under the
/// path's (`* **/opts/flag**` over `* **Method:** POST`): one operation per route, reading
/// its facts.
#[test]
fn an_index_of_path_then_method_items_over_nested_facts() {
    let page = "##Forum API

###Method Summary

* /categories [GET]
- /opts/flag [POST] - (flag a thread or post as spam)

###Methods

* **/categories [GET]**
\t* **Method:** GET
\t* **Parameters:**
\t\t* **strip-html:** bool (optional) - strips out any potential HTML
* **/opts/flag**
\t* **Method:** POST
\t* **Params:**
\t\t* type (string) - topic or post
\t\t* id (int) - topicId or postId
";
    let out = read("README.md", page);
    assert_eq!(routes(&out), ["GET /categories", "POST /opts/flag"]);
    assert_eq!(param_names(&out, 0), ["strip-html"]);
    assert_eq!(body_names(&out, &out.spec.operations[1]), ["type", "id"]);
}

/// A heading of a path then its methods in capitals joined by `|` (`` ## `/outputs/active`
/// GET | PUT ``, `` ## `/outputs` GET ``): a route per method.
#[test]
fn a_path_heading_then_its_methods() {
    let page = "# RemoteLight REST API\n\n## `/outputs` GET\n\nLists the outputs.\n\n## `/outputs/active` GET | PUT\n\nThe active output.\n\n```\ncurl -X PUT -d '{\"active_output\":\"My arduino\"}' http://localhost:8080/outputs/active\n```\n";
    assert_eq!(
        routes(&read("README.md", page)),
        ["GET /outputs", "GET /outputs/active", "PUT /outputs/active"]
    );
}

/// A sentence sending a method set in emphasis to a URL written with its server (`by
/// making a *POST* request to ``https://openspending.org/api/2/new```): the route is the
/// URL's path.
#[test]
fn a_sentence_sending_to_a_url_with_its_server() {
    let page = "Loading API\n===========\n\nUsers can load datasets by making a *POST* request to ``https://openspending.org/api/2/new`` with the following url parameters:\n\n* ``csv_file`` - url to the csv file\n\nPermissions\n===========\n\n.. http:get:: /api/2/permissions\n\n   The permissions.\n";
    let out = extract(&Document::parse("api.rst", page), "api", "api.rst");
    assert_eq!(routes(&out), ["POST /api/2/new", "GET /api/2/permissions"]);
}
