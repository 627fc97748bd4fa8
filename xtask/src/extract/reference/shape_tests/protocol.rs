//! How RPC calls travel, read from a page's sample requests.

use chatgen_codegen::spec::{Endpoint, JsonPointer, Method, ParamStyle, Protocol};
use serde_json::json;

use super::super::envelope::members_named;
use super::*;

fn ptr(p: &str) -> JsonPointer {
    JsonPointer::parse(p).unwrap()
}

/// JSON-RPC 2.0 samples sent by `curl` (`--data '{"jsonrpc": "2.0", "id": 1, "method":
/// "info.getNodeID", "params": {…}}'`), one per method heading: every call goes to one
/// address, the method in `method`, the parameters in `params`, `"jsonrpc": "2.0"` as
/// given, a fresh `id`; answers as JSON-RPC 2.0 defines them.
#[test]
fn json_rpc_samples_make_one_address_and_an_envelope() {
    let page = "# Info API\n\nThe endpoint is `/ext/info`.\n\n### info.getNodeID\n\nGet the ID of this node.\n\n**Signature**:\n\n```\ninfo.getNodeID() -> {nodeID: string}\n```\n\n**Example Call**:\n\n```sh\ncurl -X POST --data '{\n    \"jsonrpc\":\"2.0\",\n    \"id\"     :1,\n    \"method\" :\"info.getNodeID\"\n}' -H 'content-type:application/json;' 127.0.0.1:9650/ext/info\n```\n\n### info.isBootstrapped\n\nCheck whether a given chain is done bootstrapping.\n\n**Signature**:\n\n```\ninfo.isBootstrapped({chain: string}) -> {isBootstrapped: bool}\n```\n\n**Example Call**:\n\n```sh\ncurl -X POST --data '{\n    \"jsonrpc\":\"2.0\",\n    \"id\"     :1,\n    \"method\" :\"info.isBootstrapped\",\n    \"params\": {\n        \"chain\":\"X\"\n    }\n}' -H 'content-type:application/json;' 127.0.0.1:9650/ext/info\n```\n";
    let out = read("info.md", page);
    assert_eq!(rpc_names(&out), ["info.getNodeID", "info.isBootstrapped"]);
    let p = &out.spec.protocol;
    let rpc = p.rpc.as_ref().unwrap();
    assert_eq!(rpc.endpoint, Endpoint::Single);
    let e = rpc.envelope.as_ref().unwrap();
    assert_eq!(e.target, ptr("/method"));
    assert_eq!(e.body_params, Some(ptr("/params")));
    assert_eq!(e.message_key, Some(ptr("/id")));
    assert_eq!(e.constants.get(&ptr("/jsonrpc")), Some(&json!("2.0")));
    let a = p.answer.as_ref().unwrap();
    assert_eq!(a.result, Some(ptr("/result")));
    assert_eq!(a.code, Some(ptr("/error/code")));
    assert_eq!(a.message, Some(ptr("/error/message")));
}

/// Samples naming the method in a call member beside the parameters (`{"operation":
/// "get_job", "id": "4a98…"}`): one address, the method in `operation`, the parameters
/// beside it; no answer shape is said, none is given.
#[test]
fn a_call_member_beside_the_parameters() {
    let page = "# Jobs\n\n## Get Job\n\nReturns job status for the specified job ID.\n\n- `operation` _(required)_ - must always be `get_job`\n- `id` _(required)_ - the id of the job you wish to view\n\n### Body\n\n```json\n{\n\t\"operation\": \"get_job\",\n\t\"id\": \"4a982782-929a-4507-8794-26dae1132def\"\n}\n```\n\n## Search Jobs By Start Date\n\nReturns the jobs executed within the specified time window.\n\n- `operation` _(required)_ - must always be `search_jobs_by_start_date`\n- `from_date` _(required)_ - the date you wish to start the search\n\n### Body\n\n```json\n{\n\t\"operation\": \"search_jobs_by_start_date\",\n\t\"from_date\": \"2021-01-25T22:05:27.464+0000\"\n}\n```\n";
    let out = read("jobs.md", page);
    assert_eq!(rpc_names(&out), ["get_job", "search_jobs_by_start_date"]);
    let e = out.spec.protocol.envelope().unwrap();
    assert_eq!(e.target, ptr("/operation"));
    assert_eq!(e.body_params, None);
    // A string `id` beside no `jsonrpc` is a parameter, not a message key.
    assert_eq!(e.message_key, None);
    assert!(e.constants.is_empty());
    assert_eq!(out.spec.protocol.answer, None);
}

