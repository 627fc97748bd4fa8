//! Shapes of responses: status codes in tables, items, labels, prose and raw exchanges.

use super::*;

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
    assert_eq!(
        crate::extract::reference::responses::envelope_status("{\"code\": 1234}"),
        None
    );
    assert_eq!(
        crate::extract::reference::responses::envelope_status("[{\"code\": 201}]"),
        None
    );
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

/// A table of operations with a `Response` column whose cells open with a status (`200
/// OK with a JSON array …`): each row's status.
#[test]
fn a_response_column_opening_with_statuses() {
    let page = "# Implementation\n\n| HTTP Method | Resource | Response |\n|---|---|---|\n| GET | /colibri/conferences | 200 OK with a JSON array of conferences. |\n| POST | /colibri/conferences | 201 Created with the conference. |\n\nMore text.\n";
    let out = read("colibri.md", page);
    assert_eq!(statuses(&out), [vec![200], vec![201]]);
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

/// A call laid out as text in an indented block, its statuses under a label line
/// (`Possible Status Codes:`) indented beneath it: the statuses.
#[test]
fn statuses_under_a_label_in_a_plain_block() {
    let page = "# Auth\n\n**Enable auth**\n\nPUT  /v2/auth/enable\n\n    Sent Headers:\n    Put Body: (empty)\n    Possible Status Codes:\n        200 OK\n        400 Bad Request (if root user has not been created)\n        409 Conflict (already enabled)\n    200 Body: (empty)\n\nThat is all.\n";
    let out = read("auth.md", page);
    assert_eq!(statuses(&out), [vec![200, 400, 409]]);
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
        crate::extract::reference::routes::route_line("GET /csp/enterprises/CSP0000003")
            .map(|r| r.path),
        Some("/csp/enterprises/CSP0000003".to_string())
    );
    assert_eq!(
        crate::extract::reference::routes::route_line("GET /x HTTP/1.1 // the old route")
            .map(|r| r.path),
        Some("/x".to_string())
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
        crate::extract::reference::routes::route_line("GET /buckets/BUCKET/keys/KEY")
            .map(|r| r.path),
        Some("/buckets/{BUCKET}/keys/{KEY}".to_string())
    );
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

/// Items under a response label that list several codes sharing one reason (`* 401, 403 -
/// missing or invalid authentication`, `* 502 or 503: unavailable`): a status per code.
/// Codes joined without a dash or colon after them (`* 401, 403 and more`) are none.
#[test]
fn several_codes_in_one_status_item() {
    let page = "# API\n\n## Get node\n\n`GET /v1/nodes/{id}`\n\nResponse:\n\n* 200 - OK\n* 401, 403 - missing or invalid authentication\n* 502 or 503: unavailable\n";
    let out = read("api.md", page);
    assert_eq!(routes(&out), ["GET /v1/nodes/{id}"]);
    assert_eq!(statuses(&out), [vec![200, 401, 403, 502, 503]]);
    assert_eq!(
        crate::extract::reference::responses::listed_statuses("* 401, 403 and more"),
        []
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

/// A status label then a dash and what the answer holds (`**Response** `201 Created` —
/// returns the new pet.`, `**Response** `204 No Content` — no response body.`): that
/// status, as the label alone (`**Response** `200 OK``) gives it.
#[test]
fn a_status_label_then_a_dash_and_what_it_returns() {
    let page = "# Pets\n\n### Add a pet\n\n```\nPOST /api/pets\n```\n\n**Response** `201 Created` — returns the new pet.\n\n### Remove a pet\n\n```\nDELETE /api/pets/{id}\n```\n\n**Response** `204 No Content` – no response body.\n\n### List pets\n\n```\nGET /api/pets\n```\n\n**Response** `200 OK`\n";
    let out = read("pets.md", page);
    assert_eq!(statuses(&out), [vec![201], vec![204], vec![200]]);
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

/// Statuses a sentence says an operation produces (`If the job is unknown, a 404 response
/// is produced.`, `a 500 response is generated`): those statuses, and no other.
#[test]
fn statuses_said_to_be_produced() {
    let page = "# Jobs\n\n### POST /jobs/[name]\n\nStarts the job.\n\nIf the job is unknown, a 404 response is produced with a JSON body.\n\nIf the runner fails, a 500 response is generated, with this content.\n\nAt most 500 are produced per hour.\n";
    let out = read("jobs.md", page);
    assert_eq!(routes(&out), ["POST /jobs/{name}"]);
    assert_eq!(statuses(&out), [vec![404, 500]]);
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

/// A `status codes` label then a dash, as a bullet of `name - description` items writes it
/// (`- **status codes** - `201`, `409` (if it exists)`): each code a status.
#[test]
fn status_codes_label_then_a_dash() {
    let page = "## Create a record\n\n`POST /v2/records`\n\n### Response\n\n- **status codes** - `201`, `409` (if the record exists)\n";
    let out = read("create.md", page);
    assert_eq!(routes(&out), ["POST /v2/records"]);
    assert_eq!(statuses(&out), [vec![201, 409]]);
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

/// A status named an error in a sentence about the response (`The response is either a
/// PNG image or a `404` error.`): that status of the operation.
#[test]
fn a_status_named_an_error_in_a_sentence_about_the_response() {
    let page = "# Maps\n\n## Map images\n\n```\nGET /maps/v1/{style}/map.png\n```\n\nRenders one image.\n\n#### Example response\n\nThe response is either a PNG image, or a `404` error.\n";
    let out = read("maps.md", page);
    assert_eq!(routes(&out), ["GET /maps/v1/{style}/map.png"]);
    assert_eq!(statuses(&out), [vec![404]]);
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

/// A response line whose codes each come with their standard reason phrase and go on in
/// prose (`Response: `201 Created` when the shelf is created and `200 OK` when it is
/// updated`, `Response: `200 OK` with Shelf entity`): every code so phrased is a status.
#[test]
fn statuses_with_their_reason_phrase_inside_a_response_sentence() {
    let page = "# Shelves\n\n### Get Shelf\nRequest: `GET /shelves/{name}`\n\nResponse: `200 OK` with Shelf entity\n\n### Create Shelf\nRequest: `POST /shelves`\n\nResponse: `201 Created` when the shelf is created and `200 OK` when it is updated\n\n### Count Shelves\nRequest: `GET /shelves/count`\n\nResponse: JSON with the 200 first shelves\n";
    let out = read("shelves.md", page);
    assert_eq!(
        routes(&out),
        ["GET /shelves/{name}", "POST /shelves", "GET /shelves/count"]
    );
    assert_eq!(statuses(&out), [vec![200], vec![201, 200], vec![]]);
}

/// A table of one path's methods (`| `PUT` | `/boxes/:id` | [Box Replace] |`) over sections
/// titled in words, each only a `curl` call of its row and its `Returns:` list: the section
/// is the row's, its statuses the row's operation's.
#[test]
fn sections_of_a_table_of_one_paths_methods() {
    let page = "# Boxes\n\n## Routes\n\n| Method | Route | Name |\n| --- | --- | --- |\n| `GET` | `/boxes/:id` | [Box Read] |\n| `PUT` | `/boxes/:id` | [Box Replace] |\n\n## Methods\n\n### Box Read\n\n```bash\ncurl https://api.example.com/boxes/BOX\n```\n\nReturns:\n\n- `200` with the box.\n\n### Box Replace\n\n```bash\ncurl -X PUT -d '{}' https://api.example.com/boxes/BOX\n```\n\nReturns:\n\n- `201` on success.\n- `400` if the box is malformed.\n\n[Box Read]: #box-read\n[Box Replace]: #box-replace\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["GET /boxes/{id}", "PUT /boxes/{id}"]);
    assert_eq!(statuses(&out), [vec![200], vec![201, 400]]);
}

/// A sentence saying what the call returns, then the words `status code` before the code
/// (`It will return the number of boxes made with status code `201 Created`.`): that status.
#[test]
fn status_code_named_after_what_is_returned() {
    let page = "# Boxes\n\n## POST /boxes\n\nMakes boxes.\n\nIt will return the number of boxes made with status code `201 Created`.\n\n## GET /boxes\n\nLists boxes.\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["POST /boxes", "GET /boxes"]);
    assert_eq!(statuses(&out), [vec![201], vec![]]);
}

/// A status and its reason after a dash in one code span, in a sentence saying it is
/// returned (`` HTTP status `404 - Not found` is returned``), or that the caller gets it
/// (``otherwise you will get a `403 - Forbidden` ``): that status, on the operation.
#[test]
fn statuses_with_a_dashed_reason_returned_or_got() {
    let page = "# Box API\n\n## Find boxes\n\n`GET /boxes`\n\nIf no boxes are found, HTTP status `404 - Not found` is returned with an empty body.\n\n## Own boxes\n\n`GET /boxes/own`\n\nAuthentication is required, otherwise you will get a `403 - Forbidden`.\n\n## Count boxes\n\n`GET /boxes/count`\n\nYou will get a 200 character summary.\n";
    let out = read("boxes.md", page);
    assert_eq!(
        routes(&out),
        ["GET /boxes", "GET /boxes/own", "GET /boxes/count"]
    );
    assert_eq!(statuses(&out), [vec![404], vec![403], vec![]]);
}

/// An `Error codes:` line of bare codes, comma-separated without spaces, beside a
/// `Normal response codes:` line (`Error codes: 400,404,409`): each code is an error
/// status; a code outside 400-599 there is the vendor's own, no status.
#[test]
fn error_codes_line_of_bare_codes() {
    let page = "=====\nBoxes\n=====\n\nList Boxes\n==========\n\n.. rest_method::  GET /v1/boxes\n\nLists boxes.\n\nNormal response codes: 200\n\nError codes: 400,401\n\nOpen Box\n========\n\n.. rest_method::  POST /v1/boxes/{box_id}/open\n\nOpens a box.\n\nNormal response codes: 202\n\nError codes: 404,409,403\n\nSeal Box\n========\n\n.. rest_method::  POST /v1/boxes/{box_id}/seal\n\nSeals a box.\n\nError codes: 101,500\n";
    let out = read("boxes.rst", page);
    assert_eq!(
        routes(&out),
        [
            "GET /v1/boxes",
            "POST /v1/boxes/{box_id}/open",
            "POST /v1/boxes/{box_id}/seal"
        ]
    );
    assert_eq!(
        statuses(&out),
        [vec![200, 400, 401], vec![202, 404, 409, 403], vec![500]]
    );
}

/// Items under a response heading, each naming a case and then, after its colon, the
/// status it answers with and nothing more (`* **On success:** ``200 OK``` over nested
/// `- Body:` and a sample): each code agreeing with its reason phrase is a status, the case
/// its description; the nested `Body:` stays the answer's.
#[test]
fn items_of_a_case_then_its_status_line() {
    let page = "GET /shelves/:shelf\n===================\n\nReads a shelf.\n\nResponse:\n---------\n\n* **With a valid key on success:** ``200 OK``\n    - Content Type: ``application/json``\n    - Body:\n\n      .. code-block:: json\n\n            {\"name\": \"top\"}\n\n* **With a valid key on failure:** ``404 Not Found``\n    - Body:\n\n      .. code-block:: json\n\n            {\"error\": \"no shelf\"}\n\n* **With a bad key:** ``401 Unauthorized``\n\n--------------\n\nDELETE /shelves/:shelf\n======================\n\nEmpties a shelf.\n\nResponse:\n---------\n\n* **When emptied:** ``204 No Content``\n* **Shelves kept:** 3 Boxes\n";
    let out = read("shelves.rst", page);
    assert_eq!(
        routes(&out),
        ["GET /shelves/{shelf}", "DELETE /shelves/{shelf}"]
    );
    assert_eq!(statuses(&out), [vec![200, 404, 401], vec![204]]);
    assert!(out.spec.operations[0].body.is_none());
}

/// Error answers listed as cases pointing at their status with an arrow, the code after
/// `HTTP` and others joined to it by `/` (`* Shelf not found → HTTP 404`, `* Bad name →
/// HTTP 400 / 422`), under an error label: each code a status, the case its reason.
#[test]
fn cases_pointing_at_http_statuses_with_an_arrow() {
    let page = "# Shelves\n\n### 1. Rename a shelf\n\n* **POST** `/shelves/<id>/rename`\n\n**Error Responses**:\n\n* Shelf not found → HTTP 404\n* Bad name → HTTP 400 / 422\n\n### 2. Read a shelf\n\n* **GET** `/shelves/<id>`\n\n**Error Responses**:\n\n* Unauthorized → HTTP 403\n";
    let out = read("shelves.md", page);
    assert_eq!(
        routes(&out),
        ["POST /shelves/{id}/rename", "GET /shelves/{id}"]
    );
    assert_eq!(statuses(&out), [vec![404, 400, 422], vec![403]]);
}

/// Jekyll `{% highlight %}` blocks are code (a closer glued to the last line of code, or
/// followed by a stray brace, still closes them), and a sample answer opening with its
/// status, `Status 200` over its JSON, gives that status under no response label; a raw
/// exchange in such a block gives its status line's.
#[test]
fn jekyll_highlight_blocks_and_answers_opening_with_their_status() {
    let page = "# Shelves\n\n## List shelves [GET]\n\n/v1/shelves?key={key}\n\n{% highlight js %}\nStatus 200\n{\n  \"shelves\": []\n}\n{% endhighlight %}}\n\n## Read a shelf\n\n#### GET `/v1/shelves/{id}`\n\n{% highlight http %}\nGET /v1/shelves/7 HTTP/1.1\nHost: x{% endhighlight %}\n\n{% highlight http %}\nHTTP/1.1 404 Not Found\n{% endhighlight %}\n\n#### GET `/v1/ping`\n\n{% highlight http %}\nGET /v1/ping HTTP/1.1\n{% endhighlight %}\n\nAnswers pong.\n";
    let out = read("shelves.md", page);
    assert_eq!(
        routes(&out),
        ["GET /v1/shelves", "GET /v1/shelves/{id}", "GET /v1/ping"]
    );
    assert_eq!(statuses(&out), [vec![200], vec![404], vec![]]);
}

/// A table of one record whose status row's name has a qualifier (`Typical Responses`) and
/// lists several bare codes (`200, 400`): each code a status.
#[test]
fn a_record_row_of_typical_responses_listing_codes() {
    let page = "# Keys\n\n## `GET /keys/:id`\n\n| Property | Specification |\n|---|---|\n| Path | `/keys/:id` |\n| Method | GET |\n| Typical Responses | 200, 400 |\n\n## `DELETE /keys/:id`\n\n| Property | Specification |\n|---|---|\n| Path | `/keys/:id` |\n| Method | DELETE |\n| Possible status codes | 204 / 404 |\n| Version | 2.10 |\n";
    let out = read("keys.md", page);
    assert_eq!(routes(&out), ["GET /keys/{id}", "DELETE /keys/{id}"]);
    assert_eq!(statuses(&out), [vec![200, 400], vec![204, 404]]);
}

/// A status a sentence names as the standard answer after a verb of answering (`should
/// return a standard HTTP `200 OK` response`), as `the HTTP `204 No Content`` is read.
#[test]
fn a_status_called_the_standard_response_in_a_sentence() {
    let page = "# Tags\n\n## Remove a tag\n\n    DELETE https://api.example.net/v3/tags/{tagId}\n\n## Response\n\nNo JSON comes back; the call should return a standard HTTP `200 OK` response once the tag is gone.\n";
    let out = read("tags.md", page);
    assert_eq!(routes(&out), ["DELETE /v3/tags/{tagId}"]);
    assert_eq!(statuses(&out), [vec![200]]);
}

/// An answer's label item closed by a Markdown hard break, its value on the indented lines
/// under it (`* Result \\` / `` `HTTP 201` on success \\ `` / `HTTP error on failure`): the
/// status it names is the operation's; a failure with no number gives none.
#[test]
fn hard_break_result_item_over_an_http_status_line() {
    let page = "## Add a shelf\n\n* URL \\\\\n        /shelves/add.cmd\n\n* Methods \\\\\n        `POST`\n\n* Result \\\\\n        `HTTP 201` on success \\\\\n        HTTP error on failure\n\n## Close a shelf\n\n* URL \\\\\n        /shelves/close.cmd\n\n* Methods \\\\\n        `GET`\n\n* Results \\\\\n        The shelf, closed.\n";
    let out = read("shelves.md", page);
    assert_eq!(
        routes(&out),
        ["POST /shelves/add.cmd", "GET /shelves/close.cmd"]
    );
    assert_eq!(statuses(&out), [vec![201], vec![]]);
}

/// A sentence saying what the call responds with over a JSON sample (`When it works,
/// responds with 202 accepted and a JSON object:`): the sample is the answer of the status
/// it names, not the request's body; the body the `Request body` label shows later stays.
#[test]
fn a_responds_with_sentence_over_json_is_the_answer() {
    let page = "# Lamps\n\n### POST /v1/lamps/dim\n\nDims the lamps.\n\nWhen it works, responds with 202 accepted and a JSON object:\n\n```json\n{\n  \"Done\": \"yes\",\n  \"Problem\": \"\"\n}\n```\n\n#### Request body\n\nHas to be a JSON object with a `level` property.\n\n```json\n{\n  \"level\": 3\n}\n```\n";
    let out = read("lamps.md", page);
    assert_eq!(routes(&out), ["POST /v1/lamps/dim"]);
    assert_eq!(statuses(&out), [vec![202]]);
    assert_eq!(body_names(&out, &out.spec.operations[0]), ["level"]);
}

/// A status after a verb of answering and the word `empty` (`Responds with an empty 204
/// response.`): that status, as `responds with 204` is read.
#[test]
fn a_status_after_responds_with_an_empty() {
    let page = "# Lamps\n\n### POST /v1/lamps/wink\n\nWinks the lamp once. Responds with an empty 204 response.\n\n### GET /v1/lamps/ok\n\nResponds with an empty 200 response if the lamps work, or a 500 status code if not.\n";
    let out = read("lamps.md", page);
    assert_eq!(routes(&out), ["POST /v1/lamps/wink", "GET /v1/lamps/ok"]);
    assert_eq!(statuses(&out), [vec![204], vec![200, 500]]);
}

/// A response fence opening with an `HTTP Code: 201` line over `Content-Type:` and the body,
/// or a `- HTTP Code: `200`` item under a response heading: that status.
#[test]
fn http_code_lines_and_items() {
    let page = "# Lamps\n\n## Add a lamp\n\n### Request\n\n```bash\nPOST /v1/lamps\n```\n\n### Response\n\n```bash\nHTTP Code: 201\nContent-Type: application/json\nBody:\n{\n  \"id\": \"7\"\n}\n```\n\n## List the lamps\n\n### Request\n\n- Endpoint: `/v1/lamps`\n- Method: `GET`\n\n### Response\n\n- HTTP Code: `200`\n- Content-Type: `application/json`\n";
    let out = read("lamps.md", page);
    assert_eq!(routes(&out), ["POST /v1/lamps", "GET /v1/lamps"]);
    assert_eq!(statuses(&out), [vec![201], vec![200]]);
}

/// Response and error labels holding their status in parentheses, on lines of the route's
/// own item (`  Response (200): `{ "id": 7 }`` / `  Error (404): `{ … }``) or in a paragraph
/// after it: each a status of that route.
#[test]
fn response_and_error_labels_holding_their_status_in_parentheses() {
    let page = "# Boxes\n\n## Calls\n\n- Open a box  \n  Method: POST  \n  Path: `/boxes/<id>/open`  \n  Response (200): `{ \"id\": 7, \"open\": true }`  \n  Error (404): `{ \"message\": \"No box\" }`  \n  Error (409): `{ \"message\": \"Box is locked\" }`\n\n- Weigh a box  \n  Method: GET  \n  Path: `/boxes/<id>/weight`\n\n  Error (404): `{ \"message\": \"No box\" }`\n";
    let out = read("boxes.md", page);
    assert_eq!(
        routes(&out),
        ["POST /boxes/{id}/open", "GET /boxes/{id}/weight"]
    );
    let codes = |k: usize| -> Vec<u16> {
        out.spec.operations[k]
            .responses
            .iter()
            .filter_map(|r| r.code())
            .collect()
    };
    assert_eq!(codes(0), [200, 404, 409]);
    assert_eq!(codes(1), [404]);
}

/// Items under an answer label each naming a case, then after a comma the status as a code
/// between `HTTP` and `code` (`* On a missing box, a HTTP 404 code with an error message`):
/// each that status; a success item naming no code (`On success, the box (JSON)`) gives none.
#[test]
fn a_case_then_a_http_code_in_items_under_the_answer_label() {
    let page = "# Boxes\n\n#### `GET /open/<box_id>`\n\nOpens a box.\n\n* **Arguments:**\n  * `box_id`: the box\n* **Output:**\n  * On a missing `box_id`, a HTTP 404 code with an error message (JSON)\n  * On success, an HTTP 200 code with the box (JSON)\n\n#### `POST /pack/<box_id>`\n\nPacks a box.\n\n* **Output:**\n  * On a full box, a HTTP 409 code\n  * On success, the box (JSON)\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["GET /open/{box_id}", "POST /pack/{box_id}"]);
    assert_eq!(statuses(&out), [vec![404, 200], vec![409]]);
}

/// A reStructuredText code block's `:caption:` labels what the code holds, as Sphinx prints
/// it above the code: `:caption: Response status` over `200 OK` is the operation's status.
#[test]
fn a_code_block_captioned_response_status() {
    let page = "REST API\n========\n\n``POST /authorize``\n-------------------\n\nObtain a token.\n\n.. code-block:: json\n    :caption: Request body\n\n    {\"username\": \"{username}\"}\n\n.. code-block:: text\n    :caption: Response status\n\n    200 OK\n\n``GET /game/{id}``\n------------------\n\nGet a game.\n\n.. code-block:: text\n    :caption: Response status\n\n    404 Not Found\n";
    let out = read("rest_api.rst", page);
    assert_eq!(routes(&out), ["POST /authorize", "GET /game/{id}"]);
    assert_eq!(statuses(&out), [vec![200], vec![404]]);
}

/// A response named by its code after an article and at most one word of kind (`A `403`
/// response indicates a missing API key`, `A successful (`200`) response body will contain
/// the feed`): a status of the call.
#[test]
fn a_response_named_by_its_code() {
    let out = read(
        "get.md",
        "# Get Feed\n\n```plaintext\nGET /api/feeds/get/{name}\n```\n\nA successful (`200`) response body will contain the feed. A `403` response indicates a missing API key.\n",
    );
    assert_eq!(statuses(&out), [vec![200, 403]]);
}

/// A table of a path's methods with a status column (`| Method | Action | Status code |`):
/// the code a status cell opens with (`201 with `Location` header`), and where a row's
/// cells are set out of order (`| PUT | 200 | Modify workspace |`), the one cell that is a
/// code alone.
#[test]
fn status_column_cells_opening_with_a_code_or_set_out_of_order() {
    let page = "# Workspaces\n\n## `/workspaces/<ws>`\n\nControls a workspace.\n\n| Method | Action | Status code | Formats |\n|---|---|---|---|\n| GET | Return workspace | 200 | XML |\n| POST | Create a workspace | 201 with `Location` header | XML |\n| PUT | 200 | Modify workspace `ws` | XML |\n";
    let out = read("workspaces.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /workspaces/{ws}",
            "POST /workspaces/{ws}",
            "PUT /workspaces/{ws}"
        ]
    );
    assert_eq!(statuses(&out), [vec![200], vec![201], vec![200]]);
}

/// An answer's label giving its status in brackets (`#### Response body (200 OK)`, also
/// `Response (201 Created)`) over a JSON sample, under a route heading beside `#### Request
/// body`: that status, its sample the answer.
#[test]
fn a_status_in_brackets_after_the_answer_label() {
    let page = "# ntfy api docs\n\n### GET /users\nGets all users.\n#### Request body\n```json\n```\n#### Response body (200 OK)\n```json\n[{\"username\": \"string\", \"role\": \"string\"}]\n```\n\n### PUT /users\nCreates a new user.\n#### Request body\n```json\n{\"username\": \"string\", \"password\": \"string\"}\n```\n#### Response (201 Created)\n```json\n{\"success\": \"bool\"}\n```\n";
    let out = read("README.md", page);
    assert_eq!(routes(&out), ["GET /users", "PUT /users"]);
    assert_eq!(statuses(&out), [vec![200], vec![201]]);
}

/// Statuses stated once for every call under a heading of their own before the operations
/// (`## Available endpoints` over `All the endpoints will respond with `200` if successful
/// or:` and items `` - `503` If the session is reconnecting ``): each operation's, the
/// sentence's and the items'. A sentence there about something else gives none.
#[test]
fn statuses_for_every_call_under_a_heading_before_the_operations() {
    let page = "# API\n\nThis module provides an API.\n\n## Available endpoints\nAll the endpoints will respond with `200` if successful or:\n- `204` If there isn't any active session\n- `503` If the session is reconnecting\n\n### Player\n- `POST /player/load` Load a track from a given URI `uri`.\n- `POST /player/pause` Pause playback.\n";
    let out = read("README.md", page);
    assert_eq!(routes(&out), ["POST /player/load", "POST /player/pause"]);
    assert_eq!(statuses(&out), [vec![200, 204, 503], vec![200, 204, 503]]);
    let other = page.replace("All the endpoints will", "The login page will");
    let out = read("README.md", &other);
    assert_eq!(statuses(&out), [Vec::<u16>::new(), Vec::new()]);
}

/// An item that is only the answers' label, no colon (`- Responses`), over items of bare
/// statuses (`    - 200`, `    - 404`) and their descriptions: the statuses.
#[test]
fn a_responses_item_over_bare_status_items() {
    let page = "# API\n\n### **Get** `/api/assets/ddo/<did>`\n\n- Description\n\n    Get DDO of a particular asset.\n\n- Responses\n    - 200\n        - content-type: json\n        - description: On successful operation returns DDO information.\n\n    - 404\n        - content-type: json\n        - description: This asset DID is not in ES.\n";
    let out = read("api.md", page);
    assert_eq!(statuses(&out), [vec![200, 404]]);
}

/// A Chinese page's status lines under its result label (`### 1.5 返回结果：` over `1.5.1
/// 状态码201，创建成功。`, "status code 201, created"), a section number before each: the
/// statuses and their reasons.
#[test]
fn chinese_status_code_lines() {
    let page = "# API\n\n## 1 创建Namespace\n\n### 1.1 请求地址\n\n/rest/v1/namespaces\n\n### 1.2 请求方式\n\nPOST\n\n### 1.5 返回结果：\n\n1.5.1 状态码201，创建成功。\n\n1.5.2 状态码400，参数有误。\n\n`{\"message\":\"Invalid request.\"}`\n";
    let out = read("api.md", page);
    assert_eq!(routes(&out), ["POST /rest/v1/namespaces"]);
    assert_eq!(statuses(&out), [vec![201, 400]]);
}

/// A section of its own, outside every operation, naming the codes of the whole API and
/// speaking of every call (`##### HTTP Authentication and error codes` / `… in each HTTP
/// request. Possible error codes and their reasons:` / `* **400 Bad Request** - …`): its
/// statuses are every routed operation's. A section listing what the API may answer, with
/// no sentence about every call (`## Errors` / `you will receive a `404 Not Found``), says
/// nothing of which call answers which.
#[test]
fn statuses_of_every_call_in_a_section_of_their_own() {
    let page = "# Device API

##### HTTP Authentication and error codes

The application needs to include the token in each HTTP request.
Possible error codes and their reasons:

* **400 Bad Request** - Invalid URL, request parameters or body.
* **401 Unauthorized** - Invalid token.

## Telemetry upload API

To publish telemetry, send POST request to the following URL:

```shell
POST /api/v1/{token}/telemetry
```

## Attributes API

```shell
GET /api/v1/{token}/attributes
```

Answers `200 OK`.
";
    let out = read("device.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /api/v1/{token}/telemetry",
            "GET /api/v1/{token}/attributes"
        ]
    );
    assert_eq!(statuses(&out), [vec![400, 401], vec![200, 400, 401]]);
    // The same list after the operations, under `## Errors`, with no sentence about every
    // call: nobody's.
    let page = "# Device API

## Telemetry upload API

```shell
POST /api/v1/{token}/telemetry
```

## Attributes API

```shell
GET /api/v1/{token}/attributes
```

## Errors

If the device is unknown, you will receive a `404 Not Found` response.

* **400 Bad Request** - Invalid URL, request parameters or body.
";
    let out = read("device.md", page);
    assert_eq!(statuses(&out), [Vec::<u16>::new(), Vec::new()]);
    // After the operations, with the sentence: every call's.
    let page = page.replace(
        "If the device",
        "Every request may fail. Possible error codes:\n\nIf the device",
    );
    let out = read("device.md", &page);
    assert_eq!(statuses(&out), [vec![400], vec![400]]);
}

/// Statuses a Chinese sentence gives after `返回` "returns", the clause before it saying when
/// (`会话不存在时返回 `404`。`, `消息不属于当前会话返回 `403`；消息或会话不存在返回 `404`。`).
#[test]
fn statuses_in_chinese_sentences() {
    let page = "## GET `/sessions/:id` - 获取会话详情

会话不存在时返回 `404`。

## DELETE `/sessions/:id/messages/:message_id` - 删除消息

> 消息不属于当前会话返回 `403`；消息或会话不存在返回 `404`。
";
    let out = read("session.md", page);
    assert_eq!(statuses(&out), [vec![404], vec![403, 404]]);
}

/// A tab set whose labels name statuses (Docusaurus's `<Tabs values={[{label: 'Status code
/// 200', value: 's200'}, …]}>`, its label lines indented as code would be): those statuses;
/// the sample in the tab each value opens (`<TabItem value="s500">`) is that status's.
#[test]
fn statuses_named_by_the_labels_of_a_tab_set() {
    let page = "### Drop box\n\n**DELETE** `/boxes/{name}`\n\n#### Response\n\n<Tabs\n  defaultValue=\"s200\"\n  values={[\n    {label: 'Status code 200', value: 's200'},\n    {label: 'Status code 500', value: 's500'},\n  ]}>\n  <TabItem value=\"s200\">\n\nThe response includes a JSON object like the following:\n\n```json\n{\n    \"error_code\": 0\n}\n```\n\n</TabItem>\n  <TabItem value=\"s500\">\n\nThe response includes a JSON object like the following:\n\n```json\n{\n    \"error_code\": 3016,\n    \"error_msg\": \"No such box.\"\n}\n```\n\n</TabItem>\n</Tabs>\n";
    let out = read("boxes.mdx", page);
    assert_eq!(routes(&out), ["DELETE /boxes/{name}"]);
    assert_eq!(statuses(&out), [vec![200, 500]]);
    let op = &out.spec.operations[0];
    let error = op.responses[1]
        .ty
        .as_ref()
        .expect("the 500's type")
        .to_string();
    let fields: Vec<&str> = out.spec.types[&error]
        .fields()
        .iter()
        .map(|f| f.name.as_str())
        .collect();
    assert_eq!(fields, ["error_code", "error_msg"]);
}

/// A response label over the status alone, the line broken between them (`**Response**   `
/// / `` `201 Created` ``), a rule right under them (`---`): that status, its sample after it
/// that status's. A paragraph of two lines of prose is none.
#[test]
fn a_response_label_over_its_status_on_the_next_line() {
    let page = "### Creating a box\n\n    POST /api/boxes\n\n**Response**   \n`201 Created`\n---\n\n### Getting a box\n\n    GET /api/boxes/:id\n\n**Response**  \n`200 Ok`\n\n    {\"id\": \"b1\", \"size\": 3}\n\n### Deleting a box\n\n    DELETE /api/boxes/:id\n\nThe response\nis empty.\n";
    let out = read("boxes.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /api/boxes",
            "GET /api/boxes/{id}",
            "DELETE /api/boxes/{id}"
        ]
    );
    let codes = statuses(&out);
    assert_eq!(codes[0], [201]);
    assert_eq!(codes[1], [200]);
    assert_eq!(codes[2], Vec::<u16>::new(), "{codes:?}");
}

/// A `curl -v` transcript under the call, or under an example of it in its section: the
/// status lines it prints after `<` are the call's statuses, an interim `100 Continue`
/// before the final answer left out.
#[test]
fn verbose_curl_transcript() {
    let page = "# Proxy

Get the heavy proxies:

```bash
$ curl -v -X GET \"http://$YT_PROXY/hosts\"
> GET /hosts HTTP/1.1

< HTTP/1.1 200 OK
< Content-Type: application/json
<
[\"n0008-sas\"]
```

Write the table:

```bash
$ curl -v -L -X PUT \"http://$YT_PROXY/api/v3/write_table?path=//tmp/input\" \\
    -T source.tsv
> PUT /api/v3/write_table?path=//tmp/input HTTP/1.1
> Expect: 100-continue

< HTTP/1.1 100 Continue
< HTTP/1.1 202 Accepted
```

## Blame

```
GET /repos/<repo>/blame?path=<path>
```

### Examples

```
$ curl -v \"http://localhost:8182/repos/repo1/blame?path=points/d06e56902\"
< HTTP/1.1 200 OK
< Content-Type: application/xml
```
";
    let out = read("http.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /hosts",
            "PUT /api/v3/write_table",
            "GET /repos/{repo}/blame"
        ]
    );
    assert_eq!(statuses(&out), [vec![200], vec![202], vec![200]]);
}

/// Statuses written as reference links to their definitions (`[403]`, the link targets
/// listed at the page's end) under labels naming the outcome: `Responses on failure:` over
/// items, `Response on success: [200]` on one line.
#[test]
fn statuses_as_reference_links_under_outcome_labels() {
    let page = "# API

## Create a user

Path: `/api/user/new`

Method: [POST]

Form data:
 - `username`: the user's e-mail address.

Responses on failure:
 - [403] \"Access Denied\" if the API key did not authenticate.
 - [400] \"An e-mail address must be supplied.\" if the `username`
   parameter is missing.

Response on success: [200]

[POST]: https://developer.mozilla.org/en-US/docs/Web/HTTP/Methods/POST
[200]: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/200
[400]: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/400
[403]: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/403
";
    let out = read("api.md", page);
    assert_eq!(routes(&out), ["POST /api/user/new"]);
    let mut got = statuses(&out)[0].clone();
    got.sort_unstable();
    assert_eq!(got, [200, 400, 403]);
}
