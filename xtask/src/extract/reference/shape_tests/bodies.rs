//! Shapes of request bodies: field tables and lists, bodies named by a type, bodies shown only
//! by an example.

use super::*;

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

/// An AsciiDoc table titled as the request's schema, its name column headed by the format
/// and `Key` (`JSON Key | Type | Description`), a type cell holding an escaped bar
/// (`string [a\|b]`, one cell): the body's fields, one a row.
#[test]
fn asciidoc_json_key_table_with_an_escaped_bar() {
    let page = "= Boxes\n\n== Pack a box\n\n`POST /boxes`\n\n.Request JSON Schema\n[options=\"header\"]\n|====\n|JSON Key | Type | Description\n|`size` | string [small\\|large] | how big the box is\n|`colour` | string | the colour of the lid\n|`weight` | double | grams of contents\n|====\n";
    let out = read("boxes.adoc", page);
    assert_eq!(routes(&out), ["POST /boxes"]);
    let op = &out.spec.operations[0];
    assert_eq!(body_names(&out, op), ["size", "colour", "weight"]);
}

/// A table titled as the schema of another object than the request (`.Lid JSON Schema (see
/// the lid guide)`) after the request's own: the members of a nested object, no more body
/// fields of the call.
#[test]
fn nested_object_schema_table_after_the_body_table() {
    let page = "= Boxes\n\n== Pack a box\n\n`POST /boxes`\n\n.Request JSON Schema\n[options=\"header\"]\n|====\n|JSON Key | Type | Description\n|`size` | integer | how big the box is\n|`lids` | list of Lid objects | the lids to fit\n|====\n\n.Lid JSON Schema (see the lid guide for details)\n[options=\"header\"]\n|====\n|JSON Key | Type | Description\n|`hinge` | boolean | whether the lid is hinged\n|`shape` | string | round or square\n|====\n";
    let out = read("boxes.adoc", page);
    assert_eq!(routes(&out), ["POST /boxes"]);
    let op = &out.spec.operations[0];
    assert_eq!(body_names(&out, op), ["size", "lids"]);
}

/// A body sample whose values are shell-style variables naming their types (`"size" :
/// $number #optional,`, `"lids" : [ $lid, ... ]`): the sample's members are the body's
/// fields.
#[test]
fn body_sample_of_shell_style_type_variables() {
    let page = "# Boxes\n\n## Pack API\n\n**URL**\n\n```\nPOST http://${HOST}:${PORT}/boxes\n```\n\n**Request Body Format**\n\n```JSON\n{\n  \"size\" : $number #optional,\n  \"lids\" : [ $lid, ... ]\n}\n```\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["POST /boxes"]);
    let op = &out.spec.operations[0];
    assert_eq!(body_names(&out, op), ["size", "lids"]);
}

/// Numbered items naming form fields in double quotes, each before a comma and its
/// description (`1. "config", a configuration file.`, `1. field name "file", the upload.`),
/// under `Required … form fields:` / `Optional … form fields:` labels: the body's fields,
/// required or optional by their label.
#[test]
fn quoted_form_field_items_under_required_and_optional_labels() {
    let page = "## Uploads\n\n### POST api/uploads\n\nUploads a file.\n\nRequired post form fields:\n\n1. field name \"file\", the file to store.\n\nOptional post form fields:\n\n1. \"label\", a label for it.\n2. \"folder\", where it goes.\n";
    let out = read("uploads.md", page);
    assert_eq!(routes(&out), ["POST /api/uploads"]);
    let op = &out.spec.operations[0];
    assert_eq!(
        body_flags(&out, op),
        [("file", true), ("label", false), ("folder", false)]
    );
}

/// Samples in a side column, each labelled by a callout (`> Definition` over the route,
/// `> Example Response` over its JSON, `> Example Request` over a call), then the call's
/// prose and a `Parameter | Required` table: a callout labels only its sample, so the table
/// is the call's (the body's fields for a POST, the query's for a GET).
#[test]
fn parameter_table_after_a_callout_labelled_response_sample() {
    let page = "# Lids\n\n## Add Lid\n\n> Definition\n\n```bash\nPOST https://api.example.com/v2/:shop/add-lid\n```\n\n> Example Response\n\n```json\n{\n  \"lid\": {\"color\": \"red\", \"size\": 4}\n}\n```\n\nAdds a lid to the shop.\n\nParameter | Required | Type | Description\n--------- | ------- | ----------- | -----------\ncolor | required | String | The lid's color\nsize |  | Number | The lid's size\n\n## Get Lids\n\n> Definition\n\n```bash\nGET https://api.example.com/v2/:shop/lids\n```\n\n> Example Request\n\n```bash\ncurl \"https://api.example.com/v2/corner-shop/lids?limit=2\"\n```\n\nLists the shop's lids.\n\nParameter | Required | Type | Description\n--------- | ------- | ----------- | -----------\nlimit |  | Number | How many lids\n";
    let out = read("lids.md", page);
    assert_eq!(
        routes(&out),
        ["POST /v2/{shop}/add-lid", "GET /v2/{shop}/lids"]
    );
    let op = &out.spec.operations[0];
    assert_eq!(body_flags(&out, op), [("color", true), ("size", false)]);
    assert_eq!(ops(&out)[1].1, ["shop path true", "limit query false"]);
}

