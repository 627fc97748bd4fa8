//! Shapes of calls: example calls and requests that are uses of a route, not operations of
//! their own, and RPC methods shown by their call.

use super::*;

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
        crate::extract::reference::responses::leading_status("404: if no widget matches"),
        Some((404, Some("if no widget matches".to_string())))
    );
    assert_eq!(
        crate::extract::reference::responses::leading_status("2001 widgets"),
        None
    );
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
        crate::extract::reference::routes::route_line("GET /users/settings").map(|r| r.path),
        Some("/users/settings".to_string())
    );
    assert_eq!(
        crate::extract::reference::routes::route_line("GET /groups/groupname").map(|r| r.path),
        Some("/groups/{groupname}".to_string())
    );
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

/// A call in code to an absolute URL that a JSON answer on the page holds as a value (`>
/// GET https://cdn.example.com/blobs/42` after `"href": "https://cdn.example.com/blobs/42"`):
/// a link the API hands out, followed; no operation of the page.
#[test]
fn a_call_to_a_handed_out_link_is_no_route() {
    let page = "# Blobs\n\n## Fetch\n\nThe batch answer gives a link:\n\n```json\n{\"actions\": {\"download\": {\"href\": \"https://cdn.example.com/blobs/42\"}}}\n```\n\nThe client makes a GET request on the `href`:\n\n```\n> GET https://cdn.example.com/blobs/42\n<\n< HTTP/1.1 200 OK\n```\n\n## POST /blobs/batch\n\nAsks for links.\n\n```\n> POST https://api.example.com/blobs/batch\n```\n";
    let out = read("blobs.md", page);
    assert_eq!(routes(&out), ["POST /blobs/batch"]);
    // A call that sends to such a URL (`curl -X POST …/campaigns` under an answer's `"path":
    // "…/campaigns"`) is no link followed: an operation of its own, with its fields
    // listed as Laravel's validation rules (`name => required | string`).
    let page = "## Get all campaigns\n\n```shell\n$ curl https://example.app/api/campaigns\n```\n\n```json\n{\"data\": [], \"meta\": {\"path\": \"https://example.app/api/campaigns\"}}\n```\n\n## Add a campaign\n\n```shell\n$ curl -X POST https://example.app/api/campaigns \\\n    -d '{\"name\":\"x\"}'\n```\n\nFields:\n- `name` => required | string\n- `email_list_id` => required|integer\n- `schedule_at` => date_format:Y-m-d H:i:s\n- `segment` => nullable\n";
    let out = read("campaigns.md", page);
    assert_eq!(routes(&out), ["GET /api/campaigns", "POST /api/campaigns"]);
    // (A URL quoted in another call, `curl "https://…/orders/096ef.json"`, is no answer's
    // link: the `DELETE` to it is an operation.)
    let page = "## Get an order\n\n```shell\ncurl \"https://example.app/v1/orders/096ef.json\"\n```\n\n## Delete an order\n\n```shell\ncurl -X DELETE https://example.app/v1/orders/096ef.json\n```\n";
    let deleted = read("orders.md", page);
    assert_eq!(routes(&deleted).len(), 2, "{:?}", routes(&deleted));
    assert!(routes(&deleted)[1].starts_with("DELETE /v1/orders/"));
    // (Each field with whether it is optional.)
    assert_eq!(
        body_fields(&out, 1),
        [
            ("name", false),
            ("email_list_id", false),
            ("schedule_at", true),
            ("segment", true)
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

/// A whole HTTP request message in code, its request line over header lines naming a
/// concrete host (`GET /shelves/acme/books HTTP/1.1` / `Host: api.example.com`), on a page
/// that declares its routes outside code: a call showing a use, no route of its own; the
/// routes are the declared ones. A message whose host is a placeholder (`Host: {fqdn}`)
/// stays the route's syntax.
#[test]
fn a_request_message_to_a_named_host_is_a_use() {
    let page = "# Shelf API\n\n## Making requests\n\n```http\nGET /api HTTP/1.1\nHost: api.example.com\n```\n\n## Shelves\n\n```http\nGET /shelves/acme/books HTTP/1.1\nAccept: application/json\nHost: api.example.com\n```\n\n```http\nHTTP/1.1 200 OK\n\n{\"shelf\": {\"id\": 1}}\n```\n\n### List shelves\n\n`GET /shelves`\n\n### Show shelf\n\n`GET /shelves/{shelf.id}`\n\n### Delete shelf\n\n`DELETE /shelves/{shelf.id}`\n\n## Racks\n\n```http\nPUT /{admin}/rack?format=json HTTP/1.1\nHost: {fqdn}\n```\n";
    let out = read("shelves.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /shelves",
            "GET /shelves/{shelf_id}",
            "DELETE /shelves/{shelf_id}",
            "PUT /{admin}/rack"
        ]
    );
}

/// Indented code opening with Python-Markdown's language line (`:::bash` over `curl …`,
/// a comment line before the call too): a `curl` call to a server, a use on a page that
/// declares its routes in `### METHOD path` headings. A heading naming only the method and
/// the call's last segments (`### GET health` over `curl http://host:80/health`) documents
/// that route, taken from the call.
#[test]
fn codehilite_curl_calls_are_uses() {
    let page = "## Login\n\nSign in first:\n\n\t:::bash\n\t# replace the password\n\tcurl -X POST --data user=a http://10.0.0.1:9000/signin\n\n## Health\n\n### GET health\n\n\t:::bash\n\tcurl http://10.0.0.1:9000/health\n\n## Boxes\n\n### GET api/boxes\n\nLists boxes.\n\n\t:::bash\n\tcurl http://10.0.0.1:9000/api/boxes\n\n### GET api/boxes/&lt;boxId&gt;\n\nOne box.\n\n### DELETE api/boxes/&lt;boxId&gt;\n\nRemoves it.\n";
    let out = read("boxes.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /health",
            "GET /api/boxes",
            "GET /api/boxes/{boxId}",
            "DELETE /api/boxes/{boxId}"
        ]
    );
}

/// A call in code under an `Example` label, after the route its section declares in a
/// fence (`PUT /api/notes/{id}`, then `**Example**` over `POST <baseURL>/api/notes/9`): a
/// call shown, no route of its own, even where it prints another method.
#[test]
fn a_call_under_an_example_label_after_the_route_is_a_use() {
    let page = "# Notes\n\n<h4 id=\"list\">List notes</h4>\n\n```\nGET /api/notes\n```\n\n<h4 id=\"edit\">Edit a note</h4>\n\n```\nPUT /api/notes/{id}\n```\n\n**Parameters**\n\n| Name | Type | Description |\n| --- | --- | --- |\n| `id` | `number` | **Required.** The note. |\n| `text` | `string` | The text. |\n\n**Example**\n\n```\nPOST <baseURL>/api/notes/9\n---\n{\"text\": \"hi\"}\n```\n";
    let out = read("notes.md", page);
    assert_eq!(routes(&out), ["GET /api/notes", "PUT /api/notes/{id}"]);
}

/// A call in code under a heading titling an example request (`#### Sample request`),
/// inside the section of the route declared before it, written without the route's base
/// path (`GET /pets/7` under `GET /api/pets/{id}`) or with another method: the route's
/// example, no operation of its own; the section's header and path tables and status
/// table stay the declared route's, across a topic sub-heading (`### Access`) between.
#[test]
fn an_example_request_without_the_base_path_is_a_use() {
    let page = "# Pets\n\n## Fetch pet\n\n    GET /api/pets/{int: id}\n\nFetches one pet.\n\n### Access\n\n| Role |\n|------|\n| reader |\n\n### Request\n\n#### Sample request\n\n```\nGET /pets/7\n```\n\n#### Headers\n\n| Key | Value | Description |\n|-----|-------|-------------|\n| Accept | application/json | Media type |\n\n#### URL parameters\n\n| Field | Type | Description |\n|-------|------|-------------|\n| id | integer | The pet. |\n\n### Status codes\n\n| Code | Description |\n|------|-------------|\n| [200 OK](https://example.org/200) | Found |\n| [404 Not Found](https://example.org/404) | No such pet |\n\n## Rename pet\n\n    PUT /api/pets/{int: id}\n\n### Request\n\n#### Sample request\n\n    POST /pets/7\n\n### Status codes\n\n| Code | Description |\n|------|-------------|\n| [200 OK](https://example.org/200) | Renamed |\n";
    let out = read("pets.md", page);
    assert_eq!(
        ops(&out),
        [
            (
                "GET /api/pets/{id}".to_string(),
                vec![
                    "Accept header false".to_string(),
                    "id path true".to_string()
                ]
            ),
            (
                "PUT /api/pets/{id}".to_string(),
                vec!["id path true".to_string()]
            ),
        ]
    );
    assert_eq!(statuses(&out), [vec![200, 404], vec![200]]);
}

/// Routes given only by `curl` calls whose headers carry placeholders (`-H "Authorization:
/// <token>"`, `-H "X-Tenant: {tenant}"`): each such header is a required header parameter of
/// the call's operation; a header with a literal value (`Content-Type: application/json`) is
/// not, nor is a header the call of another operation sends.
#[test]
fn a_placeholder_header_of_the_declaring_call_is_a_header_parameter() {
    let page = "# Boxes\n\n### Make a box\n\nCreates one.\n\n```bash\ncurl -X POST -H \"Content-Type: application/json\" http://localhost/boxes -d '{\"size\": 3}'\n```\n\n### Read a box\n\nReads one.\n\n```bash\ncurl -X GET -H \"Authorization: <token>\" -H \"X-Tenant: {tenant}\" http://localhost/boxes/<box_id>\n```\n\nResponse:\n\n```bash\nHTTP/1.1 200 OK\nContent-Type: application/json\n```\n";
    let out = read("boxes.md", page);
    assert_eq!(
        ops(&out),
        [
            ("POST /boxes".to_string(), vec![]),
            (
                "GET /boxes/{box_id}".to_string(),
                vec![
                    "box_id path true".to_string(),
                    "Authorization header true".to_string(),
                    "X-Tenant header true".to_string()
                ]
            ),
        ]
    );
}

/// A raw HTTP request in code (`POST /jobs/7/run HTTP/1.1`) under a label paragraph titling
/// sample requests (`**Sample Request**`, prose and other fences possibly between), in the
/// section of the one route of that method declared outside code: that route's sample,
/// whether it leaves the base path out or spreads a value over several segments.
#[test]
fn a_raw_request_under_a_sample_label_is_its_sections_route() {
    let page = "# Jobs\n\n## POST /api/jobs/{id}/run\n\nStarts a job.\n\n**Sample Request**\n\n```http\nPOST /jobs/7/run HTTP/1.1\n\n{\"now\": true}\n```\n\n## POST /api/log/{entry}\n\nLogs an entry.\n\n**Sample Requests**\n\nTwo entries a client might log:\n\n```http\nPOST /api/log/jobs/7/started HTTP/1.1\n```\n\n```http\nPOST /api/log/jobs/7/done HTTP/1.1\n```\n\n## GET /api/jobs/{id}\n\nReads a job.\n";
    let out = read("jobs.md", page);
    assert_eq!(
        ops(&out),
        [
            (
                "POST /api/jobs/{id}/run".to_string(),
                vec!["id path true".to_string()]
            ),
            (
                "POST /api/log/{entry}".to_string(),
                vec!["entry path true".to_string()]
            ),
            (
                "GET /api/jobs/{id}".to_string(),
                vec!["id path true".to_string()]
            ),
        ]
    );
}

/// Concrete calls under an `## Examples` heading that fill routes declared in another
/// section (`POST /api/custom-variable/<name>/value` twice under `## Commands`, with and
/// without a query string, then ``POST
/// `/api/custom-variable/cue/value` `` with a body): uses of the declared routes, no
/// operations of their own, whatever words fill the placeholders (here after a subsection
/// whose last item ends in a code block).
#[test]
fn example_calls_in_their_own_section_fill_declared_routes() {
    let page = "# HTTP Remote Control\n\n## Commands\n\n- Press the button\n  Method: POST  \n  Path: `/api/location/<page>/<row>/<column>/press`\n- Set a variable by URL\n  Method: POST  \n  Path: `/api/custom-variable/<name>/value?value=<value>`\n- Set a variable by body\n  Method: POST  \n  Path: `/api/custom-variable/<name>/value`\n\n### Connections\n\n- List all connections\n  Method: GET\n  Path: `/api/connections`\n  Response: JSON array of connection objects\n\n  ```json\n  []\n  ```\n\n## Examples\n\nPress page 1 row 0 column 2:\nPOST `/api/location/1/0/2/press`\n\nChange custom variable cue to Some text by body:  \nPOST `/api/custom-variable/cue/value`  \nBody: `Some text`\n";
    let out = read("http-remote-control.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /api/location/{page}/{row}/{column}/press",
            "POST /api/custom-variable/{name}/value",
            "GET /api/connections"
        ]
    );
}

