//! Shapes of operations by their headings and sections: a heading per operation, a path
//! heading over its methods, index tables over sections, page-wide facts.

use super::*;

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

/// A page per operation whose front matter's `title:` is the route (`title: POST
/// /auth/revoke`), with nothing else giving one.
#[test]
fn a_route_in_the_front_matter_title() {
    let page = "---\nlayout: docs-api\ntitle: POST /auth/revoke\n---\n\nRevoke an access token\n\n### Arguments\n\nField   | Description\n--------|------------\n`token` | The token to revoke\n\n### Response\n\nStatus Code | Reason\n------------|-------\n`200`       | Success\n";
    let out = read("post-auth-revoke.md", page);
    assert_eq!(routes(&out), ["POST /auth/revoke"]);
    assert_eq!(statuses(&out), [vec![200]]);
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

/// A URL item that ends the page (`* **URL:** /boxes` the last block, the method item above
/// it): its route, and no look past the page's end for nested items (a fuzzer's find).
#[test]
fn a_url_item_that_ends_the_page() {
    let page = "# Boxes\n\n## Get box\n\n* **Method:** GET\n* **URL:** /boxes";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["GET /boxes"]);
}

/// A path heading titled after a dash (`## /pack - Pack boxes`), the method only in a
/// sentence of its section opening with the path (`` `/pack` is expecting an HTTP POST
/// request ``), under a sub-heading; a call of the path in code there is an example.
#[test]
fn path_heading_titled_after_a_dash_with_the_method_in_a_sentence() {
    let page = "# Boxes\n\n## /pack - Pack boxes\n\nPacks boxes into crates.\n\n### URL parameters\n\n`/pack` is expecting an HTTP POST request.\n\n| Parameter | Required | Description |\n| --------- | -------- | ----------- |\n| `size`    | Yes      | The size.   |\n\n### Examples\n\n```shell\ncurl -X POST 'http://localhost:9000/pack?size=3'\n```\n\n## /count - Count boxes\n\n### Overview\n\n#### Parameters\n\n`/count` expects a `GET` request.\n\n| Parameter | Required | Description |\n| --------- | -------- | ----------- |\n| `shelf`   | No       | The shelf.  |\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["POST /pack", "GET /count"]);
    let all = ops(&out);
    assert_eq!(all[0].1, ["size query true"]);
    assert_eq!(all[1].1, ["shelf query false"]);
}

/// A table of routes over sections that print a row's path alone on a line, after a role
/// marker and before a method in brackets (`` `:endpoint:/boxes/stats - [POST]` ``): from that
/// line to the next such line is more of the row's operation, its parameter lists included.
#[test]
fn path_lines_under_a_table_of_routes() {
    let page = "# Boxes\n\n## API\n\n| Method | URL | Output | Description\n| ------ | --- | ------ | -----------\n| `GET`  | `/boxes/{id}[.{format}]` | JSON | one box\n| `GET`  | `/boxes/stats` | JSON | statistics\n| `POST` | `/boxes/stats` | JSON | statistics for a body\n\n## Description\n\n### One box\n\n`:endpoint:/boxes/{id}[.{format}]`\n\n- PathParams:\n    - **id** (str): The box.\n\n- QueryParams:\n    - **color** (str): Paint color.\n\n### Statistics\n\n`:endpoint:/boxes/stats - [GET]`\n\n- QueryParams:\n    - **depth** (int): How deep.\n\n`:endpoint:/boxes/stats - [POST]`\n\n- QueryParams:\n    - **width** (int): How wide.\n";
    let out = read("boxes.md", page);
    assert_eq!(
        routes(&out),
        ["GET /boxes/{id}", "GET /boxes/stats", "POST /boxes/stats"]
    );
    let all = ops(&out);
    assert_eq!(all[0].1, ["id path true", "color query false"]);
    assert_eq!(all[1].1, ["depth query false"]);
    assert_eq!(all[2].1, ["width query false"]);
}