/// A request type declared in code in an operation's section, the page's type directive
/// printing it (`.. ts:def:: PackRequest` over `interface PackRequest { size: number;
/// lid?: string; }`): its members are the body's fields, `?` marking the optional ones; the
/// answer's type declared beside it (`PackResponse`) is no body.
#[test]
fn request_type_declared_in_a_type_directive() {
    let page = "Boxes\n=====\n\n.. http:post:: /boxes/$BOX_ID/pack\n\n  Packs a box.\n\n  **Request:** Send a `PackRequest`.\n\n  **Response:**\n\n  :status 200 OK: The box is packed, a `PackResponse`.\n\n  **Details:**\n\n  .. ts:def:: PackResponse\n\n    interface PackResponse {\n      // When it was packed.\n      packed_at: Timestamp;\n    }\n\n  .. ts:def:: PackRequest\n\n    interface PackRequest {\n      // How big.\n      size: number;\n\n      lid?: string;\n    }\n";
    let out = read("boxes.rst", page);
    assert_eq!(routes(&out), ["POST /boxes/{BOX_ID}/pack"]);
    let op = &out.spec.operations[0];
    assert_eq!(body_flags(&out, op), [("size", true), ("lid", false)]);
    assert_eq!(statuses(&out), [vec![200]]);
}

/// A call sending a body whose description names a type (`Stores a `ShelfSlip` for the
/// box.`) declared in code in its section (`interface ShelfSlip { shelf: string; }`): the
/// type's members are the body's fields; the answer's type beside it is none of them.
#[test]
fn type_the_description_names_declared_in_a_type_directive() {
    let page = "Shelves\n=======\n\n.. http:put:: /shelf-slip\n\n  Stores a `ShelfSlip` for the box.\n\n  **Response:**\n\n  :status 200: A `SlipStored` object.\n\n  **Details:**\n\n  .. ts:def:: SlipStored\n\n    interface SlipStored {\n      stored_at: Timestamp;\n    }\n\n  .. ts:def:: ShelfSlip\n\n    interface ShelfSlip {\n      // Which shelf.\n      shelf: string;\n\n      row?: number;\n    }\n\n.. http:get:: /shelf-slip/$ID\n\n  Reads a slip.\n\n  :status 200: A `ShelfSlip`.\n";
    let out = read("shelves.rst", page);
    assert_eq!(routes(&out), ["PUT /shelf-slip", "GET /shelf-slip/{ID}"]);
    let op = &out.spec.operations[0];
    assert_eq!(body_flags(&out, op), [("shelf", true), ("row", false)]);
    assert_eq!(statuses(&out), [vec![200], vec![200]]);
}

/// A sentence under a body label naming the body's members in code as properties: `Must be
/// a JSON object with a `lampId` property` (required), `Can contain a `quiet` property`
/// (optional); the sample after it types them.
#[test]
fn body_members_named_in_a_sentence_under_a_body_label() {
    let page = "# Lamps\n\n### POST /v1/lamps/flash\n\nFlashes a lamp.\n\n#### Request body\n\nMust be a JSON object with a `lampId` property, naming the lamp.\n\n```json\n{\n  \"lampId\": 4\n}\n```\n\n### POST /v1/lamps/off\n\nTurns the lamps off.\n\n#### Request body\n\nCan contain a `quiet` property, which if set to `true` keeps the beeper silent.\n";
    let out = read("lamps.md", page);
    assert_eq!(routes(&out), ["POST /v1/lamps/flash", "POST /v1/lamps/off"]);
    assert_eq!(
        body_flags(&out, &out.spec.operations[0]),
        [("lampId", true)]
    );
    assert_eq!(
        body_flags(&out, &out.spec.operations[1]),
        [("quiet", false)]
    );
}

/// A sentence introducing the body wrapped over two lines, its last line naming only the
/// fields (`The body is an object` / `with the following properties:`), and a paragraph
/// closing on `The properties are:` after a sentence saying they are the request's: each
/// the label of the `` * `name` (_type_) - … `` items after it.
#[test]
fn body_fields_introduced_by_a_wrapped_or_closing_sentence() {
    let page = "# Crates\n\n#### Create Crate\n\n```\nPOST /v2/crates\n```\n\nCrates are made with a `POST` request carrying JSON. The body is an object\nwith the following properties:\n\n* `label` (_string_) - What the crate says.\n* `slots` (_list_ with integers) - Slot numbers.\n\n#### Change Crate\n\n```\nPATCH /v2/crate/{crateID}\n```\n\nEvery property of the request for changing a crate may be left out. Missing ones keep their values. The properties are:\n\n* `label` (_string_) - What the crate says.\n* `drop_slots` (_list_ with integers) - Slots to empty.\n";
    let out = read("crates.md", page);
    assert_eq!(
        routes(&out),
        ["POST /v2/crates", "PATCH /v2/crate/{crateID}"]
    );
    assert_eq!(
        body_names(&out, &out.spec.operations[0]),
        ["label", "slots"]
    );
    assert_eq!(
        body_names(&out, &out.spec.operations[1]),
        ["label", "drop_slots"]
    );
}

/// Names in code under `**Required:**` / `**Optional:**` caption paragraphs, one a line,
/// alone or before a dash (`` `shelf` - the shelf<br/> `` / `` `colour` ``): each a
/// body field of the call, required or optional by its caption.
#[test]
fn names_in_code_under_required_and_optional_captions() {
    let page = "**Move Box**\n----\n  Moves a box.\n\n* **URL**\n\n  /box/move\n\n* **Method:**\n\n  `POST`\n\n* **JSON Params**\n\n   **Required:**\n\n   `box` - Which box<br/>\n   `shelf` - Where to<br />\n\n   **Optional:**\n\n   `colour` - Its new colour\n\n* **Success Response:**\n\n  * **Code:** 200\n";
    let out = read("move.md", page);
    assert_eq!(routes(&out), ["POST /box/move"]);
    assert_eq!(
        body_flags(&out, &out.spec.operations[0]),
        [("box", true), ("shelf", true), ("colour", false)]
    );
}

