//! Clients generated from real Redoc pages (`tests/src/corpus/`), called over HTTP on
//! 127.0.0.1 against a server that answers with the page's own response samples and checks
//! the request it got (method, path, query, credential, body from the page's request
//! sample).

use chatgen_codegen::ApiSpec;
use chatgen_codegen::spec::ExampleOf;
use chatgen_tests::{example, root};
use serde_json::Value;
use wiremock::matchers::{body_json, method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};
use xtask::extract::Family;

/// The spec of a corpus page, as regen builds it for `tests/src/corpus/<api>`.
fn page(api: &str, file: &str) -> ApiSpec {
    let doc = format!("tests/fixtures/corpus/{file}");
    let (spec, diags) =
        xtask::regen::build_spec(Family::Redoc, api, &root().join(&doc), &doc, &doc, None).unwrap();
    assert!(!xtask::diag::has_errors(&diags), "{diags:#?}");
    spec
}

async fn answer(server: &MockServer, m: &str, p: &str, query: Option<&'static str>, body: Value) {
    Mock::given(method(m))
        .and(path(p))
        .and(move |r: &Request| r.url.query() == query)
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .expect(1)
        .mount(server)
        .await;
}

#[tokio::test]
async fn whoop_answers_with_its_samples() {
    use chatgen_tests::corpus::whoop::{Client, requests::*};
    let s = page("whoop", "redoc-text/whoop.txt");
    let server = MockServer::start().await;
    // The capture's own samples: a mapping, a cycle, a page of cycles.
    let mapping = example(&s, "get_v2_uuid_v1", ExampleOf::Response);
    assert_eq!(
        mapping["v2_activity_id"],
        "ecfc6a15-4661-442f-a9a4-f160dd7afae8"
    );
    answer(
        &server,
        "GET",
        "/v1/activity-mapping/12345678",
        None,
        mapping,
    )
    .await;
    let cycle = example(&s, "get_cycle_by_id", ExampleOf::Response);
    answer(&server, "GET", "/v2/cycle/93845", None, cycle).await;
    let cycles = example(&s, "get_cycle_collection", ExampleOf::Response);
    answer(&server, "GET", "/v2/cycle", Some("limit=5"), cycles).await;
    // OAuth 2 (the page's Authentication section): a bearer token.
    let client = Client::new(server.uri()).with_bearer_token("t0k");

    let m = client
        .get_v2_uuid_v1(&GetV2UuidV1Request::new(12345678))
        .await
        .unwrap();
    assert_eq!(m.v2_activity_id, "ecfc6a15-4661-442f-a9a4-f160dd7afae8");
    let c = client
        .get_cycle_by_id(&GetCycleByIdRequest::new(93845))
        .await
        .unwrap();
    assert_eq!(
        (c.id, c.user_id, c.score_state.as_str()),
        (93845, 10129, "SCORED")
    );
    let page = client
        .get_cycle_collection(&GetCycleCollectionRequest {
            limit: Some(5),
            ..GetCycleCollectionRequest::default()
        })
        .await
        .unwrap();
    assert_eq!(page.next_token, "MTIzOjEyMzEyMw");
    assert_eq!(page.records.len(), 1);
    for r in server.received_requests().await.unwrap() {
        assert_eq!(
            r.headers.get("authorization").map(|v| v.to_str().unwrap()),
            Some("Bearer t0k")
        );
    }
}

#[tokio::test]
async fn oneapp_payment_sends_the_page_request_sample() {
    use chatgen_tests::corpus::oneapp_payment::{Client, requests::*, types};
    let s = page("oneapp_payment", "redoc-html/oneapp-payment.html");
    let server = MockServer::start().await;
    let logs = example(&s, "list_audit_logs", ExampleOf::Response);
    assert_eq!(logs[0]["action_type"], "string");
    answer(&server, "GET", "/api/v1/admin/audit_logs", None, logs).await;
    // `create patient`: the page shows the request sample and a 201 without a body.
    let sample = example(&s, "create_patient", ExampleOf::Request);
    assert_eq!(sample["patient"]["email_address"], "string");
    Mock::given(method("POST"))
        .and(path("/api/v1/doctors/d-7/patients"))
        .and(body_json(sample.clone()))
        .respond_with(ResponseTemplate::new(201))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::new(server.uri());
    let got = client.list_audit_logs().await.unwrap();
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].action, "string");
    let body: types::CreatePatientBody = serde_json::from_value(sample).unwrap();
    client
        .create_patient(&CreatePatientRequest::new("d-7".into(), body))
        .await
        .unwrap();
}

