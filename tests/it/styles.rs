//! Parameter styles over HTTP: the clients generated from `tests/fixtures/styles/` call a
//! server on 127.0.0.1 that records each request's head exactly as it arrived, and every
//! query string, path and header is compared with the string the OpenAPI specification's
//! "Style Examples" table gives for it (OpenAPI 3.1.1, §4.8.12.4, for
//! `color` = `"blue"`, `["blue","black","brown"]` or `{"R":100,"G":200,"B":150}`), or for
//! Swagger 2.0's `collectionFormat` the separator its specification names.
//!
//! The table of OpenAPI 3.1.0 (and 3.0.x) printed `label` unexploded as `.blue.black.brown`
//! and left `|`, `[` and `]` unescaped; 3.1.1 corrected both to what RFC 6570 (which the
//! `label` style cites) and RFC 3986 require: `.blue,black,brown`, `%7C`, `%5B`, `%5D`. The
//! corrected strings are the ones tested here.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use chatgen_tests::styles::openapi::{self as styles, requests as rq, types};
use chatgen_tests::styles::swagger;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// One request as the server read it: the request target (path and query, as sent) and the
/// header lines (names lowercased, in order).
#[derive(Debug, Clone)]
struct Seen {
    target: String,
    headers: Vec<(String, String)>,
}

impl Seen {
    fn path(&self) -> &str {
        self.target.split('?').next().unwrap_or_default()
    }

    fn query(&self) -> &str {
        self.target.split_once('?').map_or("", |(_, q)| q)
    }

    /// Every value of header `name`.
    fn header(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

/// A server on 127.0.0.1 that answers every request `204 No Content` and records its head.
async fn server() -> (String, Arc<Mutex<Vec<Seen>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let log = log.clone();
            tokio::spawn(async move {
                loop {
                    let mut head = Vec::new();
                    let mut byte = [0u8; 1];
                    while !head.ends_with(b"\r\n\r\n") {
                        match stream.read(&mut byte).await {
                            Ok(1) => head.push(byte[0]),
                            _ => return,
                        }
                    }
                    let text = String::from_utf8_lossy(&head).into_owned();
                    let mut lines = text.split("\r\n");
                    let target = lines
                        .next()
                        .and_then(|l| l.split(' ').nth(1))
                        .unwrap_or_default()
                        .to_string();
                    let headers = lines
                        .filter_map(|l| l.split_once(": "))
                        .map(|(n, v)| (n.to_ascii_lowercase(), v.to_string()))
                        .collect();
                    log.lock().unwrap().push(Seen { target, headers });
                    let answer = b"HTTP/1.1 204 No Content\r\ncontent-length: 0\r\n\r\n";
                    if stream.write_all(answer).await.is_err() {
                        return;
                    }
                }
            });
        }
    });
    (url, seen)
}

/// The last request the server saw.
fn last(seen: &Mutex<Vec<Seen>>) -> Seen {
    seen.lock().unwrap().last().cloned().expect("no request")
}

fn colors() -> types::Colors {
    vec!["blue".into(), "black".into(), "brown".into()]
}

fn rgb() -> types::Rgb {
    types::Rgb {
        r: 100,
        g: 200,
        b: 150,
    }
}