/// A route item's sub-item labelling its parameters with their place in brackets before
/// the colon (`- Params (json object in request body) :`) over `name (type)` items: the
/// body's fields. (An item naming a field with an aside, `` `a` (optional) controls it:
/// ``, is no label.)
#[test]
fn a_params_item_with_its_place_in_brackets_before_the_colon() {
    let page = "# Boxes\n\n- **POST** /boxes\n  - Params (json object in request body) :\n    - label (string)\n    - sealed (bool)\n  - Return :\n    JSON formatted box object.\n\n- **DELETE** /boxes/:box\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["POST /boxes", "DELETE /boxes/{box}"]);
    let names: Vec<&str> = body_fields(&out, 0).iter().map(|f| f.0).collect();
    assert_eq!(names, ["label", "sealed"]);
}

/// Kismet's items closed by a hard-break mark (`* POST parameters \\` over `A command
/// dictionary containing:` and a table) in a section routing `GET` and `POST` to one URL:
/// the table is the POST's body, and neither the GET's query nor its body.
#[test]
fn a_post_parameters_label_in_a_section_of_get_and_post() {
    let page = "### All devices\n\n* URL \\\\\n        /devices/all.ekjson\n\n* Methods \\\\\n        `GET` `POST`\n\n* POST parameters \\\\\nA command dictionary containing:\n\n| Key    | Description |\n| ------ | ----------- |\n| fields | Optional, field simplification |\n| regex  | Optional, a filter |\n\n* Results \\\\\n        Each device.\n";
    let out = read("devices.md", page);
    assert_eq!(
        routes(&out),
        ["GET /devices/all.ekjson", "POST /devices/all.ekjson"]
    );
    let (get, post) = (&out.spec.operations[0], &out.spec.operations[1]);
    assert!(get.params.is_empty(), "{:?}", get.params);
    assert!(get.body.is_none(), "{:?}", get.body);
    assert_eq!(body_names(&out, post), ["fields", "regex"]);
}

/// On a plain-text page, a sentence wrapped onto a second line under a parameter label
/// (`The following parameters are read by the` / `weighing service.`) is prose, no label of
/// its own: the bullets after it stay the label's.
#[test]
fn a_wrapped_sentence_under_a_plain_text_parameter_label() {
    let page = "THE BOX WEIGHING CALL\n\nEndpoint: /v2/boxes/weigh\nMethod:   POST\n\nRequired parameters:\n\n    * box: the box to weigh\n\nOptional parameters:\n\n    The following parameters are read by the scale when it\n    weighs the box.\n\n    * unit: the unit of the answer\n    * tare: a weight to leave out\n";
    let out = read("weigh.txt", page);
    assert_eq!(routes(&out), ["POST /v2/boxes/weigh"]);
    assert_eq!(
        body_flags(&out, &out.spec.operations[0]),
        [("box", true), ("unit", false), ("tare", false)]
    );
}

/// A section opening with a `Parameters` list at the level of its route headings, shared
/// by the operations under it: each route takes the names of its placeholders as path
/// parameters, a `PUT`/`POST` the other names as its body's fields, a `GET`/`DELETE` none
/// of them; a label heading a level up between the list and the routes (`### Example
/// response`) does not end the section.
#[test]
fn a_sections_parameter_list_shared_by_its_route_headings() {
    let page = "# Shelf API\n\n### Shelves\n\n#### Parameters\n\n* `shelf_id` - the shelf (`String`)\n* `label` - the shelf's label (`String`)\n* `height` - its height (`Integer`)\n\n### Example response\n\n```json\n{\"label\": \"oak\"}\n```\n\n#### `GET /shelves/`\n\nLists the shelves.\n\n#### `PUT /shelves/:shelf_id`\n\nWrites a shelf.\n\n#### `DELETE /shelves/:shelf_id`\n\nDrops a shelf.\n\n### Sync\n\n#### Parameters\n\n* `remote` - where to (`String`)\n\n#### `GET /sync/state`\n\nThe state.\n\n#### `POST /sync/push`\n\nPushes.\n";
    let out = read("shelves.md", page);
    assert_eq!(
        ops(&out)
            .iter()
            .map(|(r, p)| format!("{r}: {}", p.join(", ")))
            .collect::<Vec<_>>(),
        [
            "GET /shelves/: ",
            "PUT /shelves/{shelf_id}: shelf_id path true",
            "DELETE /shelves/{shelf_id}: shelf_id path true",
            "GET /sync/state: ",
            "POST /sync/push: "
        ]
    );
    let put = &out.spec.operations[1];
    assert_eq!(body_names(&out, put), ["label", "height"]);
    let push = &out.spec.operations[4];
    assert_eq!(body_names(&out, push), ["remote"]);
    assert!(out.spec.operations[0].body.is_none());
}

/// Paragraphs under a parameter label each opening with a field's name alone in code, then
/// its description on the same line (`` `address` Hex string of the box. ``): the body's
/// fields of a call that sends one, type and flag unknown; the same paragraphs under a
/// `Returns` label are the answer's, not the body's.
#[test]
fn paragraphs_opening_with_a_name_in_code_under_a_parameter_label() {
    let page = "# Shelf\n\n#### GetBox\nReturns a box.\n\n```\nPOST /v1/shelf/box\n```\n\n###### Parameters\n`address` Hex string of the box address.\n\n`height` Block height. If not given, the newest.\n\n###### Returns\n`balance` Current balance.\n";
    let out = read("shelf.md", page);
    assert_eq!(routes(&out), ["POST /v1/shelf/box"]);
    let names: Vec<&str> = body_fields(&out, 0).iter().map(|(n, _)| *n).collect();
    assert_eq!(names, ["address", "height"]);
}