/// `curl` calls with concrete paths under sections whose prose names the path template in
/// inline code, before or after the call (`The URLs are `/api/projects` and
/// `/api/projects/<identifier>`.`, `Delete a member with a `DELETE` request on
/// `/api/projects/<id>/members/<member-id>`:`): each call takes the template its path
/// fills, so that the calls on one template are one route; a call whose path fills no
/// template keeps its own.
#[test]
fn curl_calls_take_the_templates_their_sections_name() {
    let page = "# The REST API\n\n## Projects\n\nThe URLs are `/api/projects` and `/api/projects/<identifier>`.\n\n### Getting a project\n\n    $ curl --basic -u demo:demo https://ihatemoney.org/api/projects/demo\n\n### Deleting a project\n\n    $ curl --basic -u demo:demo -X DELETE https://ihatemoney.org/api/projects/demo\n\n## Members\n\nYou can also `PUT` a new version of a member:\n\n    $ curl --basic -u demo:demo -X PUT https://ihatemoney.org/api/projects/demo/members/36 -d 'name=x'\n\nDelete a member with a `DELETE` request on `/api/projects/<id>/members/<member-id>`:\n\n    $ curl --basic -u demo:demo -X DELETE https://ihatemoney.org/api/projects/demo/members/35\n\n## Currencies\n\nYou can get a list of supported currencies with a `GET` on `/api/currencies`:\n\n    $ curl --basic https://ihatemoney.org/api/currencies\n";
    let out = read("api.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /api/projects/{identifier}",
            "DELETE /api/projects/{identifier}",
            "PUT /api/projects/{id}/members/{member_id}",
            "DELETE /api/projects/{id}/members/{member_id}",
            "GET /api/currencies"
        ]
    );
}

/// Headings naming methods in snake case (`### get_asset_info`), three at one level, each
/// over a call signature in bold and a `**Parameters:**` label line (not a sub-heading) over
/// its list: RPC methods, their parameters read from the list. A snake-case heading whose
/// section lists nothing (`### Transaction Encodings`) is no method.
#[test]
fn snake_case_method_headings_over_a_parameters_label_line() {
    let page = "## Read API Function Reference\n\n### get_asset_info\n\n**get_asset_info(asset, assets)**\n\nGets information on an issued asset.\n\n**Parameters:**\n\n  * **asset** (*string*): The name of the asset.\n  * **assets** (*array*): Names of assets.\n\n**Return:**\n\n  A list of objects.\n\n### get_supply\n\n**get_supply(asset)**\n\n**Parameters:**\n\n  * **asset** (*string*): The asset.\n\n### create_send\n\n**create_send(source, destination)**\n\n**Parameters:**\n\n  * **source** (*string*): The source address.\n  * **destination** (*string*): The destination address.\n\n### encodings\n\nHow transactions are encoded.\n";
    let out = read("api-v1-spec.md", page);
    assert_eq!(
        rpc_names(&out),
        ["get_asset_info", "get_supply", "create_send"]
    );
    assert_eq!(
        out.spec.operations[2]
            .params
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>(),
        ["source", "destination"]
    );
}

/// A page whose every call goes to one endpoint, the method named in the body
/// (`curl --json '{"op":"login", …}' http://example.com/tt-rss/api/` in its introduction),
/// then `## Methods` over a heading per method: every heading there names a method, with a
/// parameter list or not, a note in parentheses after the name left out; the endpoint is
/// no operation of its own.
#[test]
fn methods_named_in_the_body_of_calls_to_one_endpoint() {
    let page = "## Testing API calls\n\n```bash\ncurl --json '{\"op\":\"login\",\"user\":\"you\",\"password\":\"xxx\"}' http://example.com/tt-rss/api/\n```\n\n```bash\ncurl --json '{\"sid\":\"...\",\"op\":\"getHeadlines\",\"feed_id\":\"0\"}' http://example.com/tt-rss/api/\n```\n\n## Methods\n\n### getVersion\n\nReturns tt-rss version.\n\n```json\n{\"version\":\"1.4.0\"}\n```\n\n### login\n\nParameters:\n\n- ``user`` (string)\n- ``password`` (string)\n\n### getHeadlines\n\nParameters:\n\n- ``feed_id`` (integer|string) - only output articles for this feed\n- ``limit`` (integer) - limits the amount of returned articles\n\n### getLabels (since API level 1)\n\nReturns list of configured labels.\n\nParameters:\n\n- ``article_id`` (int) - set checked attributes for this article\n\n### getArticle\n\nParameters:\n\n- ``article_id`` (integer) - article ID to return\n\n### logout\n\nCloses your login session.\n";
    let out = read("API-Reference.md", page);
    assert_eq!(
        rpc_names(&out),
        [
            "getVersion",
            "login",
            "getHeadlines",
            "getLabels",
            "getArticle",
            "logout"
        ]
    );
}

/// Methods named as a class's methods, PHP's way (`config::byKey`), under setext headings,
/// three or more over a label and typed items (`Paramètres Json :` over `- string key : clef
/// …`): RPC methods; at their level, a qualified name whose section lists nothing
/// (`jeedom::reboot`) is a method taking no parameter. The items name the type first.
#[test]
fn qualified_method_names_over_type_first_items() {
    let page = "API config\n==========\n\nconfig::byKey\n-------------\n\nRetourne une valeur de configuration.\n\nParamètres Json :\n\n-   string key : clef de la valeur\n\n-   string plugin : (optionnel), plugin de la valeur\n\nconfig::save\n------------\n\nParamètres Json :\n\n-   string value : valeur à enregistrer\n\n-   string key : clef de la valeur\n\nevent::changes\n--------------\n\nParamètres Json :\n\n-   int datetime\n\njeedom::reboot\n--------------\n\nPermet de redémarrer Jeedom\n";
    let out = read("jsonrpc_api.md", page);
    assert_eq!(
        rpc_names(&out),
        [
            "config::byKey",
            "config::save",
            "event::changes",
            "jeedom::reboot"
        ]
    );
    let names = |i: usize| -> Vec<&str> {
        out.spec.operations[i]
            .params
            .iter()
            .map(|p| p.name.as_str())
            .collect()
    };
    assert_eq!(names(0), ["key", "plugin"]);
    assert_eq!(names(2), ["datetime"]);
    assert!(names(3).is_empty());
}