/// A key beside the method and the parameters' own member (`{"id": 1, "api_key": "…",
/// "method": "pull", "args": {…}}`): a credential sent where the sample puts it. (A `curl`
/// call to the one address in each section is read as that address's route: left so.)
#[test]
fn a_key_beside_the_method_is_a_credential() {
    let page = "# API\n\nSend JSON to /_admin/api.\n\n## pull\n\nPulls the given repo.\n\n| Parameter | Type | Required | Description |\n|---|---|---|---|\n| repoid | String | Yes | The repository |\n\n```json\n{\"id\":1,\"api_key\":\"xe7c\",\"method\":\"pull\",\"args\":{\"repoid\":\"CPython\"}}\n```\n\n## get_user\n\nGets a user.\n\n| Parameter | Type | Required | Description |\n|---|---|---|---|\n| userid | String | Yes | The user |\n\n```json\n{\"id\":2,\"api_key\":\"xe7c\",\"method\":\"get_user\",\"args\":{\"userid\":\"7\"}}\n```\n";
    let out = read("api.md", page);
    assert_eq!(rpc_names(&out), ["pull", "get_user"]);
    let e = out.spec.protocol.envelope().unwrap();
    assert_eq!(e.target, ptr("/method"));
    assert_eq!(e.body_params, Some(ptr("/args")));
    assert_eq!(e.message_key, Some(ptr("/id")));
    let creds: Vec<(&str, Option<&str>)> = out
        .spec
        .protocol
        .credentials
        .iter()
        .map(|c| (c.name.as_str(), c.at.as_deref()))
        .collect();
    assert_eq!(creds, [("api_key", Some("/api_key"))]);
}

/// A family's usual protocol holds only where the page names what it is known by: an
/// answer's `ok` flag, the way to an envelope's target (`header`, `target`).
#[test]
fn a_family_protocol_needs_its_members_named() {
    let slack_like = Protocol::form_rpc_per_method().with_failure_flag(ptr("/ok"), ptr("/error"));
    let with_ok = Document::parse(
        "a.md",
        "# A\n\n```json\n{\"ok\": false, \"error\": \"x\"}\n```\n",
    );
    let json_rpc = Document::parse(
        "b.md",
        "# B\n\n```json\n{\"jsonrpc\": \"2.0\", \"result\": {\"okay\": 1}}\n```\n",
    );
    assert!(members_named(&with_ok, &slack_like));
    assert!(!members_named(&json_rpc, &slack_like));
    let envelope = Protocol::header_body_envelope();
    let wimi = Document::parse(
        "c.md",
        "# C\n\n```json\n{\"header\": {\"target\": \"a.b.C\", \"msg_key\": \"k\"}}\n```\n",
    );
    assert!(members_named(&wimi, &envelope));
    assert!(!members_named(&with_ok, &envelope));
}

/// Methods with no sample request naming them: each is `POST`ed to its own path, as before.
#[test]
fn without_samples_each_method_has_its_path() {
    let page = "# Bot API\n\n## getMe\n\nA simple method for testing your bot's auth token.\n\n| Parameter | Type | Required | Description |\n|---|---|---|---|\n| timeout | Integer | No | Seconds to wait |\n\n## sendMessage\n\nUse this method to send text messages.\n\n| Parameter | Type | Required | Description |\n|---|---|---|---|\n| chat_id | Integer | Yes | Target chat |\n| text | String | Yes | Text of the message |\n";
    let out = read("bot.md", page);
    assert_eq!(rpc_names(&out), ["getMe", "sendMessage"]);
    let rpc = out.spec.protocol.rpc.as_ref().unwrap();
    assert_eq!(rpc.endpoint, Endpoint::PerMethod);
    assert!(rpc.envelope.is_none());
}