/// A body written in code as typed member lines between braces, not JSON (`name: string,
/// mandatory`, a nested `tags: [` list, a `more values: …` line standing for others): the
/// top-level members, required or optional where the word after the type says so.
#[test]
fn a_body_of_typed_member_lines_in_braces() {
    let page = "# Lamps API\n\n### Add a lamp\n\n#### URL\n\n`/api/lamp/`\n\n#### Method\n\n`POST`\n\n#### Body Parameters\n\n```javascript\n{\n  name: string, mandatory\n  watts: number, optional\n  tags: [\n    tag: string, mandatory\n  ]\n  \"room\": string: mandatory\n  name: string, the name again\n  more values: string or number, optional\n}\n```\n\n#### Success response\n\nCode 200\n\nCode 400\n";
    let out = read("lamps.md", page);
    assert_eq!(routes(&out), ["POST /api/lamp/"]);
    let op = &out.spec.operations[0];
    assert_eq!(
        body_flags(&out, op),
        [
            ("name", true),
            ("watts", false),
            ("tags", false),
            ("room", true)
        ]
    );
    assert_eq!(statuses(&out), [vec![200, 400]]);
}

/// A JSON body whose values are types in angle brackets (`"items": <Array[Item]>`, `"note":
/// <str|null> // Optional`): the sample's members, each a value of the type it names.
#[test]
fn a_json_body_of_types_in_angle_brackets() {
    let page = "# Lamp protocol\n\n## Switch lamps\n\n```http\nPOST https://lamp.host:8080/v1/switch\n```\n\nThe request body:\n\n```json\n{\n  \"lamps\": <Array[Lamp]>,\n  \"on\": <bool>,\n  \"note\": <str|null> // Optional\n}\n```\n";
    let out = read("lamps.md", page);
    assert_eq!(routes(&out), ["POST /v1/switch"]);
    let op = &out.spec.operations[0];
    assert_eq!(body_names(&out, op), ["lamps", "on", "note"]);
}

/// A JSON body with a note pointed at a member by an arrow after its value (`"colour":
/// "red" <-- New`): the note is no part of the sample, the members are read.
#[test]
fn an_arrow_note_after_a_member_of_a_json_body() {
    let page = "# Lamp protocol\n\n## Paint a lamp\n\n```http\nPOST https://lamp.host:8080/v1/paint\n```\n\nThe request body:\n\n```json\n{\n  \"lamp\": \"a1\",\n  \"colour\": \"red\" <-- New\n}\n```\n";
    let out = read("lamps.md", page);
    assert_eq!(routes(&out), ["POST /v1/paint"]);
    let op = &out.spec.operations[0];
    assert_eq!(body_names(&out, op), ["lamp", "colour"]);
}

/// A body field listed under the body's label with the name of the route's placeholder
/// (`:<json number box_id: the box's ID (optional, must equal the URL's)` under `..
/// http:put:: /boxes/(int:box_id)`): a body field of its own, the placeholder staying the
/// path's parameter.
#[test]
fn a_body_field_named_as_the_route_placeholder() {
    let page = "Boxes\n=====\n\n.. http:put:: /api/boxes/(int:box_id)\n\n    Update a box.\n\n    :<json number box_id: the box's ID (optional, must equal the URL's)\n    :<json string colour: the box's colour\n    :statuscode 200: no error\n";
    let out = read("boxes.rst", page);
    assert_eq!(
        ops(&out),
        [(
            "PUT /api/boxes/{box_id}".to_string(),
            vec!["box_id path true".to_string()]
        )]
    );
    assert_eq!(
        body_names(&out, &out.spec.operations[0]),
        ["box_id", "colour"]
    );
}

/// A page per endpoint that is all YAML front matter: `method:` and `endpoint:` give the
/// route, `fields:` the request's fields as mappings (`- name: filter` / `required: true` /
/// `type_name: Filter` / `purpose: …`), `description:` what it does: the body's fields
/// from the mappings, required where they say so, none from the front matter's lines read
/// as text (`- name: filter` is no parameter `name`).
#[test]
fn fields_listed_in_the_front_matter() {
    let page = "---\nmethod: POST\nendpoint: /metadata/key-suggest\nhelp: Search for key suggestions\ndescription: Search for key suggestions.\nfields:\n- name: key\n  type_json: '&ltstring&gt;'\n  purpose: Key to help limit down suggestions.\n- name: filter\n  required: true\n  type_name: Filter\n  purpose: Filter to apply\nresponse_fields:\n- name: 'suggestions'\n  required: true\n  purpose: 'Suggest key values with scores.'\n---\n";
    let out = read("post-metadata-key-suggest.md", page);
    assert_eq!(routes(&out), ["POST /metadata/key-suggest"]);
    let op = &out.spec.operations[0];
    assert!(op.params.is_empty());
    assert_eq!(body_flags(&out, op), [("key", false), ("filter", true)]);
    assert_eq!(op.doc.as_deref(), Some("Search for key suggestions."));
}

/// A JSON Schema document under a request's body label (API Blueprint's `+ Schema` over
/// `{"$schema": …, "type": "object"}`) describes the body: its members (`$schema`, `type`)
/// are no body fields; the attributes listed after it are.
#[test]
fn a_json_schema_under_the_body_label_is_no_sample() {
    let page = "# Award Federal Accounts\n\n## List Federal Accounts [/api/v2/awards/accounts/]\n\n### List Federal Accounts [POST]\n+ Request (application/json)\n    + Schema\n\n            {\n                \"$schema\": \"http://json-schema.org/draft-04/schema#\",\n                \"type\": \"object\"\n            }\n\n+ Response 200 (application/json)\n";
    let out = read("awards_accounts.md", page);
    assert_eq!(routes(&out), ["POST /api/v2/awards/accounts/"]);
    assert!(
        out.spec.operations[0].body.is_none(),
        "{:?}",
        out.spec.operations[0].body
    );
}