/// Headings giving only a path, the method only in the `curl` call of the section, which
/// fills the heading's placeholder (`## /stats/performance/{index}` over `curl -X GET
/// "http://localhost:5052/stats/performance/1?from=1&to=2"`) or runs on past its last word
/// (`## /stats/packing` over `…/stats/packing_rate?from=1`): the heading's path with the
/// call's method, the call its example; the listed names its parameters.
#[test]
fn path_heading_with_the_method_only_in_a_filled_in_curl_call() {
    let page = "# Stats API\n\n## `/stats/performance/{index}`\n\nPerformance of one index.\n\nTwo query parameters are required:\n\n- `from` (inclusive): the first epoch.\n- `to` (inclusive): the last epoch.\n\n```bash\ncurl -X GET \"http://localhost:5052/stats/performance/1?from=1&to=2\" | jq\n```\n\n## `/stats/packing`\n\nPacking of blocks.\n\n```bash\ncurl -X GET \"http://localhost:5052/stats/packing_rate?from=1&to=2\" | jq\n```\n\n## `/stats/health`\n\n```bash\ncurl -X GET \"http://localhost:5052/stats/health\" | jq\n```\n\nThe answer.\n";
    let out = read("stats.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /stats/performance/{index}",
            "GET /stats/packing",
            "GET /stats/health"
        ]
    );
}

/// Two sections, each titled and each giving its route alone in a fence, printing one path
/// with placeholders named apart (`GET /v1/boxes/<box-id>/locks/<pin-id>` under `Get pin
/// lock`, `GET /v1/boxes/<box-id>/locks/<key-id>` under `Get key lock`): an operation each,
/// as printed; the same route again under a later title with the same names stays one.
#[test]
fn one_path_in_fences_under_two_titles_with_placeholders_named_apart() {
    let page = "Locks\n=====\n\nGet pin lock\n++++++++++++\n\n.. code-block:: url\n\n    GET /v1/boxes/<box-id>/locks/<pin-id>\n\nReads a pin lock.\n\nGet key lock\n++++++++++++\n\n.. code-block:: url\n\n    GET /v1/boxes/<box-id>/locks/<key-id>\n\nReads a key lock.\n\nRead pin lock again\n+++++++++++++++++++\n\n.. code-block:: url\n\n    GET /v1/boxes/<box-id>/locks/<pin-id>\n\nThe same call.\n";
    let out = read("locks.rst", page);
    assert_eq!(
        routes(&out),
        [
            "GET /v1/boxes/{box_id}/locks/{pin_id}",
            "GET /v1/boxes/{box_id}/locks/{key_id}"
        ]
    );
    assert_eq!(ops(&out)[1].1, ["box_id path true", "key_id path true"]);
}

/// A heading naming the method and the path's tail without its leading slash (`GET
/// items/history`) over a route line printing the whole path with the page's prefix
/// (`GET /shop/items/history`): the whole path is the route, the heading its title.
#[test]
fn a_relative_path_heading_over_the_whole_route_is_its_title() {
    let page = "Items\n=====\n\nGET items/history\n-----------------\n\n``GET /shop/items/history`` - return the history of items\n\n**Request Parameters**\n\n- **limit** - how many entries to return\n\nGET items/rate\n--------------\n\n``GET /shop/items/rate`` - return the rate of items\n\n**Request Parameters**\n\n- **periods** - the periods in minutes\n";
    let out = read("items.rst", page);
    assert_eq!(
        routes(&out),
        ["GET /shop/items/history", "GET /shop/items/rate"]
    );
    assert_eq!(ops(&out)[0].1, ["limit query false"]);
    assert_eq!(ops(&out)[1].1, ["periods query false"]);
}

/// Sibling headings named for the last segment of the call they show (`### shutdown` over
/// `curl -X PUT /api/shutdown`, `### restart`) route a sibling named like them; but a
/// sibling whose sub-sections hold an operation of their own (`### ping` over `#### GET
/// ping` giving `GET /api/ping`) is their group: no `PUT /api/ping` is made up for it.
#[test]
fn a_heading_grouping_operations_is_no_method_heading_of_a_route_rule() {
    let page = "# Admin API\n\n## Calls\n\n### shutdown\n\nStops every service cleanly.\n\n```console\n$ curl -X PUT /api/shutdown\n```\n\n### restart\n\nRestarts every service.\n\n```console\n$ curl -X PUT /api/restart\n```\n\n### ping\n\nA liveness check.\n\n#### GET ping\n\n`GET /api/ping` - return liveness\n\n| Name | Type | Description |\n| --- | --- | --- |\n| uptime | number | seconds since start |\n";
    let out = read("admin.md", page);
    assert_eq!(
        routes(&out),
        ["PUT /api/shutdown", "PUT /api/restart", "GET /api/ping"]
    );
}