/// A table of request types whose column is headed by the URL parameter that selects one
/// (`req=`), under two header rows (`<th colspan='2'>url parameters</th>` over `req=` and
/// `name=`), its rows grouped by caption rows, when the page calls one of them by it
/// (`?op=LIST_ITEMS`): a method per name (a name listed twice is one), the other `x=`
/// columns its query parameters (`-` none, `[…]` optional). Without such a call the column
/// is only a table of values.
#[test]
fn request_types_in_a_column_headed_by_their_url_parameter() {
    let table = "### Request types\n\n<table class=\"table\">\n<tr><th colspan='2'>url parameters</th><th rowspan='2'>since</th><th colspan='2'>json</th></tr>\n<tr><th>op=</th><th>id=</th><th>post body</th><th>response body</th></tr>\n<tr><td colspan='5'><em>read</em></td></tr>\n<tr><td>LIST_ITEMS</td><td>-</td><td>1</td><td>-</td><td>List&lt;Item&gt;</td></tr>\n<tr><td>GET_ITEM</td><td>[item id]</td><td>2</td><td>-</td><td>Item</td></tr>\n<tr><td colspan='5'><em>write</em></td></tr>\n<tr><td><s>SET_ITEM</s></td><td><s>item id</s></td><td>1</td><td>Item</td><td>-</td></tr>\n<tr><td>LIST_ITEMS</td><td>-</td><td>3</td><td>-</td><td>List&lt;Item&gt;</td></tr>\n</table>\n";
    let called = format!("{table}\n### Example\n\n**url**: https://localhost/api/?op=LIST_ITEMS\n");
    let out = read("api.md", &called);
    assert_eq!(rpc_names(&out), ["LIST_ITEMS", "GET_ITEM", "SET_ITEM"]);
    let params = |i: usize| -> Vec<(String, Location)> {
        out.spec.operations[i]
            .params
            .iter()
            .map(|p| (p.name.clone(), p.location))
            .collect()
    };
    assert!(params(0).is_empty());
    assert_eq!(params(1), [("id".to_string(), Location::Query)]);
    assert_eq!(params(2), [("id".to_string(), Location::Query)]);
    assert!(read("api.md", table).spec.operations.is_empty());
}

/// Method headings carrying a heading id (`## admin_addPeer {#admin-addpeer}`), each over a
/// table of the ways clients invoke it whose RPC row writes the call
/// (`` `{"method": "admin_addPeer", "params": [url]}` ``): a method per heading, the id no
/// part of its name; its positional parameters its body fields, named by the RPC row or,
/// where that row gives types (`[string, uint64]`), by the row of another client that names
/// the position (`admin.exportChain(file, first)`, Go's `SetGasPrice(gasPrice hexutil.Big)`).
#[test]
fn method_headings_over_a_table_of_invocations() {
    let page = "# admin Namespace\n\n## admin_addPeer {#admin-addpeer}\n\nAdds a peer.\n\n| Client | Method invocation |\n| :-- | --- |\n| Console | `admin.addPeer(url)` |\n| RPC | `{\"method\": \"admin_addPeer\", \"params\": [enode]}` |\n\n## admin_exportChain {#admin-exportchain}\n\nExports the chain.\n\n| Client | Method invocation |\n| :-- | --- |\n| Console | `admin.exportChain(file, first)` |\n| RPC | `{\"method\": \"admin_exportChain\", \"params\": [string, uint64]}` |\n\n## miner_setGasPrice {#miner-setgasprice}\n\n| Client | Method invocation |\n| :-- | --- |\n| Go | `miner.SetGasPrice(gasPrice hexutil.Big) bool` |\n| Console | `miner.setGasPrice(number)` |\n| RPC | `{\"method\": \"miner_setGasPrice\", \"params\": [number]}` |\n\n## admin_datadir {#admin-datadir}\n\n| Client | Method invocation |\n| :-- | --- |\n| RPC | `{\"method\": \"admin_datadir\"}` |\n";
    let out = read("ns-admin.md", page);
    assert_eq!(
        rpc_names(&out),
        [
            "admin_addPeer",
            "admin_exportChain",
            "miner_setGasPrice",
            "admin_datadir"
        ]
    );
    let body = |i: usize| -> Vec<&str> {
        out.spec.operations[i]
            .params
            .iter()
            .filter(|p| p.location == Location::Body)
            .map(|p| p.name.as_str())
            .collect()
    };
    assert_eq!(body(0), ["enode"]);
    assert_eq!(body(1), ["file", "first"]);
    assert_eq!(body(2), ["gasPrice"]);
    assert!(out.spec.operations[3].params.is_empty());
}

/// A page titled by the method its JSON-RPC call sends (`title: CreateTransaction` over
/// `curl -d '{"jsonrpc": "2.0", "method": "CreateTransaction", …}'`), whatever the name's
/// case: the page documents that method. Its argument table lists the request's envelope
/// (`id`, `jsonrpc`, `method`, `params`): no parameters of the method; the table of the
/// `params` object's members gives them.
#[test]
fn page_titled_by_its_json_rpc_method() {
    let page = "---\nid: api-create-tx\ntitle: CreateTransaction\n---\n\nCreates a transaction.\n\n```shell\ncurl -d '{\n    \"id\": \"1\",\n    \"jsonrpc\": \"2.0\",\n    \"method\": \"CreateTransaction\",\n    \"params\": [{\"nonce\": 1}]\n}' -H \"Content-Type: application/json\" -X POST \"https://api.example.com/\"\n```\n\n### Arguments\n\n| Parameter | Type | Required | Description |\n| --- | --- | --- | --- |\n| `id` | string | Required | `\"1\"` |\n| `jsonrpc` | string | Required | `\"2.0\"` |\n| `method` | string | Required | `\"CreateTransaction\"` |\n| `params` | N/A | Required | See the table below |\n\n### Transaction Parameters\n\n| Parameter | Type | Required | Description |\n| --- | --- | --- | --- |\n| `nonce` | number | Required | A counter. |\n| `code` | string | Optional | The contract's code. |\n";
    let out = read("api-create-tx.mdx", page);
    assert_eq!(rpc_names(&out), ["CreateTransaction"]);
    let params: Vec<(&str, bool)> = out.spec.operations[0]
        .params
        .iter()
        .map(|p| (p.name.as_str(), p.required))
        .collect();
    assert_eq!(params, [("nonce", true), ("code", false)]);
    // (A title no call names is no method.)
    let other = page.replace("title: CreateTransaction", "title: Transactions");
    assert!(read("api-create-tx.mdx", &other).spec.operations.is_empty());
}

/// Method headings in snake case, each right over a table of its inputs with no label
/// between (`### album_songs` over `| Input | Type | Description | Optional |`), three or
/// more at a level: methods, and so is a lone word beside them (`### ping`); a name in
/// single quotes (`'filter'`, as PHP writes a key) is the name without them.
#[test]
fn snake_case_headings_right_over_input_tables() {
    let table = |rows: &str| {
        format!("| Input | Type | Description | Optional |\n|---|---|---|---:|\n{rows}\n")
    };
    let page = format!(
        "## Methods\n\n### ping\n\nChecks the server.\n\n{}\n### album_songs\n\nSongs of an album.\n\n{}\n### artist_albums\n\n{}\n### playlist_create\n\n{}",
        table("| 'auth' | string | Session | YES |"),
        table("| 'filter' | string | UID of Album | NO |\n| 'offset' | integer | | YES |"),
        table("| 'filter' | string | UID of Artist | NO |"),
        table("| 'name' | string | Playlist name | NO |"),
    );
    let out = read("api-xml-methods.md", &page);
    assert_eq!(
        rpc_names(&out),
        ["ping", "album_songs", "artist_albums", "playlist_create"]
    );
    let params: Vec<(&str, bool)> = out.spec.operations[1]
        .params
        .iter()
        .map(|p| (p.name.as_str(), p.required))
        .collect();
    assert_eq!(params, [("filter", true), ("offset", false)]);
}

/// Commands sent to one endpoint, each headed by a sentence setting its name in code (`The
/// ``config-get`` Command`) over an example whose discriminator names it (`{"command":
/// "config-get"}`): a method per heading, not the endpoint the introduction posts a
/// placeholder command to; a heading of the same frame whose section shows no call (`The
/// ``interface-list`` Command`) names one too. A plain word a heading shares with a
/// discriminator (`Found for a file` over `"type": "file"`) names none.
#[test]
fn commands_headed_in_a_frame_over_their_discriminator() {
    let section = |name: &str, call: bool| {
        let line = "-".repeat(name.len() + 16);
        let example = if call {
            format!("An example:\n\n::\n\n   {{\n       \"command\": \"{name}\"\n   }}\n\n")
        } else {
            String::new()
        };
        format!(
            "The ``{name}`` Command\n{line}\n\nThe :isccmd:`{name}` command does things.\n\n{example}"
        )
    };
    let page = format!(
        "Management API\n==============\n\nSent over HTTP:\n\n::\n\n   POST / HTTP/1.1\\r\\n\n   {{\n       \"command\": \"foo\",\n       \"arguments\": {{ }}\n   }}\n\nCommands\n========\n\n{}{}{}{}",
        section("config-get", true),
        section("config-set", true),
        section("interface-list", false),
        section("version-get", true),
    );
    let out = read("ctrl-channel.rst", &page);
    assert_eq!(
        rpc_names(&out),
        ["config-get", "config-set", "interface-list", "version-get"]
    );
    let plain = "# Files\n\n## Find\n\n```\nGET /files/{id}\n```\n\n### Found for a file\n\n```json\n{\"type\": \"file\"}\n```\n";
    assert_eq!(routes(&read("files.md", plain)), ["GET /files/{id}"]);
}