#[tokio::test]
async fn quantum_bridge_core_sends_its_query() {
    use chatgen_tests::corpus::quantum_bridge_core::{Client, requests::*};
    let s = page("quantum_bridge_core", "redoc-html/quantum-bridge-core.html");
    // The page's server is http://localhost:8000/v1: the base URL keeps its path.
    assert_eq!(s.base_url.as_deref(), Some("http://localhost:8000/v1"));
    let chains = example(&s, "get_chains_list", ExampleOf::Response);
    let server = MockServer::start().await;
    answer(
        &server,
        "GET",
        "/v1/chains",
        Some("include_tokens=true"),
        chains.clone(),
    )
    .await;
    let client = Client::new(format!("{}/v1", server.uri()));
    let got = client
        .get_chains_list(&GetChainsListRequest {
            include_tokens: Some(true),
            ..GetChainsListRequest::default()
        })
        .await
        .unwrap();
    assert_eq!(
        got.data.len(),
        chains["data"].as_array().map_or(0, Vec::len)
    );
    assert_eq!(got.data[0].id, chains["data"][0]["id"]);
}

/// A page's `multipart/form-data` body with `string <binary>` items: each image is a file
/// part carrying its bytes unchanged (not UTF-8 here), the ids are text parts. The page
/// shows the media type as `multipart/form-data required`; the badge is not part of it.
#[tokio::test]
async fn a_multipart_body_sends_binary_items_as_file_parts() {
    use chatgen_tests::corpus::inlet_shop::{Client, requests::AddImagesRequest, types::*};
    let server = MockServer::start().await;
    let png = vec![0x89u8, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0xff];
    let expected = png.clone();
    Mock::given(method("POST"))
        .and(path("/vendor/products/p1/images"))
        .and(move |r: &Request| {
            let media = r
                .headers
                .get("content-type")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("");
            let file_part = [
                &b"name=\"images\"; filename=\"images\"\r\ncontent-type: application/octet-stream\r\n\r\n"[..],
                &expected,
                b"\r\n",
            ]
            .concat();
            media.starts_with("multipart/form-data; boundary=")
                && r.body
                    .windows(file_part.len())
                    .filter(|w| *w == file_part.as_slice())
                    .count()
                    == 2
                && String::from_utf8_lossy(&r.body).contains("name=\"ids\"\r\n\r\nu1\r\n")
        })
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"success": true})))
        .expect(1)
        .mount(&server)
        .await;
    let body = AddImagesBody {
        images: vec![png.clone().into(), png.into()],
        ids: vec!["u1".into(), "u2".into()],
        thumbnail: None,
    };
    let got = Client::new(server.uri())
        .add_images(&AddImagesRequest::new("p1".into(), body))
        .await
        .unwrap();
    assert!(got.success);
}

/// A page whose operations take only header parameters (its credential is one of them, an
/// `Authorization` header the page lists per operation): they are sent, and the page's
/// own response sample decodes.
#[tokio::test]
async fn contextsms_sends_header_only_parameters() {
    use chatgen_tests::corpus::contextsms_webex::{Client, requests::*};
    let s = page("contextsms_webex", "redoc-html/contextsms-webex.html");
    let sample = example(&s, "read_all_enterprises", ExampleOf::Response);
    assert_eq!(sample[0]["enterpriseId"], "E0000001");
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/csp/enterprises/CSP0000003"))
        .and(wiremock::matchers::header("accept", "application/json"))
        .and(wiremock::matchers::header("authorization", "Bearer t0k"))
        .respond_with(ResponseTemplate::new(200).set_body_json(sample))
        .expect(1)
        .mount(&server)
        .await;
    let got = Client::new(server.uri())
        .read_all_enterprises(&ReadAllEnterprisesRequest::new(
            "application/json".into(),
            "Bearer t0k".into(),
        ))
        .await
        .unwrap();
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].enterprise_id, "E0000001");
    assert_eq!(got[0].number_to_message_app_maps[0].status, "READYTOUSE");
}