/// A JSON object right under a parameter label written in Chinese (`请求参数:`, "request
/// parameters") of a call that sends a body, its members commented (`"uid": "xxxx", //
/// 用户ID`): the body's fields, as under `Parameters:`.
#[test]
fn json_under_a_chinese_parameter_label_is_the_body() {
    let page = "# 用户\n\n## 注册或登录\n\n将用户信息注册到WuKongIM\n\n> POST /user/token\n\n请求参数:\n\n```json\n{\n  \"uid\": \"xxxx\", // 通信的用户唯一ID\n  \"token\": \"xxxxx\", // 校验的token\n  \"device_flag\": 0 // 设备标识\n}\n```\n\n成功响应\n\n```\nhttp status为200\n```\n";
    let out = read("user.md", page);
    let op = &out.spec.operations[0];
    assert_eq!(body_names(&out, op), ["uid", "token", "device_flag"]);
}

/// An MDX element naming the request's payload whose content is a template literal of JSON
/// (`<APIPayload>{`{ "name": "圈子名称" }`}</APIPayload>`): its members are the body's
/// fields.
#[test]
fn a_payload_element_holding_a_template_literal() {
    let page = "---
title: 创建圈子
---

## POST /circles

创建一个新的圈子。

<APIPayload>{`{
  \"name\":     \"圈子名称\",
  \"color\":    \"#fff\"
}
`}</APIPayload>
";
    let out = read("circles-create.md", page);
    assert_eq!(routes(&out), ["POST /circles"]);
    assert_eq!(body_names(&out, &out.spec.operations[0]), ["name", "color"]);
}

/// A parameter table's row named `None` (not in code) whose type is the JSON object sent
/// (`| None | required | object (JSON) | New poll |`): the body whole, no field named
/// `None`; the example under `Example of POST Body` gives its fields.
#[test]
fn a_row_named_none_is_the_body_whole() {
    let page = "## Polls

#### Creating a poll

POST /polls/add

##### Parameters

| name | type     | data type     | description |
|------|----------|---------------|-------------|
| None | required | object (JSON) | New poll    |

##### Example of POST Body

```
{ \"title\": \"Test?\", \"options\": [\"Yes\", \"No\"] }
```
";
    let out = read("polls.md", page);
    assert_eq!(routes(&out), ["POST /polls/add"]);
    assert_eq!(
        body_names(&out, &out.spec.operations[0]),
        ["title", "options"]
    );
}

/// A Chinese label naming the message's type in parentheses (`#### 请求（CreateDomainRequest）`,
/// `#### 响应（CreateDomainResponse）`) over the fields of that part, under `#### HTTP 路径`
/// over the path alone; the method from the example call.
#[test]
fn a_chinese_label_naming_its_message_type() {
    let page = "### 创建节点

#### HTTP 路径

/api/v1/domain/create

#### 请求（CreateDomainRequest）

| 字段 | 类型 | 选填 | 描述 |
|----|----|----|----|
| domain_id | string | 必填 | 节点 ID |
| role | string | 可选 | 角色 |

#### 响应（CreateDomainResponse）

| 字段 | 类型 | 描述 |
|----|----|----|
| status | Status | 状态信息 |

#### 请求示例

```sh
curl -k -X POST 'https://localhost:8082/api/v1/domain/create' -d '{\"domain_id\": \"bob\"}'
```
";
    let out = read("domain.md", page);
    assert_eq!(routes(&out), ["POST /api/v1/domain/create"]);
    assert_eq!(out.spec.operations[0].name, "创建节点");
    assert_eq!(
        body_names(&out, &out.spec.operations[0]),
        ["domain_id", "role"]
    );
}

/// Fields as entries between rules of underscores, each a bold name, a grey type and a red
/// flag in inline HTML over its description (`________` / `<b>name</b> <font color="gray">
/// string </font> <font color="red"> Required </font>` / description / `________`).
#[test]
fn entries_between_rules_in_inline_html() {
    let page = "### Create Knowledge Space

```python
POST /api/v2/serve/knowledge/spaces
```

#### Request body

________
<b>name</b> <font color=\"gray\"> string </font> <font color=\"red\"> Required </font>

knowledge space name
________
<b>desc</b> <font color=\"gray\"> string </font> <font color=\"red\"> Optional </font>

description of the knowledge space
________

#### Response body
Return the space.
";
    let out = read("knowledge.md", page);
    assert_eq!(routes(&out), ["POST /api/v2/serve/knowledge/spaces"]);
    assert_eq!(
        body_flags(&out, &out.spec.operations[0]),
        [("name", true), ("desc", false)]
    );
}

/// A label that is the type one of the listed fields names (`options | MinyamiOptions` in
/// the parameters table, then `MinyamiOptions:` over a table of its own): that table gives
/// the type's members, no fields of the call.
#[test]
fn a_table_under_a_label_naming_a_fields_type() {
    let page = "## Tasks

### Add a task

`POST /task/add`

Parameters:

|Name         |Type          |Desc
|:------------|:-------------|:---------------
|url          |string        |the address
|options      |MinyamiOptions|what to pass on

MinyamiOptions:

|Name         |Type      |Desc
|:------------|:---------|:---------------
|threads      |number    |Threads limit
|retries      |number    |Retry limit
";
    let out = read("task.md", page);
    assert_eq!(
        body_names(&out, &out.spec.operations[0]),
        ["url", "options"]
    );
}