/// A page per call whose example, under a label heading of its own (`# Example` over `##
/// Request`), calls a literal path (``GET `/deployments/someDeploymentId` ``, its literal
/// segment misspelt) where `# Method` declares ``GET `/deployment/{id}` ``: a call of the
/// route, not a route of its own.
#[test]
fn literal_call_under_the_page_example_label() {
    let page = "Retrieves a single deployment by id.\n\n# Method\n\nGET `/deployment/{id}`\n\n# Parameters\n\n## Path Parameters\n\n| Name | Description |\n|---|---|\n| id | The id of the deployment. |\n\n# Example\n\n## Request\n\nGET `/deployments/someDeploymentId`\n\n## Response\n\nStatus 200.\n\n```json\n{\"id\": \"someDeploymentId\"}\n```\n";
    let out = read("get.md", page);
    assert_eq!(routes(&out), ["GET /deployment/{id}"]);
    // (A route of another method there is no call of the declared one.)
    let other = page.replace(
        "GET `/deployments/someDeploymentId`",
        "DELETE `/deployments/all`",
    );
    assert_eq!(routes(&read("get.md", &other)).len(), 2);
}

/// Commands of one entry point that a URL parameter selects, the page writing that entry
/// point with a placeholder for it (`/api?apikey=$apikey&cmd=$command`), each headed by its
/// name and the rest of its query (`### findArtist&name=$artistname[&limit=$limit]`,
/// `### getIndex`): a method per heading, its pairs query parameters, optional in brackets
/// (the others then required, as a list marking what is optional reads). Without the entry
/// point, such headings are titles.
#[test]
fn commands_selected_by_a_url_parameter_headed_with_their_query() {
    let body = "## API methods\n\n### getIndex\nFetch data from index page.\n\n### getArtist&id=$artistid\nFetch artist data.\n\n### findArtist&name=$artistname[&limit=$limit]\nSearch for artists.\n\n### shutdown\nShut down.\n";
    let page = format!(
        "# API Reference\n\n## General structure\nThe API endpoint is `http://ip:port + HTTP_ROOT + /api?apikey=$apikey&cmd=$command`\n\n{body}"
    );
    let out = read("API.md", &page);
    assert_eq!(
        rpc_names(&out),
        ["getIndex", "getArtist", "findArtist", "shutdown"]
    );
    let params: Vec<(&str, Location, bool)> = out.spec.operations[2]
        .params
        .iter()
        .map(|p| (p.name.as_str(), p.location, p.required))
        .collect();
    assert_eq!(
        params,
        [
            ("name", Location::Query, true),
            ("limit", Location::Query, false)
        ]
    );
    assert!(
        read("API.md", &format!("# API Reference\n\n{body}"))
            .spec
            .operations
            .is_empty()
    );
}

/// Tables of one method's facts, each naming it in a `Method` row (`|Method|addnode|` over
/// `|Parameters|1. peer (string, required) - …<br />2. command (string, optional) - …|`):
/// a method per table, the numbered items of its parameters row its parameters (a name of
/// words joined by `_`); `None` gives none. Under a part of the page given to a websocket's
/// own methods (`### 7. Websocket Extension Methods (Websocket-specific)`), no method.
#[test]
fn method_fact_tables_named_by_a_method_row() {
    let table = |name: &str, params: &str| {
        format!(
            "|   |   |\n|---|---|\n|Method|{name}|\n|Parameters|{params}|\n|Description|Does {name}.|\n|Returns|Nothing|\n\n"
        )
    };
    let page = format!(
        "# JSON RPC API\n\n### 5. Standard Methods\n\n{}{}### 7. Websocket Extension Methods (Websocket-specific)\n\n{}",
        table(
            "addnode",
            "1. peer (string, required) - address of the peer<br />2. command (string, optional) - `add` or `remove`"
        ),
        table(
            "getblock",
            "1. block hash (string, required) - the hash<br />2. verbosity (int, optional, default=1) - how much"
        ),
        table("notifyblocks", "None"),
    );
    let out = read("json_rpc_api.md", &page);
    assert_eq!(rpc_names(&out), ["addnode", "getblock"]);
    let params = |i: usize| -> Vec<(&str, bool)> {
        out.spec.operations[i]
            .params
            .iter()
            .map(|p| (p.name.as_str(), p.required))
            .collect()
    };
    assert_eq!(params(0), [("peer", true), ("command", false)]);
    assert_eq!(params(1), [("block_hash", true), ("verbosity", false)]);
}

/// Items of a list each naming a method alone (`* **deckNames**`), over a sample request
/// whose `action` member names that very method: a method per item, the members of the
/// sample's `params` object its body fields (whether each is required left unknown). An
/// item over an event's sample naming it by `type` is no method; nor is an item whose
/// sample names another call.
#[test]
fn list_items_named_by_their_sample_requests_action() {
    let page = "# Deck Actions\n\n*   **deckNames**\n\n    Gets the deck names.\n\n    *Sample request*:\n    ```json\n    {\n        \"action\": \"deckNames\",\n        \"version\": 6\n    }\n    ```\n\n*   **changeDeck**\n\n    Moves cards.\n\n    *Sample request*:\n    ```json\n    {\n        \"action\": \"changeDeck\",\n        \"version\": 6,\n        \"params\": {\n            \"cards\": [1502098034045],\n            \"deck\": \"Japanese::JLPT N3\"\n        }\n    }\n    ```\n\n    *Sample result*:\n    ```json\n    {\n        \"result\": null,\n        \"error\": null\n    }\n    ```\n\n*   **cardsMoved**\n\n    ```json\n    {\"type\": \"cardsMoved\", \"cards\": [1]}\n    ```\n\n*   **renameDeck**\n\n    ```json\n    {\"action\": \"deckNames\"}\n    ```\n";
    let out = read("decks.md", page);
    assert_eq!(rpc_names(&out), ["deckNames", "changeDeck"]);
    let fields: Vec<(&str, bool)> = out.spec.operations[1]
        .params
        .iter()
        .map(|p| (p.name.as_str(), p.required))
        .collect();
    assert_eq!(fields, [("cards", false), ("deck", false)]);
    assert_eq!(out.spec.operations[1].params[0].location, Location::Body);
}

/// A page of one JSON-RPC method titled in words (`# Build Transaction`), labelling its
/// request, over the call it shows (`{"method": "build_transaction", "params": {…},
/// "jsonrpc": "2.0"}`) and an answer echoing another name: the method the first call names.
/// A page whose title shares no word with the call (an introduction's example) has none.
#[test]
fn page_of_one_json_rpc_method_titled_in_words() {
    let page = "---\ndescription: Build a transaction.\n---\n\n# Build Transaction\n\n## Request\n\n| Required Param | Purpose |\n| :--- | :--- |\n| `account_id` | The account |\n\n## Example\n\n```\n{\n  \"method\": \"build_transaction\",\n  \"params\": {\n    \"account_id\": \"a8c9\"\n  },\n  \"jsonrpc\": \"2.0\",\n  \"id\": 1\n}\n```\n\n```\n{\n  \"method\": \"build_tx\",\n  \"result\": {},\n  \"jsonrpc\": \"2.0\",\n  \"id\": 1\n}\n```\n";
    let out = read("build_transaction.md", page);
    assert_eq!(rpc_names(&out), ["build_transaction"]);
    let other = page.replace("# Build Transaction", "# Getting started");
    assert!(read("intro.md", &other).spec.operations.is_empty());
}

/// Sections of one URL, each headed by the value of the form field that picks the call
/// (`### create` over `curl …/collections --data-urlencode 'op=create'`, `### remove` over
/// the same URL with `op=remove`): an operation per section, not the first documented
/// again; a call under a sub-heading (`##### Method 1`) with its options given as a choice
/// (`[-F,--data-urlencode] 'op=write'`) belongs to the heading it names; a shell comment
/// with a quote in it (`\ # before stat'ing it`) does not swallow the `-G` after it.
#[test]
fn sections_of_one_url_picked_by_a_form_field() {
    let call = |op: &str, more: &str| {
        format!(
            "```bash\ncurl http://localhost:<port>/api/<version>/objects \\\n    -H 'Authorization: Bearer <token>' \\\n    --data-urlencode 'op={op}' \\\n    --data-urlencode 'lpath=<string>' \\ # The path, before stat'ing it.\n{more}```\n"
        )
    };
    let page = format!(
        "# API\n\n## Object Operations\n\n### create\n\nCreates one.\n\n#### Request\n\nHTTP Method: POST\n\n{}\n### stat\n\nDescribes one.\n\n#### Request\n\nHTTP Method: GET\n\n{}\n### write\n\nWrites bytes.\n\n#### Request\n\n##### Method 1\n\n```bash\ncurl http://localhost:<port>/api/<version>/objects \\\n    [-F,--data-urlencode] 'op=write' \\\n    [-F,--data-urlencode] 'bytes=<binary_data>'\n```\n",
        call("create", ""),
        call("stat", "    -G\n"),
    );
    let out = read("API.md", &page);
    assert_eq!(
        ops(&out).into_iter().map(|(r, _)| r).collect::<Vec<_>>(),
        [
            "POST /api/{version}/objects",
            "GET /api/{version}/objects",
            "POST /api/{version}/objects"
        ]
    );
    let names: Vec<&str> = out
        .spec
        .operations
        .iter()
        .map(|o| o.name.as_str())
        .collect();
    assert_eq!(names, ["create", "stat", "write"]);
}