#[tokio::test]
async fn query_styles_send_the_specification_examples() {
    let (url, seen) = server().await;
    let client = styles::Client::new(url);
    let mut sent = Vec::new();
    client
        .form_string(&rq::FormStringRequest::new("blue".into()))
        .await
        .unwrap();
    sent.push(("form", last(&seen).query().to_string()));
    client
        .form_string(&rq::FormStringRequest::new(String::new()))
        .await
        .unwrap();
    sent.push(("form, empty", last(&seen).query().to_string()));
    client
        .form_array(&rq::FormArrayRequest::new(colors()))
        .await
        .unwrap();
    sent.push(("form", last(&seen).query().to_string()));
    client
        .form_object(&rq::FormObjectRequest::new(rgb()))
        .await
        .unwrap();
    sent.push(("form", last(&seen).query().to_string()));
    client
        .form_array_exploded(&rq::FormArrayExplodedRequest::new(colors()))
        .await
        .unwrap();
    sent.push(("form, explode", last(&seen).query().to_string()));
    client
        .form_object_exploded(&rq::FormObjectExplodedRequest::new(rgb()))
        .await
        .unwrap();
    sent.push(("form, explode", last(&seen).query().to_string()));
    client
        .space_array(&rq::SpaceArrayRequest::new(colors()))
        .await
        .unwrap();
    sent.push(("spaceDelimited", last(&seen).query().to_string()));
    client
        .space_object(&rq::SpaceObjectRequest::new(rgb()))
        .await
        .unwrap();
    sent.push(("spaceDelimited", last(&seen).query().to_string()));
    client
        .pipe_array(&rq::PipeArrayRequest::new(colors()))
        .await
        .unwrap();
    sent.push(("pipeDelimited", last(&seen).query().to_string()));
    client
        .pipe_object(&rq::PipeObjectRequest::new(rgb()))
        .await
        .unwrap();
    sent.push(("pipeDelimited", last(&seen).query().to_string()));
    client
        .deep_object(&rq::DeepObjectRequest::new(rgb()))
        .await
        .unwrap();
    sent.push(("deepObject, explode", last(&seen).query().to_string()));
    let expected = [
        ("form", "color=blue"),
        ("form, empty", "color="),
        ("form", "color=blue,black,brown"),
        ("form", "color=R,100,G,200,B,150"),
        ("form, explode", "color=blue&color=black&color=brown"),
        ("form, explode", "R=100&G=200&B=150"),
        ("spaceDelimited", "color=blue%20black%20brown"),
        ("spaceDelimited", "color=R%20100%20G%20200%20B%20150"),
        ("pipeDelimited", "color=blue%7Cblack%7Cbrown"),
        ("pipeDelimited", "color=R%7C100%7CG%7C200%7CB%7C150"),
        (
            "deepObject, explode",
            "color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150",
        ),
    ];
    let got: Vec<(&str, &str)> = sent.iter().map(|(s, q)| (*s, q.as_str())).collect();
    assert_eq!(got, expected);
}

/// The parameters that did not compile before: a map (`additionalProperties`) and a range
/// filter object in the query, and a value given by `content` (JSON text).
#[tokio::test]
async fn maps_filter_objects_json_and_reserved_characters_in_the_query() {
    let (url, seen) = server().await;
    let client = styles::Client::new(url);
    let request = rq::SearchRequest {
        metadata: Some(BTreeMap::from([
            ("order".to_string(), "a 1".to_string()),
            ("team".to_string(), "chat&co".to_string()),
        ])),
        created: Some(types::SearchCreated {
            gt: Some(1),
            gte: None,
            lt: Some(5),
            lte: None,
        }),
        labels: Some(BTreeMap::from([("team".to_string(), "chat".to_string())])),
        free_form: Some(BTreeMap::from([("a".to_string(), 1), ("b".to_string(), 2)])),
        coordinates: Some(types::SearchCoordinates {
            lat: 52.5,
            long: 13.25,
        }),
        path: Some("a/b:c d&e".into()),
        text: Some("a/b:c d&e".into()),
    };
    client.search(&request).await.unwrap();
    let query = last(&seen).query().to_string();
    let pieces: Vec<&str> = query.split('&').collect();
    assert_eq!(
        pieces,
        [
            // form, explode: one pair per entry, values escaped.
            "order=a%201",
            "team=chat%26co",
            // deepObject: absent members left out.
            "created%5Bgt%5D=1",
            "created%5Blt%5D=5",
            "labels%5Bteam%5D=chat",
            // form, not exploded: keys and values joined by commas.
            "free_form=a,1,b,2",
            // content: application/json — the JSON text, escaped.
            "coordinates=%7B%22lat%22%3A52.5%2C%22long%22%3A13.25%7D",
            // allowReserved keeps `/` and `:`; a space, `&` are escaped either way.
            "path=a/b:c%20d%26e",
            "text=a%2Fb%3Ac%20d%26e",
        ]
    );
    client.search(&rq::SearchRequest::default()).await.unwrap();
    assert_eq!(
        last(&seen).target,
        "/search",
        "absent parameters send nothing"
    );
}