/// Calls written as URLs whose query string names a method (`webapi.htm?type=op_query&
/// method=admin_query_sub_info&…`), two methods through one member and one path: every call
/// a `GET` of that path, the method in `method`, the parameters (a table under a `Request`
/// label that says no place) in the query string.
#[test]
fn calls_by_query_string_make_query_parameters() {
    let page = "# HTTP access API definition\n\n## Topic API\n\n### `admin_query_topic_info`\n\nQuery specific topic record info.\n\n__Request__\n\n|name|must|description|type|\n|---|---|---|---|\n|topicName|yes| the topic name|String|\n|brokerId|no|the id of the broker|String|\n\n### `admin_delete_topic_info`\n\nDelete a topic record.\n\n__Request__\n\n|name|must|description|type|\n|---|---|---|---|\n|topicName|yes| the topic name|String|\n\n### `admin_modify_topic_info`\n\nModify a topic record.\n\n__Request__\n\n|name|must|description|type|\n|---|---|---|---|\n|topicName|yes| the topic name|String|\n\n## Subscriber API\n\n1. Query consumer group subscription information\n\nUrl ` http://127.0.0.1:8080/webapi.htm?type=op_query&method=admin_query_sub_info&topicName=test `\n\n2. Query consumer group detail\n\nUrl `http://127.0.0.1:8080/webapi.htm?type=op_query&method=admin_query_consume_group_detail&consumeGroup=test_25`\n";
    let out = read("api.md", page);
    assert_eq!(
        rpc_names(&out),
        [
            "admin_query_topic_info",
            "admin_delete_topic_info",
            "admin_modify_topic_info"
        ]
    );
    let rpc = out.spec.protocol.rpc.as_ref().unwrap();
    assert_eq!(
        (rpc.endpoint, rpc.params),
        (Endpoint::Single, ParamStyle::Query)
    );
    assert_eq!(rpc.envelope.as_ref().unwrap().target, ptr("/method"));
    assert_eq!(out.spec.base_path.as_deref(), Some("/webapi.htm"));
    assert_eq!(
        ops(&out)[0].1,
        ["topicName query true", "brokerId query false"]
    );
}

/// The one URL a page gives as every call's template, a placeholder where the command goes
/// (`/api?apikey=$apikey&cmd=$command`): the method in `cmd`, the key a credential sent
/// beside it.
#[test]
fn a_call_template_with_a_slot_for_the_command() {
    let page = "# API Reference\n\nThe API endpoint is `http://ip:port + HTTP_ROOT + /api?apikey=$apikey&cmd=$command`\n\n### getIndex\nFetch data from index page. Returns: ArtistName, ArtistSortName.\n\n### getArtist&id=$artistid\nFetch artist data.\n\n### addArtist&id=$artistid\nAdd an artist to the db by artistid.\n";
    let out = read("API.md", page);
    assert_eq!(rpc_names(&out), ["getIndex", "getArtist", "addArtist"]);
    let p = &out.spec.protocol;
    let rpc = p.rpc.as_ref().unwrap();
    assert_eq!(rpc.params, ParamStyle::Query);
    assert_eq!(rpc.envelope.as_ref().unwrap().target, ptr("/cmd"));
    let creds: Vec<&str> = p.credentials.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(creds, ["apikey"]);
    assert_eq!(out.spec.base_path.as_deref(), Some("/api"));
}

/// Requests of one entry point picked by an argument in capitals (`&REQUEST=GetMap`), each
/// a section titled by its name whose URL example gives one argument a line
/// (`http://localhost/maps?` / `SERVICE=WMS` / `&REQUEST=GetMap`), the example of one under
/// a sub-heading of a parameter when the section's own code is only an answer: every request
/// a `GET` of that path, the method in `REQUEST`, the table's parameters in the query.
#[test]
fn requests_picked_by_a_capital_argument_over_urls_written_one_argument_a_line() {
    let page = "Map Service\n===========\n\nGetMap\n------\n\n.. csv-table::\n   :header: \"Parameter\", \"Required\", \"Description\"\n\n   \"SERVICE\", \"Yes\", \"Name of the service\"\n   \"LAYERS\", \"Yes\", \"Layers to draw\"\n\nURL example:\n\n.. code-block:: bash\n\n  http://localhost/maps?\n  SERVICE=WMS\n  &REQUEST=GetMap\n  &LAYERS=roads\n\nGetLegend\n---------\n\n.. csv-table::\n   :header: \"Parameter\", \"Required\", \"Description\"\n\n   \"SERVICE\", \"Yes\", \"Name of the service\"\n   \"STYLE\", \"No\", \"Style of the legend\"\n\nAn answer:\n\n.. code-block:: xml\n\n  <Legend/>\n\nSTYLE\n^^^^^\n\nThe style to draw with.\n\n.. code-block:: bash\n\n  http://localhost/maps?\n  SERVICE=WMS\n  &REQUEST=GetLegend\n  &STYLE=plain\n";
    let out = read("maps.rst", page);
    assert_eq!(rpc_names(&out), ["GetMap", "GetLegend"]);
    let rpc = out.spec.protocol.rpc.as_ref().unwrap();
    assert_eq!(
        (rpc.endpoint, rpc.method, rpc.params),
        (Endpoint::Single, Method::Get, ParamStyle::Query)
    );
    assert_eq!(rpc.envelope.as_ref().unwrap().target, ptr("/REQUEST"));
    assert_eq!(out.spec.base_path.as_deref(), Some("/maps"));
    assert_eq!(ops(&out)[1].1, ["SERVICE query true", "STYLE query false"]);
}