/// Calls to one URL headed by their names (`## GetBalance`), whose discriminator (`"command":
/// "GetBalance"`) is in a call under a sub-heading of the section (`### cURL`, after `###
/// Parameters`): an RPC operation per heading, its table its parameters.
#[test]
fn discriminated_calls_under_their_sections_sub_headings() {
    let section = |name: &str, field: &str| {
        format!(
            "## {name}\n\nDoes {name}.\n\n### Parameters\n\n|**Parameters** |**Required or Optional** |**Description** |**Type**\n|--|--|--|--|\n| `{field}` |Required| The field | string\n\n### cURL\n```bash\ncurl http://localhost:50051 \\\n-X POST \\\n-H 'Content-Type: application/json' \\\n-d '{{\n  \"command\": \"{name}\",\n  \"{field}\": \"x\"\n  }}'\n```\n\n### Response examples\n\n### 200\n```json\n{{\"duration\": 1}}\n```\n\n"
        )
    };
    let page = format!(
        "# RESTful API reference\n\n{}{}",
        section("GetBalance", "userId"),
        section("CreateUser", "userId")
    );
    let out = read("api.md", &page);
    assert_eq!(rpc_names(&out), ["GetBalance", "CreateUser"]);
    assert_eq!(statuses(&out), [vec![200], vec![200]]);
}

/// A list of methods, each an item `` `name`: `` over items labelled `params:` and
/// `result:` (a JSON-RPC-like protocol's methods): a method per item; an item over a
/// `params:` item alone, or a name without the colon, is none.
#[test]
fn items_naming_methods_over_params_and_result_items() {
    let page = "Relay Management API\n--------------------\n\nThis is the list of **methods** that may be supported:\n\n* `supportedmethods`:\n  - params: `[]`\n  - result: `[\"<method-name>\", ...]`\n* `banpubkey`:\n  - params: `[\"<32-byte-hex-public-key>\", \"<optional-reason>\"]`\n  - result: `true` (a boolean always set to `true`)\n* `halfdone`:\n  - params: `[]`\n* `nocolon`\n  - params: `[]`\n  - result: `true`\n";
    let out = read("86.md", page);
    assert_eq!(rpc_names(&out), ["supportedmethods", "banpubkey"]);
}

/// A table of calls (`Command | Parameters | Description`) whose name cells may end in a
/// line break (`z_getbalance<br>`) and whose parameters are the call's arguments by
/// position (`address [minconf=1]`): a method per row, its arguments its parameters,
/// optional in brackets with the default after `=`.
#[test]
fn table_of_commands_with_their_arguments_by_position() {
    let page = "# Payment API\n\n### Balances\n\nCommand | Parameters | Description\n--- | --- | ---\nz_getbalance<br>| address [minconf=1] | Returns the balance.\nz_listaddresses | | Lists the addresses.\n";
    let out = read("payment-api.md", page);
    assert_eq!(rpc_names(&out), ["z_getbalance", "z_listaddresses"]);
    let args: Vec<(&str, bool)> = out.spec.operations[0]
        .params
        .iter()
        .map(|p| (p.name.as_str(), p.required))
        .collect();
    assert_eq!(args, [("address", true), ("minconf", false)]);
    assert!(out.spec.operations[1].params.is_empty());
}

/// A page of one operation declaring its template under `Syntax` (`DELETE
/// /groups/<id>/<name> HTTP/1.1`), its `Examples` giving sample request lines with literal
/// ids (`DELETE /groups/36ae688a-…/attributes/attr1 HTTP/1.1`, a segment more than the
/// template; `PUT /groups/36ae…/links/g3`): calls of the template, not operations.
#[test]
fn sample_request_lines_under_examples_are_calls_of_the_syntax() {
    let page = "**********************************************\nDELETE Attribute\n**********************************************\n\nDescription\n===========\nDeletes the attribute named in the URI.\n\nRequests\n========\n\nSyntax\n------\n.. code-block:: http\n\n    DELETE /groups/<id>/<name> HTTP/1.1\n    Host: DOMAIN\n\nExamples\n========\n\nSample Request\n--------------\n\n.. code-block:: http\n\n    DELETE /groups/36ae688a-ac0e-11e4-a44b-3c15c2da029e/attributes/attr1 HTTP/1.1\n    Content-Length: 0\n\nSample Response\n---------------\n\n.. code-block:: http\n\n    HTTP/1.1 200 OK\n";
    let out = read("DELETE_Attribute.rst", page);
    assert_eq!(routes(&out), ["DELETE /groups/{id}/{name}"]);
}

/// Methods named by PascalCase headings, each over a query string that calls it by an
/// `action` member (`?action=AssociateAlert&name=…`, also opening a line, `action=X&…`, or
/// with a stray `?` after it): each heading is a method, its arguments travel in the query
/// string; an unlabelled list whose names the call mostly shows (`tags` as `tags.1`) is
/// its arguments (required beside the one said optional, as ever), and a list under `The following errors may be raised:` is none.
#[test]
fn methods_called_by_a_query_string_naming_them() {
    let page = "# Alerts\n\n## AssociateAlert\n\nAssociate an alert.\n\n- `name`: Name of alert type.\n- `tags`: List of tag names.\n- `all_computers`: This parameter is optional.\n\nExample of a valid request:\n\n```text\n?action=AssociateAlert&name=ComputerOfflineAlert\n    &tags.1=desktop\n```\n\nThe following errors may be raised:\n\n- `UnknownAlertTypeError`: No alert with the specified name exists.\n\n## ChangeGroup\n\nRequired arguments:\n\n- `query`: A query string.\n\n```text\naction=ChangeGroup&query=tag:new\n```\n\n## CreateOtps\n\n```text\n?action=CreateOtps?count=3\n```\n\n## Overview\n\nSee `?action=Overview` for nothing.\n";
    let out = read("alerts.md", page);
    assert_eq!(
        rpc_names(&out),
        ["AssociateAlert", "ChangeGroup", "CreateOtps"]
    );
    assert_eq!(
        ops(&out)[0].1,
        [
            "name query true",
            "tags query true",
            "all_computers query false"
        ]
    );
    assert_eq!(ops(&out)[1].1, ["query query true"]);
}

/// A page's introduction showing the call of every method as a template whose last segment
/// is a placeholder for the method (`curl -XPOST http://host/api/{METHOD} -d …`), then a
/// heading per method over its own call (`## AddNewAddress` over `curl -XPOST
/// …/api/AddNewAddress`): the calls are the methods' operations, the template none.
#[test]
fn a_method_slot_template_over_calls_under_their_headings() {
    let page = "# Wallet\n\n```bash\ncurl -XPOST http://127.0.0.1:5359/api/{METHOD} -d '{\"a\":\"b\"}'\n```\n\n## AddNewAddress\nAdds new address.\n\n**Request**\n```\ncurl -XPOST http://127.0.0.1:5359/api/AddNewAddress\n```\n\n| **Parameter** | **Type** | **Description** |\n| --- | --- | --- |\n| height | UInt64 | Height |\n\n## RemoveAddress\nRemoves.\n\n```\ncurl -XPOST http://127.0.0.1:5359/api/RemoveAddress -d '{\"address\": \"Q01\"}'\n```\n\n## ListAddresses\nLists.\n\n```\ncurl -XGET http://127.0.0.1:5359/api/ListAddresses\n```\n";
    let out = read("wallet.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /api/AddNewAddress",
            "POST /api/RemoveAddress",
            "GET /api/ListAddresses"
        ]
    );
}

/// A reference of request messages (Avatica's JSON reference): a heading per message type
/// (`### CatalogsRequest`) over a sample whose `request` member names the call
/// (`{"request": "getCatalogs", …}`), three or more: each is a method by that wire name,
/// the sample's other members its body (read leniently: `"statementHandle":
/// StatementHandle`). An index of the types above them (`### Requests` over `### Responses`
/// over lists of links) is no operation.
#[test]
fn message_types_named_by_their_samples_request_member() {
    let page = "# JSON Reference\n\n## Index\n\n### Requests\n<ul>\n  <li><a href=\"#a\">A</a></li>\n</ul>\n\n### Responses\n<ul>\n  <li><a href=\"#b\">B</a></li>\n</ul>\n\n## Requests\n\n### CatalogsRequest\n\nFetches catalogs.\n\n```json\n{\n  \"request\": \"getCatalogs\",\n  \"connectionId\": \"000\"\n}\n```\n\n### ExecuteRequest\n\nExecutes.\n\n```json\n{\n  \"request\": \"execute\",\n  \"statementHandle\": StatementHandle,\n  \"maxRowCount\": 100\n}\n```\n\n### CommitRequest\n\nCommits.\n\n```json\n{\n  \"request\": \"commit\",\n  \"connectionId\": \"000\"\n}\n```\n\n## Responses\n\n### CommitResponse\n\n```json\n{\n  \"response\": \"commit\"\n}\n```\n";
    let out = read("json_reference.md", page);
    assert_eq!(rpc_names(&out), ["getCatalogs", "execute", "commit"]);
    assert_eq!(
        ops(&out)[1].1,
        ["statementHandle body false", "maxRowCount body false"]
    );
}