#[tokio::test]
async fn path_styles_send_the_specification_examples() {
    let (url, seen) = server().await;
    let client = styles::Client::new(url);
    client
        .simple_path(&rq::SimplePathRequest::new(colors(), rgb(), rgb()))
        .await
        .unwrap();
    assert_eq!(
        last(&seen).path(),
        "/simple/blue,black,brown/R,100,G,200,B,150/R=100,G=200,B=150"
    );
    client
        .label_path(&rq::LabelPathRequest::new(
            "blue".into(),
            colors(),
            rgb(),
            colors(),
            rgb(),
        ))
        .await
        .unwrap();
    assert_eq!(
        last(&seen).path(),
        "/label/.blue/.blue,black,brown/.R,100,G,200,B,150/.blue.black.brown/.R=100.G=200.B=150"
    );
    client
        .matrix_string(&rq::MatrixStringRequest::new("blue".into()))
        .await
        .unwrap();
    assert_eq!(last(&seen).path(), "/matrix/string/;color=blue");
    client
        .matrix_array(&rq::MatrixArrayRequest::new(colors()))
        .await
        .unwrap();
    assert_eq!(last(&seen).path(), "/matrix/array/;color=blue,black,brown");
    client
        .matrix_array_exploded(&rq::MatrixArrayExplodedRequest::new(colors()))
        .await
        .unwrap();
    assert_eq!(
        last(&seen).path(),
        "/matrix/array-exploded/;color=blue;color=black;color=brown"
    );
    client
        .matrix_object(&rq::MatrixObjectRequest::new(rgb()))
        .await
        .unwrap();
    assert_eq!(
        last(&seen).path(),
        "/matrix/object/;color=R,100,G,200,B,150"
    );
    client
        .matrix_object_exploded(&rq::MatrixObjectExplodedRequest::new(rgb()))
        .await
        .unwrap();
    assert_eq!(
        last(&seen).path(),
        "/matrix/object-exploded/;R=100;G=200;B=150"
    );
    // A segment's own reserved characters are escaped, the style's delimiters are not.
    client
        .matrix_string(&rq::MatrixStringRequest::new("a/b;c=d".into()))
        .await
        .unwrap();
    assert_eq!(last(&seen).path(), "/matrix/string/;color=a%2Fb%3Bc%3Dd");
}