/// A section titled by what the call does over `Operation` / `Request` / `Response`
/// sub-headings, the route under `Operation`: the section is the operation (named by its
/// title), so a status its introduction states is the operation's.
#[test]
fn an_operation_label_heading_under_the_calls_title() {
    let page = "Box API\n=======\n\nOwn boxes\n---------\n\nAuthentication is required, otherwise you will get a `403 - Forbidden`.\n\nOperation\n^^^^^^^^^\n\n:code:`GET /boxes/own`\n\nRequest\n^^^^^^^\n\nNo parameters.\n\nAll boxes\n---------\n\nIf no boxes are found, HTTP status `404 - Not found` is returned.\n\nOperation\n^^^^^^^^^\n\n:code:`GET /boxes/all`\n";
    let out = read("boxes.rst", page);
    assert_eq!(routes(&out), ["GET /boxes/own", "GET /boxes/all"]);
    let names: Vec<&str> = out
        .spec
        .operations
        .iter()
        .map(|o| o.name.as_str())
        .collect();
    assert_eq!(names, ["Own boxes", "All boxes"]);
    assert_eq!(statuses(&out), [vec![403], vec![404]]);
}

/// A title-case method verb before an answer's label word (`## Get output`, `## Post
/// result`) titles an operation, not a label: the method qualifies a label of what its call
/// sends (`#### Get parameters`), or an answer's in capitals (`#### GET response`). The
/// route under it is that section's own.
#[test]
fn a_title_case_method_verb_over_a_label_word_is_a_title() {
    let page = "# Jobs API\n\n## Run job\n\n```http\nPOST /api/job/run\n```\n\n#### Response\n\n```json\n{\"ok\": true}\n```\n\n## Get output\n\n```http\nGET /api/job/output\n```\n\n#### Query Param\n\n```js\n{\n  jobId: string;\n}\n```\n";
    let out = read("jobs.md", page);
    assert_eq!(routes(&out), ["POST /api/job/run", "GET /api/job/output"]);
    assert_eq!(out.spec.operations[1].name, "Get output");
    assert_eq!(ops(&out)[1].1, ["jobId query true"]);
}

/// A page of one operation whose route sits under a label heading (`## HTTP Request`) after
/// a sibling section of its own (`## Screenshot`): the page title names the operation, not
/// the sibling.
#[test]
fn a_single_route_under_a_label_after_a_sibling_section() {
    let page = "# Shelf Books\n\nLists the books on a shelf.\n\n## Screenshot\n\nThe shelf page shows the same.\n\n## HTTP Request\n\n`GET /v2/shelf_books`\n\n### Query Parameters\n\n| Name | Required | Description |\n| --- | --- | --- |\n| `s` | Yes | The shelf. |\n";
    let out = read("shelf-books.md", page);
    assert_eq!(routes(&out), ["GET /v2/shelf_books"]);
    assert_eq!(out.spec.operations[0].name, "Shelf Books");
    assert_eq!(ops(&out)[0].1, ["s query true"]);
}

/// A page opening with a byte-order mark (`\u{feff}# getblockhash Method`): the mark is no
/// text of the first line, which is still a heading.
#[test]
fn byte_order_mark_before_the_first_heading() {
    let page = "\u{feff}# Pets\n\n## List pets\n\n```http\nGET /pets HTTP/1.1\n```\n";
    let doc = Document::parse("pets.md", page);
    assert!(doc.blocks[0].is_heading());
    assert_eq!(doc.blocks[0].text, "Pets");
    assert_eq!(routes(&read("pets.md", page)), ["GET /pets"]);
}