/// JSON-RPC methods headed by their names (`## chain_get_block`), each over a sub-heading
/// naming its result (`### `chain_get_block_result``) with a table of its own: the result
/// heading is part of its method, not another method; the method's table rows, names that
/// link to their types (`[block_identifier](types_chain.md#blockidentifier)`), are its
/// fields by the link's text.
#[test]
fn result_headings_under_their_method() {
    let page = "# Informational JSON-RPC Methods\n\n## chain_get_block\n\nThis method returns a Block.\n\n|Parameter|Type|Description|\n|---------|----|-----------|\n|[block_identifier](types_chain.md#blockidentifier)|Object|The Block hash or height.|\n\n```json\n{\"id\": 1, \"jsonrpc\": \"2.0\", \"method\": \"chain_get_block\", \"params\": [{\"Hash\": \"13c2\"}]}\n```\n\n### `chain_get_block_result`\n\n|Parameter|Type|Description|\n|---------|----|-----------|\n|api_version|String|The RPC API version.|\n|[block](types_chain.md#jsonblock)|Object|The Block, if found.|\n\n## info_get_peers\n\nThis method returns a list of peers.\n\n```json\n{\"id\": 1, \"jsonrpc\": \"2.0\", \"method\": \"info_get_peers\", \"params\": []}\n```\n\n### `info_get_peers_result`\n\n|Parameter|Type|Description|\n|---------|----|-----------|\n|api_version|String|The RPC API version.|\n|peers|Array|The peers.|\n\n## info_get_status\n\n|Parameter|Type|Description|\n|---------|----|-----------|\n|verbose|Boolean|More detail.|\n\n### info_get_status_result\n\n|Parameter|Type|Description|\n|---------|----|-----------|\n|uptime|String|The uptime.|\n";
    let out = read("json-rpc-informational.md", page);
    assert_eq!(
        rpc_names(&out),
        ["chain_get_block", "info_get_peers", "info_get_status"]
    );
    assert_eq!(ops(&out)[0].1, ["block_identifier body false"]);
    assert_eq!(ops(&out)[2].1, ["verbose body false"]);
}

/// Operations titled in words (`## Get Job`), each naming its wire name only in a bullet
/// (`` - `operation` _(required)_ - must always be `get_job` ``) and in its JSON sample
/// under `### Body` (`{"operation": "get_job", "id": "…"}`), two on the page: each a method
/// by that name, its unlabelled bullets (the sample's members) its body fields, not the
/// member naming the call; `### Body` itself is no method.
#[test]
fn methods_named_by_an_operation_member() {
    let page = "---\ntitle: Jobs\n---\n\n# Jobs\n\n## Get Job\n\nReturns job status for the specified job ID.\n\n- `operation` _(required)_ - must always be `get_job`\n- `id` _(required)_ - the id of the job you wish to view\n\n### Body\n\n```json\n{\n\t\"operation\": \"get_job\",\n\t\"id\": \"4a982782-929a-4507-8794-26dae1132def\"\n}\n```\n\n### Response: 200\n\n```json\n[{\"id\": \"4a98\", \"status\": \"COMPLETE\"}]\n```\n\n---\n\n## Search Jobs By Start Date\n\nReturns the jobs executed within the specified time window.\n\n- `operation` _(required)_ - must always be `search_jobs_by_start_date`\n- `from_date` _(required)_ - the date you wish to start the search\n- `to_date` _(optional)_ - the date you wish to end the search\n\n### Body\n\n```json\n{\n\t\"operation\": \"search_jobs_by_start_date\",\n\t\"from_date\": \"2021-01-25T22:05:27.464+0000\",\n\t\"to_date\": \"2021-01-25T23:05:27.464+0000\"\n}\n```\n\n### Response: 200\n\n```json\n[]\n```\n";
    let out = read("jobs.md", page);
    assert_eq!(rpc_names(&out), ["get_job", "search_jobs_by_start_date"]);
    assert_eq!(ops(&out)[0].1, ["id body true"]);
    assert_eq!(
        ops(&out)[1].1,
        ["from_date body true", "to_date body false"]
    );
    assert_eq!(statuses(&out), [vec![200], vec![200]]);
}

/// A plain-text README rendered from DocBook: a table of contents whose entries are the
/// numbered method sections (`   12.1. tls.info` / `   12.2. tls.list` …, three or more in a
/// row, no blank line between) before the sections themselves (`12.1. tls.info` over its
/// text), and file names alone on a line in a how-to (`kamailio.cfg:`, a wrapped
/// `io1_cert.pem`): one method per section, none from the contents, none from a file name.
#[test]
fn contents_entries_and_file_names_are_no_methods() {
    let page = "   12. RPC Commands\n\n        12.1. tls.info\n        12.2. tls.list\n        12.3. tls.kill\n\n1. Quick Start\n\n   Add to your config:\n\n         kamailio.cfg:\n\n        openssl ca -in req.pem -out kamail\nio1_cert.pem\n\n   Parameters:\n     * none\n\n12. RPC Commands\n\n   12.1. tls.info\n   12.2. tls.list\n   12.3. tls.kill\n\n12.1.  tls.info\n\n   List internal information.\n\n   Parameters: none.\n\n12.2.  tls.list\n\n   List details about all active TLS connections.\n\n   Parameters: none.\n\n12.3.  tls.kill\n\n   Kill a TLS session by id.\n\n   Parameters:\n     * None.\n";
    let out = read("tls-README.txt", page);
    assert_eq!(rpc_names(&out), ["tls.info", "tls.list", "tls.kill"]);
}

/// Methods named `namespace/name` by headings (`### objects/query`) over a sentence whose
/// code writes out the call, wrapped over lines (`` `{"id": 123, "method": "objects/query",
/// "params": {"objects": `` / `{"toolhead": ["position"]}}}` ``): a method per heading, its
/// body the call's `params` members. A heading whose section writes out no call naming it
/// is none.
#[test]
fn slashed_methods_named_by_a_call_in_a_sentence() {
    let page = "# API server\n\n## Available \"endpoints\"\n\n### info\n\nThe \"info\" endpoint is used to obtain system information. For example:\n`{\"id\": 123, \"method\": \"info\", \"params\": { \"client_info\": { \"version\":\n\"v1\"}}}`\n\n### objects/query\n\nThis endpoint allows one to query printer objects.\nFor example:\n`{\"id\": 123, \"method\": \"objects/query\", \"params\": {\"objects\":\n{\"toolhead\": [\"position\"], \"webhooks\": null}}}`\nmight return:\n`{\"id\": 123, \"result\": {\"status\": {}}}`\n\n### Status fields\n\nSee the status reference.\n";
    let out = read("API_Server.md", page);
    assert_eq!(rpc_names(&out), ["info", "objects/query"]);
    assert_eq!(param_names(&out, 0), ["client_info"]);
    assert_eq!(param_names(&out, 1), ["objects"]);
}

/// Commands sent to one endpoint, told apart by a `cmd` member (`curl -X POST
/// 'http://localhost:8191/v1' --data-raw '{"cmd": "request.get", …}'`), each documented
/// under a heading naming it after a mark (`#### + `sessions.create``) over a parameter
/// table: the commands are the operations, not the one endpoint.
#[test]
fn commands_told_apart_by_a_cmd_member() {
    let page = "# Solver\n\n## Usage\n\n```bash\ncurl -L -X POST 'http://localhost:8191/v1' \\\n-H 'Content-Type: application/json' \\\n--data-raw '{\n  \"cmd\": \"request.get\",\n  \"url\": \"http://www.google.com/\"\n}'\n```\n\n### Commands\n\n#### + `sessions.create`\n\nLaunch a browser.\n\n| Parameter | Notes |\n| --------- | ----- |\n| session   | Optional. The session ID. |\n\n#### + `sessions.destroy`\n\n| Parameter | Notes |\n| --------- | ----- |\n| session   | The session ID. |\n\n#### + `request.get`\n\n| Parameter | Notes |\n| --------- | ----- |\n| url       | Mandatory |\n";
    let out = read("README.md", page);
    assert!(routes(&out).iter().all(|r| r.starts_with("? ")));
    assert_eq!(
        rpc_names(&out),
        ["sessions.create", "sessions.destroy", "request.get"]
    );
}

/// A page per function, titled by its PHP call signature (`<h1>client_add($session_id,
/// $reseller_id, $params);</h1>`) over "Input Variables:": one method, its arguments the
/// body. A page whose title is prose is none.
#[test]
fn a_page_per_function_titled_by_its_php_signature() {
    let page = "<html><body><h1>client_add(<span class=\"var\">$session_id</span>, <span class=\"var\">$reseller_id</span>, <span class=\"var\">$params</span>);</h1>\n<p class=\"headgrp\">Description: </p>\n<p class=\"margin\"> Adds a new client.</p>\n<p class=\"headgrp\">Input Variables: </p>\n<p class=\"margin\"> $session_id, $reseller_id, $params</p>\n</body></html>\n";
    let out = read("client_add.html", page);
    assert_eq!(rpc_names(&out), ["client_add"]);
    assert_eq!(
        param_names(&out, 0),
        ["session_id", "reseller_id", "params"]
    );
    let prose = "<html><body><h1>Adding a client (the remote API)</h1>\n<p>Input Variables: none</p>\n</body></html>\n";
    assert!(read("intro.html", prose).spec.operations.is_empty());
}