#[tokio::test]
async fn header_and_cookie_parameters() {
    let (url, seen) = server().await;
    let client = styles::Client::new(url);
    let mut request = rq::HeadersRequest::new("blue".into(), colors(), rgb(), rgb());
    request.x_json = Some(rgb());
    client.headers(&request).await.unwrap();
    let head = last(&seen);
    assert_eq!(head.header("x-string"), ["blue"]);
    assert_eq!(head.header("x-array"), ["blue,black,brown"]);
    assert_eq!(head.header("x-object"), ["R,100,G,200,B,150"]);
    assert_eq!(head.header("x-object-exploded"), ["R=100,G=200,B=150"]);
    assert_eq!(head.header("x-json"), [r#"{"R":100,"G":200,"B":150}"#]);

    let mut request = rq::CookiesRequest::new("s 1".into());
    client.cookies(&request).await.unwrap();
    assert_eq!(last(&seen).header("cookie"), ["session=s%201"]);
    request.color = Some(colors());
    client.cookies(&request).await.unwrap();
    assert_eq!(
        last(&seen).header("cookie"),
        ["session=s%201; color=blue,black,brown"]
    );
}

/// Styles the client cannot write where the document puts them were warned about when it was
/// read (`tests/it/openapi_spec.rs`); the parameters keep their types and go out in their
/// place's default style.
#[tokio::test]
async fn styles_the_client_cannot_write_fall_back_to_the_default() {
    let (url, seen) = server().await;
    let client = styles::Client::new(url);
    let mut request = rq::FallbacksRequest::new(7);
    request.color = Some(colors());
    request.x_color = Some(colors());
    request.shade = Some("dark".into());
    request.point = Some(rgb());
    client.fallbacks(&request).await.unwrap();
    let head = last(&seen);
    assert_eq!(
        head.target,
        "/fallbacks/7?color=blue&color=black&color=brown&shade=dark&R=100&G=200&B=150"
    );
    assert_eq!(head.header("x-color"), ["blue,black,brown"]);
}

/// Swagger 2.0's `collectionFormat`: `csv` (also when none is given) `a,b`, `ssv` a space,
/// `tsv` a tab, `pipes` `|` (each escaped in the query), `multi` the name repeated.
#[tokio::test]
async fn swagger_collection_formats() {
    let (url, seen) = server().await;
    let client = swagger::Client::new(url);
    let mut request = swagger::requests::ColorsRequest::new(vec![1, 2, 3]);
    request.csv = Some(colors());
    request.ssv = Some(colors());
    request.tsv = Some(colors());
    request.pipes = Some(colors());
    request.multi = Some(colors());
    request.default = Some(colors());
    request.x_tags = Some(colors());
    request.x_multi = Some(colors());
    client.colors(&request).await.unwrap();
    let head = last(&seen);
    assert_eq!(head.path(), "/colors/1,2,3");
    let pieces: Vec<&str> = head.query().split('&').collect();
    assert_eq!(
        pieces,
        [
            "csv=blue,black,brown",
            "ssv=blue%20black%20brown",
            "tsv=blue%09black%09brown",
            "pipes=blue%7Cblack%7Cbrown",
            "multi=blue",
            "multi=black",
            "multi=brown",
            "default=blue,black,brown",
        ]
    );
    assert_eq!(head.header("x-tags"), ["blue,black,brown"]);
    // `multi` is for the query only: a header list is `csv`, with a warning.
    assert_eq!(head.header("x-multi"), ["blue,black,brown"]);
}

/// `doc` read as an OpenAPI document into the spec of `api`, with its text and its warnings
/// (line, message); reading it gives no error.
fn read_styles(api: &str, doc: &str) -> (chatgen_codegen::ApiSpec, String, Vec<(u32, String)>) {
    use xtask::diag::{Severity, has_errors};
    let (spec, diags) = xtask::regen::build_spec(
        xtask::extract::Family::OpenApi,
        api,
        &chatgen_tests::root().join(doc),
        doc,
        doc,
        None,
    )
    .unwrap();
    assert!(!has_errors(&diags), "{diags:#?}");
    let text = std::fs::read_to_string(chatgen_tests::root().join(doc)).unwrap();
    let warnings = diags
        .into_iter()
        .filter(|d| d.severity == Severity::Warning)
        .map(|d| (d.line, d.message))
        .collect();
    (spec, text, warnings)
}

/// The 1-based line of `text` that contains `needle`.
fn line_of(text: &str, needle: &str) -> u32 {
    1 + text
        .lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("{needle}")) as u32
}

/// What the spec keeps of parameter `name` of operation `op`: location, style, explode,
/// allowReserved.
fn style_facts(
    spec: &chatgen_codegen::ApiSpec,
    op: &str,
    name: &str,
) -> (
    chatgen_codegen::spec::Location,
    Option<chatgen_codegen::spec::Style>,
    Option<bool>,
    bool,
) {
    let p = chatgen_tests::op(spec, op)
        .params
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("{op}: no parameter `{name}`"));
    (p.location, p.style, p.explode, p.allow_reserved)
}