/// A page per URI and a page per URI and method (Xbox Live's reference): the URI page's
/// `## Valid methods` are links to the method pages (`[GET](…get.md)`, `[GET (/x)](…md)`),
/// so it declares none; a method page's heading gives the path in parentheses after the
/// method (`# GET (/users/{ownerId}/people)`), or repeats the front matter's `title:`
/// (one operation, at the heading); a segment holding a listed URI parameter's name in
/// parentheses (`xuid(xuid)` over an `XUID` row) has it as a placeholder.
#[test]
fn uri_pages_linking_their_methods_and_method_pages() {
    let uri = "# /users/xuid(xuid)/lists/{listname}\nAccesses a list.\n\n## URI parameters\n\n| Parameter| Type| Description|\n| --- | --- | --- |\n| xuid| string| The user.|\n\n## Valid methods\n\n[GET](uri-listget.md)\n\n&nbsp;&nbsp;Returns the list.\n\n[POST (/users/xuid(xuid)/lists/{listname})](uri-listpost.md)\n\n&nbsp;&nbsp;Adds items.\n";
    assert!(routes(&read("uri-list.md", uri)).is_empty());
    let get = "# GET (/users/{ownerId}/people)\nGets people.\n\n## URI parameters\n\n| Parameter| Type| Description|\n| --- | --- | --- |\n| ownerId| string| The owner.|\n";
    assert_eq!(
        routes(&read("uri-peopleget.md", get)),
        ["GET /users/{ownerId}/people"]
    );
    let post = "---\ntitle: POST /users/xuid(xuid)/lists/{listname}/ContainsItems\n---\n# POST /users/xuid(xuid)/lists/{listname}/ContainsItems\nChecks items.\n\n## URI parameters\n\n| Parameter| Type| Description|\n| --- | --- | --- |\n| XUID| string| XUID of the user.|\n| listname| string| The list.|\n";
    assert_eq!(
        routes(&read("uri-containspost.md", post)),
        ["POST /users/xuid({xuid})/lists/{listname}/ContainsItems"]
    );
}

/// httpdomain directives of one URL, each with the form value in brackets that picks its
/// call (`.. http:post:: https://(host):8443/engine/job/(jobname) [action=build]`, then
/// `[action=launch]`): each an operation of its own, named with its pick.
#[test]
fn directives_of_one_url_picked_by_a_form_value() {
    let page = "API\n===\n\n.. http:post:: https://(host):8443/engine/job/(jobname) [action=build]\n\n   Builds the job.\n\n   :form action: build\n\n.. http:post:: https://(host):8443/engine/job/(jobname) [action=launch]\n\n   Launches the job.\n\n   :form action: launch\n\n.. http:post:: https://(host):8443/engine/job/(jobname) [action=launch]\n\n   Launches it again.\n";
    let out = read("api.rst", page);
    let names: Vec<&str> = out
        .spec
        .operations
        .iter()
        .map(|o| o.name.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "POST /engine/job/{jobname} [action=build]",
            "POST /engine/job/{jobname} [action=launch]"
        ]
    );
}

/// A method named by the first sub-heading of its section (`##### Method `get_version``
/// under `#### Get Version`), its parameters and request under sibling sub-headings: the
/// section is that method's; the page's title heading over the first section is none.
#[test]
fn a_method_named_by_its_first_sub_heading() {
    let page = "# API\n\n### JSON-RPC methods\n\n#### Get Version\nRetrieve current daemon version\n\n##### Method `get_version`\n\n##### Parameters\nNo parameters\n\n##### Request\n```json\n{\"jsonrpc\": \"2.0\", \"method\": \"get_version\", \"id\": 1}\n```\n\n#### Get Block\nRetrieve a block\n\n##### Method `get_block`\n\n##### Parameters\n| Name | Type | Required | Note |\n|:---:|:---:|:---:|:---:|\n| height | Integer | Required | The height |\n\n##### Request\n```json\n{\"jsonrpc\": \"2.0\", \"method\": \"get_block\", \"id\": 1, \"params\": {\"height\": 2}}\n```\n";
    let out = read("api.md", page);
    assert_eq!(rpc_names(&out), ["get_version", "get_block"]);
    assert_eq!(ops(&out)[1].1, ["height body true"]);
}

/// Parameter headings under an `Arguments` label, each a snake-case name with its flag in
/// brackets (`##### phone_number (required)`): parameters of the route the section gives in
/// a fence, no RPC methods; a route alone in a plain fence under each call's heading.
#[test]
fn argument_headings_with_flags_are_no_methods() {
    let page = "# REST API documentation

## Send a message

### Send a text message

```
POST /v2/notifications/sms
```

#### Arguments

##### phone_number (required)

The phone number of the recipient.

##### template_id (required)

The template.

##### reference (optional)

An identifier.

### Send an email

```
POST /v2/notifications/email
```

#### Arguments

##### email_address (required)

The address.

##### email_reply_to_id (optional)

The reply-to address.
";
    let out = read("_api_docs.md", page);
    assert_eq!(
        routes(&out),
        ["POST /v2/notifications/sms", "POST /v2/notifications/email"]
    );
}