/// A page per JSON-RPC method headed `## Method get_account` (a word saying what it is,
/// then the name) over a parameter table and, under `### Example`, a `curl` request whose
/// envelope names that method: the method is the operation, not the endpoint the example
/// posts to (`POST /v1`). A heading word that only a response's member names (`"method":
/// "basic"`, no request) names nothing.
#[test]
fn a_method_named_after_a_word_over_its_example_request() {
    let page = "## Method get_account\n\nGet the latest account information.\n\n### Parameters\n\n| Name    | Type   | Description |\n|---------|--------|-------------|\n| account | string | Hex-encoded account address |\n| version | unsigned int64 | The transaction version |\n\n### Example\n\n```\n// Request\ncurl -X POST -H \"Content-Type: application/json\" --data '{\"jsonrpc\":\"2.0\",\"method\":\"get_account\",\"params\":[\"16\"],\"id\":1}' https://testnet.example.com/v1\n\n// Response\n{\"jsonrpc\": \"2.0\", \"result\": null, \"id\": 1}\n```\n";
    let out = read("method_get_account.md", page);
    assert_eq!(rpc_names(&out), ["get_account"]);
    assert_eq!(param_names(&out, 0), ["account", "version"]);
    let response = "## The basic configuration (config)\n\nThe response looks like this:\n\n```json\n{\"security\": {\"method\": \"basic\"}}\n```\n";
    assert!(rpc_names(&read("config.md", response)).is_empty());
}

/// A page per method titled by words then the method's dotted name (`# Получить сделку по
/// Id crm.deal.get`), its example calls posted to URLs ending in that name (through a webhook's
/// URL and through OAuth's): one method, the calls its uses; `HTTP-статус: **200**` under
/// `## Обработка ответа` ("response handling") and `**400**` under `## Обработка ошибок`
/// ("error handling") its statuses. A call to another method's URL keeps the routes.
#[test]
fn a_page_titled_by_words_then_its_method() {
    let page = "# Получить сделку по Id crm.deal.get\n\nМетод `crm.deal.get` возвращает сделку.\n\n## Параметры метода\n\n#|\n|| **Название**\n`тип` | **Описание** ||\n|| **id***\n[`integer`](../data-types.md) | Идентификатор сделки ||\n|#\n\n## Примеры кода\n\n- cURL (Webhook)\n\n    ```bash\n    curl -X POST -d '{\"ID\":410}' https://example.bitrix24.ru/rest/1/abc/crm.deal.get\n    ```\n\n- cURL (OAuth)\n\n    ```bash\n    curl -X POST -d '{\"ID\":410,\"auth\":\"x\"}' https://example.bitrix24.ru/rest/crm.deal.get\n    ```\n\n## Обработка ответа\n\nHTTP-статус: **200**\n\n```json\n{\"result\": {\"ID\": \"410\"}}\n```\n\n## Обработка ошибок\n\nHTTP-статус: **400**\n\n```json\n{\"error\": \"\", \"error_description\": \"Not found\"}\n```\n";
    let out = read("crm-deal-get.md", page);
    assert_eq!(rpc_names(&out), ["crm.deal.get"]);
    assert_eq!(statuses(&out), [vec![200, 400]]);
    let other = page.replace("/rest/crm.deal.get", "/rest/crm.deal.list");
    assert_eq!(rpc_names(&read("crm-deal-get.md", &other)), ["", ""]);
}

/// Methods of a type headed `Type/method` (`## Mailbox/get`, `## Mailbox/set`, two or more
/// of one type at a level, as JMAP's specifications write them), with no route and no call
/// shown: each is a method, whether its section lists arguments or only says which standard
/// method it is. The type named again makes the evidence: headings of words joined by a
/// slash, each of its own (`## Get/set`, `## Input/output`, `## On/off`), are none.
#[test]
fn methods_headed_type_slash_method() {
    let page = "# Mailboxes\n\nA Mailbox represents a named set of Emails.\n\n## Mailbox/get\n\nThis is a standard \"/get\" method as described in RFC8620, Section 5.1.\n\n## Mailbox/changes\n\nThis is a standard \"/changes\" method.\n\n## Mailbox/set\n\nThis is a standard \"/set\" method, but with the following additional request argument:\n\n- **onDestroyRemoveEmails**: `Boolean` (default: false)\n  If `false`, any attempt to destroy a Mailbox that still has Emails in it will be rejected.\n\n## Example\n\nFetching all Mailboxes.\n";
    let out = read("mailbox.mdown", page);
    assert_eq!(
        rpc_names(&out),
        ["Mailbox/get", "Mailbox/changes", "Mailbox/set"]
    );
    let words =
        "# Access\n\n## On/off\n\nBoth.\n\n## Input/output\n\nStreams.\n\n## Get/set\n\nValues.\n";
    assert!(read("access.md", words).spec.operations.is_empty());
}

/// Calls each documented in a collapsible block titled by the call's name alone
/// (`<details>` / `<summary><code>server-ping</code></summary>`, a common README template),
/// with its parameter and response tables inside a block quote, and an example calling the
/// one endpoint with a query pair naming it (`?request=server-ping&apikey=…`): each call
/// is an operation, its statuses its own. A block titled by a route
/// (`<summary><code>POST</code> <code><b>/token</b></code></summary>`) stays a route.
#[test]
fn calls_named_by_collapsible_blocks() {
    let block = |name: &str, codes: &str| {
        format!(
            "<details>\n <summary><code>{name}</code></summary>\n\n##### Parameters\n\n> | name      | type     | data type | description      |\n> | --------- | -------- | --------- | ---------------- |\n> | `request` | required | string    | endpoint name    |\n> | `apikey`  | required | string    | instance api key |\n\n##### Responses\n\n> | http code | content-type       | response |\n> | --------- | ------------------ | -------- |\n{codes}\n##### Example cURL\n\n> ```javascript\n>  curl -X GET -H \"Content-Type: application/json\" http://{{instance}}/api/?request={name}&apikey=<redacted>\n> ```\n\n</details>\n\n"
        )
    };
    let page = format!(
        "## API usage\n\n#### Endpoints\n\n{}{}",
        block(
            "server-ping",
            "> | `200`     | `application/json` | `{}` |\n> | `423`     | `application/json` | `{}` |\n"
        ),
        block(
            "stats-getOverview",
            "> | `200`     | `application/json` | `{}` |\n"
        )
    );
    let out = read("index.md", &page);
    assert_eq!(rpc_names(&out), ["server-ping", "stats-getOverview"]);
    assert_eq!(param_names(&out, 0), ["request", "apikey"]);
    assert_eq!(statuses(&out), [vec![200, 423], vec![200]]);
    let routed = "### Login\n\n<details open>\n <summary><code>POST</code> <code><b>/sky/issuer/token</b></code> <code>(issues a new token)</code></summary>\n\n##### Responses\n\n| HTTP Code | Content-Type | Response |\n|-----------|--------------|----------|\n| `200`     | `application/json` | `{}` |\n\n</details>\n";
    assert_eq!(routes(&read("auth.md", routed)), ["POST /sky/issuer/token"]);
}

/// Commands of namespaces headed `namespace/command: Title` (`### core/bwlimit: Set the
/// bandwidth limit.`, `### core/gc: Runs a garbage collection.`), all called with POST at
/// a URL per command (`curl -X POST 'http://localhost:5572/rc/noop?potato=1'`, itself one
/// of them): each command is a method, the example calls its uses; the option headings
/// (`### --rc-addr=IP`) are none.
#[test]
fn commands_headed_namespace_slash_command() {
    let page = "# Remote Control\n\n## Supported parameters\n\n### --rc-addr=IP\n\nIPaddress:Port to bind server to.\n\n## Supported commands\n\n### core/bwlimit: Set the bandwidth limit.\n\nThis sets the bandwidth limit.\n\n### core/gc: Runs a garbage collection.\n\nThis tells the go runtime to do a garbage collection run.\n\n### rc/noop: Echo the input to the output parameters\n\nThis echoes the input parameters to the output parameters.\n\n### rc/error: This returns an error\n\nThis returns an error with the input as part of its error string.\n\n## Accessing the remote control via HTTP\n\nAll calls must made using POST.\n\n```\ncurl -X POST 'http://localhost:5572/rc/noop?potato=1&sausage=2'\n```\n";
    let out = read("rc.md", page);
    assert_eq!(
        rpc_names(&out),
        ["core/bwlimit", "core/gc", "rc/noop", "rc/error"]
    );
}

/// Calls each named by the endpoint an `API 端点` ("API endpoint") label heading gives alone
/// in code, on a page that states no HTTP method (OneBot actions, sent as GET, POST or over
/// a WebSocket alike): a method each, named by the endpoint without its leading `/`, its
/// parameters the table of its section.
#[test]
fn calls_named_by_an_endpoint_label() {
    let page = "---
title: 用户相关
---

## 删除好友

该接口用于删除好友。

### API 端点

`/delete_friend`

### 参数

| 字段名    | 数据类型 | 默认值 | 说明       |
| --------- | -------- | ------ | ---------- |
| `user_id` | int64    | -      | 好友 QQ 号 |

### 响应

该接口将返回处理结果。

## 点赞资料卡

### API 端点

`send_like`

### 参数

| 字段 | 类型   | 必须 | 说明   |
| ---- | ------ | ---- | ------ |
| times | int32 | 是 | 点赞次数 |
| user_id | int64 | 是 | 点赞的目标用户 |
";
    let out = read("user.md", page);
    assert_eq!(rpc_names(&out), ["delete_friend", "send_like"]);
    assert_eq!(param_names(&out, 1), ["times", "user_id"]);
}

