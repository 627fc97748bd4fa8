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

/// Mastodon's timelines page newest first by id (`max_id`, as timelines.md's query
/// parameters and `Link` headers describe): each next page is asked for with the id of the
/// last status read, and an empty page ends the stream.
mod mastodon_max_id {
    use chat_clients::mastodon::Client;
    use chat_clients::mastodon::requests::ViewHomeTimelineRequest;
    use futures_util::StreamExt;
    use serde_json::{Value, json};
    use wiremock::matchers::{header, method, path, query_param, query_param_is_missing};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    fn statuses(ids: &[&str]) -> Value {
        Value::Array(
            ids.iter()
                .map(|id| json!({"id": id, "created_at": "2019-12-05T11:34:47.196Z", "content": "<p>hi</p>"}))
                .collect(),
        )
    }

    #[tokio::test]
    async fn home_timeline_pages_by_the_last_id_until_an_empty_page() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .and(path("/api/v1/timelines/home"))
            .and(query_param("limit", "2"))
            .and(query_param_is_missing("max_id"))
            .and(header("authorization", "Bearer t0ken"))
            .respond_with(ResponseTemplate::new(200).set_body_json(statuses(&["109", "108"])))
            .expect(1)
            .mount(&server)
            .await;
        for (bound, page) in [("108", statuses(&["107"])), ("107", statuses(&[]))] {
            Mock::given(method("GET"))
                .and(path("/api/v1/timelines/home"))
                .and(query_param("limit", "2"))
                .and(query_param("max_id", bound))
                .respond_with(ResponseTemplate::new(200).set_body_json(page))
                .expect(1)
                .mount(&server)
                .await;
        }
        let client = Client::new(server.uri()).with_bearer_token("t0ken");
        let request = ViewHomeTimelineRequest {
            limit: Some(2),
            ..ViewHomeTimelineRequest::default()
        };
        let items: Vec<_> = client.view_home_timeline_stream(&request).collect().await;
        let ids: Vec<String> = items
            .iter()
            .map(|s| s.as_ref().map(|s| s.id.clone()).map_err(|e| e.to_string()))
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(ids, ["109", "108", "107"]);
    }
}