/// A plain-text manual's headings underlined with `-` (two lines over one rule are one
/// heading), each naming commands after a word saying what they are (`COMMAND -- echo`,
/// `COMMAND -- exit, quit`, a note in parentheses after the name): a method per name; the
/// same command headed again under the same part ("See the "password" section above.")
/// is the same method, said.
#[test]
fn commands_under_underlined_headings() {
    let page = "Management interface

Intro text.

COMMAND -- echo
---------------

Echo a string.

COMMAND -- exit, quit
---------------------

Close the session.

COMMAND -- needok  (OpenVPN 2.1 or higher)
------------------------------------------

Confirm a notification.

COMMAND -- pk-sig (OpenVPN 2.5 or higher)
COMMAND -- rsa-sig (OpenVPN 2.3 or higher)
------------------------------------------

Sign.

COMMAND -- password and username
--------------------------------

Give credentials.

COMMAND -- username
-------------------

See the \"password\" section above.
";
    let out = read("notes.txt", page);
    let names: Vec<&str> = out
        .spec
        .operations
        .iter()
        .map(|o| o.name.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "echo", "exit", "quit", "needok", "pk-sig", "rsa-sig", "password", "username"
        ]
    );
    assert!(
        said(&out, "`COMMAND -- username` is documented again here"),
        "{:?}",
        out.diags
    );
}

/// A page's YAML front matter (`---` lines at its top) and the style sheet after it
/// (`<style>` … `</style>`) are the site's, not the description of the page's first
/// operation.
#[test]
fn front_matter_and_a_style_sheet_describe_no_operation() {
    let page = "---
title: dimensions API methods
description: Obtain qualitative metrics about the server.
---

<style>
#TableOfContents ul ul ul {display: none}
</style>

## Get dimensional data {#get}

```http
POST /api/v1/admin/dimensions HTTP/1.1
```
";
    let out = read("dimensions.md", page);
    assert_eq!(routes(&out), ["POST /api/v1/admin/dimensions"]);
    let doc = out.spec.operations[0].doc.as_deref().unwrap_or("");
    assert!(!doc.contains("title:") && !doc.contains("style"), "{doc}");
}

/// Label headings over quoted values, as a Chinese docs template writes them (`######
/// 接口地址` over `> [/api/checkLogin](/api/checkLogin)`, `###### HTTP请求方式` over `> POST
/// JSON`): the route; and a table of routes whose rows link to the sections documenting
/// them (`| [Kunden erstellen](#create-client) | `POST` | `/hosting/api/client` |`), each
/// row reading its section (its statuses).
#[test]
fn quoted_label_values_and_rows_linking_their_sections() {
    let page = "# API

#### 0.检查微信登录
###### 接口功能
> 检查微信是否登录

###### 接口地址
> [/api/checkLogin](/api/checkLogin)

###### HTTP请求方式
> POST  JSON

#### 1.获取登录微信信息
###### 接口地址
> [/api/userInfo](/api/userInfo)

###### HTTP请求方式
> POST  JSON
";
    assert_eq!(
        routes(&read("wx.md", page)),
        ["POST /api/checkLogin", "POST /api/userInfo"]
    );
    let page = "# Client

## Übersicht

| Beschreibung | Methode | Endpunkt |
| --- | --- | --- |
| [Kunden erstellen](#create-client) | `POST` | `/hosting/api/client` |
| [Kunden entfernen](#delete-client) | `DELETE` | `/hosting/api/client/{clientId}` |

## Kunden erstellen {#create-client}

**Response:**

- `201` – Ressource erfolgreich erzeugt
- `400` – Ungültige oder fehlende Eigenschaften

## Kunden entfernen {#delete-client}

**Response:**

- `204` – Ressource erfolgreich gelöscht
- `404` – Ressource nicht gefunden
";
    let out = read("client.md", page);
    assert_eq!(
        routes(&out),
        [
            "POST /hosting/api/client",
            "DELETE /hosting/api/client/{clientId}"
        ]
    );
    assert_eq!(statuses(&out), [vec![201, 400], vec![204, 404]]);
}