/// A JSON document alone in a fence labelled by a shell (`shell` over `{"name": …}`, as a
/// page labels every block): a sample, the request's body under a body label; a shell
/// command in such a fence is none.
#[test]
fn json_alone_in_a_shell_fence_is_a_sample() {
    let page = "### Create box\n\n**POST** `/boxes`\n\n#### Request body\n\n```shell\n{\n    \"name\": \"b1\",\n    \"size\": 3\n}\n```\n\n### Empty box\n\n**POST** `/boxes/{name}/empty`\n\n#### Request body\n\n```shell\necho '{\"name\": \"b1\"}' > box.json\n```\n";
    let out = read("boxes.md", page);
    assert_eq!(routes(&out), ["POST /boxes", "POST /boxes/{name}/empty"]);
    let ops = &out.spec.operations;
    assert_eq!(body_names(&out, &ops[0]), ["name", "size"]);
    assert!(ops[1].body.is_none(), "{:?}", ops[1].body);
}

/// A JSON object right under the word `Request:` alone, in a call that sends a body, is the
/// body; so is a JavaScript object literal (bare keys, trailing commas, `...` elisions)
/// under `Request body:`. `Request:` over the sample of a `GET` call gives no body.
#[test]
fn a_bare_request_label_and_object_literal_bodies() {
    let page = "# Device

### All devices

**GET: `/api/v2/devices`**

Request:

```json
{\"since\": \"2024-01-01\"}
```

### Create device

**POST: `/api/v2/devices`**

Request:

```json
{
  \"ip\": \"127.0.0.1\",
  \"company\": {
    ...
  },
  \"type\": \"PC\"
}
```

Response:

```json
{\"ip\": \"127.0.0.1\", \"id\": 7}
```

### Create task for user

**POST: `/api/v2/users/:user_id/tasks`**

Request body:

```json
{
  name: \"Title\",
  subject: \"Subject\",
}
```
";
    let out = read("device.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /api/v2/devices",
            "POST /api/v2/devices",
            "POST /api/v2/users/{user_id}/tasks"
        ]
    );
    let ops = &out.spec.operations;
    assert!(ops[0].body.is_none(), "{:?}", ops[0].body);
    assert_eq!(body_names(&out, &ops[1]), ["ip", "company", "type"]);
    assert_eq!(body_names(&out, &ops[2]), ["name", "subject"]);
}

/// A curl call fed a here-document (`cat <<EOF | curl … -X POST -d @-` over the JSON and
/// `EOF`) sends that document: the body's fields; the status line `curl -i` prints under
/// the call (`HTTP/1.1 201 Created`) is the call's status, also in a plain curl block.
#[test]
fn a_here_document_fed_to_curl_is_the_body() {
    let page = "# A

#### **POST** create

```
cat <<EOF | curl -i 'https://example.org/x/addressbook/' -X POST -d @- -H \"Content-Type: application/json\"
{
  \"uid\": \"5638\",
  \"note\": \"I'm away\"
}
EOF

HTTP/1.1 201 Created
Location: https://example.org/x/addressbook/1234
```

#### **GET** mail

```
curl -i https://example.org/x/mail
HTTP/1.1 200 OK
```
";
    let out = read("a.md", page);
    assert_eq!(routes(&out), ["POST /x/addressbook/", "GET /x/mail"]);
    let ops = &out.spec.operations;
    assert_eq!(body_names(&out, &ops[0]), ["uid", "note"]);
    assert_eq!(statuses(&out), [vec![201], vec![200]]);
}

/// A table of a resource's calls (`|Method|Description|` rows `` `POST` /api/curves ``) over
/// a field table with a column per method (`` `GET` | `GET/:id` | `POST` | `PATCH` ``), its
/// cells marking what each call does with the field (`📝` sent, `📝<br>(required)`, `📖`
/// returned): each call's body is what its own column marks, the table shared by the rows
/// even where an example titled by a route follows; a call that sends no body gets none.
#[test]
fn a_field_table_with_a_column_per_method() {
    let page = "# curves

|Method|Description|
|---|---|
|`GET` /api/curves|Get an array of all curves.|
|`GET` /api/curves/:id|Get a single curve by id.|
|`POST` /api/curves|Create a new curve.|
|`PATCH` /api/curves/:id|Edit a single curve by id.|
|`DELETE` /api/curves/:id|Delete a single curve by id.|

|Field|Type|`GET`|`GET/:id`|`POST`|`PATCH`|`DELETE`|
|---|---|:---:|:---:|:---:|:---:|:---:|
|`id`<br>Unique identifier.|integer|📖|📖|📖|📖|🗑|
|`name`<br>Curve name.|string|📖|📖|📝<br>(required)|📝|🗑|
|`data`<br>Points.|integer \\| null|📖|📖|📝||🗑|
|*corpus*<br>Not a field.|object|📖|📖|📝|📝||

__POST /api/curves__
```python
print(1)
```
";
    let out = read("curves.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /api/curves",
            "GET /api/curves/{id}",
            "POST /api/curves",
            "PATCH /api/curves/{id}",
            "DELETE /api/curves/{id}"
        ]
    );
    let ops = &out.spec.operations;
    assert!(ops[0].body.is_none(), "{:?}", ops[0].body);
    // (Each field with whether it is optional.)
    assert_eq!(body_fields(&out, 2), [("name", false), ("data", true)]);
    assert_eq!(body_fields(&out, 3), [("name", true)]);
    assert!(ops[4].body.is_none(), "{:?}", ops[4].body);
}