/// A page per call titled by the call's name alone (`# addtrigger`), whose request sample
/// names it in a member saying which call it is (`{"task": "addtrigger", …}`) and whose
/// `## Request Json Syntax` table lists the keys: the call, its keys but that member.
#[test]
fn a_page_per_call_named_in_its_request_sample() {
    let page = "# addtrigger

Add a trigger.

## Request Json Syntax

| **Key** | **Description** |
| --- | --- |
| task | task name |
| token | token string encrypted. |
| dbname | database name |

## Request Sample

```
{
  \"task\": \"addtrigger\",
  \"token\": \"8ec1ab8a\",
  \"dbname\": \"demodb\"
}
```

## Response Json Syntax

| **Key** | **Description** |
| --- | --- |
| status | execution result |
";
    let out = read("addtrigger.md", page);
    assert_eq!(rpc_names(&out), ["addtrigger"]);
    assert_eq!(param_names(&out, 0), ["token", "dbname"]);
    // (A title no sample names is no call.)
    let other = page.replace("\"task\": \"addtrigger\"", "\"task\": \"other\"");
    assert!(rpc_names(&read("addtrigger.md", &other)).is_empty());
}

/// Beside three methods or more at one heading level, a method whose section only says it
/// is the same as another (`### eth_tokenCall` over `和 [eth_call](#eth_call) 相同`, `###
/// personal_listAccounts` over `作用及用法同 [eth_accounts](#eth_accounts)`): a method
/// too; a section saying so of no method (`Same as above.`) names none.
#[test]
fn a_method_the_same_as_another() {
    let page = "## RPC接口

### eth_accounts
查询账户

#### 参数
1. `string` 地址

### eth_call
执行合约

#### 参数
1. `object` 调用

### eth_tokenCall
和 [eth_call](#eth_call) 相同

### personal_listAccounts
作用及用法同 [eth_accounts](#eth_accounts)

### eth_block_number
查询块高

#### 参数
1. `string` 块高

### eth_note
Same as above.
";
    let out = read("rpc.md", page);
    assert_eq!(
        rpc_names(&out),
        [
            "eth_accounts",
            "eth_call",
            "eth_tokenCall",
            "personal_listAccounts",
            "eth_block_number"
        ]
    );
}

/// Calls of one address told apart by a query member (`…/api.php?mod=post&act=get`), each
/// under a title naming the call after a colon (`### 获取文章：get`, the call may be named as
/// an HTTP method is), its request lines in inline code; a `- Body` item over an indented
/// table gives the body, `- Headers` over a sentence the headers.
#[test]
fn calls_named_by_a_query_member_under_titles() {
    let page = "# 文章模块接口文档

## 接口列表

### 新增文章：post

#### 请求

POST `https://example.com/zb_system/api.php?mod=post&act=post`

- Headers

  见通用请求头

- Body

  | 属性      | 类型    | 示例值 | 说明     |
  | --------- | ------- | ------ | -------- |
  | Title     | string  | 标题   | 文章标题 |
  | Content   | string  | 正文   | 正文内容 |

### 获取文章：get

#### 请求

GET `https://example.com/zb_system/api.php?mod=post&act=get&id=1`

POST `https://example.com/zb_system/api.php?mod=post&act=get`
";
    let out = read("post.md", page);
    assert_eq!(rpc_names(&out), ["post", "get"]);
    assert_eq!(param_names(&out, 0), ["Title", "Content"]);
}

/// A page per method whose one declaration sits under `# Signatures` (a title in the plural,
/// the page's name only in a comment above it): one method, named by the declaration;
/// an argument with a default (`Struct metadata = {}`) is optional and named without it;
/// overloads numbered in the margin (`(1) … (2) …`) give the first.
#[test]
fn a_method_declared_under_signatures_with_defaults_and_overloads() {
    let page = "<!---\n{\"name\": \"makeRoom\"}\n--->\n\n# Signatures\n\n```\nInteger makeRoom(Struct names, Integer floor = 0 [, Struct extra = {}])\n```\n\n# Description\n\nMakes a room.\n\n# Parameters\n\n## names\n\nThe room's names.\n\n## floor\n\nThe floor.\n";
    let out = read("makeRoom.md", page);
    assert_eq!(rpc_names(&out), ["makeRoom"]);
    assert_eq!(
        param_flags(&out, 0),
        [("names", true), ("floor", false), ("extra", false)]
    );
    let overloads = "# Signatures\n\n```\n(1) Integer addThing(Integer id, String label)\n(2) Integer addThing(String key, Struct description)\n```\n\n# Description\n\nAdds a thing, two ways.\n";
    let out = read("addThing.md", overloads);
    assert_eq!(rpc_names(&out), ["addThing"]);
    assert_eq!(param_names(&out, 0), ["id", "label"]);
}

/// Calls each in a collapsible container of VuePress titled by its endpoint in code and words
/// (`::: details `/set_avatar` 设置头像` … `:::`, or the words first, `::: details 转发消息
/// `/forward_msg``), on a page naming no HTTP method: a call
/// each, named by its endpoint; a container titled in words alone (`::: details 发送文件`) is
/// none, and the fences are no text of the page.
#[test]
fn calls_in_collapsible_containers_titled_by_their_endpoints() {
    let page = "# 扩展 API\n\n::: details 发送文件名自定义\n\n发送文件时支持参数 `name`\n\n:::\n\n::: details `/set_avatar` 设置头像\n\n```json5\n{\n  \"file\": \"file://D:/1.jpg\"\n}\n```\n\n:::\n\n::: details `/get_file` 下载文件\n\n```json\n{\"file_id\": \"abc\"}\n```\n\n:::\n\n::: details 转发消息 `/forward_msg`\n\n```json\n{\"message_id\": 1}\n```\n\n:::\n";
    let out = read("extends.md", page);
    assert_eq!(rpc_names(&out), ["set_avatar", "get_file", "forward_msg"]);
    assert!(
        out.spec
            .operations
            .iter()
            .all(|o| !o.doc.as_deref().unwrap_or("").contains(":::"))
    );
}

/// A page titled by a command's name (``table_remove``) whose `Syntax` section gives the
/// command line calling it (`table_remove name` / `[dependent=no]`, `delete table [key [id
/// [filter]]]`): that method, its arguments from the line, optional inside brackets.
#[test]
fn command_line_syntax_under_a_title() {
    let page = "``delete``\n==========\n\nSummary\n-------\n\n``delete`` deletes a record.\n\nSyntax\n------\n\nThis command takes four parameters::\n\n  delete table\n         [key [id [filter]]]\n\nUsage\n-----\n\nDelete a record.\n";
    let out = read("delete.rst", page);
    assert_eq!(rpc_names(&out), ["delete"]);
    assert_eq!(
        param_flags(&out, 0),
        [
            ("table", true),
            ("key", false),
            ("id", false),
            ("filter", false)
        ]
    );
    // (A title that is not the command the line calls: no method.)
    let other = page.replace("``delete``\n==========", "Deleting\n========");
    assert!(read("delete.rst", &other).spec.operations.is_empty());
}

/// Sections each over the message a client sends, declared in TypeScript with its call
/// member unquoted (`interface {` / `messageId: string;` / `command: "node.set_value";`), a
/// note set as code before it (`[compatible with schema version: 0+]`): a method each, by
/// the name its declaration gives; a name declared again under another heading is the same
/// method.
#[test]
fn typescript_messages_named_by_their_command() {
    let mut page = String::from("# Server\n\n## Commands\n\n");
    for (title, name) in [
        ("Set value on a node", "node.set_value"),
        ("Refresh info", "node.refresh_info"),
        ("Soft reset", "driver.soft_reset"),
        ("Get value", "node.get_value"),
        ("Ping", "node.ping"),
        ("Heal", "controller.heal"),
        ("Begin inclusion", "controller.begin_inclusion"),
        ("Stop inclusion", "controller.stop_inclusion"),
        ("Get state", "driver.get_state"),
        ("Get config", "driver.get_config"),
        ("Attempt a soft reset", "driver.soft_reset"),
    ] {
        page.push_str(&format!(
            "#### [{title}](https://example.org/api)\n\n```\n[compatible with schema version: 0+]\n```\n\n```ts\ninterface {{\n  messageId: string;\n  command: \"{name}\";\n  nodeId: number;\n}}\n```\n\n"
        ));
    }
    let out = read("README.md", &page);
    assert_eq!(
        rpc_names(&out),
        [
            "node.set_value",
            "node.refresh_info",
            "driver.soft_reset",
            "node.get_value",
            "node.ping",
            "controller.heal",
            "controller.begin_inclusion",
            "controller.stop_inclusion",
            "driver.get_state",
            "driver.get_config"
        ]
    );
}

/// A message's section naming its method in an item under a label of what is sent
/// (`_Notification_:` over `* method: `textDocument/didClose`` and `* params:
/// `DidCloseTextDocumentParams` defined as follows:`), its parameters the members of the
/// TypeScript declaration after it (JSDoc comments between them, a union type): that
/// method, the envelope's items (`method`, `params`) no parameters of it.
#[test]
fn method_item_under_a_message_label() {
    let page = "#### DidCloseTextDocument Notification

The document close notification is sent.

_Notification_:
* method: `textDocument/didClose`
* params: `DidCloseTextDocumentParams` defined as follows:

```typescript
interface DidCloseTextDocumentParams {
\t/**
\t * The document that was closed.
\t */
\ttextDocument: TextDocumentIdentifier;

\t/** The reason, if any. */
\treason?: string | null;
}
```
";
    let out = read("didClose.md", page);
    assert_eq!(rpc_names(&out), ["textDocument/didClose"]);
    let names: Vec<(&str, bool)> = out.spec.operations[0]
        .params
        .iter()
        .map(|p| (p.name.as_str(), p.required))
        .collect();
    assert_eq!(names, [("textDocument", true), ("reason", false)]);
}
