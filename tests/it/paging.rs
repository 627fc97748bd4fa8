//! `<operation>_stream` over real HTTP: Weavy's `list_messages` pages with `top`/`skip` and
//! gives `count` when asked (`count=true`), as its doc's parameter table and answer show.

use chat_clients::Error;
use chat_clients::weavy::Client;
use chat_clients::weavy::requests::ListMessagesRequest;
use futures_util::StreamExt;
use serde_json::{Value, json};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A page of messages `ids` of `count` in all, as the doc's answer is shaped.
fn page(ids: &[i64], count: i64) -> Value {
    let data: Vec<Value> = ids.iter().map(|id| json!({"id": id})).collect();
    json!({"data": data, "start": ids.first().copied().unwrap_or(0), "end": ids.last().copied().unwrap_or(0), "count": count})
}

async fn mount(server: &MockServer, skip: &str, status: u16, body: Value) {
    Mock::given(method("GET"))
        .and(path("/api/apps/9/messages"))
        .and(query_param("top", "2"))
        .and(query_param("skip", skip))
        .and(query_param("count", "true"))
        .respond_with(ResponseTemplate::new(status).set_body_json(body))
        .expect(1)
        .mount(server)
        .await;
}

fn request() -> ListMessagesRequest {
    let mut r = ListMessagesRequest::new(9);
    r.top = Some(2);
    r
}

fn ids(items: &[Result<std::collections::BTreeMap<String, Value>, Error>]) -> Vec<i64> {
    items
        .iter()
        .filter_map(|r| r.as_ref().ok())
        .map(|m| m["id"].as_i64().unwrap())
        .collect()
}

#[tokio::test]
async fn every_page_until_count_items() {
    let server = MockServer::start().await;
    mount(&server, "0", 200, page(&[1, 2], 5)).await;
    mount(&server, "2", 200, page(&[3, 4], 5)).await;
    mount(&server, "4", 200, page(&[5], 5)).await;
    let client = Client::new(server.uri());
    let items: Vec<_> = client.list_messages_stream(&request()).collect().await;
    assert_eq!(ids(&items), [1, 2, 3, 4, 5]);
    assert_eq!(items.len(), 5);
    // `expect(1)` on each page: no page asked twice, none after the last.
}

#[tokio::test]
async fn a_short_page_is_the_last_even_without_a_total() {
    let server = MockServer::start().await;
    // The server claims more than it has: the short second page ends the stream.
    mount(&server, "0", 200, page(&[1, 2], 100)).await;
    mount(&server, "2", 200, page(&[3], 100)).await;
    let client = Client::new(server.uri());
    let items: Vec<_> = client.list_messages_stream(&request()).collect().await;
    assert_eq!(ids(&items), [1, 2, 3]);
}

#[tokio::test]
async fn an_error_is_yielded_then_the_stream_ends() {
    let server = MockServer::start().await;
    mount(&server, "0", 200, page(&[1, 2], 6)).await;
    mount(&server, "2", 500, json!({"title": "down"})).await;
    let client = Client::new(server.uri());
    let items: Vec<_> = client.list_messages_stream(&request()).collect().await;
    assert_eq!(items.len(), 3);
    assert_eq!(ids(&items), [1, 2]);
    match &items[2] {
        Err(Error::Status {
            status: 500, body, ..
        }) => {
            assert_eq!(body.as_ref(), Some(&json!({"title": "down"})));
        }
        other => panic!("expected the 500, got {other:?}"),
    }
}

/// The paging the specs record, read from the docs: Weavy's parameter table (lines 80-82:
/// `top`, `skip`, `count`) and answer (lines 87-94: `data`, `start`, `end`, `count`);
/// Messenger's `limit`/`offset` ("max. amount of chatrooms in paginated list", "skipped
/// chatrooms in paginated list") and answer (`entries`, `total`).
#[test]
fn the_specs_record_paging_from_the_docs() {
    use chatgen_codegen::spec::{Paging, PagingStyle};
    let offset = |param: &str, limit: &str, items: &str, total: &str, flag: Option<&str>| Paging {
        style: PagingStyle::Offset,
        param: param.into(),
        limit: Some(limit.into()),
        items: items.into(),
        total: Some(total.into()),
        total_flag: flag.map(Into::into),
        next: None,
    };
    let weavy = chatgen_tests::spec("weavy");
    assert_eq!(weavy.protocol.paging.len(), 1);
    assert_eq!(
        weavy.protocol.paging["list_messages"],
        offset("skip", "top", "data", "count", Some("count"))
    );
    let messenger = chatgen_tests::spec("messenger");
    assert_eq!(messenger.protocol.paging.len(), 1);
    assert_eq!(
        messenger.protocol.paging["get_rooms"],
        offset("offset", "limit", "entries", "total", None)
    );
    assert!(chatgen_tests::spec("teamchat").protocol.paging.is_empty());
    assert!(chatgen_tests::spec("tada").protocol.paging.is_empty());
}