/// A raw request in code whose body is written as a TypeScript-style schema (`"id": string |
/// null`, `"captcha"?: string`, `string[]`), after header lines or right under the request
/// line, the query string going on over indented lines: the body's fields typed by their
/// words; a bare `{}` is no example. An item closed by a colon over a nested list says what
/// the list is: what the call returns (`Returns JSON dictionary with following key:`), or the
/// object it sends (`JSON object with any of these keys …:`).
#[test]
fn typescript_shaped_request_bodies_and_long_item_labels() {
    let page = "# Surveys

## Browse surveys

```json
GET /api/admin/surveys
    ?search={searchText}
    &page={page}

Authorization: Bearer {accessToken}
```

## Create survey

```json
POST /api/admin/surveys

Authorization: Bearer {accessToken}
Content-Type: application/json

{
    \"name\": string | null,
    \"captcha\"?: string,
    \"allowGenUsers\": boolean,
    \"tags\": string[],
    \"state\": SurveyState,
}
```

## Clear survey

```json
POST /api/admin/surveys/clear

{}
```

## Lock survey

```
POST /api/admin/surveys/lock

{
    \"reason\": string
}
```
";
    let out = read("surveys.md", page);
    let ops = &out.spec.operations;
    assert_eq!(param_names(&out, 0), ["search", "page"]);
    assert_eq!(
        body_names(&out, &ops[1]),
        ["name", "captcha", "allowGenUsers", "tags", "state"]
    );
    let ty = |op: usize, field: &str| {
        let Some(Body {
            ty: TypeRef::Named(n),
            ..
        }) = &ops[op].body
        else {
            panic!("{:?}", ops[op].body);
        };
        out.spec.types[n]
            .fields()
            .iter()
            .find(|f| f.name == field)
            .map(|f| f.ty.clone())
    };
    assert_eq!(
        ty(1, "allowGenUsers"),
        Some(TypeRef::Primitive(
            chatgen_codegen::spec::Primitive::Boolean
        ))
    );
    assert!(matches!(ty(1, "tags"), Some(TypeRef::List(_))));
    assert!(
        ops[2].body.is_none() && ops[2].examples.is_empty(),
        "{:?}",
        ops[2]
    );
    assert_eq!(body_names(&out, &ops[3]), ["reason"]);

    let page = "# API

## Packages

* GET `/api/packages/<author>/<name>/hypertext/`
    * Query arguments:
        * `formspec_version`: Required, maximum supported formspec version.
    * Returns JSON dictionary with following key:
        * `head`: markup for suggested styling.
        * `body`: markup for long description.
* PUT `/api/packages/<author>/<name>/` (Update)
    * JSON object with any of these keys (all are optional, null to delete Nullables):
        * `type`: One of `GAME`, `MOD`, `TXP`.
        * `title`: Human-readable title.
    * Returns a JSON object with:
        * `success`
";
    let out = read("packages.md", page);
    let ops = &out.spec.operations;
    assert_eq!(param_names(&out, 0), ["author", "name", "formspec_version"]);
    assert_eq!(body_names(&out, &ops[1]), ["type", "title"]);
}

/// A sentence after the route naming the call's fields inline after a colon (`Configure a
/// relay (all fields optional): `name`, `gpio`, `power_w`.`, `Body fields (all optional):
/// `control_gain` (10–1000, default 200) · `balance_threshold` (W) → …`): body fields,
/// optional as the words say; its status is read on. A sentence whose colon is followed by
/// other words than names, or that names no fields, gives none.
#[test]
fn fields_named_inline_after_a_colon() {
    let page = "# Web API

### POST /api/relays/{id}/config
Configure a relay (all fields optional): `name`, `gpio`,
`power_w`. → `200 {\"success\":true}`.

### POST /api/config
Update any subset.

Body fields (all optional, the complete set): `control_gain` (10–1000, default 200) ·
`balance_threshold` (W, 0–100, default 10) · `grid_current_limit` (A). →
`200 {\"success\":true}`.

### POST /api/mode
Set the mode: `auto` is the default, `off` stops it.

### POST /api/reboot
Reboots the device. Also see: `GET /api/status`, `GET /api/info`.
";
    let out = read("post.md", page);
    let ops = &out.spec.operations;
    assert_eq!(
        body_flags(&out, &ops[0]),
        [("name", false), ("gpio", false), ("power_w", false)]
    );
    assert_eq!(statuses(&out)[0], [200]);
    assert_eq!(
        body_names(&out, &ops[1]),
        ["control_gain", "balance_threshold", "grid_current_limit"]
    );
    assert!(ops[2].body.is_none(), "{:?}", ops[2].body);
    assert!(ops[3].body.is_none(), "{:?}", ops[3].body);
}

