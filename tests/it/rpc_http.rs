//! RPC pages end to end over real HTTP on 127.0.0.1: the clients generated from the
//! hand-written pages of `tests/fixtures/rpc/` send every call to one address, as the pages'
//! sample requests show, naming the method in the document (`"method"` beside `"params"`
//! and `"jsonrpc": "2.0"`; `"operation"` beside the parameters) and not in the path.

use chat_clients_runtime::Error;
use chatgen_tests::rpc::json_rpc::{Client as JsonRpc, requests as jr};
use chatgen_tests::rpc::operation_member::{Client as Operations, requests as om};
use serde_json::{Value, json};
use wiremock::matchers::{body_json, body_partial_json, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn json_rpc_calls_post_one_document_to_one_address() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/ext/info"))
        .and(body_partial_json(json!({
            "jsonrpc": "2.0",
            "method": "info.isBootstrapped",
            "params": {"chain": "X"}
        })))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(
                json!({"jsonrpc": "2.0", "id": 1, "result": {"isBootstrapped": true}}),
            ),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/ext/info"))
        .and(body_partial_json(json!({"method": "info.getNodeID"})))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "jsonrpc": "2.0", "id": 2,
            "error": {"code": -32000, "message": "node is shutting down"}
        })))
        .expect(1)
        .mount(&server)
        .await;
    let client = JsonRpc::new(server.uri());
    let answer = client
        .info_is_bootstrapped(&jr::InfoIsBootstrappedRequest::new("X".into()))
        .await
        .unwrap();
    // The result, not the whole answer.
    assert!(answer.is_bootstrapped);
    let sent = server.received_requests().await.unwrap_or_default();
    let doc: Value = serde_json::from_slice(&sent[0].body).unwrap();
    assert!(doc.get("id").is_some_and(|id| !id.is_null()), "{doc}");
    let err = client
        .info_get_node_id(&jr::InfoGetNodeIdRequest::default())
        .await
        .unwrap_err();
    match err {
        Error::Api { code, message, .. } => assert_eq!(
            (code.as_deref(), message.as_deref()),
            (Some("-32000"), Some("node is shutting down"))
        ),
        other => panic!("expected Error::Api, got {other:?}"),
    }
}

#[tokio::test]
async fn an_operation_member_beside_the_parameters() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/"))
        .and(body_json(json!({"operation": "get_job", "id": "4a98"})))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"id": "4a98", "status": "COMPLETE"})),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/"))
        .and(body_json(json!({
            "operation": "search_jobs_by_start_date",
            "from_date": "2021-01-25T22:05:27.464+0000"
        })))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([])))
        .expect(1)
        .mount(&server)
        .await;
    let client = Operations::new(server.uri());
    let job = client
        .get_job(&om::GetJobRequest::new("4a98".into()))
        .await
        .unwrap();
    assert_eq!(job.status, "COMPLETE");
    let jobs = client
        .search_jobs_by_start_date(&om::SearchJobsByStartDateRequest::new(
            "2021-01-25T22:05:27.464+0000".into(),
        ))
        .await
        .unwrap();
    assert!(jobs.is_empty());
}