/// The spec keeps what an OpenAPI 3.1 document says of serialization, defaults left out.
#[test]
fn the_spec_keeps_openapi_styles_defaults_left_out() {
    use chatgen_codegen::spec::{Location, Style};
    let (spec, _, _) = read_styles("styles_openapi", "tests/fixtures/styles/openapi-3.1.yaml");
    let facts = |op: &str, name: &str| style_facts(&spec, op, name);
    assert_eq!(
        facts("form_string", "color"),
        (Location::Query, None, None, false)
    );
    assert_eq!(
        facts("form_array", "color"),
        (Location::Query, None, Some(false), false)
    );
    assert_eq!(
        facts("form_object_exploded", "color"),
        (Location::Query, None, None, false),
        "an explicit default is left out"
    );
    assert_eq!(
        facts("pipe_array", "color"),
        (Location::Query, Some(Style::PipeDelimited), None, false)
    );
    assert_eq!(
        facts("search", "coordinates"),
        (Location::Query, Some(Style::Json), None, false)
    );
    assert_eq!(facts("search", "path"), (Location::Query, None, None, true));
    assert_eq!(
        facts("label_path", "object_exploded"),
        (Location::Path, Some(Style::Label), Some(true), false)
    );
    assert_eq!(
        facts("cookies", "color"),
        (Location::Cookie, None, Some(false), false)
    );
}

/// Each style the client cannot write is a warning at its parameter's line, and the
/// parameter falls back to its location's default.
#[test]
fn a_style_the_client_cannot_write_is_a_warning_at_its_line() {
    let (spec, text, warnings) =
        read_styles("styles_openapi", "tests/fixtures/styles/openapi-3.1.yaml");
    let fallbacks = [
        (
            "name: id, in: path",
            "style `deepObject` cannot be written in the path; it is sent as `simple`",
        ),
        (
            "name: color, in: query, style: matrix",
            "style `matrix` cannot be written in the query; it is sent as `form`",
        ),
        (
            "name: X-Color",
            "style `form` cannot be written in the header; it is sent as `simple`",
        ),
        (
            "name: shade",
            "style `tinted` cannot be written in the query",
        ),
        (
            "name: point",
            "is given as `application/xml`, which the client cannot write; it is sent as `form`",
        ),
    ];
    let expected: Vec<(u32, &str)> = fallbacks
        .iter()
        .map(|(at, message)| (line_of(&text, at), *message))
        .collect();
    let got: Vec<(u32, &str)> = warnings
        .iter()
        .map(|(line, message)| {
            let found = fallbacks.iter().find(|(_, m)| message.contains(m));
            (*line, found.map_or(message.as_str(), |(_, m)| *m))
        })
        .collect();
    assert_eq!(got, expected);
    for name in ["id", "color", "X-Color"] {
        assert_eq!(
            style_facts(&spec, "fallbacks", name).1,
            None,
            "{name} falls back to the default"
        );
    }
}

/// A Swagger 2.0 `collectionFormat` becomes the matching style; `multi` in a header is a
/// warning.
#[test]
fn swagger_collection_formats_become_styles() {
    use chatgen_codegen::spec::{Location, Style};
    let (spec, text, warnings) =
        read_styles("styles_swagger", "tests/fixtures/styles/swagger-2.0.json");
    let styles: Vec<(String, Location, Option<Style>, Option<bool>)> =
        chatgen_tests::op(&spec, "colors")
            .params
            .iter()
            .map(|p| (p.name.clone(), p.location, p.style, p.explode))
            .collect();
    let want = |n: &str, l, s, e| (n.to_string(), l, s, e);
    assert_eq!(
        styles,
        [
            want("ids", Location::Path, None, None),
            want("csv", Location::Query, None, Some(false)),
            want("ssv", Location::Query, Some(Style::SpaceDelimited), None),
            want("tsv", Location::Query, Some(Style::TabDelimited), None),
            want("pipes", Location::Query, Some(Style::PipeDelimited), None),
            want("multi", Location::Query, None, None),
            want("default", Location::Query, None, Some(false)),
            want("X-Tags", Location::Header, None, None),
            want("X-Multi", Location::Header, None, None),
        ]
    );
    assert_eq!(
        warnings,
        [(
            line_of(&text, "\"name\": \"X-Multi\""),
            "parameter `X-Multi`: collectionFormat `multi` cannot be written in the header; it is sent as `csv` (at `#/paths/~1colors~1{ids}/get/parameters/8`)".to_string()
        )]
    );
}