/// A list of parameters no label places, above a body shown under a label of its own as
/// JSON records that name none of them (`### Parameters` over `- `review` - …`, then `###
/// Body`): the list is the query string's and the records are the body; the formats the
/// body may come in (`- `json` (**empty**) - application/json`) are no fields, and a
/// numbered example value (`"Donor1"`) is a string, not a type's name.
#[test]
fn parameters_beside_a_body_shown_under_its_own_label() {
    let page = "# Donors API

## POST: [api/entries/{type?}](http://localhost:5100/api/entries)
Submit patients data.

### Parameters
- `review` - indicates if submitted data requires reviewal. Default is `true`.

### Body
Supported formats are:
- `json` (**empty**) - application/json
- `tsv` - text/tab-separated-values

##### json - application/json
```json
[
  {
    \"id\": \"Donor1\",
    \"mta\": true,
    \"projects\": [ \"Project1\" ]
  }
]
```

### Responses
- `200` - submission ID
";
    let out = read("donors.md", page);
    assert_eq!(
        ops(&out),
        [(
            "POST /api/entries/{type}".to_string(),
            vec![
                "type path true".to_string(),
                "review query false".to_string()
            ]
        )]
    );
    let op = &out.spec.operations[0];
    let Some(Body {
        ty: TypeRef::List(item),
        ..
    }) = &op.body
    else {
        panic!("a list body: {:?}", op.body);
    };
    let TypeRef::Named(item) = item.as_ref() else {
        panic!("named items: {item:?}");
    };
    let def = &out.spec.types[item];
    let fields: Vec<(&str, String)> = def
        .fields()
        .iter()
        .map(|f| (f.name.as_str(), f.ty.to_string()))
        .collect();
    assert_eq!(
        fields,
        [
            ("id", "string".to_string()),
            ("mta", "boolean".to_string()),
            ("projects", "{list: string}".to_string())
        ]
    );
    // (A list under the parameters' own label whose names the sample fills in, or one
    // naming the body itself, stays the body.)
    let named = page
        .replace("- `review` - indicates", "- `body` - the records; indicates")
        .replace("Supported formats are:\n- `json` (**empty**) - application/json\n- `tsv` - text/tab-separated-values\n", "");
    let out = read("donors.md", &named);
    assert_eq!(ops(&out)[0].1, ["type path true"]);
}

/// An operation's list of facts, each item labelled (`* method: POST`, `* param: `name` …`,
/// `* ex: curl …`): the `param:` items are its fields, named by the word after the label;
/// the method and the example are none.
#[test]
fn labelled_param_items_among_an_operations_facts() {
    let page = "# API

### <a id=\"useradd\"></a>`/user/add`
* method: `POST`
* param: `username` name of the user to create
* param: `user_ids[]` array of unique user ids
* ex: `curl -d 'username=user' http://localhost/wissl/user/add`
* requires admin privileges

### <a id=\"users\"></a>`/users`
* method: `GET`
* no parameter
* ex: `curl http://localhost/wissl/users`
";
    let out = read("api.md", page);
    assert_eq!(routes(&out), ["POST /user/add", "GET /users"]);
    assert_eq!(
        body_names(&out, &out.spec.operations[0]),
        ["username", "user_ids[]"]
    );
    assert!(out.spec.operations[1].body.is_none());
}

/// A field named `param` (`- param: parameters for the service`) is no label: the word
/// after it is a word of the label's own, not a name.
#[test]
fn a_field_named_param_described_as_parameters() {
    let page = "# Services\n\n### `POST /api/v0/services/{hostname}`\n\nInput:\n\n- type: service type\n- param: parameters for the service\n";
    let out = read("s.md", page);
    assert_eq!(body_names(&out, &out.spec.operations[0]), ["type", "param"]);
}

/// A section of its own for the parameters of calls its opening sentence names by their
/// routes ("Parameters used to create (`POST /api/<mail>`) or update (`PUT /api/<mail>`)
/// …:" over a table): those calls send them; the call documented above the section
/// (`GET /api/<mail>`) does not. A section of what named calls return is none of theirs.
#[test]
fn a_parameter_section_naming_its_calls_by_route() {
    let page = "# Lists

## API Endpoints

HTTP Method | URI | Comment
---|---|---
GET     | `/api/<mail>` | Get profile of an existing mailing list account.
POST    | `/api/<mail>` | Create a new mailing list account.
PUT     | `/api/<mail>` | Update mailing list profiles.

## Parameters used to create or update mailing list account

Parameters used to create (`POST /api/<mail>`) or update (`PUT /api/<mail>`) mailing list account:

Parameter | Sample Usage | Default Value | Comment
---|---|---|---
`close_list` | `close_list=yes` | `no` | If set to `yes`, subscription is disabled.
`name` | `name=Short description` | | A short description.

## Add subscribers

`POST /api/<mail>/subscribers`

Parameter | Sample Usage | Default Value | Comment
---|---|---|---
`add_subscribers` | `add_subscribers=<mail>` | | Subscribers to add.
";
    let out = read("api.md", page);
    assert_eq!(
        routes(&out),
        [
            "GET /api/{mail}",
            "POST /api/{mail}",
            "PUT /api/{mail}",
            "POST /api/{mail}/subscribers"
        ]
    );
    assert!(out.spec.operations[0].body.is_none());
    assert_eq!(
        body_names(&out, &out.spec.operations[1]),
        ["close_list", "name"]
    );
    assert_eq!(
        body_names(&out, &out.spec.operations[2]),
        ["close_list", "name"]
    );
    assert_eq!(
        body_names(&out, &out.spec.operations[3]),
        ["add_subscribers"]
    );
    // (A section on what the named calls answer with is none of their parameters.)
    let page = "# Tokens\n\n## Get a List of Tokens\n\n`GET /api/v1/tokens`\n\nLists them.\n\n## Remove a Token\n\n`DELETE /api/v1/tokens/{name}`\n\nRemoves it.\n\n## Token Fields\n\nToken read endpoints (`GET /api/v1/tokens`) return additional fields:\n\n- `created_at`: Timestamp when the token was issued.\n- `ttl`: Inactivity timeout (seconds).\n";
    let out = read("tokens.md", page);
    assert_eq!(
        routes(&out),
        ["GET /api/v1/tokens", "DELETE /api/v1/tokens/{name}"]
    );
    assert!(
        param_names(&out, 0).is_empty(),
        "{:?}",
        param_names(&out, 0)
    );
}
